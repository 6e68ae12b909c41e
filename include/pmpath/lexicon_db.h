/*
 * lexicon_db.h - read the resume-bullet lexicon from the catalog database.
 */
#ifndef PMPATH_LEXICON_DB_H
#define PMPATH_LEXICON_DB_H

struct lexicon;

/*
 * Fill *lx from the lex_* tables of the catalog at `path` (opened
 * read-only) and compile it.  Returns 0, or -1 after printing why (*lx is
 * then empty).  The caller releases it with lexicon_release().
 */
int lexicon_load(const char *path, struct lexicon *lx);

#endif
