/*
 * util.c - allocation wrappers, error reporting, string buffers and small
 * string helpers used by every module (see include/pmpath/util.h).
 */
#include "pmpath/util.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/banned.h"

static PM_NORETURN void oom(void)
{
	/* Avoid stdio buffers that may need memory of their own. */
	static const char msg[] = "pmpath: out of memory\n";
	fputs(msg, stderr);
	exit(PM_EXIT_DATA);
}

/*
 * Fault injection for tests (tests/e2e/t_faults.sh): PMPATH_FAIL_ALLOC=N
 * makes the Nth allocation through this family fail, as if memory ran
 * out there.  Read once; unset (the normal case) costs one branch.
 */
static long fail_alloc_at = -1; /* -1: not read yet; 0: off */
static long alloc_count;

static int alloc_should_fail(void)
{
	if (fail_alloc_at < 0) {
		const char *v = getenv("PMPATH_FAIL_ALLOC");
		long n = 0;
		fail_alloc_at = v && str_to_long(v, &n) == 0 && n > 0 ? n : 0;
	}
	return fail_alloc_at > 0 && ++alloc_count == fail_alloc_at;
}

void *xmalloc(size_t n)
{
	void *p = alloc_should_fail() ? NULL : malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = alloc_should_fail() ? NULL : calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = alloc_should_fail() ? NULL : realloc(p, n ? n : 1);
	if (!q)
		oom();
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	return sb_detach(&sb);
}

/* Quoted values longer than this in a message are cut (see shorten_quoted). */
#define MSG_QUOTE_MAX 80
#define MSG_QUOTE_KEEP 60

static int is_word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z') || c == '_';
}

/*
 * A message quotes what the user wrote ('...' or "...").  A hostile file
 * can make that megabytes long (a 3 MB attribute, a 60 kB id), so a
 * quoted value longer than MSG_QUOTE_MAX bytes keeps its first
 * MSG_QUOTE_KEEP bytes (whole UTF-8 characters) and "...".  Only quotes
 * that open and close outside a word count, so apostrophes ("don't") are
 * left alone; a value never spans lines.
 */
static void shorten_quoted(struct strbuf *sb)
{
	struct strbuf out = STRBUF_INIT;
	size_t i = 0;
	int changed = 0;
	while (i < sb->len) {
		unsigned char q = (unsigned char)sb->buf[i];
		size_t end, keep;
		if ((q != '\'' && q != '"') || (i > 0 && is_word_byte((unsigned char)sb->buf[i - 1]))) {
			sb_addc(&out, sb->buf[i++]);
			continue;
		}
		end = i + 1;
		while (end < sb->len && sb->buf[end] != '\n' &&
		       !(sb->buf[end] == (char)q &&
			 (end + 1 >= sb->len || !is_word_byte((unsigned char)sb->buf[end + 1]))))
			end++;
		if (end >= sb->len || sb->buf[end] != (char)q || end - i - 1 <= MSG_QUOTE_MAX) {
			sb_addc(&out, sb->buf[i++]);
			continue;
		}
		keep = MSG_QUOTE_KEEP;
		while (keep > 0 && ((unsigned char)sb->buf[i + 1 + keep] & 0xC0) == 0x80)
			keep--;
		sb_add(&out, sb->buf + i, 1 + keep);
		sb_adds(&out, "...");
		sb_addc(&out, (char)q);
		i = end + 1;
		changed = 1;
	}
	if (changed) {
		sb_release(sb);
		*sb = out;
	} else {
		sb_release(&out);
	}
}

static PM_PRINTF(2, 0) void vreport(const char *prefix, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "pmpath: ");
	sb_adds(&sb, prefix);
	sb_vaddf(&sb, fmt, ap);
	if (sb.len > 2 * MSG_QUOTE_MAX)
		shorten_quoted(&sb);
	sb_addc(&sb, '\n');
	fflush(stdout);
	fputs(sb.buf, stderr);
	sb_release(&sb);
}

int error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("warning: ", fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	exit(PM_EXIT_DATA);
}

void die_usage(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	fputs("Try 'pmpath --help' for more information.\n", stderr);
	exit(PM_EXIT_USAGE);
}

void pm_bug(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "pmpath: BUG: %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void errbuf_set(struct errbuf *e, int line, const char *fmt, ...)
{
	va_list ap;
	if (!e)
		return;
	e->line = line;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
}

/* ---- strbuf ---------------------------------------------------------- */

static char sb_empty[1];

void sb_init(struct strbuf *sb)
{
	sb->buf = sb_empty;
	sb->len = 0;
	sb->alloc = 0;
}

void sb_release(struct strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	sb_init(sb);
}

char *sb_detach(struct strbuf *sb)
{
	char *s;
	if (!sb->alloc) {
		s = xstrdup(sb->buf ? sb->buf : "");
	} else {
		s = sb->buf;
	}
	sb_init(sb);
	return s;
}

void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->alloc)
		sb->buf[0] = '\0';
}

void sb_grow(struct strbuf *sb, size_t extra)
{
	size_t need;
	if (!sb->buf)
		sb_init(sb);
	if (extra > SIZE_MAX - sb->len - 1)
		oom();
	need = sb->len + extra + 1;
	if (need <= sb->alloc)
		return;
	if (!sb->alloc) {
		size_t n = need < 64 ? 64 : need;
		char *p = xmalloc(n);
		memcpy(p, sb->buf, sb->len);
		p[sb->len] = '\0';
		sb->buf = p;
		sb->alloc = n;
		return;
	}
	{
		size_t n = sb->alloc * 2;
		if (n < need)
			n = need;
		sb->buf = xrealloc(sb->buf, n);
		sb->alloc = n;
	}
}

void sb_add(struct strbuf *sb, const void *data, size_t n)
{
	sb_grow(sb, n);
	if (n) /* data may be NULL when there is nothing to add */
		memcpy(sb->buf + sb->len, data, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_addc(struct strbuf *sb, char c)
{
	sb_add(sb, &c, 1);
}

void sb_addnc(struct strbuf *sb, char c, size_t n)
{
	sb_grow(sb, n);
	memset(sb->buf + sb->len, c, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	int n;
	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		BUG("bad format string '%s'", fmt);
	sb_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

void sb_rtrim(struct strbuf *sb)
{
	while (sb->len && isspace((unsigned char)sb->buf[sb->len - 1]))
		sb->len--;
	if (sb->alloc)
		sb->buf[sb->len] = '\0';
}

void sb_add_number(struct strbuf *sb, double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 1e15)
		sb_addf(sb, "%.0f", v);
	else
		sb_addf(sb, "%g", v);
}

/* ---- strings --------------------------------------------------------- */

int str_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

int str_ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

int str_istarts_with(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (tolower((unsigned char)*s) != tolower((unsigned char)*prefix))
			return 0;
	return 1;
}

const char *str_skip_ws(const char *s)
{
	while (*s && isspace((unsigned char)*s))
		s++;
	return s;
}

char *str_trim(char *s)
{
	char *start = (char *)str_skip_ws(s);
	size_t n = strlen(start);
	while (n && isspace((unsigned char)start[n - 1]))
		n--;
	memmove(s, start, n);
	s[n] = '\0';
	return s;
}

int str_to_double(const char *s, double *out)
{
	char *end;
	double v;
	const char *p = str_skip_ws(s);
	if (!*p)
		return -1;
	/* Only plain decimal notation: no hex, inf or nan from strtod. */
	for (const char *q = p; *q; q++)
		if (!(isdigit((unsigned char)*q) || *q == '.' || *q == '-' ||
		      *q == '+' || isspace((unsigned char)*q)))
			return -1;
	errno = 0;
	v = strtod(p, &end);
	if (end == p || errno == ERANGE || !isfinite(v))
		return -1;
	if (*str_skip_ws(end))
		return -1;
	*out = v;
	return 0;
}

int str_to_long(const char *s, long *out)
{
	char *end;
	long v;
	const char *p = str_skip_ws(s);
	if (!*p)
		return -1;
	errno = 0;
	v = strtol(p, &end, 10);
	if (end == p || errno == ERANGE || *str_skip_ws(end))
		return -1;
	*out = v;
	return 0;
}

void sb_wrap(struct strbuf *sb, const char *text, size_t width, const char *first,
	     const char *rest)
{
	const char *prefix = first;
	size_t col;
	int empty = 1;
	sb_adds(sb, prefix);
	col = utf8_width(prefix);
	while (*text) {
		const char *end = text;
		size_t w = 0;
		if (*text == '\n') {
			sb_addc(sb, '\n');
			prefix = rest;
			sb_adds(sb, prefix);
			col = utf8_width(prefix);
			empty = 1;
			text++;
			continue;
		}
		while (*end && *end != ' ' && *end != '\n') {
			if (((unsigned char)*end & 0xC0) != 0x80)
				w++;
			end++;
		}
		if (!empty && col + 1 + w > width) {
			sb_addc(sb, '\n');
			prefix = rest;
			sb_adds(sb, prefix);
			col = utf8_width(prefix);
			empty = 1;
		}
		if (!empty) {
			sb_addc(sb, ' ');
			col++;
		}
		sb_add(sb, text, (size_t)(end - text));
		col += w;
		empty = 0;
		text = end;
		while (*text == ' ')
			text++;
	}
	sb_addc(sb, '\n');
}

/* ---- suggestions ----------------------------------------------------- */

#define SUGGEST_MAX_LEN 64

/* Levenshtein distance of a and b (both at most SUGGEST_MAX_LEN bytes). */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t row[SUGGEST_MAX_LEN + 1];
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

void suggest_init(struct suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->dist = 0;
}

void suggest_try(struct suggest *s, const char *c)
{
	size_t d, lw = strlen(s->word), lc;
	if (!c)
		return;
	lc = strlen(c);
	if (lw > SUGGEST_MAX_LEN || lc > SUGGEST_MAX_LEN)
		return;
	d = edit_distance(s->word, c);
	if (d == 0 || d > 2 || d >= lc)
		return;
	if (!s->best || d < s->dist) {
		s->best = c;
		s->dist = d;
	}
}

/* ---- UTF-8 ----------------------------------------------------------- */

int utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		size_t len;
		uint32_t cp;
		if (c == 0)
			return 0;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			len = 2;
			cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3;
			cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + len > n)
			return 0;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		/* Reject overlong forms, surrogates and out-of-range values. */
		if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
		    (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += len;
	}
	return 1;
}

size_t utf8_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}
