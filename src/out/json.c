/*
 * json.c - streaming JSON writer (see include/pmpath/json.h).
 */
#include "pmpath/json.h"

#include <math.h>
#include <string.h>

#include "pmpath/banned.h"

void jw_init(struct jw *w, struct strbuf *out, int pretty)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->pretty = pretty;
}

static void indent(struct jw *w)
{
	if (w->pretty) {
		sb_addc(w->out, '\n');
		sb_addnc(w->out, ' ', (size_t)w->depth * 2);
	}
}

/* Called before any value or key: separators and indentation. */
static void before_item(struct jw *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth > 0) {
		if (w->count[w->depth - 1]++ > 0)
			sb_addc(w->out, ',');
		indent(w);
	}
}

static void open_level(struct jw *w, char c)
{
	before_item(w);
	if (w->depth >= JW_MAX_DEPTH)
		BUG("JSON nesting deeper than %d", JW_MAX_DEPTH);
	sb_addc(w->out, c);
	w->stack[w->depth] = c;
	w->count[w->depth] = 0;
	w->depth++;
}

void jw_obj(struct jw *w) { open_level(w, '{'); }
void jw_arr(struct jw *w) { open_level(w, '['); }

void jw_end(struct jw *w)
{
	int had;
	if (w->depth == 0)
		BUG("jw_end without an open object or array");
	w->depth--;
	had = w->count[w->depth];
	if (had)
		indent(w);
	sb_addc(w->out, w->stack[w->depth] == '{' ? '}' : ']');
	if (w->depth == 0 && w->pretty)
		sb_addc(w->out, '\n');
}

void jw_key(struct jw *w, const char *key)
{
	if (w->depth == 0 || w->stack[w->depth - 1] != '{')
		BUG("jw_key outside an object");
	before_item(w);
	json_quote(w->out, key);
	sb_adds(w->out, w->pretty ? ": " : ":");
	w->after_key = 1;
}

void jw_str(struct jw *w, const char *s)
{
	before_item(w);
	if (!s)
		sb_adds(w->out, "null");
	else
		json_quote(w->out, s);
}

void jw_num(struct jw *w, double v)
{
	before_item(w);
	if (!isfinite(v))
		sb_adds(w->out, "null");
	else if (v == floor(v) && fabs(v) < 1e15)
		sb_addf(w->out, "%.0f", v);
	else
		sb_addf(w->out, "%.4g", v);
}

void jw_int(struct jw *w, int64_t v)
{
	before_item(w);
	sb_addf(w->out, "%lld", (long long)v);
}

void jw_bool(struct jw *w, int v)
{
	before_item(w);
	sb_adds(w->out, v ? "true" : "false");
}

void jw_null(struct jw *w)
{
	before_item(w);
	sb_adds(w->out, "null");
}

/* Length of a valid UTF-8 sequence at s (1..4), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s)
{
	size_t len;
	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xE0) == 0xC0)
		len = 2;
	else if ((s[0] & 0xF0) == 0xE0)
		len = 3;
	else if ((s[0] & 0xF8) == 0xF0)
		len = 4;
	else
		return 0;
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return utf8_valid((const char *)s, len) ? len : 0;
}

void json_quote(struct strbuf *out, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	sb_addc(out, '"');
	while (*s) {
		unsigned char c = *s;
		if (c == '"' || c == '\\') {
			sb_addc(out, '\\');
			sb_addc(out, (char)c);
			s++;
		} else if (c < 0x20) {
			switch (c) {
			case '\n': sb_adds(out, "\\n"); break;
			case '\r': sb_adds(out, "\\r"); break;
			case '\t': sb_adds(out, "\\t"); break;
			default: sb_addf(out, "\\u%04x", c); break;
			}
			s++;
		} else if (c < 0x80) {
			sb_addc(out, (char)c);
			s++;
		} else {
			size_t n = utf8_seq(s);
			if (n) {
				sb_add(out, s, n);
				s += n;
			} else {
				sb_adds(out, "\xEF\xBF\xBD"); /* U+FFFD */
				s++;
			}
		}
	}
	sb_addc(out, '"');
}
