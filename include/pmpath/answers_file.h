/*
 * answers_file.h - read an answers file (`pmpath assess --answers FILE`).
 *
 * Format (PRODUCT.md), one statement per line:
 *   # a comment                 whole-line comments only (see below)
 *   role = developer            question id, '=', the answer as typed
 *   skills = scrum, jira        multi answers stay comma-separated, raw
 *   certs_held =                an empty value means "skip this question"
 * - Blank lines are ignored; white space around the id and the value is
 *   dropped; CRLF line ends and a UTF-8 byte-order mark at the start are
 *   accepted.
 * - '#' starts a comment only as the first non-blank character of a line.
 *   A '#' inside a value is kept ("tools = C#, F#"): free-text answers
 *   often contain one, and cutting them silently would lose data, while a
 *   trailing note after a choice ("role = qa  # mostly") is caught loudly
 *   because answer_parse() rejects the value.
 * - Ids are [a-z][a-z0-9_]* (bank.h).  Whether an id exists in the bank
 *   and whether a value is valid is for the caller (bank_find,
 *   answer_parse); this reader only checks the file's shape.
 * Errors, each printed as "pmpath: FILE:LINE: ..." (all of them, up to
 * AF_MAX_ERRORS): no '=', a bad id, an id given twice, a NUL byte, invalid
 * UTF-8, a line over AF_MAX_LINE bytes; for the whole file: over
 * AF_MAX_FILE bytes, unreadable.
 */
#ifndef PMPATH_ANSWERS_FILE_H
#define PMPATH_ANSWERS_FILE_H

#include <stddef.h>

#define AF_MAX_LINE (64 * 1024)        /* bytes, without the line end */
#define AF_MAX_FILE (4 * 1024 * 1024)  /* bytes */
#define AF_MAX_ERRORS 20               /* then "too many errors" */

struct af_entry {
	int line;    /* 1-based line number in the file */
	char *id;    /* question id */
	char *value; /* trimmed value as written; "" means skip */
};

/* Entries in file order.  The struct owns every string. */
struct af_entries {
	struct af_entry *items;
	size_t n, alloc;
};
#define AF_ENTRIES_INIT { NULL, 0, 0 }

/*
 * Parse `len` bytes of answers-file text; `display` names the file in
 * messages.  Appends to `out` and returns 0; on any error prints every
 * message and returns -1 with `out` emptied.  Pure apart from printing.
 */
int answers_text_parse(const char *buf, size_t len, const char *display,
		       struct af_entries *out);
/* Read the file at `path` (display: name for messages, NULL = path) and
 * parse it as above.  0 or -1. */
int answers_file_read(const char *path, const char *display, struct af_entries *out);
void af_entries_release(struct af_entries *e);

#endif
