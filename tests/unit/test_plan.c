/*
 * test_plan.c - the training plan: properties that must hold for every
 * target and weekly budget, and exact results for chosen cases (with the
 * hand-built catalog of plan_catalog.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/plan.h"
#include "pmpath/plan_out.h"
#include "plan_catalog.h"
#include "testutil.h"

static const struct plan_gap gaps[] = {
	{ "scheduling", 2 }, { "risk", 1 }, { "leadership", 2 }, { "agile", 1 },
	{ "budget", 1 },     { "communication", 0 },
};
static const char *const held_none[] = { "none" };

/* A fresh user with a degree and enough experience for PMP. */
static struct plan_input base_input(const struct catalog *c, const char *target, double hours)
{
	struct plan_input in;
	memset(&in, 0, sizeof(in));
	in.cat = c;
	in.target = target;
	in.facts.hours_per_week = hours;
	in.facts.pm_months = 40;
	in.facts.agile_months = 6;
	in.facts.education = "bachelor";
	in.facts.certs_held = held_none;
	in.facts.ncerts_held = 1;
	in.gaps = gaps;
	in.ngaps = sizeof(gaps) / sizeof(gaps[0]);
	assert_int_equal(date_parse("2026-11-23", &in.start), 0);
	return in;
}

static const struct cat_resource *res(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->nresources; i++)
		if (!strcmp(c->resources[i].id, id))
			return &c->resources[i];
	return NULL;
}

/* Position of the first/last part of item id: week index * 1000 + slot. */
static long item_pos(const struct plan *p, const char *id, int last)
{
	long pos = -1;
	for (size_t w = 0; w < p->nweeks; w++)
		for (size_t k = 0; k < p->weeks[w].nitems; k++)
			if (!strcmp(p->weeks[w].items[k].id, id)) {
				long here = (long)p->weeks[w].week * 1000 + (long)k;
				if (pos < 0 || last)
					pos = here;
				if (!last)
					return pos;
			}
	return pos;
}

static const struct plan_milestone *ms(const struct plan *p, enum plan_ms_kind k)
{
	for (size_t i = 0; i < p->nmilestones; i++)
		if (p->milestones[i].kind == k)
			return &p->milestones[i];
	return NULL;
}

/* Every invariant a plan must satisfy. */
static void check_plan(const struct catalog *c, const struct plan_input *in,
		       const struct plan *p)
{
	double total = 0;
	int last_week = 0;
	char ctx[200];
	snprintf(ctx, sizeof(ctx), "%s at %g h", in->target, in->facts.hours_per_week);
	for (size_t w = 0; w < p->nweeks; w++) {
		const struct plan_week *wk = &p->weeks[w];
		double sum = 0;
		struct pm_date want = date_add_days(in->start, (int64_t)(wk->week - 1) * 7);
		assert_true(wk->week > last_week);
		last_week = wk->week;
		assert_int_equal(date_cmp(wk->start, want), 0);
		assert_true(wk->nitems > 0);
		for (size_t k = 0; k < wk->nitems; k++) {
			const struct plan_item *it = &wk->items[k];
			assert_true(it->hours > 0);
			assert_true(it->part >= 1 && it->part <= it->nparts);
			sum += it->hours;
			/* done items are never scheduled */
			for (size_t d = 0; d < in->ndone; d++)
				assert_string_not_equal(it->id, in->done[d]);
		}
		if (fabs(sum - wk->hours) > 1e-6)
			fail_msg("%s: week %d lists %g h but says %g", ctx, wk->week, sum, wk->hours);
		if (wk->hours > in->facts.hours_per_week + 1e-9)
			fail_msg("%s: week %d is over budget: %g h", ctx, wk->week, wk->hours);
		total += wk->hours;
	}
	assert_true(fabs(total - p->total_hours) < 1e-6);

	/* Each item's parts add up to its hours, are numbered 1..n in order,
	 * and its prerequisites end before it starts. */
	for (size_t w = 0; w < p->nweeks; w++)
		for (size_t k = 0; k < p->weeks[w].nitems; k++) {
			const struct plan_item *it = &p->weeks[w].items[k];
			const struct cat_resource *r = res(c, it->id);
			double hours = 0;
			int part = 0;
			if (it->part != 1)
				continue;
			for (size_t w2 = 0; w2 < p->nweeks; w2++)
				for (size_t k2 = 0; k2 < p->weeks[w2].nitems; k2++)
					if (!strcmp(p->weeks[w2].items[k2].id, it->id)) {
						hours += p->weeks[w2].items[k2].hours;
						assert_int_equal(p->weeks[w2].items[k2].part, ++part);
					}
			assert_int_equal(part, it->nparts);
			assert_true(fabs(hours - it->item_hours) < 1e-6);
			if (r)
				assert_true(fabs(it->item_hours - r->hours) < 1e-6);
			for (size_t q = 0; r && q < r->nprereqs; q++) {
				long pre = item_pos(p, r->prereqs[q], 1);
				int done = 0;
				for (size_t d = 0; d < in->ndone; d++)
					done |= !strcmp(in->done[d], r->prereqs[q]);
				if (done)
					continue;
				if (pre < 0)
					fail_msg("%s: %s scheduled without its prerequisite %s", ctx,
						 it->id, r->prereqs[q]);
				if (pre >= item_pos(p, it->id, 0))
					fail_msg("%s: %s starts before its prerequisite %s ends", ctx,
						 it->id, r->prereqs[q]);
			}
		}

	/* Milestones: eligibility, then application, review and exam. */
	{
		const struct plan_milestone *el = ms(p, PLAN_MS_ELIGIBLE);
		const struct plan_milestone *ap = ms(p, PLAN_MS_APPLICATION);
		const struct plan_milestone *rv = ms(p, PLAN_MS_REVIEW);
		const struct plan_milestone *ex = ms(p, PLAN_MS_EXAM);
		for (size_t i = 1; i < p->nmilestones; i++)
			assert_true(date_cmp(p->milestones[i - 1].date, p->milestones[i].date) <= 0);
		if (p->elig == PLAN_ELIG_SCHEDULED) {
			assert_non_null(el);
			assert_int_equal(date_cmp(el->date, p->eligible_from), 0);
		}
		if (ex) {
			assert_true(p->has_exam);
			assert_int_equal(date_cmp(ex->date, p->exam), 0);
			if (p->elig == PLAN_ELIG_SCHEDULED || p->elig == PLAN_ELIG_ALREADY)
				assert_true(date_cmp(p->eligible_from, ex->date) <= 0);
			assert_true(p->elig != PLAN_ELIG_UNREACHABLE);
			if (el)
				assert_true(date_cmp(el->date, ex->date) < 0);
			/* all work is done before the exam day */
			for (size_t w = 0; w < p->nweeks; w++)
				assert_true(date_cmp(date_add_days(p->weeks[w].start, 7), ex->date) <= 0);
			if (rv) {
				/* the review ends in the week before the exam */
				double rh = 0;
				int64_t rweeks;
				for (size_t w = 0; w < p->nweeks; w++)
					for (size_t k = 0; k < p->weeks[w].nitems; k++)
						if (!strcmp(p->weeks[w].items[k].kind, "review"))
							rh += p->weeks[w].items[k].hours;
				rweeks = (int64_t)ceil(rh / in->facts.hours_per_week - 1e-9);
				assert_true(date_cmp(rv->date, ex->date) < 0);
				assert_true(date_days_between(rv->date, ex->date) <= 7 * rweeks + 6);
			}
		}
		if (ap && (p->elig == PLAN_ELIG_SCHEDULED || p->elig == PLAN_ELIG_ALREADY))
			assert_true(date_cmp(p->eligible_from, ap->date) <= 0);
		/* practice exams before the review */
		if (rv)
			for (size_t w = 0; w < p->nweeks; w++)
				for (size_t k = 0; k < p->weeks[w].nitems; k++)
					if (!strcmp(p->weeks[w].items[k].kind, "practice_exam"))
						assert_true(date_cmp(p->weeks[w].start, rv->date) < 0);
	}
}

static void test_properties(void **state)
{
	static const char *targets[] = { "PMP", "CAPM", "PSM1", "CSM", "PRINCE2-F",
					 "PRINCE2-P", "GOOGLE-PM", "technical_pm",
					 "scrum_master", "pmp" };
	static const double hours[] = { 1, 3, 5, 10, 20, 40, 7.5, 80 };
	static const double months[] = { 0, 12, 40, 70 };
	struct catalog c = tc_catalog();
	(void)state;
	for (size_t t = 0; t < sizeof(targets) / sizeof(targets[0]); t++)
		for (size_t h = 0; h < sizeof(hours) / sizeof(hours[0]); h++)
			for (size_t m = 0; m < sizeof(months) / sizeof(months[0]); m++) {
				struct plan_input in = base_input(&c, targets[t], hours[h]);
				struct plan p;
				struct errbuf err;
				in.facts.pm_months = months[m];
				assert_int_equal(plan_build(&in, &p, &err), 0);
				check_plan(&c, &in, &p);
				assert_true(p.nweeks > 0);
				plan_release(&p);
				/* The same with an exam date, fitting or not. */
				if (strcmp(targets[t], "GOOGLE-PM") && strcmp(targets[t], "technical_pm") &&
				    strcmp(targets[t], "scrum_master")) {
					in.has_exam_date = 1;
					assert_int_equal(date_parse("2027-03-01", &in.exam_date), 0);
					assert_int_equal(plan_build(&in, &p, &err), 0);
					check_plan(&c, &in, &p);
					if (p.fits) {
						assert_true(p.has_exam);
						assert_int_equal(date_cmp(p.exam, in.exam_date), 0);
					} else {
						char *why = plan_misfit_text(&p);
						assert_non_null(why);
						free(why);
					}
					plan_release(&p);
				}
			}
}

/* The same properties over the real catalog (build/catalog.db): every
 * cert and target role, every budget, a few kinds of user. */
static void test_real_catalog(void **state)
{
	static const double hours[] = { 1, 3, 5, 10, 20, 40 };
	static const char *const held_f[] = { "prince2_foundation" };
	char *path = test_build_path("catalog.db");
	struct catalog *c = catalog_load(path);
	size_t plans = 0;
	(void)state;
	if (!c)
		fail_msg("cannot load %s: run 'make' first", path);
	free(path);
	assert_true(c->ncerts > 0 && c->nresources > 0);
	for (size_t t = 0; t < c->ncerts + c->ntargets; t++) {
		const char *target = t < c->ncerts ? c->certs[t].code : c->targets[t - c->ncerts].id;
		for (size_t h = 0; h < sizeof(hours) / sizeof(hours[0]); h++)
			for (int user = 0; user < 3; user++) {
				struct plan_input in = base_input(c, target, hours[h]);
				struct plan p;
				struct errbuf err;
				struct plan_gap g[3];
				if (user == 0) { /* fresh: nothing yet */
					in.facts.pm_months = 0;
					in.facts.education = NULL;
					in.ngaps = 0;
				} else if (user == 1) { /* experienced, some hours */
					in.facts.pm_months = 48;
					in.facts.pm_edu_hours = 12;
					in.facts.agile_months = 30;
					in.facts.certs_held = held_f;
					in.facts.ncerts_held = 1;
				} else { /* gaps from the catalog's first competencies */
					for (size_t k = 0; k < 3 && k < c->ncomps; k++)
						g[k] = (struct plan_gap){ c->comps[k].id, 2.0 + (double)k };
					in.gaps = g;
					in.ngaps = c->ncomps < 3 ? c->ncomps : 3;
				}
				if (plan_build(&in, &p, &err) < 0)
					fail_msg("%s at %g h: %s", target, hours[h], err.msg);
				check_plan(c, &in, &p);
				if (p.elig == PLAN_ELIG_SCHEDULED) {
					/* the contact rule is met by the plan */
					for (size_t k = 0; k < p.ncontact; k++)
						if (!strcmp(p.contact[k].cert, p.target) && p.contact[k].need > 0)
							assert_true(p.contact[k].have + p.contact[k].planned + 1e-9 >=
								    p.contact[k].need);
				}
				plan_release(&p);
				plans++;
				if (t < c->ncerts && !strcmp(c->certs[t].kind, "certification")) {
					in.has_exam_date = 1;
					assert_int_equal(date_parse("2027-04-01", &in.exam_date), 0);
					assert_int_equal(plan_build(&in, &p, &err), 0);
					check_plan(c, &in, &p);
					if (!p.fits && p.has_earliest) {
						/* the earliest date given really fits */
						struct plan q;
						struct plan_input in2 = in;
						in2.exam_date = p.earliest_exam_date;
						assert_int_equal(plan_build(&in2, &q, &err), 0);
						if (!q.fits)
							fail_msg("%s at %g h: earliest date does not fit", target,
								 hours[h]);
						plan_release(&q);
					}
					if (p.fits)
						assert_int_equal(date_cmp(p.exam, in.exam_date), 0);
					else if (p.hours_per_week_needed > 0) {
						/* the figure given really fits, and one less does not */
						struct plan q;
						double hn = p.hours_per_week_needed;
						in.facts.hours_per_week = hn;
						assert_int_equal(plan_build(&in, &q, &err), 0);
						assert_true(q.fits);
						check_plan(c, &in, &q);
						plan_release(&q);
						if (hn - 1 > hours[h]) {
							in.facts.hours_per_week = hn - 1;
							assert_int_equal(plan_build(&in, &q, &err), 0);
							assert_false(q.fits);
							plan_release(&q);
						}
					}
					plan_release(&p);
					plans++;
				}
			}
	}
	assert_true(plans > 100);
	catalog_free(c);
}

/* The exact plan for PMP at 5 hours a week. */
static void test_pmp_exact(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "PMP", 5);
	struct plan p;
	struct errbuf err;
	char buf[PM_DATE_BUFSZ];
	(void)state;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_string_equal(p.target, "PMP");
	/* course 35 + risk log 6 + schedule 8 + reading 20 + leadership 10
	 * + budgeting 5 + application 3 + practice 4 + 4 + review week 5 */
	assert_true(fabs(p.total_hours - 100) < 1e-9);
	assert_int_equal(p.elig, PLAN_ELIG_SCHEDULED);
	/* 35 hours at 5 a week: done in week 7, eligible from week 8. */
	assert_string_equal(date_format(p.eligible_from, buf), "2027-01-11");
	assert_string_equal(p.weeks[0].items[0].id, "pmp_course35");
	assert_int_equal(p.weeks[0].items[0].nparts, 7);
	assert_true(fabs(plan_contact_total(&p, "PMP", "pm_edu_hours") - 35) < 1e-9);
	assert_true(fabs(plan_contact_total(&p, "CAPM", "pm_edu_hours") - 35) < 1e-9);
	assert_true(p.has_exam);
	/* 95 hours of work before the review: 19 weeks, review week 20, exam on week 21. */
	assert_string_equal(date_format(p.exam, buf), "2027-04-12");
	assert_non_null(ms(&p, PLAN_MS_REVIEW));
	assert_string_equal(date_format(ms(&p, PLAN_MS_REVIEW)->date, buf), "2027-04-05");
	assert_string_equal(p.weeks[p.nweeks - 1].items[0].kind, "review");
	/* The alternative 35-hour course is not added on top. */
	assert_true(item_pos(&p, "pmp_course_alt", 0) < 0);
	/* Study and on-the-job alternate: the risk log follows the course. */
	assert_true(item_pos(&p, "otj_risk_log", 0) > item_pos(&p, "pmp_course35", 1));
	assert_true(item_pos(&p, "pmbok_read", 0) > item_pos(&p, "otj_risk_log", 1));
	/* Cost: USD items only; the EUR one is left out, with a note. */
	assert_string_equal(p.currency, "USD");
	assert_int_equal(p.cost_low, 320);
	assert_int_equal(p.cost_high, 2240);
	assert_true(item_pos(&p, "budget_basics", 0) >= 0);
	assert_string_equal(p.notes[p.nnotes - 1],
			    "costs in currencies other than USD are not included in the total");
	plan_release(&p);
}

/* An exam date too early: exact hours needed and earliest date. */
static void test_impossible_deadline(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "PMP", 10);
	struct plan p;
	struct errbuf err;
	char buf[PM_DATE_BUFSZ], *why;
	(void)state;
	in.has_exam_date = 1;
	assert_int_equal(date_parse("2027-01-20", &in.exam_date), 0);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_false(p.fits);
	/* 8 weeks before the exam: 7 for 95 hours of work (13.6 a week), 1 for
	 * review -> 14 h.  At 10 h: 10 weeks of work, review, exam in week 12. */
	assert_true(p.hours_per_week_needed == 14);
	assert_true(p.has_earliest);
	assert_string_equal(date_format(p.earliest_exam_date, buf), "2027-02-08");
	why = plan_misfit_text(&p);
	assert_string_equal(why, "the plan does not fit before the exam on 2027-01-20 at 10 "
				 "hours a week: it needs 14 hours a week, or an exam on or "
				 "after 2027-02-08");
	free(why);
	plan_release(&p);

	/* With 14 hours it fits, on the date asked; with 13 it does not. */
	in.facts.hours_per_week = 13;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_false(p.fits);
	assert_true(p.hours_per_week_needed == 14);
	plan_release(&p);
	in.facts.hours_per_week = 14;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_true(p.fits);
	check_plan(&c, &in, &p);
	assert_string_equal(date_format(p.exam, buf), "2027-01-20");
	plan_release(&p);

	/* Before the start date: nothing fits, not even 80 hours. */
	in.facts.hours_per_week = 10;
	assert_int_equal(date_parse("2026-11-01", &in.exam_date), 0);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_false(p.fits);
	assert_true(p.hours_per_week_needed == 0);
	plan_release(&p);
}

/* Experience months set the date: more hours do not help. */
static void test_months_bound(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "PMP", 10);
	struct plan p;
	struct errbuf err;
	char buf[PM_DATE_BUFSZ], *why;
	(void)state;
	in.facts.pm_months = 12;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	check_plan(&c, &in, &p);
	assert_string_equal(date_format(p.eligible_from, buf), "2028-11-23");
	assert_string_equal(date_format(p.exam, buf), "2028-12-18");
	assert_true(p.nnotes >= 1);
	assert_non_null(strstr(p.notes[0], "assumes you keep gaining project experience"));
	plan_release(&p);

	in.has_exam_date = 1;
	assert_int_equal(date_parse("2027-06-01", &in.exam_date), 0);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_false(p.fits);
	assert_true(p.hours_per_week_needed == 0);
	why = plan_misfit_text(&p);
	assert_string_equal(why, "the plan does not fit before the exam on 2027-06-01 at 10 "
				 "hours a week: more hours a week do not help; the earliest "
				 "realistic exam date is 2028-12-18");
	free(why);
	plan_release(&p);

	/* Secondary education: the 60-month path. */
	in.has_exam_date = 0;
	in.facts.education = "secondary";
	in.facts.pm_months = 50;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_string_equal(date_format(p.eligible_from, buf), "2027-09-23");
	assert_string_equal(p.elig_path, "with a secondary diploma");
	plan_release(&p);
}

/* Done items are skipped and their contact hours count. */
static void test_done_items(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "PMP", 5);
	static const char *const done[] = { "pmp_course35", "otj_risk_log" };
	struct plan p;
	struct errbuf err;
	char buf[PM_DATE_BUFSZ];
	(void)state;
	in.done = done;
	in.ndone = 2;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	check_plan(&c, &in, &p);
	assert_int_equal(p.elig, PLAN_ELIG_ALREADY);
	assert_string_equal(date_format(p.eligible_from, buf), "2026-11-23");
	assert_true(item_pos(&p, "pmp_course35", 0) < 0);
	assert_true(item_pos(&p, "otj_risk_log", 0) < 0);
	/* otj_status needs the risk log, which is done: it may now be chosen. */
	assert_true(fabs(plan_contact_total(&p, "PMP", "pm_edu_hours") - 35) < 1e-9);
	assert_int_equal(p.ndone, 2);
	/* Already eligible: the application comes first. */
	assert_string_equal(p.weeks[0].items[0].id, "pmp_apply");
	/* reading 20 + schedule 8 + leadership 10 + budgeting 5 + application 3
	 * + practice 8 + review 5 */
	assert_true(fabs(p.total_hours - 59) < 1e-9);
	plan_release(&p);

	/* Hours already answered count too. */
	in.ndone = 0;
	in.facts.pm_edu_hours = 20;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	check_plan(&c, &in, &p);
	assert_true(fabs(plan_contact_total(&p, "PMP", "pm_edu_hours") - 55) < 1e-9);
	plan_release(&p);
	/* A held CAPM waives the 35 hours: no course at all. */
	{
		static const char *const capm[] = { "capm" };
		in.facts.pm_edu_hours = 0;
		in.facts.certs_held = capm;
		assert_int_equal(plan_build(&in, &p, &err), 0);
		check_plan(&c, &in, &p);
		assert_int_equal(p.elig, PLAN_ELIG_ALREADY);
		/* (the 35-hour course stays only as the schedule step's prerequisite) */
		assert_string_equal(p.weeks[0].items[0].id, "pmp_apply");
		assert_true(item_pos(&p, "pmp_course35", 1) < item_pos(&p, "otj_schedule", 0));
		assert_true(item_pos(&p, "pmp_course_alt", 0) < 0);
		plan_release(&p);
	}
}

/* Rules study cannot meet, courses that are mandatory, open certs, roles. */
static void test_rules(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "PRINCE2-P", 5);
	struct plan p;
	struct errbuf err;
	static const char *const f_held[] = { "prince2_foundation" };
	(void)state;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_int_equal(p.elig, PLAN_ELIG_UNREACHABLE);
	assert_false(p.has_exam);
	assert_null(ms(&p, PLAN_MS_EXAM));
	assert_non_null(strstr(p.notes[0], "PRINCE2 Foundation held"));
	/* its prerequisite course comes first */
	assert_true(item_pos(&p, "prince2_f_course", 1) < item_pos(&p, "prince2_p_course", 0));
	plan_release(&p);
	in.has_exam_date = 1;
	assert_int_equal(date_parse("2027-06-01", &in.exam_date), 0);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_false(p.fits);
	assert_false(p.has_earliest);
	plan_release(&p);
	in.has_exam_date = 0;
	in.facts.certs_held = f_held;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_int_equal(p.elig, PLAN_ELIG_ALREADY);
	assert_true(p.has_exam);
	plan_release(&p);

	/* CSM: the class is mandatory and makes the user eligible. */
	in = base_input(&c, "CSM", 4);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	check_plan(&c, &in, &p);
	assert_int_equal(p.elig, PLAN_ELIG_SCHEDULED);
	assert_true(item_pos(&p, "csm_class", 0) >= 0);
	assert_true(fabs(plan_contact_total(&p, "CSM", "course") - 16) < 1e-9);
	plan_release(&p);
	in.facts.course_done = 1;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_int_equal(p.elig, PLAN_ELIG_ALREADY);
	assert_true(item_pos(&p, "csm_class", 0) < 0);
	plan_release(&p);

	/* PSM1 has no rule. */
	in = base_input(&c, "PSM1", 4);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	assert_int_equal(p.elig, PLAN_ELIG_NONE);
	assert_true(p.has_exam);
	assert_true(item_pos(&p, "psm_practice", 0) >= 0);
	plan_release(&p);

	/* A role: no exam, gap items and on-the-job steps with prerequisites. */
	in = base_input(&c, "technical_pm", 6);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	check_plan(&c, &in, &p);
	assert_int_equal(p.elig, PLAN_ELIG_NONE);
	assert_false(p.has_exam);
	assert_true(item_pos(&p, "otj_schedule", 0) > item_pos(&p, "pmp_course35", 1));
	plan_release(&p);
}

static void test_errors(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "NOPE", 5);
	struct plan p;
	struct errbuf err;
	static const char *const bad_done[] = { "no_such_item" };
	(void)state;
	assert_int_equal(plan_build(&in, &p, &err), -1);
	assert_non_null(strstr(err.msg, "unknown target 'NOPE'"));
	in.target = "PMP";
	in.facts.hours_per_week = 0;
	assert_int_equal(plan_build(&in, &p, &err), -1);
	in.facts.hours_per_week = 80.5;
	assert_int_equal(plan_build(&in, &p, &err), -1);
	in.facts.hours_per_week = 5;
	in.done = bad_done;
	in.ndone = 1;
	assert_int_equal(plan_build(&in, &p, &err), -1);
	assert_string_equal(err.msg, "unknown item 'no_such_item' (see 'pmpath catalog' for item ids)");
	in.ndone = 0;
	in.target = "technical_pm";
	in.has_exam_date = 1;
	in.exam_date = in.start;
	assert_int_equal(plan_build(&in, &p, &err), -1);
	assert_non_null(strstr(err.msg, "--exam-date needs a certification target"));
}

static void test_cycle(void **state)
{
	struct catalog c = tc_catalog();
	static struct cat_resource r[2];
	static char *pa[] = { "b" }, *pb[] = { "a" };
	static char *cert[] = { "PSM1" };
	struct plan_input in;
	struct plan p;
	struct errbuf err;
	(void)state;
	r[0] = (struct cat_resource){ .id = "a", .title = "A", .kind = "course", .currency = "USD",
				      .hours = 2, .certs = cert, .ncerts = 1, .prereqs = pa,
				      .nprereqs = 1 };
	r[1] = (struct cat_resource){ .id = "b", .title = "B", .kind = "reading", .currency = "USD",
				      .hours = 2, .certs = cert, .ncerts = 1, .prereqs = pb,
				      .nprereqs = 1 };
	c.resources = r;
	c.nresources = 2;
	in = base_input(&c, "PSM1", 5);
	assert_int_equal(plan_build(&in, &p, &err), -1);
	assert_string_equal(err.msg, "catalog: prerequisite cycle among items a, b");
}

/* JSON carries the keys of PRODUCT.md. */
static void test_json_keys(void **state)
{
	struct catalog c = tc_catalog();
	struct plan_input in = base_input(&c, "PMP", 20);
	struct plan p;
	struct errbuf err;
	struct strbuf sb = STRBUF_INIT;
	struct jw w;
	static const char *keys[] = { "\"target\": \"PMP\"", "\"start\": \"2026-11-23\"",
				      "\"exam_date\":", "\"total_hours\":", "\"contact_hours\":",
				      "\"eligible_from\":", "\"weeks\":", "\"week\": 1",
				      "\"items\":", "\"title\":", "\"kind\":", "\"hours\":",
				      "\"fits\": true" };
	(void)state;
	assert_int_equal(plan_build(&in, &p, &err), 0);
	jw_init(&w, &sb, 1);
	plan_write_json(&w, &p);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (!strstr(sb.buf, keys[i]))
			fail_msg("json lacks %s:\n%s", keys[i], sb.buf);
	sb_reset(&sb);
	plan_write_text(&sb, &p, 1);
	assert_non_null(strstr(sb.buf, "| Week | Starts | Hours | Items |"));
	sb_release(&sb);
	plan_release(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_properties),
		cmocka_unit_test(test_real_catalog),
		cmocka_unit_test(test_pmp_exact),
		cmocka_unit_test(test_impossible_deadline),
		cmocka_unit_test(test_months_bound),
		cmocka_unit_test(test_done_items),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_cycle),
		cmocka_unit_test(test_json_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
