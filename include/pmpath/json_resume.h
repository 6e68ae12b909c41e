/*
 * json_resume.h - read resume bullets from a JSON Resume file
 * (https://jsonresume.org/schema): every work[].highlights[] string, with
 * the job's position and employer as context.
 */
#ifndef PMPATH_JSON_RESUME_H
#define PMPATH_JSON_RESUME_H

#include <stddef.h>

/* Largest JSON Resume file accepted, in bytes. */
#define JSON_RESUME_MAX_BYTES (4u * 1024u * 1024u)

struct jr_bullet {
	char *text;    /* the highlight, as written */
	char *context; /* "Position, Employer" (either part may be missing), or NULL */
	char *where;   /* "work[0].highlights[2]" for messages */
};

struct jr_bullets {
	struct jr_bullet *items;
	size_t n, alloc;
};

/*
 * Read `path` into *out (appends).  Returns 0, or -1 after printing an
 * error naming the file and the place: "FILE:LINE:COL: malformed JSON:
 * ..." for syntax errors and invalid UTF-8, "FILE: work[1].highlights[0]:
 * expected a string, got a number" for wrong types, and a size error
 * beyond JSON_RESUME_MAX_BYTES.  The caller releases *out with
 * jr_bullets_release() either way.
 */
int json_resume_load(const char *path, struct jr_bullets *out);
/* The same for `len` bytes already in memory, named `path` in messages. */
int json_resume_parse(const char *data, size_t len, const char *path, struct jr_bullets *out);
void jr_bullets_release(struct jr_bullets *b);

#endif
