/*
 * score.h - competency scores from self-ratings and evidence (pure core).
 *
 * For every catalog competency the bank asks about: a score 0..100 and a
 * confidence 0..1, reached from the self-rating (scale question with
 * competency=ID), the evidence questions (evidence=ID: example text and
 * recency) and the weights in the catalog (data/catalog/70-scoring.sql).
 * Each score carries the lines that explain it (answers and weights used),
 * shown by --explain and the report's "how this was computed" section.
 * The result owns its strings; score_result_release() frees them.
 */
#ifndef PMPATH_SCORE_H
#define PMPATH_SCORE_H

#include <stddef.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/catalog.h"
#include "pmpath/util.h"

struct comp_score {
	const char *comp;   /* catalog competency id (owned by the catalog) */
	int asked;          /* 1 if a rating applied and was answered */
	double score;       /* 0..100 (0 when not asked) */
	double confidence;  /* 0..1 (0 when not asked) */
	char **explain;     /* one line each: how the figure was reached */
	size_t nexplain;
};

struct score_result {
	struct comp_score *items; /* one per catalog competency, catalog order */
	size_t n;
	int flat_pattern;         /* every rating given is the same */
	char **flags;             /* plain-words warnings about the answers */
	size_t nflags;
	size_t nasked;            /* competencies with a rating */
	double confidence;        /* overall 0..1: mean confidence over every
				     catalog competency (unasked count as 0) */
};

/* Returns 0, or -1 with a message in err (e.g. a missing catalog weight). */
int score_compute(const struct catalog *cat, const struct bank *b,
		  const struct answer_set *a, struct score_result *out,
		  struct errbuf *err);
void score_result_release(struct score_result *r);
/* The score of competency `comp`, or NULL. */
const struct comp_score *score_find(const struct score_result *r, const char *comp);

/* A weight the core needs: catalog name and where to store its value. */
struct weight_ref {
	const char *name;
	double *dst;
};
/* Look up every weight of refs[0..n-1] in the catalog's score_weight rows.
 * Returns 0, or -1 with "catalog lacks scoring weight 'NAME' ..." in err. */
int weights_load(const struct catalog *cat, const struct weight_ref *refs, size_t n,
		 struct errbuf *err);
/* Proficiency level name of a 0..5 rating ("advanced"). */
const char *score_level_name(int level);

#endif
