/*
 * elig.h - the facts a session's answers establish, and certification
 * eligibility from the catalog's rules (pure core).
 *
 * facts_extract() reads the canonical questions of PRODUCT.md (only those
 * that apply under the bank's conditions; flow.h) into struct facts, where
 * every fact says whether it is known: an unanswered question is not zero.
 *
 * elig_check() applies a certification's paths (catalog elig_path /
 * elig_req): the cert is eligible when every requirement of any one path
 * holds (a cert without paths has no prerequisites).  For the closest path
 * (fewest unmet requirements, then the smallest relative shortfall) it
 * lists exactly what is missing, in full sentences.
 *
 * Ownership: struct facts owns its strings (facts_release);
 * struct elig_result owns its missing items and strings
 * (elig_result_release) and points into the catalog for the rest.
 */
#ifndef PMPATH_ELIG_H
#define PMPATH_ELIG_H

#include <stddef.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/catalog.h"
#include "pmpath/util.h"

/* A numeric fact: `known` is 0 when the question was not answered. */
struct fnum {
	int known;
	double v;
};

struct facts {
	/* choice answers, NULL when unknown */
	char *role, *education, *environment, *target_role;
	struct fnum years_it, pm_months, pm_edu_hours, agile_months,
		agile_edu_hours, hours_per_week;
	int certs_known;   /* certs_held answered ("none" counts) */
	char **certs;      /* certs_held values held ("capm", ...), "none" left out */
	size_t ncerts;
	int courses_known; /* course_done answered */
	char **courses;    /* course_done values ("csm_course"), "none" left out */
	size_t ncourses;
};

/* Fill *out from the answers (questions that do not apply are unknown). */
void facts_extract(const struct bank *b, const struct answer_set *a,
		   struct facts *out);
void facts_release(struct facts *f);
/* 1 if the facts say the user holds the cert whose certs_held value is v. */
int facts_has_cert(const struct facts *f, const char *answer_value);
/* The numeric fact called `name` (pm_months, ...), or NULL. */
const struct fnum *facts_num(const struct facts *f, const char *name);

/* One unmet requirement of the closest path. */
struct elig_missing {
	const char *kind;  /* the fact (catalog string): pm_months, education, ... */
	int need_is_num;   /* need is need_num, else need_text */
	double need_num;
	char *need_text;
	int have_known;    /* 0: the question is not answered yet (have = null) */
	int have_is_num;
	double have_num;
	char *have_text;   /* when have_known && !have_is_num */
	char *text;        /* full sentence for the user */
};

struct elig_result {
	const struct cat_cert *cert;
	int eligible;
	int held;               /* the user already holds it (eligible too) */
	int path;               /* path that holds, else the closest; 0: no paths */
	const char *path_label; /* its label (catalog string), or NULL */
	size_t nunmet;          /* unmet requirements of that path */
	double shortfall;       /* sum of relative shortfalls (unknown or
				   non-numeric unmet = 1 each); 0 when eligible */
	int only_numeric;       /* every unmet requirement is a known number
				   short of its need (months or hours to add) */
	struct elig_missing *missing;
	size_t nmissing;
	char *note;             /* "you already hold it", "no prerequisites", ... */
};

/*
 * Check cert `c` against the facts.  Returns 0 and fills *out, or -1 with
 * a message in err when the catalog's rule is malformed (unknown fact or
 * operator).
 */
int elig_check(const struct catalog *cat, const struct cat_cert *c,
	       const struct facts *f, struct elig_result *out,
	       struct errbuf *err);
void elig_result_release(struct elig_result *r);

#endif
