/*
 * json.h - a small streaming JSON writer into a strbuf.
 *
 * The writer inserts commas and (when pretty) newlines and indentation by
 * itself; strings are escaped per RFC 8259 and invalid UTF-8 bytes are
 * replaced by U+FFFD, so any user text is safe to pass.  Usage:
 *   struct jw w; jw_init(&w, &sb, 1);
 *   jw_obj(&w); jw_key(&w, "code"); jw_str(&w, "PMP"); jw_end(&w);
 * jw_end() closes the innermost object or array.  Nesting deeper than
 * JW_MAX_DEPTH is a BUG().  Output goes to the strbuf the caller owns.
 */
#ifndef PMPATH_JSON_H
#define PMPATH_JSON_H

#include <stdint.h>

#include "pmpath/util.h"

#define JW_MAX_DEPTH 32

struct jw {
	struct strbuf *out;
	int pretty;
	int depth;
	char stack[JW_MAX_DEPTH];   /* '{' or '[' */
	int count[JW_MAX_DEPTH];    /* members written at each level */
	int after_key;              /* a key was just written */
};

void jw_init(struct jw *w, struct strbuf *out, int pretty);
void jw_obj(struct jw *w);
void jw_arr(struct jw *w);
void jw_end(struct jw *w);
void jw_key(struct jw *w, const char *key);
void jw_str(struct jw *w, const char *s);  /* NULL writes null */
void jw_num(struct jw *w, double v);       /* integers without ".0" */
void jw_int(struct jw *w, int64_t v);
void jw_bool(struct jw *w, int v);
void jw_null(struct jw *w);
/* Append s to out as a JSON string literal (with quotes). */
void json_quote(struct strbuf *out, const char *s);

#endif
