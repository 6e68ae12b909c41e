/*
 * answers_file.c - read and check an answers file (`id = value` lines);
 * the format and its decisions are described in
 * include/pmpath/answers_file.h.  answers_text_parse() is the pure part
 * (unit tested and fuzzed); answers_file_read() adds the file reading.
 */
#include "pmpath/answers_file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

/* One problem found while parsing, printed once the scan is over. */
struct af_error {
	int line;
	char *msg;
};

struct af_errors {
	struct af_error *items;
	size_t n, alloc;
};

/* Record a message about `line`. */
static void add_error(struct af_errors *errs, int line, char *msg)
{
	ALLOC_GROW(errs->items, errs->n + 1, errs->alloc);
	errs->items[errs->n].line = line;
	errs->items[errs->n].msg = msg;
	errs->n++;
}

/* qsort: errors by line. */
static int cmp_error(const void *a, const void *b)
{
	const struct af_error *x = a, *y = b;
	return (x->line > y->line) - (x->line < y->line);
}

/* Print the errors in line order (at most AF_MAX_ERRORS) and free them. */
static void flush_errors(struct af_errors *errs, const char *display)
{
	qsort(errs->items, errs->n, sizeof(*errs->items), cmp_error);
	for (size_t i = 0; i < errs->n; i++) {
		if (i < AF_MAX_ERRORS)
			error("%s:%d: %s", display, errs->items[i].line, errs->items[i].msg);
		free(errs->items[i].msg);
	}
	if (errs->n > AF_MAX_ERRORS)
		error("%s: %zu more errors not shown", display, errs->n - AF_MAX_ERRORS);
	free(errs->items);
	errs->items = NULL;
	errs->n = errs->alloc = 0;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* A question id: [a-z][a-z0-9_]*. */
static int id_valid(const char *s, size_t n)
{
	if (n == 0 || !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	for (size_t i = 1; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return 0;
	}
	return 1;
}

/* Copy of valid UTF-8 `s` cut to about `max` bytes on a character boundary
 * ("..." added when cut).  Caller frees. */
static char *shorten(const char *s, size_t n, size_t max)
{
	size_t k;
	if (n <= max)
		return xstrndup(s, n);
	k = max;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return xasprintf("%.*s...", (int)k, s);
}

/* qsort over entry indexes: by id, then by line. */
static const struct af_entries *sort_entries;
static int cmp_entry(const void *a, const void *b)
{
	const struct af_entry *x = &sort_entries->items[*(const size_t *)a];
	const struct af_entry *y = &sort_entries->items[*(const size_t *)b];
	int c = strcmp(x->id, y->id);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Report every id given more than once (naming the first line). */
static void find_duplicates(const struct af_entries *e, size_t from,
			    struct af_errors *errs)
{
	size_t n = e->n - from;
	size_t *idx;
	if (n < 2)
		return;
	idx = xmalloc(n * sizeof(*idx));
	for (size_t i = 0; i < n; i++)
		idx[i] = from + i;
	sort_entries = e;
	qsort(idx, n, sizeof(*idx), cmp_entry);
	sort_entries = NULL;
	for (size_t i = 1, first = 0; i < n; i++) {
		const struct af_entry *a = &e->items[idx[first]];
		const struct af_entry *b = &e->items[idx[i]];
		if (strcmp(a->id, b->id) != 0) {
			first = i;
			continue;
		}
		add_error(errs, b->line, xasprintf("'%s' given twice (first at line %d)",
						   b->id, a->line));
	}
	free(idx);
}

/* Drop entries from index `from` on. */
static void truncate_entries(struct af_entries *e, size_t from)
{
	for (size_t i = from; i < e->n; i++) {
		free(e->items[i].id);
		free(e->items[i].value);
	}
	e->n = from;
	if (e->n == 0) {
		free(e->items);
		e->items = NULL;
		e->alloc = 0;
	}
}

/* Check one line (without its end) and add its entry; problems go to errs. */
static void parse_line(const char *s, size_t n, int lineno, struct af_entries *out,
		       struct af_errors *errs)
{
	const char *eq, *id, *val;
	size_t idn, valn;

	if (n > AF_MAX_LINE) {
		add_error(errs, lineno, xasprintf("line longer than %d bytes", AF_MAX_LINE));
		return;
	}
	if (memchr(s, '\0', n)) {
		add_error(errs, lineno, xstrdup("NUL byte in the line (is this a text file?)"));
		return;
	}
	if (!utf8_valid(s, n)) {
		add_error(errs, lineno, xstrdup("invalid UTF-8 (save the file as UTF-8)"));
		return;
	}
	while (n > 0 && is_blank(*s)) {
		s++;
		n--;
	}
	while (n > 0 && is_blank(s[n - 1]))
		n--;
	if (n == 0 || *s == '#')
		return;
	eq = memchr(s, '=', n);
	if (!eq) {
		add_error(errs, lineno, xstrdup("expected 'id = value' (no '=' on the line)"));
		return;
	}
	id = s;
	idn = (size_t)(eq - s);
	while (idn > 0 && is_blank(id[idn - 1]))
		idn--;
	val = eq + 1;
	valn = (size_t)(s + n - val);
	while (valn > 0 && is_blank(*val)) {
		val++;
		valn--;
	}
	if (idn == 0) {
		add_error(errs, lineno, xstrdup("no question id before '='"));
		return;
	}
	if (!id_valid(id, idn)) {
		char *shown = shorten(id, idn, 40);
		add_error(errs, lineno,
			  xasprintf("'%s' is not a question id (lowercase letters, digits "
				    "and '_', starting with a letter)", shown));
		free(shown);
		return;
	}
	ALLOC_GROW(out->items, out->n + 1, out->alloc);
	out->items[out->n].line = lineno;
	out->items[out->n].id = xstrndup(id, idn);
	out->items[out->n].value = xstrndup(val, valn);
	out->n++;
}

int answers_text_parse(const char *buf, size_t len, const char *display,
		       struct af_entries *out)
{
	struct af_errors errs = { NULL, 0, 0 };
	size_t from = out->n, pos = 0;
	int lineno = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	if (len >= 2 && (memcmp(buf, "\xFF\xFE", 2) == 0 || memcmp(buf, "\xFE\xFF", 2) == 0)) {
		error("%s:1: the file is UTF-16 (save it as UTF-8)", display);
		return -1;
	}
	while (pos < len) {
		const char *line = buf + pos;
		const char *nl = memchr(line, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - line) : len - pos;
		pos += n + (nl ? 1 : 0);
		if (lineno < INT_MAX)
			lineno++;
		if (n > 0 && line[n - 1] == '\r')
			n--;
		parse_line(line, n, lineno, out, &errs);
	}
	find_duplicates(out, from, &errs);
	if (errs.n) {
		flush_errors(&errs, display);
		truncate_entries(out, from);
		return -1;
	}
	return 0;
}

int answers_file_read(const char *path, const char *display, struct af_entries *out)
{
	struct strbuf sb = STRBUF_INIT;
	struct stat stt;
	int fd, ret;

	if (!display)
		display = path;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return error("%s: cannot read: %s", display, strerror(errno));
	if (fstat(fd, &stt) < 0) {
		int e = errno;
		close(fd);
		return error("%s: cannot read: %s", display, strerror(e));
	}
	if (S_ISDIR(stt.st_mode)) {
		close(fd);
		return error("%s: cannot read: %s", display, strerror(EISDIR));
	}
	sb_init(&sb);
	for (;;) {
		ssize_t got;
		sb_grow(&sb, 64 * 1024);
		got = read(fd, sb.buf + sb.len, 64 * 1024);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;
			close(fd);
			sb_release(&sb);
			return error("%s: cannot read: %s", display, strerror(e));
		}
		if (got == 0)
			break;
		sb.len += (size_t)got;
		sb.buf[sb.len] = '\0';
		if (sb.len > AF_MAX_FILE) {
			close(fd);
			sb_release(&sb);
			return error("%s: larger than %d MiB; is this an answers file?", display,
				     AF_MAX_FILE / (1024 * 1024));
		}
	}
	close(fd);
	ret = answers_text_parse(sb.buf, sb.len, display, out);
	sb_release(&sb);
	return ret;
}

void af_entries_release(struct af_entries *e)
{
	truncate_entries(e, 0);
}
