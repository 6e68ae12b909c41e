/*
 * catalog.h - the catalog of PM knowledge as plain C structs.
 *
 * src/io/catalog.c reads build/catalog.db (read-only SQLite, built from
 * the SQL files in data/catalog) into a struct catalog; the core (scoring,
 * eligibility, planning) only ever sees these structs, so unit tests can
 * build a catalog by hand.  The catalog owns every string and array in
 * it; catalog_free() releases all of it.  Arrays keep the catalog's `sort`
 * order.  Competency ids referenced from elsewhere are plain strings;
 * catalog_comp() looks one up.
 */
#ifndef PMPATH_CATALOG_H
#define PMPATH_CATALOG_H

#include <stddef.h>

struct cat_source {
	char *id, *title, *publisher, *url, *checked;
};

struct cat_comp {
	char *id, *name, *area, *grp, *description, *pm_phrase;
	char *anchors[6]; /* [1..5]; [0] NULL */
};

struct cat_fact {
	char *key, *value, *source, *note;
};

struct cat_req {
	char *fact;      /* pm_months, pm_edu_hours, agile_months, agile_edu_hours, education, certs_held, course */
	char *op;        /* ">=", "has", "done" */
	double need_num; /* numeric facts */
	char *need_text; /* education value, cert code, or course text; else NULL */
	char *alt_cert;  /* holding this cert also satisfies it, or NULL */
	char *unit;      /* "months", "hours", or NULL */
	char *text;      /* plain-words requirement */
};

struct cat_path {
	int path;
	char *label, *source;
	struct cat_req *reqs;
	size_t nreqs;
};

struct cat_domain_comp {
	char *comp;
	double weight;
};

struct cat_domain {
	char *id, *name, *source;
	int weight; /* percent */
	struct cat_domain_comp *comps;
	size_t ncomps;
};

struct cat_cert {
	char *code, *name, *body, *kind, *answer_value, *environment, *level, *summary;
	struct cat_fact *facts;
	size_t nfacts;
	struct cat_path *paths; /* eligible if any path's reqs all hold; none: open */
	size_t npaths;
	struct cat_domain *domains;
	size_t ndomains;
};

struct cat_edu {
	char *value, *label;
	int rank;
};

struct cat_level_need {
	char *comp;
	int level;
};

struct cat_target_role {
	char *id, *name, *description;
	int in_question, min_pm_months;
	struct cat_level_need *levels;
	size_t nlevels;
	char **certs; /* suitable certs, best first */
	size_t ncerts;
};

struct cat_step {
	char *from_role, *to_role, *note;
};

/* A common mistake of IT people moving into project management, warned
 * about when the answers point to it (data/catalog/40-roles.sql). */
struct cat_pitfall {
	char *id;
	char *high;  /* competency scoring at least warn_high_score, or NULL */
	char *low;   /* competency scoring at most warn_low_score */
	char *text;  /* the warning shown to the user */
};

struct cat_it_role {
	char *id, *name, *description;
	struct cat_level_need *strengths;
	size_t nstrengths;
	struct cat_role_task { char *task, *pm_framing, *comp; } *tasks;
	size_t ntasks;
};

struct cat_resource_contact {
	char *cert, *fact;
	double hours;
};

struct cat_resource_comp {
	char *comp;
	int strength;
};

struct cat_resource {
	char *id, *title, *kind, *currency, *description, *source;
	double hours;
	int cost_low, cost_high;
	struct cat_resource_contact *contact;
	size_t ncontact;
	struct cat_resource_comp *comps;
	size_t ncomps;
	char **certs;   /* certs it prepares for */
	size_t ncerts;
	char **prereqs; /* resource ids that must come first */
	size_t nprereqs;
};

struct catalog {
	char *path;
	char *data_version, *data_date;
	struct cat_source *sources;         size_t nsources;
	struct cat_comp *comps;             size_t ncomps;
	struct cat_edu *edu;                size_t nedu;
	struct cat_cert *certs;             size_t ncerts;
	struct cat_it_role *it_roles;       size_t nit_roles;
	struct cat_target_role *targets;    size_t ntargets;
	struct cat_step *steps;             size_t nsteps;
	struct cat_pitfall *pitfalls;       size_t npitfalls;
	struct cat_resource *resources;     size_t nresources;
	/* Scoring weights (data/catalog/70-scoring.sql): name -> value. */
	struct cat_weight { char *name; double value; char *note; } *weights;
	size_t nweights;
};

/* Load the whole catalog from `path`; NULL after printing why. */
struct catalog *catalog_load(const char *path);
void catalog_free(struct catalog *c);

const struct cat_comp *catalog_comp(const struct catalog *c, const char *id);
const struct cat_cert *catalog_cert(const struct catalog *c, const char *code);
/* Cert whose answer_value (certs_held value) is `v`, or NULL. */
const struct cat_cert *catalog_cert_by_answer(const struct catalog *c, const char *v);
const struct cat_target_role *catalog_target(const struct catalog *c, const char *id);
const struct cat_it_role *catalog_it_role(const struct catalog *c, const char *id);
const struct cat_resource *catalog_resource(const struct catalog *c, const char *id);
const struct cat_source *catalog_source(const struct catalog *c, const char *id);
/* Rank of an education value (1..5), or 0 if unknown. */
int catalog_edu_rank(const struct catalog *c, const char *value);
/* Scoring weight by name: 0 and *out set, or -1 if the catalog lacks it
 * (the catalog integrity test makes sure every weight the code asks for
 * exists; weights live in data, never as defaults in code). */
int catalog_weight(const struct catalog *c, const char *name, double *out);

#endif
