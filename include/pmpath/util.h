/*
 * util.h - allocation, string buffers, growable arrays and the error
 * convention shared by every module.
 *
 * Error convention (after git): error() prints "pmpath: ..." to stderr and
 * returns -1 so a caller can write `return error(...)`; die() prints and
 * exits 1 (bad input or data); die_usage() exits 2 (wrong usage).  The
 * pure core never prints: it reports problems through return codes and
 * caller-supplied message buffers (struct errbuf).
 *
 * Allocation: xmalloc() and friends never return NULL; on exhaustion they
 * print "pmpath: out of memory" and exit 1.  Every answer is committed as
 * it is given, so exiting cannot lose stored data.
 */
#ifndef PMPATH_UTIL_H
#define PMPATH_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

enum pm_exit {
	PM_EXIT_OK = 0,    /* success */
	PM_EXIT_DATA = 1,  /* bad input or data: message names file:line */
	PM_EXIT_USAGE = 2, /* wrong command-line usage */
};

#if defined(__GNUC__)
#define PM_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define PM_NORETURN __attribute__((noreturn))
#else
#define PM_PRINTF(f, a)
#define PM_NORETURN
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Returns a freshly allocated printf-formatted string; caller frees. */
char *xasprintf(const char *fmt, ...) PM_PRINTF(1, 2);

/*
 * Grow array `p` (element count `alloc`) so that it holds at least `n`
 * elements.  Usage: ALLOC_GROW(v->items, v->n + 1, v->alloc);
 */
#define ALLOC_GROW(p, n, alloc)                                              \
	do {                                                                 \
		if ((size_t)(n) > (alloc)) {                                 \
			size_t alloc_grow_new_ = (alloc) < 8 ? 8 : (alloc) * 2; \
			if (alloc_grow_new_ < (size_t)(n))                    \
				alloc_grow_new_ = (size_t)(n);                \
			(p) = xrealloc((p), alloc_grow_new_ * sizeof(*(p)));   \
			(alloc) = alloc_grow_new_;                            \
		}                                                            \
	} while (0)

/* Print "pmpath: <msg>" to stderr and return -1. */
int error(const char *fmt, ...) PM_PRINTF(1, 2);
/* Print "pmpath: warning: <msg>" to stderr. */
void warning(const char *fmt, ...) PM_PRINTF(1, 2);
/* Print "pmpath: <msg>" and exit 1. */
PM_NORETURN void die(const char *fmt, ...) PM_PRINTF(1, 2);
/* Print "pmpath: <msg>" plus a --help hint and exit 2. */
PM_NORETURN void die_usage(const char *fmt, ...) PM_PRINTF(1, 2);
/* Print "pmpath: BUG: <msg>" and abort(): a broken invariant. */
PM_NORETURN void pm_bug(const char *file, int line, const char *fmt, ...)
	PM_PRINTF(3, 4);
#define BUG(...) pm_bug(__FILE__, __LINE__, __VA_ARGS__)

/*
 * A fixed buffer the core writes one error message into, without printing.
 * The front end prefixes "pmpath: " (and file:line) when it reports it.
 */
struct errbuf {
	char msg[512];
	int line; /* 1-based source line the message refers to, or 0 */
};
void errbuf_set(struct errbuf *e, int line, const char *fmt, ...) PM_PRINTF(3, 4);

/*
 * strbuf: a growable NUL-terminated string.  `buf` is never NULL after
 * sb_init().  sb_release() frees; sb_detach() hands the string to the
 * caller (who frees it) and resets the buffer.
 */
struct strbuf {
	char *buf;
	size_t len;
	size_t alloc;
};
#define STRBUF_INIT { NULL, 0, 0 }
void sb_init(struct strbuf *sb);
void sb_release(struct strbuf *sb);
char *sb_detach(struct strbuf *sb);
void sb_reset(struct strbuf *sb);
void sb_grow(struct strbuf *sb, size_t extra);
void sb_add(struct strbuf *sb, const void *data, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, char c);
void sb_addf(struct strbuf *sb, const char *fmt, ...) PM_PRINTF(2, 3);
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap) PM_PRINTF(2, 0);
/* Append `n` copies of `c`. */
void sb_addnc(struct strbuf *sb, char c, size_t n);
/* Remove trailing ASCII white space. */
void sb_rtrim(struct strbuf *sb);

/* String helpers. */
int str_starts_with(const char *s, const char *prefix);
int str_ends_with(const char *s, const char *suffix);
/* Case-insensitive ASCII prefix test. */
int str_istarts_with(const char *s, const char *prefix);
/* Return a pointer past leading white space. */
const char *str_skip_ws(const char *s);
/* Trim ASCII white space at both ends, in place; returns s. */
char *str_trim(char *s);
/*
 * Parse a decimal number (integer or with a fraction) that fills the whole
 * of `s` (surrounding blanks allowed).  Returns 0 on success, -1 otherwise.
 */
int str_to_double(const char *s, double *out);
/* Parse a whole non-negative or negative integer filling `s`. */
int str_to_long(const char *s, long *out);
/* Format a number without a trailing ".0" (12, 12.5). */
void sb_add_number(struct strbuf *sb, double v);

/*
 * "Did you mean" suggestions: feed candidates to suggest_try(); best ends
 * as the closest candidate within edit distance 2 (and shorter than the
 * candidate itself), or NULL.  Words longer than 64 bytes never match.
 */
struct suggest {
	const char *word; /* what the user wrote */
	const char *best; /* closest candidate so far, or NULL */
	size_t dist;
};
void suggest_init(struct suggest *s, const char *word);
void suggest_try(struct suggest *s, const char *candidate);

/*
 * Append `text` word-wrapped to `width` columns: the first line starts
 * with `first`, the following ones with `rest`; each line ends with '\n'.
 * A newline in text starts a new line (an empty one: a blank line).  A
 * word longer than the width stands on a line of its own.
 */
void sb_wrap(struct strbuf *sb, const char *text, size_t width, const char *first,
	     const char *rest);

/* UTF-8: returns 1 if the n bytes at s are valid UTF-8 (no NUL inside). */
int utf8_valid(const char *s, size_t n);
/* Display width in columns of a valid UTF-8 string (1 per code point). */
size_t utf8_width(const char *s);

#endif
