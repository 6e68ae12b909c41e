/*
 * out.h - writers that render core results (never compute them).
 * Each appends to a strbuf the caller owns.
 */
#ifndef PMPATH_OUT_H
#define PMPATH_OUT_H

#include <stddef.h>

#include "pmpath/json.h"
#include "pmpath/recommend.h"

/* A JSON array of strings. */
void json_strv(struct jw *w, char *const *v, size_t n);
/* The certifications array of PRODUCT.md, best first; `only` limits it to
 * one code (NULL: all); `explain` adds points and explain lines. */
void certs_json(struct jw *w, const struct recommendation *rec, const char *only,
		int explain);

struct rw_result;
/* One bullet object: original, problems, competencies, rewrites (best
 * first), placeholders (of the best rewrite), ...; context may be NULL. */
void rewrite_json(struct jw *w, const struct rw_result *r, const char *context);
/* The text form of one bullet ("Bullet NUM: ...", problems, numbered
 * rewrites, what to fill in); color: placeholders in bold. */
struct strbuf;
void rewrite_text(struct strbuf *o, const struct rw_result *r, size_t num, const char *context,
		  int color);
/* Append s with every [..] placeholder in bold when color is on. */
void rewrite_text_highlighted(struct strbuf *o, const char *s, int color);

#endif
