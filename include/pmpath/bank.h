/*
 * bank.h - the question bank model (pure data, no I/O).
 *
 * A bank is loaded from XML by src/io/bank_xml.c (bank_load_file) and is
 * then read-only.  The bank owns every string and sub-array in it;
 * bank_free() releases all of it.  Questions are stored flat, in the order
 * they are asked; each names the section it belongs to.
 */
#ifndef PMPATH_BANK_H
#define PMPATH_BANK_H

#include <stddef.h>

#include "pmpath/util.h"

struct expr; /* expr.h */

enum qtype {
	Q_CHOICE, /* one value among options */
	Q_MULTI,  /* several values among options */
	Q_SCALE,  /* proficiency 0..5 with a behavioural anchor per level */
	Q_YESNO,  /* "yes" or "no" */
	Q_NUMBER, /* decimal number within [min, max] */
	Q_TEXT,   /* one line of free text */
	Q_LIST,   /* repeatable free-text items, empty line to finish */
};

enum qrequired {
	REQ_NO = 0,   /* may be skipped silently */
	REQ_YES = 1,  /* must be answered */
	REQ_SOFT = 2, /* skipping asks for confirmation but is allowed */
};

/* Kinds of evidence question, as the evidence-kind attribute spells them. */
enum evkind {
	EV_NONE = 0,
	EV_EXAMPLE, /* free text: what, how big (people, teams, budget), how long, result */
	EV_RECENCY, /* choice: this_year, 1_2_years, 3_5_years, older */
};

struct bank_option {
	char *value; /* stored value, [a-z0-9_]+ */
	char *label; /* what the user reads */
};

struct question {
	char *id;            /* unique in the bank, [a-z][a-z0-9_]* */
	enum qtype type;
	char *text;          /* the question itself */
	char *help;          /* "?" help, or NULL */
	char *why;           /* ":why" text, or NULL */
	enum qrequired required;
	int dont_know;       /* 1 if "don't know" is an accepted answer */
	char *default_value; /* canonical value pre-filled, or NULL */
	/* Q_NUMBER */
	int has_min, has_max;
	double min, max;
	char *unit;          /* "years", "hours", or NULL */
	/* Q_CHOICE, Q_MULTI */
	struct bank_option *options;
	size_t noptions;
	/* Q_SCALE: anchor text for levels 0..5 (NULL where not given) */
	char *anchors[6];
	char *competency;    /* Q_SCALE: the competency this rates, or NULL */
	char *evidence_for;  /* evidence question: competency it backs, or NULL */
	enum evkind evidence_kind;
	char *when_src;      /* condition source, or NULL */
	struct expr *when;   /* parsed condition, or NULL (always asked) */
	size_t section;      /* index into bank.sections */
	int line;            /* line of the <question> element in the file */
};

struct section {
	char *id;
	char *title;
	char *intro;         /* text shown when the section starts, or NULL */
	char *when_src;
	struct expr *when;   /* NULL: always applies */
	int line;
};

struct bank {
	char *id;            /* "core", "agile", ... */
	char *version;       /* free-form, e.g. "1.0" */
	char *title;
	char *hash;          /* hex SHA-256 (or FNV) of the file contents */
	char *path;          /* the file it came from, as shown in messages */
	struct section *sections;
	size_t nsections;
	struct question *questions;
	size_t nquestions;
	size_t *by_id;       /* question indexes sorted by (id, index), or NULL:
			      * built by bank_index(), used by bank_find() */
};

/* Index of the question with this id, or -1. */
long bank_find(const struct bank *b, const char *id);
/* Build (again) the sorted index bank_find() searches; call after the
 * questions are final.  Without it bank_find() searches linearly. */
void bank_index(struct bank *b);
/* Option of q with this value, or NULL. */
const struct bank_option *bank_option_find(const struct question *q, const char *value);
/* "choice", "multi", ... as spelled in the XML type attribute. */
const char *qtype_name(enum qtype t);
/* Release everything the bank owns, then the bank itself. NULL is fine. */
void bank_free(struct bank *b);

#endif
