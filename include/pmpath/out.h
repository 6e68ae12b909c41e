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

#endif
