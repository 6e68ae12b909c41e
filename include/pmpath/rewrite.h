/*
 * rewrite.h - resume bullets: analysis and rewriting from task language
 * into project language, without inventing a fact.
 *
 * The lexicon (word lists and rewrite patterns) is data: src/io/
 * lexicon_db.c fills a struct lexicon from the catalog tables lex_* of
 * data/catalog/60-lexicon.sql; lexicon_compile() then builds the lookup
 * index (one hash of every word, so analysis is linear in the bullet).
 * The core (src/core/rewrite.c) does no I/O.
 *
 * Principle: a rewrite keeps every number, name and tool of the original
 * and adds no number, team size, result or skill the user did not give;
 * what is missing becomes a visible placeholder in brackets ("[N] teams",
 * "[X]%", "[$X] budget") that the user fills (rewrite_fill()).
 *
 * Ownership: struct lexicon owns every string and array in it
 * (lexicon_free()).  struct rw_result owns its strings; its `activity` and
 * `comps` point into the lexicon, which must outlive the result.  One
 * rw_result can be reused for many bullets (rewrite_bullet() resets it),
 * which keeps streaming analysis free of per-bullet allocation churn.
 */
#ifndef PMPATH_REWRITE_H
#define PMPATH_REWRITE_H

#include <stddef.h>

#include "pmpath/util.h"

/* Bullets longer than this many bytes are not analysed (see rewrite_bullet). */
#define RW_MAX_BYTES 2000
/* Most rewrites offered per bullet. */
#define RW_MAX_REWRITES 3

/* A growable list of owned strings. */
struct rw_strlist {
	char **items;
	size_t n, alloc;
};
void rw_strlist_add(struct rw_strlist *l, const char *s);
void rw_strlist_reset(struct rw_strlist *l);   /* frees the strings, keeps the array */
void rw_strlist_release(struct rw_strlist *l); /* frees everything */

/* ---- the lexicon: rows as in the catalog ---- */
/* weak phrases (repl: stand-in; lead: honest opener for "took part" phrases,
 * "" if none), buzzwords (repl and lead NULL) */
struct lex_hint_row { char *phrase, *hint, *repl, *lead; };
struct lex_kind_row { char *word, *kind; };        /* passive markers, units, word classes */
struct lex_group_row { char *id, *shows, *competency; int strong; };
struct lex_verb_row {
	char *base, *particle, *past, *participle, *third, *gerund;
	char *noun; /* NULL: none; "": light verb */
	char *grp;
};
struct lex_activity_row {
	char *id, *name;
	char **comps;     size_t ncomps;     /* competency ids, in order */
	char **templates; size_t ntemplates; /* best first */
};
struct lex_term_row { char *term, *activity; int weight; };
struct lex_gloss_row { char *term, *gloss; };       /* jargon */
struct lex_keyword_row { char *keyword, *competency; };
struct lex_result_row { char *phrase; int standalone; };

struct lex_index; /* private to rewrite.c */

struct lexicon {
	struct lex_hint_row *weak;        size_t nweak;
	struct lex_hint_row *buzz;        size_t nbuzz;
	struct lex_kind_row *passive;     size_t npassive;  /* kind aux|participle */
	struct lex_group_row *groups;     size_t ngroups;
	struct lex_verb_row *verbs;       size_t nverbs;
	struct lex_activity_row *acts;    size_t nacts;     /* must include "general" */
	struct lex_term_row *terms;       size_t nterms;
	struct lex_gloss_row *jargon;     size_t njargon;
	struct lex_keyword_row *keywords; size_t nkeywords;
	struct lex_kind_row *units;       size_t nunits;    /* scope|time|money|scope_word */
	struct lex_result_row *results;   size_t nresults;
	struct lex_kind_row *classes;     size_t nclasses;  /* det|prep|pronoun|en|foreign */
	struct lex_index *index;          /* built by lexicon_compile() */
};

/*
 * Check the rows (every verb group, activity and template well formed;
 * every template starts with a strong verb of the lexicon and has exactly
 * one {object}) and build the lookup index.  Returns 0, or -1 with the
 * first problem in *err.
 */
int lexicon_compile(struct lexicon *lx, struct errbuf *err);
/* Free every row, string and the index; `lx` itself is not freed. */
void lexicon_release(struct lexicon *lx);
/* 1 if `word` (any case) is a strong verb form of the lexicon. */
int lexicon_is_strong_verb(const struct lexicon *lx, const char *word, size_t len);
/* 1 if the phrase (lower case, single spaces) is a weak phrase. */
const struct lex_hint_row *lexicon_weak(const struct lexicon *lx, const char *phrase);

/* ---- analysis and rewriting ---- */
struct rw_rewrite {
	char *text;
	struct rw_strlist placeholders; /* the [..] slots in text, in order */
};

struct rw_result {
	char *original;        /* the bullet analysed (trimmed; cut at RW_MAX_BYTES) */
	const char *activity;  /* activity class id (into the lexicon) */
	int english;           /* 0: not English, passed through unchanged */
	int too_long;          /* 1: longer than RW_MAX_BYTES, not analysed */
	int strong;            /* 1: already strong, left nearly alone */
	int words;             /* word count */
	struct rw_strlist problems;  /* stable plain-words strings */
	struct rw_strlist notes;     /* "already strong: ...", language note */
	const char **comps;    size_t ncomps, acomps; /* competency ids evidenced */
	struct rw_rewrite rewrites[RW_MAX_REWRITES];
	size_t nrewrites;      /* best first */
	int quality_before, quality_after; /* 0..100 (after: best rewrite, filled) */
	struct rw_strlist moves;     /* what moved the figure: "+20 scope ..." */
	void *scratch;         /* private working memory, reused */
};

void rw_result_init(struct rw_result *r);
void rw_result_release(struct rw_result *r);

/*
 * Analyse one bullet (`len` bytes; need not be NUL-terminated) and write
 * 2-3 rewrites, best first, into *r (reset first).  A leading list marker
 * ("-", "*", "•") and surrounding blanks are stripped.  Returns 0; -1 with
 * *err set (err->msg names the byte offset) when the text is not valid
 * UTF-8 or contains a NUL byte, or is empty after stripping.  Longer than
 * RW_MAX_BYTES: returns 0 with r->too_long set, one problem and no
 * rewrites.  Not English: returns 0 with r->english == 0, a note, and no
 * rewrites (the bullet is passed through, never mangled).
 */
int rewrite_bullet(const struct lexicon *lx, const char *text, size_t len,
		   struct rw_result *r, struct errbuf *err);

/*
 * The result for a bullet too long to analyse: `text` holds its first n
 * bytes (valid UTF-8 up to a possibly cut last character), full_len its
 * real length.  r->original keeps at most RW_MAX_BYTES bytes.  Used by
 * rewrite_bullet() and by streaming readers that do not keep long lines.
 */
void rewrite_too_long(const struct lexicon *lx, const char *text, size_t n, size_t full_len,
		      struct rw_result *r);

/* Offset of the first byte of s[0..n) that is not valid UTF-8 (or a NUL),
 * or -1 when all of it is valid. */
long rewrite_utf8_error(const char *s, size_t n);

/* Pointer past a leading list marker and blanks; *len is adjusted and
 * trailing blanks are dropped from it. */
const char *rewrite_strip_marker(const char *s, size_t *len);

/*
 * The placeholders of `text` in order: each "[...]" with, for [N]/[X]/[$X]
 * style brackets, a following "%" or the following word ("[N] teams",
 * "[X]%", "[$X] budget"); other brackets stand alone ("[metric]").
 * Appends to *out.
 */
void rewrite_placeholders(const char *text, struct rw_strlist *out);

/*
 * Substitute the user's value for the first occurrence of `placeholder`
 * (as listed by rewrite_placeholders, e.g. "[N] teams") in `text`.  The
 * value is checked against the kind of slot: [N] a whole number (commas
 * and a trailing "+" allowed: "1,200", "40+"); [X] a number (decimals
 * allowed); [$X] a sum ("$50,000", "40k", "€1.2M"; "$" is added when no
 * currency sign is given); other slots short text without brackets.
 * On success writes the new text to *out (reset first), the placeholders
 * still left to *left (reset first) and returns 0; -1 with *err set when
 * the placeholder is not in the text or the value does not fit.  Values
 * holding '[', ']' or a control character (C0 including tab and line
 * ends, DEL, C1) are refused: a filled value is the user's own fact and
 * must not pass for a placeholder or reach a terminal as a command.
 */
int rewrite_fill(const char *text, const char *placeholder, const char *value,
		 struct strbuf *out, struct rw_strlist *left, struct errbuf *err);
/*
 * The same for the nth placeholder (0-based, in the order of
 * rewrite_placeholders()), so that when a slot appears twice the one the
 * user was asked about is filled.  Filling removes that slot from the
 * list: the next one then has the same index.
 */
int rewrite_fill_nth(const char *text, size_t nth, const char *value, struct strbuf *out,
		     struct rw_strlist *left, struct errbuf *err);

/*
 * Job ads: set hits[i] = 1 for every PM keyword lx->keywords[i] found in
 * the text (`hits` has lx->nkeywords entries).  Any length; linear.
 */
void rewrite_scan_keywords(const struct lexicon *lx, const char *text, size_t len,
			   unsigned char *hits);
/* 1 if the analysed bullet evidences keyword i (it names the keyword, or
 * evidences the keyword's competency). */
int rewrite_evidences_keyword(const struct lexicon *lx, const struct rw_result *r,
			      size_t i);

/*
 * A 2-3 sentence professional summary for the report.  Every input may be
 * NULL/negative; what is missing becomes a placeholder ("[role]",
 * "[N] years").  comps: display names of the strongest PM competencies,
 * best first (up to 3 used).  Writes to *out (appends) and the
 * placeholders it left to *left (appends).
 */
struct rw_summary_in {
	const char *role;        /* "Systems administrator" */
	double years;            /* years in IT; < 0 unknown */
	const char *target;      /* "IT project manager", or NULL */
	const char **comps;      /* strongest competencies, display names */
	size_t ncomps;
	const char *highlight;   /* one accomplishment (a rewritten bullet), or NULL */
};
void rewrite_summary(const struct rw_summary_in *in, struct strbuf *out,
		     struct rw_strlist *left);

#endif
