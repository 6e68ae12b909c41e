/*
 * score_fixture.h - a catalog and a question bank built by hand for the
 * scoring, eligibility and recommendation tests (test_score.c,
 * test_elig.c, test_recommend.c).  The eligibility rules mirror the real
 * catalog's (CAPM 23 hours, PMP 36/60 months and 35 hours or CAPM,
 * PMI-ACP 24 months and 28 hours, PRINCE2 Practitioner prerequisites,
 * CSM course); the weights are read from data/catalog/70-scoring.sql so
 * the tests follow the data.  Everything is allocated in one arena
 * (fx_free releases it).
 */
#ifndef SCORE_FIXTURE_H
#define SCORE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/catalog.h"
#include "pmpath/expr.h"
#include "pmpath/util.h"

#if defined(__GNUC__)
#define FX_UNUSED __attribute__((unused))
#else
#define FX_UNUSED
#endif

struct fx {
	struct catalog cat;
	struct bank *bank;
	void **mem;
	size_t nmem, amem;
};

static void *fx_zalloc(struct fx *x, size_t n, size_t size)
{
	void *p = xcalloc(n ? n : 1, size);
	ALLOC_GROW(x->mem, x->nmem + 1, x->amem);
	x->mem[x->nmem++] = p;
	return p;
}

static char *fx_str(struct fx *x, const char *s)
{
	char *p;
	if (!s)
		return NULL;
	p = fx_zalloc(x, strlen(s) + 1, 1);
	memcpy(p, s, strlen(s) + 1);
	return p;
}

static const char *const fx_comp_ids[][2] = {
	{ "scheduling", "self_audit" }, { "budget", "self_audit" },
	{ "stakeholders", "self_audit" }, { "risk", "self_audit" },
	{ "scope", "self_audit" }, { "reporting", "self_audit" },
	{ "analytical_thinking", "transferable" }, { "troubleshooting", "transferable" },
	{ "prioritization", "transferable" }, { "attention_to_detail", "transferable" },
	{ "documentation_discipline", "transferable" }, { "coordination", "transferable" },
	{ "leadership", "people" }, { "communication", "people" },
	{ "conflict_resolution", "people" }, { "negotiation", "people" },
	{ "delegation", "people" }, { "facilitation", "people" },
	{ "adaptability", "people" }, { "strategic_thinking", "people" },
	{ "predictive", "ways_of_working" }, { "agile", "ways_of_working" },
	{ "hybrid", "ways_of_working" }, { "sdlc", "ways_of_working" },
	{ "change_control", "ways_of_working" }, { "quality", "ways_of_working" },
	{ "vendor_management", "ways_of_working" }, { "governance", "ways_of_working" },
	{ "wbs", "tools" }, { "gantt", "tools" }, { "raid_log", "tools" },
	{ "stakeholder_register", "tools" }, { "status_reporting", "tools" },
};
#define FX_NCOMPS (sizeof(fx_comp_ids) / sizeof(fx_comp_ids[0]))

/* A requirement row: fact, op, need_num, need_text, alt_cert, unit, text. */
struct fx_req {
	const char *fact, *op;
	double num;
	const char *text_need, *alt, *unit, *text;
};
struct fx_path {
	const char *label;
	struct fx_req reqs[4];
};
struct fx_certdef {
	const char *code, *name, *kind, *answer, *env, *level;
	struct fx_path paths[3];
	const char *domains[3][4]; /* domain id, then up to 3 comps */
};

static const struct fx_certdef fx_certs[] = {
	{ "CAPM", "Certified Associate in Project Management", "certification", "capm",
	  "waterfall_pmo,hybrid,agile", "entry",
	  { { "", { { "education", ">=", 0, "secondary", NULL, NULL, "a secondary diploma" },
		    { "pm_edu_hours", ">=", 23, NULL, NULL, "hours",
		      "23 contact hours of project management education" } } } },
	  { { "fundamentals", "scheduling", "scope", "reporting" },
	    { "predictive", "predictive", "wbs", "gantt" },
	    { "agile_d", "agile", "facilitation", NULL } } },
	{ "PMP", "Project Management Professional", "certification", "pmp",
	  "waterfall_pmo,hybrid,agile", "advanced",
	  { { "with a four-year degree",
	      { { "education", ">=", 0, "bachelor", NULL, NULL, "a four-year degree" },
		{ "pm_months", ">=", 36, NULL, NULL, "months",
		  "36 months leading projects in the last 8 years" },
		{ "pm_edu_hours", ">=", 35, NULL, "CAPM", "hours",
		  "35 contact hours of project management education, or an active CAPM" } } },
	    { "with a secondary or associate degree",
	      { { "education", ">=", 0, "secondary", NULL, NULL, "a secondary diploma" },
		{ "pm_months", ">=", 60, NULL, NULL, "months",
		  "60 months leading projects in the last 8 years" },
		{ "pm_edu_hours", ">=", 35, NULL, "CAPM", "hours",
		  "35 contact hours of project management education, or an active CAPM" } } } },
	  { { "people", "leadership", "conflict_resolution", "stakeholders" },
	    { "process", "scheduling", "budget", "risk" },
	    { "business", "governance", "strategic_thinking", NULL } } },
	{ "PMI-ACP", "PMI Agile Certified Practitioner", "certification", "pmi_acp",
	  "agile,hybrid", "practitioner",
	  { { "", { { "agile_months", ">=", 24, NULL, NULL, "months",
		      "24 months on agile teams in the last 5 years" },
		    { "agile_edu_hours", ">=", 28, NULL, NULL, "hours",
		      "28 hours of training in agile practices" } } } },
	  { { "mindset", "agile", "adaptability", "facilitation" } } },
	{ "PRINCE2-F", "PRINCE2 Foundation", "certification", "prince2_foundation",
	  "structured,waterfall_pmo", "foundation", { { NULL, { { NULL, NULL, 0, NULL, NULL, NULL, NULL } } } },
	  { { "method", "governance", "change_control", "risk" } } },
	{ "PRINCE2-P", "PRINCE2 Practitioner", "certification", "prince2_practitioner",
	  "structured", "practitioner",
	  { { "holding PRINCE2 Foundation",
	      { { "certs_held", "has", 0, "PRINCE2-F", NULL, NULL, "a PRINCE2 Foundation certificate" } } },
	    { "holding PMP", { { "certs_held", "has", 0, "PMP", NULL, NULL, "an active PMP" } } },
	    { "holding CAPM", { { "certs_held", "has", 0, "CAPM", NULL, NULL, "an active CAPM" } } } },
	  { { "method", "governance", "change_control", "risk" } } },
	{ "PSM1", "Professional Scrum Master I", "certification", "psm1", "agile,hybrid",
	  "foundation", { { NULL, { { NULL, NULL, 0, NULL, NULL, NULL, NULL } } } },
	  { { "scrum", "agile", "facilitation", "adaptability" } } },
	{ "CSM", "Certified ScrumMaster", "certification", "csm", "agile,hybrid", "foundation",
	  { { "", { { "course", "done", 0, "the two-day CSM course with a Certified Scrum Trainer",
		      NULL, NULL, "the two-day CSM course with a Certified Scrum Trainer" } } } },
	  { { "scrum", "agile", "facilitation", "adaptability" } } },
	{ "PROJECT+", "CompTIA Project+", "certification", "project_plus",
	  "waterfall_pmo,hybrid,agile", "entry", { { NULL, { { NULL, NULL, 0, NULL, NULL, NULL, NULL } } } },
	  { { "basics", "scheduling", "budget", "communication" } } },
	{ "GOOGLE-PM", "Google Project Management Certificate", "learning_route", NULL,
	  "waterfall_pmo,hybrid,agile", "entry", { { NULL, { { NULL, NULL, 0, NULL, NULL, NULL, NULL } } } },
	  { { "basics", "scheduling", "stakeholders", "agile" } } },
};

struct fx_roledef {
	const char *id;
	int min_pm;
	const char *levels[6][2];
	const char *certs[4];
};
static const struct fx_roledef fx_roles[] = {
	{ "project_coordinator", 0,
	  { { "scheduling", "2" }, { "reporting", "2" }, { "communication", "2" } },
	  { "CAPM", "PROJECT+", "GOOGLE-PM" } },
	{ "technical_pm", 24,
	  { { "scheduling", "3" }, { "risk", "3" }, { "stakeholders", "3" }, { "leadership", "3" },
	    { "communication", "3" } },
	  { "PMP", "PMI-ACP", "CAPM" } },
	{ "it_pm", 36,
	  { { "scheduling", "4" }, { "budget", "3" }, { "risk", "3" }, { "stakeholders", "4" },
	    { "leadership", "4" } },
	  { "PMP", "PRINCE2-P", "PRINCE2-F" } },
	{ "scrum_master", 12,
	  { { "agile", "4" }, { "facilitation", "4" }, { "conflict_resolution", "3" } },
	  { "PSM1", "CSM", "PMI-ACP" } },
	{ "program_manager", 60,
	  { { "strategic_thinking", "4" }, { "governance", "4" }, { "leadership", "5" } },
	  { "PMP" } },
};

/* Read every ('name', value, ...) row of 70-scoring.sql into the catalog. */
static void fx_weights(struct fx *x)
{
	const char *dir = getenv("PMPATH_TOP");
	char *path = xasprintf("%s/data/catalog/70-scoring.sql", dir ? dir : ".");
	FILE *fp = fopen(path, "r");
	char line[1024];
	size_t alloc = 0;
	if (!fp) {
		fprintf(stderr, "cannot open %s (run from the top of the tree)\n", path);
		exit(1);
	}
	while (fgets(line, sizeof(line), fp)) {
		char *p = strstr(line, "('"), *q, *end;
		double v;
		if (!p)
			continue;
		p += 2;
		q = strchr(p, '\'');
		if (!q || q[1] != ',')
			continue;
		v = strtod(q + 2, &end);
		if (end == q + 2)
			continue;
		ALLOC_GROW(x->cat.weights, x->cat.nweights + 1, alloc);
		x->cat.weights[x->cat.nweights].name = fx_zalloc(x, (size_t)(q - p) + 1, 1);
		memcpy(x->cat.weights[x->cat.nweights].name, p, (size_t)(q - p));
		x->cat.weights[x->cat.nweights].value = v;
		x->cat.weights[x->cat.nweights].note = NULL;
		x->cat.nweights++;
	}
	fclose(fp);
	free(path);
	ALLOC_GROW(x->mem, x->nmem + 1, x->amem);
	x->mem[x->nmem++] = x->cat.weights;
}

/* Set a weight's value (tests of thresholds). */
FX_UNUSED static void fx_set_weight(struct fx *x, const char *name, double v)
{
	for (size_t i = 0; i < x->cat.nweights; i++)
		if (!strcmp(x->cat.weights[i].name, name))
			x->cat.weights[i].value = v;
}

/* Add a question to the bank. */
static struct question *fx_q(struct fx *x, struct bank *b, size_t *alloc, const char *id,
			     enum qtype t)
{
	struct question *q;
	(void)x;
	ALLOC_GROW(b->questions, b->nquestions + 1, *alloc);
	q = &b->questions[b->nquestions++];
	memset(q, 0, sizeof(*q));
	q->id = xstrdup(id);
	q->text = xstrdup(id);
	q->type = t;
	return q;
}

/* Build the bank: canonical questions, then per competency a rating, an
 * example (asked when the rating is 3+) and its recency. */
static struct bank *fx_bank(struct fx *x)
{
	struct bank *b = xcalloc(1, sizeof(*b));
	size_t alloc = 0;
	struct errbuf err;
	static const char *const nums[] = { "years_it", "pm_months", "pm_edu_hours",
					    "agile_months", "agile_edu_hours", "hours_per_week" };
	static const char *const choices[] = { "role", "education", "environment", "target_role" };
	b->id = xstrdup("core");
	b->nsections = 1;
	b->sections = xcalloc(1, sizeof(*b->sections));
	b->sections[0].id = xstrdup("all");
	b->sections[0].title = xstrdup("All");
	for (size_t i = 0; i < 4; i++)
		fx_q(x, b, &alloc, choices[i], Q_CHOICE);
	for (size_t i = 0; i < 6; i++)
		fx_q(x, b, &alloc, nums[i], Q_NUMBER);
	fx_q(x, b, &alloc, "certs_held", Q_MULTI);
	fx_q(x, b, &alloc, "course_done", Q_MULTI);
	for (size_t i = 0; i < FX_NCOMPS; i++) {
		const char *c = fx_comp_ids[i][0];
		struct question *q = fx_q(x, b, &alloc, c, Q_SCALE);
		char *id, *cond;
		q->competency = xstrdup(c);
		id = xasprintf("%s_ev", c);
		q = fx_q(x, b, &alloc, id, Q_TEXT);
		free(id);
		q->evidence_for = xstrdup(c);
		q->evidence_kind = EV_EXAMPLE;
		cond = xasprintf("%s >= 3", c);
		q->when_src = cond;
		q->when = expr_parse(cond, &err);
		id = xasprintf("%s_ev_when", c);
		q = fx_q(x, b, &alloc, id, Q_CHOICE);
		free(id);
		q->evidence_for = xstrdup(c);
		q->evidence_kind = EV_RECENCY;
		q->when_src = xstrdup(cond);
		q->when = expr_parse(cond, &err);
	}
	return b;
}

/* Build the whole fixture. */
static void fx_init(struct fx *x)
{
	struct catalog *c = &x->cat;
	static const char *const edu[] = { "secondary", "associate", "bachelor", "master",
					   "doctorate" };
	static const char *const edu_label[] = { "Secondary diploma", "Associate degree",
						 "Bachelor's degree", "Master's degree",
						 "Doctorate" };
	memset(x, 0, sizeof(*x));
	c->ncomps = FX_NCOMPS;
	c->comps = fx_zalloc(x, FX_NCOMPS, sizeof(*c->comps));
	for (size_t i = 0; i < FX_NCOMPS; i++) {
		c->comps[i].id = fx_str(x, fx_comp_ids[i][0]);
		c->comps[i].name = fx_str(x, fx_comp_ids[i][0]);
		c->comps[i].grp = fx_str(x, fx_comp_ids[i][1]);
		c->comps[i].pm_phrase = fx_str(x, fx_comp_ids[i][0]);
	}
	c->nedu = 5;
	c->edu = fx_zalloc(x, 5, sizeof(*c->edu));
	for (int i = 0; i < 5; i++) {
		c->edu[i].value = fx_str(x, edu[i]);
		c->edu[i].label = fx_str(x, edu_label[i]);
		c->edu[i].rank = i + 1;
	}
	c->ncerts = sizeof(fx_certs) / sizeof(fx_certs[0]);
	c->certs = fx_zalloc(x, c->ncerts, sizeof(*c->certs));
	for (size_t i = 0; i < c->ncerts; i++) {
		const struct fx_certdef *d = &fx_certs[i];
		struct cat_cert *ct = &c->certs[i];
		ct->code = fx_str(x, d->code);
		ct->name = fx_str(x, d->name);
		ct->kind = fx_str(x, d->kind);
		ct->answer_value = fx_str(x, d->answer);
		ct->environment = fx_str(x, d->env);
		ct->level = fx_str(x, d->level);
		for (size_t p = 0; p < 3 && d->paths[p].label; p++)
			ct->npaths++;
		ct->paths = fx_zalloc(x, ct->npaths, sizeof(*ct->paths));
		for (size_t p = 0; p < ct->npaths; p++) {
			struct cat_path *cp = &ct->paths[p];
			cp->path = (int)p + 1;
			cp->label = *d->paths[p].label ? fx_str(x, d->paths[p].label) : NULL;
			for (size_t r = 0; r < 4 && d->paths[p].reqs[r].fact; r++)
				cp->nreqs++;
			cp->reqs = fx_zalloc(x, cp->nreqs, sizeof(*cp->reqs));
			for (size_t r = 0; r < cp->nreqs; r++) {
				const struct fx_req *fr = &d->paths[p].reqs[r];
				cp->reqs[r].fact = fx_str(x, fr->fact);
				cp->reqs[r].op = fx_str(x, fr->op);
				cp->reqs[r].need_num = fr->num;
				cp->reqs[r].need_text = fx_str(x, fr->text_need);
				cp->reqs[r].alt_cert = fx_str(x, fr->alt);
				cp->reqs[r].unit = fx_str(x, fr->unit);
				cp->reqs[r].text = fx_str(x, fr->text);
			}
		}
		for (size_t k = 0; k < 3 && d->domains[k][0]; k++)
			ct->ndomains++;
		ct->domains = fx_zalloc(x, ct->ndomains, sizeof(*ct->domains));
		for (size_t k = 0; k < ct->ndomains; k++) {
			struct cat_domain *dm = &ct->domains[k];
			dm->id = fx_str(x, d->domains[k][0]);
			dm->name = fx_str(x, d->domains[k][0]);
			dm->weight = ct->ndomains == 3 ? (k == 0 ? 40 : 30) : 100;
			dm->comps = fx_zalloc(x, 3, sizeof(*dm->comps));
			for (size_t j = 1; j < 4 && d->domains[k][j]; j++) {
				dm->comps[dm->ncomps].comp = fx_str(x, d->domains[k][j]);
				dm->comps[dm->ncomps++].weight = (double)(4 - j);
			}
		}
	}
	c->ntargets = sizeof(fx_roles) / sizeof(fx_roles[0]);
	c->targets = fx_zalloc(x, c->ntargets, sizeof(*c->targets));
	for (size_t i = 0; i < c->ntargets; i++) {
		const struct fx_roledef *d = &fx_roles[i];
		struct cat_target_role *t = &c->targets[i];
		t->id = fx_str(x, d->id);
		t->name = fx_str(x, d->id);
		t->in_question = 1;
		t->min_pm_months = d->min_pm;
		t->levels = fx_zalloc(x, 6, sizeof(*t->levels));
		for (size_t k = 0; k < 6 && d->levels[k][0]; k++) {
			t->levels[k].comp = fx_str(x, d->levels[k][0]);
			t->levels[k].level = atoi(d->levels[k][1]);
			t->nlevels++;
		}
		t->certs = fx_zalloc(x, 4, sizeof(char *));
		for (size_t k = 0; k < 4 && d->certs[k]; k++)
			t->certs[t->ncerts++] = fx_str(x, d->certs[k]);
	}
	c->nsteps = 2;
	c->steps = fx_zalloc(x, 2, sizeof(*c->steps));
	c->steps[0] = (struct cat_step){ fx_str(x, "project_coordinator"), fx_str(x, "it_pm"),
					 fx_str(x, "coordinate first, then lead") };
	c->steps[1] = (struct cat_step){ fx_str(x, "technical_pm"), fx_str(x, "program_manager"),
					 fx_str(x, "lead projects before programs") };
	c->npitfalls = 2;
	c->pitfalls = fx_zalloc(x, 2, sizeof(*c->pitfalls));
	c->pitfalls[0] = (struct cat_pitfall){ fx_str(x, "solve_it_yourself"),
		fx_str(x, "troubleshooting"), fx_str(x, "delegation"),
		fx_str(x, "Trying to solve every technical problem yourself: delegate.") };
	c->pitfalls[1] = (struct cat_pitfall){ fx_str(x, "jargon"), NULL, fx_str(x, "communication"),
		fx_str(x, "Jargon with non-technical people: speak of impact.") };
	c->nit_roles = 1;
	c->it_roles = fx_zalloc(x, 1, sizeof(*c->it_roles));
	c->it_roles[0].id = fx_str(x, "sysadmin");
	c->it_roles[0].nstrengths = 1;
	c->it_roles[0].strengths = fx_zalloc(x, 1, sizeof(struct cat_level_need));
	c->it_roles[0].strengths[0] = (struct cat_level_need){ fx_str(x, "troubleshooting"), 4 };
	fx_weights(x);
	x->bank = fx_bank(x);
}

static void fx_free(struct fx *x)
{
	bank_free(x->bank);
	for (size_t i = 0; i < x->nmem; i++)
		free(x->mem[i]);
	free(x->mem);
}

#endif
