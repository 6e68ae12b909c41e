/*
 * recommend.h - exam readiness, the ranked certification recommendation
 * with its reasons, target-role fit with stepping stones, and the gap
 * analysis (strengths, gaps, warnings).  Pure core: catalog, facts
 * (elig.h) and competency scores (score.h) in, structs out.  Every
 * weight and threshold comes from the catalog's score_weight rows
 * (data/catalog/70-scoring.sql); every figure keeps `explain` lines.
 *
 * Ownership: each result owns its arrays and strings and frees them in
 * its *_release(); pointers to catalog items (cert, role, comp, step)
 * point into the catalog, which must outlive the result.
 */
#ifndef PMPATH_RECOMMEND_H
#define PMPATH_RECOMMEND_H

#include <stddef.h>

#include "pmpath/catalog.h"
#include "pmpath/elig.h"
#include "pmpath/score.h"
#include "pmpath/util.h"

/* How ready the competency scores make the user for a cert's exam. */
struct readiness {
	double value;      /* 0..100: sum over domains of weight% x the domain's
			      weighted mean competency score (unasked = 0) */
	double confidence; /* 0..1: the same weighting of the confidences */
	size_t unasked;    /* competencies the exam draws on that were not rated */
	char **explain;
	size_t nexplain;
};

/* Readiness for cert c.  Returns 0 (fills *out), -1 with err. */
int readiness_compute(const struct catalog *cat, const struct cat_cert *c,
		      const struct score_result *s, struct readiness *out,
		      struct errbuf *err);
void readiness_release(struct readiness *r);

struct cert_rec {
	const struct cat_cert *cert;
	struct elig_result elig;
	struct readiness ready;
	double total;        /* ranking points (sum of the factors) */
	int recommended;     /* the single top choice */
	int prep_known;      /* prep_hours/prep_weeks are known */
	double prep_hours;   /* study hours in the catalog's resources for it */
	double prep_weeks;   /* prep_hours / hours_per_week (0 if unknown) */
	char **reasons;      /* plain sentences for the user, most important first */
	size_t nreasons;
	char **explain;      /* "+20 eligible today (weight rec_eligible)" */
	size_t nexplain;
};

struct recommendation {
	struct cert_rec *items; /* every catalog cert, best first */
	size_t n;
	const struct cert_rec *top; /* the recommended one, or NULL if none applies */
};

/* Rank the catalog's certs.  Returns 0, or -1 with err. */
int recommend_certs(const struct catalog *cat, const struct facts *f,
		    const struct score_result *s, struct recommendation *out,
		    struct errbuf *err);
void recommendation_release(struct recommendation *r);
/* The entry for cert code, or NULL. */
const struct cert_rec *recommendation_find(const struct recommendation *r,
					   const char *code);

struct role_fit {
	const struct cat_target_role *role;
	double fit;        /* 0..100 */
	double comp_fit;   /* 0..100: competency levels against the role's */
	double exp_fit;    /* 0..100: pm_months against min_pm_months */
	int fits_now;      /* fit >= role_fit_now */
	char **explain;
	size_t nexplain;
};

struct role_fits {
	struct role_fit *items;  /* every target role, best fit first */
	size_t n;
	const struct role_fit *target;   /* the user's target_role, or NULL */
	const struct role_fit *best_now; /* best role that fits now, or NULL */
	const struct cat_step *step;     /* stepping stone toward the target
					    (when it does not fit yet), or NULL */
	const struct role_fit *step_fit; /* fit of step->from_role */
};

int role_fit_compute(const struct catalog *cat, const struct facts *f,
		     const struct score_result *s, struct role_fits *out,
		     struct errbuf *err);
void role_fits_release(struct role_fits *r);

struct strength {
	const struct cat_comp *comp;
	double score, confidence;
};

struct gap {
	const struct cat_comp *comp;
	int need;          /* level the target role asks for (1..5) */
	double have;       /* current level score/20 (0 when not rated) */
	int asked;
	double gap;        /* need - have */
};

struct gap_analysis {
	const struct cat_target_role *target; /* NULL: no target chosen */
	struct strength *strengths; /* best first */
	size_t nstrengths;
	struct gap *gaps;           /* largest first */
	size_t ngaps;
	char **warnings;            /* common pitfalls the answers point to */
	size_t nwarnings;
};

int gaps_compute(const struct catalog *cat, const struct facts *f,
		 const struct score_result *s, struct gap_analysis *out,
		 struct errbuf *err);
void gap_analysis_release(struct gap_analysis *g);

#endif
