/*
 * recommend.c - exam readiness, ranked certification recommendation with
 * reasons, target-role fit and stepping stones, strengths, gaps and
 * warnings (pure core: no I/O).  See include/pmpath/recommend.h; every
 * weight named here is a row of data/catalog/70-scoring.sql.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/recommend.h"
#include "pmpath/banned.h"

/* Append a formatted string to a string array. */
static void PM_PRINTF(4, 5) strv_addf(char ***v, size_t *n, size_t *alloc,
				      const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	ALLOC_GROW(*v, *n + 1, *alloc);
	(*v)[(*n)++] = sb_detach(&sb);
}

static void strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static double clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* Score and confidence of comp (0 when not rated). */
static void comp_get(const struct score_result *s, const char *comp, double *score,
		     double *conf, int *asked)
{
	const struct comp_score *cs = score_find(s, comp);
	*score = cs && cs->asked ? cs->score : 0;
	*conf = cs && cs->asked ? cs->confidence : 0;
	*asked = cs && cs->asked;
}

/* --- readiness ------------------------------------------------------- */

int readiness_compute(const struct catalog *cat, const struct cat_cert *c,
		      const struct score_result *s, struct readiness *out,
		      struct errbuf *err)
{
	size_t alloc = 0;
	double wsum = 0;
	(void)err;
	memset(out, 0, sizeof(*out));
	if (!c->ndomains) {
		/* No exam outline in the catalog: every competency counts alike. */
		for (size_t i = 0; i < cat->ncomps; i++) {
			double sc, cf;
			int asked;
			comp_get(s, cat->comps[i].id, &sc, &cf, &asked);
			out->value += sc;
			out->confidence += cf;
			out->unasked += !asked;
		}
		if (cat->ncomps) {
			out->value /= (double)cat->ncomps;
			out->confidence /= (double)cat->ncomps;
		}
		strv_addf(&out->explain, &out->nexplain, &alloc,
			  "no exam domains in the catalog: mean of all %zu competency scores = %.0f",
			  cat->ncomps, out->value);
		return 0;
	}
	for (size_t d = 0; d < c->ndomains; d++) {
		const struct cat_domain *dom = &c->domains[d];
		double cw = 0, dv = 0, dc = 0;
		struct strbuf parts = STRBUF_INIT;
		for (size_t k = 0; k < dom->ncomps; k++)
			cw += dom->comps[k].weight;
		for (size_t k = 0; k < dom->ncomps; k++) {
			double sc, cf;
			int asked;
			comp_get(s, dom->comps[k].comp, &sc, &cf, &asked);
			dv += dom->comps[k].weight / cw * sc;
			dc += dom->comps[k].weight / cw * cf;
			out->unasked += !asked;
			/* "comp SCORE×SHARE=CONTRIBUTION": the share is the
			 * competency's part of the domain. */
			sb_addf(&parts, "%s%s %s%.0f\xC3\x97", k ? ", " : "", dom->comps[k].comp,
				asked ? "" : "(not rated) ", sc);
			sb_add_number(&parts, round(dom->comps[k].weight / cw * 100) / 100);
			sb_addf(&parts, "=");
			sb_add_number(&parts, round(dom->comps[k].weight / cw * sc * 10) / 10);
		}
		wsum += dom->weight;
		out->value += dom->weight / 100.0 * dv;
		out->confidence += dom->weight / 100.0 * dc;
		strv_addf(&out->explain, &out->nexplain, &alloc,
			  "%s (%d%% of the exam): %.0f from %s", dom->name, dom->weight, dv,
			  dom->ncomps ? parts.buf : "no competencies listed");
		sb_release(&parts);
	}
	/* Domain weights should sum to 100; normalise if the data is off. */
	if (wsum > 0 && fabs(wsum - 100) > 0.5) {
		out->value = out->value * 100 / wsum;
		out->confidence = out->confidence * 100 / wsum;
	}
	out->value = clamp(out->value, 0, 100);
	out->confidence = clamp(out->confidence, 0, 1);
	strv_addf(&out->explain, &out->nexplain, &alloc,
		  "readiness %.0f/100 (sum of domain weight \xC3\x97 domain score); confidence %.2f%s",
		  out->value, out->confidence,
		  out->unasked ? " (lowered: some competencies were not rated and count as 0)" : "");
	return 0;
}

void readiness_release(struct readiness *r)
{
	strv_free(r->explain, r->nexplain);
	memset(r, 0, sizeof(*r));
}

/* --- recommendation ---------------------------------------------------- */

struct rw {
	double eligible, within_reach, not_eligible, reach_months, reach_hours;
	double entry_fit, entry_over, entry_max_pm, adv_fit, adv_min_pm;
	double env_match, env_mismatch, agile_team, agile_min_months;
	double ladder, target_role, readiness, long_prep, prep_weeks_max;
	double learning_route, learning_hours, learning_hours_below, min_total;
};

static int rw_load(const struct catalog *cat, struct rw *w, struct errbuf *err)
{
	const struct weight_ref refs[] = {
		{ "rec_eligible", &w->eligible },
		{ "rec_within_reach", &w->within_reach },
		{ "rec_not_eligible", &w->not_eligible },
		{ "rec_reach_months", &w->reach_months },
		{ "rec_reach_hours", &w->reach_hours },
		{ "rec_entry_fit", &w->entry_fit },
		{ "rec_entry_overqualified", &w->entry_over },
		{ "rec_entry_max_pm_months", &w->entry_max_pm },
		{ "rec_advanced_fit", &w->adv_fit },
		{ "rec_advanced_min_pm_months", &w->adv_min_pm },
		{ "rec_env_match", &w->env_match },
		{ "rec_env_mismatch", &w->env_mismatch },
		{ "rec_agile_team", &w->agile_team },
		{ "rec_agile_min_months", &w->agile_min_months },
		{ "rec_ladder", &w->ladder },
		{ "rec_target_role", &w->target_role },
		{ "rec_readiness", &w->readiness },
		{ "rec_long_prep", &w->long_prep },
		{ "rec_prep_weeks_max", &w->prep_weeks_max },
		{ "rec_learning_route", &w->learning_route },
		{ "rec_learning_hours", &w->learning_hours },
		{ "rec_learning_hours_below", &w->learning_hours_below },
		{ "rec_min_total", &w->min_total },
	};
	return weights_load(cat, refs, ARRAY_SIZE(refs), err);
}

/* Plain words for an environment value. */
static const char *env_words(const char *v)
{
	if (!strcmp(v, "waterfall_pmo"))
		return "plan-driven, with a project office";
	if (!strcmp(v, "agile"))
		return "agile";
	if (!strcmp(v, "hybrid"))
		return "hybrid (plan-driven and agile)";
	if (!strcmp(v, "structured"))
		return "structured and process-heavy";
	return v;
}

/* 1 if the comma list `list` contains `v`. */
static int list_has(const char *list, const char *v)
{
	size_t n = strlen(v);
	for (const char *p = list; p && *p;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		while (len && *p == ' ') {
			p++;
			len--;
		}
		if (len == n && !strncmp(p, v, n))
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}

/* Add `points` to rec's total with an explanation line naming the weight. */
static void PM_PRINTF(5, 6) factor(struct cert_rec *r, size_t *xalloc, double points,
				   const char *weight, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	r->total += points;
	sb_addf(&sb, "%+.1f ", points);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	sb_addf(&sb, " (weight %s)", weight);
	ALLOC_GROW(r->explain, r->nexplain + 1, *xalloc);
	r->explain[r->nexplain++] = sb_detach(&sb);
}

/* Order of the schema's cert levels (entry < foundation < practitioner <
 * advanced); 0 for an unknown level. */
static int level_rank(const char *level)
{
	static const char *const order[] = { "entry", "foundation", "practitioner", "advanced" };
	for (size_t i = 0; i < ARRAY_SIZE(order); i++)
		if (!strcmp(order[i], level))
			return (int)i + 1;
	return 0;
}

/*
 * The first cert of a higher level than c that c leads to: one of its
 * requirements is satisfied by holding c (alt_cert or certs_held), the
 * user is not eligible for it yet.  Returns it or NULL.
 */
static const struct cat_cert *ladder_to(const struct catalog *cat, const struct cat_cert *c,
					const struct facts *f, struct errbuf *err)
{
	for (size_t i = 0; i < cat->ncerts; i++) {
		const struct cat_cert *o = &cat->certs[i];
		int leads = 0;
		if (o == c || level_rank(o->level) <= level_rank(c->level))
			continue;
		for (size_t p = 0; p < o->npaths && !leads; p++)
			for (size_t q = 0; q < o->paths[p].nreqs; q++) {
				const struct cat_req *r = &o->paths[p].reqs[q];
				if ((r->alt_cert && !strcmp(r->alt_cert, c->code)) ||
				    (!strcmp(r->fact, "certs_held") && r->need_text &&
				     !strcmp(r->need_text, c->code)))
					leads = 1;
			}
		if (leads) {
			struct elig_result e;
			int ok;
			if (elig_check(cat, o, f, &e, err) < 0)
				return NULL;
			ok = e.eligible;
			elig_result_release(&e);
			if (!ok)
				return o;
		}
	}
	return NULL;
}

/* Whether c is an agile credential: built for agile teams only, not also
 * for plan-driven or structured settings (PSM I, CSM, PMI-ACP; not CAPM,
 * whose outline merely includes agile). */
static int is_agile_cert(const struct cat_cert *c)
{
	return list_has(c->environment, "agile") && !list_has(c->environment, "waterfall_pmo") &&
	       !list_has(c->environment, "structured");
}

/* Whether target role tr lists cert code. */
static int role_lists(const struct cat_target_role *tr, const char *code)
{
	for (size_t i = 0; i < tr->ncerts; i++)
		if (!strcmp(tr->certs[i], code))
			return 1;
	return 0;
}

/* The contact row of resource r for cert code, or NULL. */
static const struct cat_resource_contact *contact_for(const struct cat_resource *r,
						      const char *code)
{
	for (size_t i = 0; i < r->ncontact; i++)
		if (!strcmp(r->contact[i].cert, code))
			return &r->contact[i];
	return NULL;
}

/*
 * Study hours of the catalog's resources preparing for c (courses,
 * reading, practice exams, reviews).  Courses that count contact hours
 * toward c are alternatives (the 23-hour CAPM course, the 35-hour PMP
 * course, the Google certificate): one is counted, the shortest that
 * closes what e says is missing of that kind, and none when nothing of
 * that kind is missing (met, waived by a certificate held, or eligible).
 */
static double prep_hours(const struct catalog *cat, const struct cat_cert *c,
			 const struct elig_result *e)
{
	double h = 0;
	for (size_t i = 0; i < cat->nresources; i++) {
		const struct cat_resource *r = &cat->resources[i];
		int mine = 0;
		if (!strcmp(r->kind, "on_the_job") || !strcmp(r->kind, "application"))
			continue;
		for (size_t k = 0; k < r->ncerts && !mine; k++)
			mine = !strcmp(r->certs[k], c->code);
		if (mine && !contact_for(r, c->code))
			h += r->hours;
	}
	for (size_t m = 0; m < e->nmissing; m++) {
		const struct elig_missing *mi = &e->missing[m];
		double short_by = mi->need_is_num ? mi->need_num - (mi->have_known ? mi->have_num : 0) : 0;
		const struct cat_resource *best = NULL, *most = NULL;
		for (size_t i = 0; i < cat->nresources; i++) {
			const struct cat_resource *r = &cat->resources[i];
			const struct cat_resource_contact *cr = contact_for(r, c->code);
			int mine = 0;
			for (size_t k = 0; k < r->ncerts && !mine; k++)
				mine = !strcmp(r->certs[k], c->code);
			if (!mine || !cr || strcmp(cr->fact, mi->kind) != 0)
				continue;
			if (cr->hours >= short_by && (!best || r->hours < best->hours))
				best = r;
			if (!most || cr->hours > contact_for(most, c->code)->hours)
				most = r;
		}
		if (best || most)
			h += (best ? best : most)->hours;
	}
	return h;
}

/* Certs whose contact hours a learning route's resources count toward,
 * as "CAPM and PMP" (caller frees), or NULL. */
static char *contact_targets(const struct catalog *cat, const struct cat_cert *c)
{
	const char *seen[16];
	size_t n = 0;
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < cat->nresources; i++) {
		const struct cat_resource *r = &cat->resources[i];
		int mine = 0;
		for (size_t k = 0; k < r->ncerts; k++)
			mine |= !strcmp(r->certs[k], c->code);
		if (!mine)
			continue;
		for (size_t k = 0; k < r->ncontact && n < ARRAY_SIZE(seen); k++) {
			int dup = !strcmp(r->contact[k].cert, c->code);
			for (size_t j = 0; j < n && !dup; j++)
				dup = !strcmp(seen[j], r->contact[k].cert);
			if (!dup)
				seen[n++] = r->contact[k].cert;
		}
	}
	if (!n)
		return NULL;
	for (size_t j = 0; j < n; j++)
		sb_addf(&sb, "%s%s", j == 0 ? "" : j + 1 == n ? " and " : ", ", seen[j]);
	return sb_detach(&sb);
}

/* Reasons and points for one cert. */
static int rank_one(const struct catalog *cat, const struct facts *f,
		    const struct score_result *s, const struct rw *w,
		    struct cert_rec *r, struct errbuf *err)
{
	const struct cat_cert *c = r->cert;
	const struct cat_target_role *tr = f->target_role ? catalog_target(cat, f->target_role) : NULL;
	const struct cat_cert *next;
	size_t ralloc = 0, xalloc = 0;
	int pm_known = f->pm_months.known;
	double pm = f->pm_months.v;

	if (elig_check(cat, c, f, &r->elig, err) < 0 ||
	    readiness_compute(cat, c, s, &r->ready, err) < 0)
		return -1;
	if (r->elig.held) {
		strv_addf(&r->reasons, &r->nreasons, &ralloc, "You already hold it.");
		return 0;
	}

	/* Eligibility. */
	if (r->elig.eligible) {
		factor(r, &xalloc, w->eligible, "rec_eligible", "eligible today");
		if (c->npaths)
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "You meet its requirements today (%s).",
				  r->elig.path_label ? r->elig.path_label : "one of its paths");
		else
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "No formal prerequisites: you can sit the exam when you are ready.");
	} else {
		int reach = r->elig.only_numeric;
		struct strbuf gap = STRBUF_INIT;
		for (size_t i = 0; i < r->elig.nmissing && reach; i++) {
			const struct elig_missing *m = &r->elig.missing[i];
			double short_by = m->need_num - m->have_num;
			int hours = str_ends_with(m->kind, "_hours");
			if (short_by > (hours ? w->reach_hours : w->reach_months))
				reach = 0;
			sb_addf(&gap, "%s", gap.len ? " and " : "");
			sb_add_number(&gap, short_by);
			sb_addf(&gap, " %s of %s", hours ? "hours" : "months",
				!strcmp(m->kind, "pm_months") ? "project leadership"
				: !strcmp(m->kind, "agile_months") ? "agile team work"
				: !strcmp(m->kind, "pm_edu_hours") ? "project-management education"
				: "agile training");
		}
		if (reach) {
			factor(r, &xalloc, w->within_reach, "rec_within_reach",
				"within reach (at most rec_reach_months months or rec_reach_hours hours short)");
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "Within reach: you are %s short of eligibility.", gap.buf);
		} else {
			factor(r, &xalloc, w->not_eligible, "rec_not_eligible", "not eligible yet");
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "Not eligible yet: %zu requirement%s missing.",
				  r->elig.nmissing, r->elig.nmissing == 1 ? "" : "s");
		}
		sb_release(&gap);
	}

	/* Level against project-leadership experience. */
	if (pm_known && !strcmp(c->level, "entry") && strcmp(c->kind, "learning_route") != 0) {
		if (pm < w->entry_max_pm) {
			factor(r, &xalloc, w->entry_fit, "rec_entry_fit",
				"entry level, %g months leading projects < %g", pm, w->entry_max_pm);
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "An entry point for someone with little formal project leadership yet (you have %g months).",
				  pm);
		} else {
			factor(r, &xalloc, w->entry_over, "rec_entry_overqualified",
				"entry level, %g months leading projects >= %g", pm, w->entry_max_pm);
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "With %g months leading projects you are past the level it is meant for.",
				  pm);
		}
	}
	if (pm_known && !strcmp(c->level, "advanced") && pm >= w->adv_min_pm) {
		factor(r, &xalloc, w->adv_fit, "rec_advanced_fit",
			"advanced, %g months leading projects >= %g", pm, w->adv_min_pm);
		strv_addf(&r->reasons, &r->nreasons, &ralloc,
			  "Made for substantial project leadership like your %g months.", pm);
	}

	/* Environment. */
	if (f->environment) {
		if (list_has(c->environment, f->environment)) {
			factor(r, &xalloc, w->env_match, "rec_env_match",
				"environment %s is among %s", f->environment, c->environment);
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "Fits the way your organisation works (%s).", env_words(f->environment));
		} else {
			factor(r, &xalloc, w->env_mismatch, "rec_env_mismatch",
				"environment %s is not among %s", f->environment, c->environment);
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "Built for other settings than yours (%s).", env_words(f->environment));
		}
	}
	if (f->agile_months.known && f->agile_months.v >= w->agile_min_months &&
	    is_agile_cert(c)) {
		factor(r, &xalloc, w->agile_team, "rec_agile_team",
			"%g months on agile teams >= %g", f->agile_months.v, w->agile_min_months);
		strv_addf(&r->reasons, &r->nreasons, &ralloc,
			  "Builds on your %g months working on agile teams.", f->agile_months.v);
	}

	/* A rung toward a bigger certification. */
	next = ladder_to(cat, c, f, err);
	if (!next && err->msg[0])
		return -1;
	/* A rung counts only on the way to where the user wants to go: with
	 * a target role, it or the bigger cert must be listed for that role
	 * (CAPM toward PMP is no reason for someone aiming at Scrum Master). */
	if (next && tr && !role_lists(tr, c->code) && !role_lists(tr, next->code))
		next = NULL;
	if (next) {
		factor(r, &xalloc, w->ladder, "rec_ladder", "holding it counts toward %s", next->code);
		strv_addf(&r->reasons, &r->nreasons, &ralloc,
			  "A step toward %s: holding it meets part of that certification's requirements.",
			  next->code);
	}

	/* Target role. */
	if (tr) {
		for (size_t i = 0; i < tr->ncerts; i++)
			if (!strcmp(tr->certs[i], c->code)) {
				double pts = w->target_role * (double)(tr->ncerts - i) / (double)tr->ncerts;
				factor(r, &xalloc, pts, "rec_target_role",
					"choice %zu of %zu for %s", i + 1, tr->ncerts, tr->id);
				strv_addf(&r->reasons, &r->nreasons, &ralloc,
					  "Suits your target role, %s.", tr->name);
				break;
			}
	}

	/* Learning routes. */
	if (!strcmp(c->kind, "learning_route")) {
		char *toward = contact_targets(cat, c);
		factor(r, &xalloc, w->learning_route, "rec_learning_route",
			"a learning route, not a certification");
		if (f->pm_edu_hours.known && f->pm_edu_hours.v < w->learning_hours_below) {
			factor(r, &xalloc, w->learning_hours, "rec_learning_hours",
				"%g hours of PM education < %g", f->pm_edu_hours.v,
				w->learning_hours_below);
			if (toward)
				strv_addf(&r->reasons, &r->nreasons, &ralloc,
					  "A learning route: its coursework counts as education hours toward %s, and you have %g hours so far.",
					  toward, f->pm_edu_hours.v);
			else
				strv_addf(&r->reasons, &r->nreasons, &ralloc,
					  "A learning route that adds project-management education; you have %g hours so far.",
					  f->pm_edu_hours.v);
		} else {
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "A learning route rather than a certification.");
		}
		free(toward);
	}

	/* Readiness and time. */
	factor(r, &xalloc, w->readiness * r->ready.value / 100, "rec_readiness",
		"readiness %.0f/100 \xC3\x97 %g", r->ready.value, w->readiness);
	strv_addf(&r->reasons, &r->nreasons, &ralloc,
		  "Your competency scores put your exam readiness at %.0f/100.", r->ready.value);
	r->prep_hours = prep_hours(cat, c, &r->elig);
	if (r->prep_hours > 0 && f->hours_per_week.known && f->hours_per_week.v > 0) {
		r->prep_known = 1;
		r->prep_weeks = ceil(r->prep_hours / f->hours_per_week.v);
		if (r->prep_weeks > w->prep_weeks_max) {
			factor(r, &xalloc, w->long_prep, "rec_long_prep",
				"%g weeks of study > %g", r->prep_weeks, w->prep_weeks_max);
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "At %g hours a week it takes about %g weeks of study (%g hours): a long road at your pace.",
				  f->hours_per_week.v, r->prep_weeks, r->prep_hours);
		} else {
			strv_addf(&r->reasons, &r->nreasons, &ralloc,
				  "At %g hours a week: about %g weeks of study (%g hours).",
				  f->hours_per_week.v, r->prep_weeks, r->prep_hours);
		}
	}
	return 0;
}

/* Order: certs not held first, then by points (higher first), then catalog order. */
static int rec_cmp(const void *pa, const void *pb)
{
	const struct cert_rec *a = pa, *b = pb;
	if (a->elig.held != b->elig.held)
		return a->elig.held - b->elig.held;
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	return a->cert < b->cert ? -1 : a->cert > b->cert;
}

int recommend_certs(const struct catalog *cat, const struct facts *f,
		    const struct score_result *s, struct recommendation *out,
		    struct errbuf *err)
{
	struct rw w;
	memset(out, 0, sizeof(*out));
	if (rw_load(cat, &w, err) < 0)
		return -1;
	err->msg[0] = '\0';
	out->items = xcalloc(cat->ncerts ? cat->ncerts : 1, sizeof(*out->items));
	for (size_t i = 0; i < cat->ncerts; i++) {
		out->items[i].cert = &cat->certs[i];
		out->n++;
		if (rank_one(cat, f, s, &w, &out->items[i], err) < 0) {
			recommendation_release(out);
			return -1;
		}
	}
	qsort(out->items, out->n, sizeof(*out->items), rec_cmp);
	if (out->n && !out->items[0].elig.held && out->items[0].total > w.min_total) {
		out->items[0].recommended = 1;
		out->top = &out->items[0];
	}
	return 0;
}

void recommendation_release(struct recommendation *r)
{
	for (size_t i = 0; i < r->n; i++) {
		elig_result_release(&r->items[i].elig);
		readiness_release(&r->items[i].ready);
		strv_free(r->items[i].reasons, r->items[i].nreasons);
		strv_free(r->items[i].explain, r->items[i].nexplain);
	}
	free(r->items);
	memset(r, 0, sizeof(*r));
}

const struct cert_rec *recommendation_find(const struct recommendation *r, const char *code)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->items[i].cert->code, code))
			return &r->items[i];
	return NULL;
}

/* --- target roles ------------------------------------------------------ */

static int fit_cmp(const void *pa, const void *pb)
{
	const struct role_fit *a = pa, *b = pb;
	if (a->fit != b->fit)
		return a->fit > b->fit ? -1 : 1;
	return a->role < b->role ? -1 : a->role > b->role;
}

/* The fit entry of role id, or NULL. */
static const struct role_fit *fit_find(const struct role_fits *r, const char *id)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->items[i].role->id, id))
			return &r->items[i];
	return NULL;
}

int role_fit_compute(const struct catalog *cat, const struct facts *f,
		     const struct score_result *s, struct role_fits *out,
		     struct errbuf *err)
{
	double comp_share, exp_share, now;
	const struct weight_ref refs[] = {
		{ "role_fit_comp_share", &comp_share },
		{ "role_fit_exp_share", &exp_share },
		{ "role_fit_now", &now },
	};
	memset(out, 0, sizeof(*out));
	if (weights_load(cat, refs, ARRAY_SIZE(refs), err) < 0)
		return -1;
	out->items = xcalloc(cat->ntargets ? cat->ntargets : 1, sizeof(*out->items));
	out->n = cat->ntargets;
	for (size_t i = 0; i < cat->ntargets; i++) {
		const struct cat_target_role *t = &cat->targets[i];
		struct role_fit *rf = &out->items[i];
		size_t alloc = 0;
		double need_sum = 0, got = 0;
		rf->role = t;
		for (size_t k = 0; k < t->nlevels; k++) {
			double sc, cf, have;
			int asked;
			if (t->levels[k].level <= 0)
				continue;
			comp_get(s, t->levels[k].comp, &sc, &cf, &asked);
			have = sc / 100.0 * 5.0;
			need_sum += t->levels[k].level;
			got += fmin(have, (double)t->levels[k].level);
		}
		rf->comp_fit = need_sum > 0 ? got / need_sum * 100 : 100;
		strv_addf(&rf->explain, &rf->nexplain, &alloc,
			  "competencies: %.1f of %.0f level points the role asks for = %.0f",
			  got, need_sum, rf->comp_fit);
		if (t->min_pm_months <= 0)
			rf->exp_fit = 100;
		else if (f->pm_months.known)
			rf->exp_fit = fmin(1, f->pm_months.v / t->min_pm_months) * 100;
		if (t->min_pm_months <= 0)
			strv_addf(&rf->explain, &rf->nexplain, &alloc,
				  "experience: the role asks for no months leading projects = 100");
		else if (f->pm_months.known)
			strv_addf(&rf->explain, &rf->nexplain, &alloc,
				  "experience: %g of %d months leading projects = %.0f",
				  f->pm_months.v, t->min_pm_months, rf->exp_fit);
		else
			strv_addf(&rf->explain, &rf->nexplain, &alloc,
				  "experience: months leading projects not answered, the role asks for %d = 0",
				  t->min_pm_months);
		rf->fit = clamp(comp_share * rf->comp_fit + exp_share * rf->exp_fit, 0, 100);
		rf->fits_now = rf->fit >= now;
		strv_addf(&rf->explain, &rf->nexplain, &alloc,
			  "fit %.0f = %.2f \xC3\x97 %.0f + %.2f \xC3\x97 %.0f (weights role_fit_comp_share, role_fit_exp_share); fits now from %g (role_fit_now)",
			  rf->fit, comp_share, rf->comp_fit, exp_share, rf->exp_fit, now);
	}
	qsort(out->items, out->n, sizeof(*out->items), fit_cmp);
	for (size_t i = 0; i < out->n; i++)
		if (out->items[i].fits_now) {
			out->best_now = &out->items[i];
			break;
		}
	if (f->target_role)
		out->target = fit_find(out, f->target_role);
	if (out->target && !out->target->fits_now) {
		for (size_t i = 0; i < cat->nsteps; i++) {
			const struct cat_step *st = &cat->steps[i];
			const struct role_fit *from;
			if (strcmp(st->to_role, out->target->role->id) != 0)
				continue;
			from = fit_find(out, st->from_role);
			if (from && (!out->step_fit || from->fit > out->step_fit->fit)) {
				out->step = st;
				out->step_fit = from;
			}
		}
	}
	return 0;
}

void role_fits_release(struct role_fits *r)
{
	for (size_t i = 0; i < r->n; i++)
		strv_free(r->items[i].explain, r->items[i].nexplain);
	free(r->items);
	memset(r, 0, sizeof(*r));
}

/* --- strengths, gaps, warnings ----------------------------------------- */

static int strength_cmp(const void *pa, const void *pb)
{
	const struct strength *a = pa, *b = pb;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->comp < b->comp ? -1 : a->comp > b->comp;
}

static int gap_cmp(const void *pa, const void *pb)
{
	const struct gap *a = pa, *b = pb;
	if (a->gap != b->gap)
		return a->gap > b->gap ? -1 : 1;
	return a->comp < b->comp ? -1 : a->comp > b->comp;
}

int gaps_compute(const struct catalog *cat, const struct facts *f,
		 const struct score_result *s, struct gap_analysis *out,
		 struct errbuf *err)
{
	double smin, cmin, gmin, hi, lo;
	const struct weight_ref refs[] = {
		{ "strength_min_score", &smin },
		{ "strength_min_confidence", &cmin },
		{ "gap_min_levels", &gmin },
		{ "warn_high_score", &hi },
		{ "warn_low_score", &lo },
	};
	size_t salloc = 0, galloc = 0, walloc = 0;

	memset(out, 0, sizeof(*out));
	if (weights_load(cat, refs, ARRAY_SIZE(refs), err) < 0)
		return -1;
	for (size_t i = 0; i < cat->ncomps; i++) {
		double sc, cf;
		int asked;
		comp_get(s, cat->comps[i].id, &sc, &cf, &asked);
		if (asked && sc >= smin && cf >= cmin) {
			ALLOC_GROW(out->strengths, out->nstrengths + 1, salloc);
			out->strengths[out->nstrengths++] =
				(struct strength){ &cat->comps[i], sc, cf };
		}
	}
	if (out->nstrengths > 1)
		qsort(out->strengths, out->nstrengths, sizeof(*out->strengths), strength_cmp);

	out->target = f->target_role ? catalog_target(cat, f->target_role) : NULL;
	if (out->target) {
		const struct cat_target_role *t = out->target;
		for (size_t k = 0; k < t->nlevels; k++) {
			const struct cat_comp *comp = catalog_comp(cat, t->levels[k].comp);
			double sc, cf, have;
			int asked;
			if (!comp || t->levels[k].level <= 0)
				continue;
			comp_get(s, comp->id, &sc, &cf, &asked);
			have = sc / 100.0 * 5.0;
			if ((double)t->levels[k].level - have < gmin)
				continue;
			ALLOC_GROW(out->gaps, out->ngaps + 1, galloc);
			out->gaps[out->ngaps++] = (struct gap){ comp, t->levels[k].level, have,
								 asked, t->levels[k].level - have };
		}
		if (out->ngaps > 1)
			qsort(out->gaps, out->ngaps, sizeof(*out->gaps), gap_cmp);
	}

	/* Common mistakes (the catalog's pitfall table) the answers point to:
	 * `low` rated at most warn_low_score and `high` (if any) rated at
	 * least warn_high_score. */
	for (size_t i = 0; i < cat->npitfalls; i++) {
		const struct cat_pitfall *p = &cat->pitfalls[i];
		double sc, cf;
		int asked;
		comp_get(s, p->low, &sc, &cf, &asked);
		if (!asked || sc > lo)
			continue;
		if (p->high) {
			comp_get(s, p->high, &sc, &cf, &asked);
			if (!asked || sc < hi)
				continue;
		}
		ALLOC_GROW(out->warnings, out->nwarnings + 1, walloc);
		out->warnings[out->nwarnings++] = xstrdup(p->text);
	}
	return 0;
}

void gap_analysis_release(struct gap_analysis *g)
{
	free(g->strengths);
	free(g->gaps);
	strv_free(g->warnings, g->nwarnings);
	memset(g, 0, sizeof(*g));
}
