/*
 * report.c - build the report model from catalog, bank and answers
 * (see include/pmpath/report.h).  Pure: no I/O.
 */
#include "pmpath/report.h"

#include <stdlib.h>
#include <string.h>

#include "pmpath/flow.h"
#include "pmpath/banned.h"

/* Add a summary line when the question is answered and applies. */
static void add_summary(struct report *r, const struct answer_set *a, const char *qid,
			const char *label)
{
	long qi = bank_find(r->bank, qid);
	const char *v;
	if (qi < 0 || !flow_applies(r->bank, a, (size_t)qi))
		return;
	v = answers_value(a, qid);
	if (!v || !*v)
		return;
	ALLOC_GROW(r->summary, r->nsummary + 1, r->nsummary_alloc_);
	r->summary[r->nsummary].label = xstrdup(label);
	r->summary[r->nsummary].value = answer_display(&r->bank->questions[qi], v);
	r->nsummary++;
}

static void add_method(struct report *r, size_t *alloc, const char *text)
{
	ALLOC_GROW(r->method, r->nmethod + 1, *alloc);
	r->method[r->nmethod++] = xstrdup(text);
}

/* The level the target role asks for competency id, or -1. */
static int target_level(const struct report *r, const char *comp)
{
	const struct cat_target_role *t = r->gaps.target;
	if (!t)
		return -1;
	for (size_t i = 0; i < t->nlevels; i++)
		if (!strcmp(t->levels[i].comp, comp))
			return t->levels[i].level;
	return -1;
}

/* The professional summary: role, years, target and the strongest
 * competencies in PM words; what is unknown stays a placeholder. */
static void build_summary(struct report *r, const struct report_input *in)
{
	struct rw_summary_in si;
	struct strbuf sb = STRBUF_INIT;
	const char *names[3];
	size_t n = 0;
	long qi;
	char *role = NULL, *target = NULL;
	memset(&si, 0, sizeof(si));
	qi = bank_find(in->bank, "role");
	if (qi >= 0 && r->facts.role && strcmp(r->facts.role, "other"))
		role = answer_display(&in->bank->questions[qi], r->facts.role);
	qi = bank_find(in->bank, "target_role");
	if (qi >= 0 && r->facts.target_role)
		target = answer_display(&in->bank->questions[qi], r->facts.target_role);
	for (size_t i = 0; i < r->gaps.nstrengths && n < ARRAY_SIZE(names); i++)
		names[n++] = r->gaps.strengths[i].comp->pm_phrase;
	si.role = role;
	si.years = r->facts.years_it.known ? r->facts.years_it.v : -1;
	si.target = target;
	si.comps = names;
	si.ncomps = n;
	/* the user's own words first: the latest bullet they accepted (with
	 * the figures they filled in), else the best rewrite of the first
	 * accomplishment */
	for (size_t i = r->naccepted; i-- > 0 && !si.highlight;)
		if (r->accepted[i].text && *r->accepted[i].text)
			si.highlight = r->accepted[i].text;
	for (size_t i = 0; i < r->nbullets && !si.highlight; i++)
		if (r->bullets[i].nrewrites)
			si.highlight = r->bullets[i].rewrites[0].text;
	rewrite_summary(&si, &sb, &r->pro_summary_left);
	r->pro_summary = sb_detach(&sb);
	free(role);
	free(target);
}

/* The training plan toward the recommended certification, with the
 * user's hours, facts, gaps and done items. */
static int build_plan(struct report *r, const struct report_input *in, struct errbuf *err)
{
	struct plan_input pi;
	struct plan_gap *gaps = xcalloc(r->gaps.ngaps + 1, sizeof(*gaps));
	int rc;
	memset(&pi, 0, sizeof(pi));
	pi.cat = in->cat;
	pi.target = r->rec.top->cert->code;
	plan_facts_from(in->cat, &r->facts, pi.target, &pi.facts);
	if (pi.facts.hours_per_week <= 0) {
		free(gaps);
		return 0; /* no hours answered: no plan to fit them */
	}
	for (size_t i = 0; i < r->gaps.ngaps; i++) {
		gaps[i].comp = r->gaps.gaps[i].comp->id;
		gaps[i].gap = r->gaps.gaps[i].gap;
	}
	pi.gaps = gaps;
	pi.ngaps = r->gaps.ngaps;
	pi.start = in->plan_start;
	pi.done = in->done;
	pi.ndone = in->ndone;
	rc = plan_build(&pi, &r->plan, err);
	free(gaps);
	if (rc == 0)
		r->has_plan = 1;
	return rc;
}

int report_build(struct report *r, const struct report_input *in, struct errbuf *err)
{
	static const struct { const char *qid, *label; } summary[] = {
		{ "role", "Current role" },
		{ "years_it", "Years in IT" },
		{ "education", "Education" },
		{ "pm_months", "Months leading projects (last 8 years)" },
		{ "pm_edu_hours", "Hours of PM education" },
		{ "agile_months", "Months on agile teams (last 5 years)" },
		{ "agile_edu_hours", "Hours of agile training" },
		{ "certs_held", "Certifications held" },
		{ "environment", "Target environment" },
		{ "target_role", "Target role" },
		{ "hours_per_week", "Study hours per week" },
	};
	size_t method_alloc = 0;
	const char *acc;

	memset(r, 0, sizeof(*r));
	r->cat = in->cat;
	r->bank = in->bank;
	r->profile = xstrdup(in->profile);
	r->generated = xstrdup(in->generated);
	r->session_started = xstrdup(in->session_started ? in->session_started : "");
	r->session_complete = in->session_complete;

	for (size_t i = 0; i < ARRAY_SIZE(summary); i++)
		add_summary(r, in->answers, summary[i].qid, summary[i].label);
	facts_extract(in->bank, in->answers, &r->facts);
	if (score_compute(in->cat, in->bank, in->answers, &r->scores, err) < 0)
		goto fail;
	if (in->previous) {
		if (score_compute(in->cat, in->bank, in->previous, &r->prev_scores, err) < 0)
			goto fail;
		r->previous_started = xstrdup(in->previous_started ? in->previous_started : "");
	}
	if (recommend_certs(in->cat, &r->facts, &r->scores, &r->rec, err) < 0 ||
	    role_fit_compute(in->cat, &r->facts, &r->scores, &r->fits, err) < 0 ||
	    gaps_compute(in->cat, &r->facts, &r->scores, &r->gaps, err) < 0)
		goto fail;

	for (size_t i = 0; i < r->scores.n; i++) {
		const struct comp_score *cs = &r->scores.items[i];
		struct report_comp *rc;
		if (!cs->asked)
			continue;
		r->comps = xrealloc(r->comps, (r->ncomps + 1) * sizeof(*r->comps));
		rc = &r->comps[r->ncomps++];
		rc->comp = catalog_comp(in->cat, cs->comp);
		rc->score = cs;
		rc->target_level = target_level(r, cs->comp);
		rc->has_previous = 0;
		rc->previous = 0;
		if (in->previous) {
			const struct comp_score *p = score_find(&r->prev_scores, cs->comp);
			if (p && p->asked) {
				rc->has_previous = 1;
				rc->previous = p->score;
			}
		}
		if (!rc->comp) {
			errbuf_set(err, 0, "the bank rates '%s', which the catalog does not know",
				   cs->comp);
			goto fail;
		}
	}

	acc = answers_value(in->answers, "accomplishments");
	if (acc && *acc && bank_find(in->bank, "accomplishments") >= 0 &&
	    flow_applies(in->bank, in->answers, (size_t)bank_find(in->bank, "accomplishments"))) {
		size_t alloc = 0;
		while (*acc) {
			const char *nl = strchr(acc, '\n');
			size_t n = nl ? (size_t)(nl - acc) : strlen(acc);
			if (n) {
				ALLOC_GROW(r->accomplishments, r->naccomplishments + 1, alloc);
				r->accomplishments[r->naccomplishments++] = xstrndup(acc, n);
			}
			acc += n + (nl ? 1 : 0);
		}
	}

	if (in->naccepted) {
		r->accepted = xcalloc(in->naccepted, sizeof(*r->accepted));
		for (size_t i = 0; i < in->naccepted; i++) {
			r->accepted[i].original = xstrdup(in->accepted[i].original ?
							   in->accepted[i].original : "");
			r->accepted[i].text = xstrdup(in->accepted[i].text ? in->accepted[i].text : "");
		}
		r->naccepted = in->naccepted;
	}

	if (in->lx) {
		r->bullets = xcalloc(r->naccomplishments + 1, sizeof(*r->bullets));
		for (size_t i = 0; i < r->naccomplishments; i++) {
			const char *t = r->accomplishments[i];
			rw_result_init(&r->bullets[i]);
			r->nbullets++;
			if (rewrite_bullet(in->lx, t, strlen(t), &r->bullets[i], err) < 0)
				goto fail;
		}
		build_summary(r, in);
	}

	if (in->with_plan && r->rec.top && build_plan(r, in, err) < 0)
		goto fail;

	add_method(r, &method_alloc,
		   "Each competency score starts from your self-rating (0-5, scaled to 0-100). "
		   "Self-ratings are known to run high, so a rating of 3 or more without a "
		   "concrete example counts for less; an example with team size, duration or a "
		   "measured result, from the last few years, counts in full. Confidence says how "
		   "much evidence stands behind a score.");
	add_method(r, &method_alloc,
		   "Eligibility applies each certification body's published rules (education, "
		   "months leading projects, hours of education, certificates held) to your "
		   "answers; every rule and fact in the catalog names its source and the date it "
		   "was checked (pmpath catalog certs CODE).");
	add_method(r, &method_alloc,
		   "Readiness weights your competency scores by each exam's domain weights. The "
		   "recommendation adds points for eligibility, fit with your experience, your "
		   "target environment and role, and the study time you have; every weight lives "
		   "in the catalog, and pmpath certs --explain shows the points.");
	if (r->scores.flat_pattern)
		add_method(r, &method_alloc,
			   "Your ratings were all the same, so pmpath lowered its confidence in "
			   "them: rate each area on its own for a sharper picture.");
	return 0;
fail:
	report_release(r);
	memset(r, 0, sizeof(*r));
	return -1;
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void report_release(struct report *r)
{
	if (!r)
		return;
	free(r->profile);
	free(r->generated);
	free(r->session_started);
	free(r->previous_started);
	for (size_t i = 0; i < r->nsummary; i++) {
		free(r->summary[i].label);
		free(r->summary[i].value);
	}
	free(r->summary);
	facts_release(&r->facts);
	score_result_release(&r->scores);
	score_result_release(&r->prev_scores);
	free(r->comps);
	recommendation_release(&r->rec);
	role_fits_release(&r->fits);
	gap_analysis_release(&r->gaps);
	free_strv(r->accomplishments, r->naccomplishments);
	for (size_t i = 0; i < r->nbullets; i++)
		rw_result_release(&r->bullets[i]);
	free(r->bullets);
	for (size_t i = 0; i < r->naccepted; i++) {
		free(r->accepted[i].original);
		free(r->accepted[i].text);
	}
	free(r->accepted);
	free(r->pro_summary);
	rw_strlist_release(&r->pro_summary_left);
	if (r->has_plan)
		plan_release(&r->plan);
	free_strv(r->method, r->nmethod);
	memset(r, 0, sizeof(*r));
}
