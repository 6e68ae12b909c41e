/* test_recommend.c - readiness, ranking with reasons, role fit with
 * stepping stones, strengths, gaps and warnings, on the hand-built
 * catalog of score_fixture.h with the real weights. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/recommend.h"
#include "score_fixture.h"

static struct fx fx;

struct run {
	struct answer_set a;
	struct facts f;
	struct score_result s;
	struct recommendation rec;
};

/* Answers from "k=v;k=v", then facts, scores and the ranking. */
static void run_start(struct run *r, const char *spec)
{
	char *s = xstrdup(spec), *p = s;
	struct errbuf err = { "", 0 };
	answers_init(&r->a);
	while (p && *p) {
		char *end = strchr(p, ';'), *eq;
		if (end)
			*end = '\0';
		eq = strchr(p, '=');
		if (eq) {
			*eq = '\0';
			answers_put(&r->a, p, eq + 1, ANS_VALUE);
		}
		p = end ? end + 1 : NULL;
	}
	free(s);
	facts_extract(fx.bank, &r->a, &r->f);
	if (score_compute(&fx.cat, fx.bank, &r->a, &r->s, &err) < 0 ||
	    recommend_certs(&fx.cat, &r->f, &r->s, &r->rec, &err) < 0)
		fail_msg("%s", err.msg);
}

static void run_end(struct run *r)
{
	recommendation_release(&r->rec);
	score_result_release(&r->s);
	facts_release(&r->f);
	answers_release(&r->a);
}

/* 1 if some reason of cert code contains text. */
static int has_reason(const struct recommendation *rec, const char *code, const char *text)
{
	const struct cert_rec *c = recommendation_find(rec, code);
	for (size_t i = 0; c && i < c->nreasons; i++)
		if (strstr(c->reasons[i], text))
			return 1;
	return 0;
}

struct rank_case {
	const char *who, *answers, *top, *reason;
};
static const struct rank_case ranks[] = {
	{ "sysadmin, 5 years, no PM education",
	  "role=sysadmin;years_it=5;education=bachelor;pm_months=6;pm_edu_hours=0;"
	  "environment=waterfall_pmo;target_role=project_coordinator;hours_per_week=5",
	  "CAPM", "A step toward PMP" },
	{ "senior DBA, bachelor, 40 months leading, 35 hours",
	  "role=dba;years_it=12;education=bachelor;pm_months=40;pm_edu_hours=35;"
	  "environment=waterfall_pmo;target_role=it_pm;hours_per_week=6",
	  "PMP", "You meet its requirements today (with a four-year degree)." },
	{ "developer on an agile team",
	  "role=developer;years_it=6;education=bachelor;pm_months=0;agile_months=18;"
	  "agile_edu_hours=8;environment=agile;target_role=scrum_master;hours_per_week=4",
	  "PSM1", "Builds on your 18 months working on agile teams." },
	{ "network engineer in a structured public-sector setting",
	  "role=network;years_it=9;education=bachelor;pm_months=20;pm_edu_hours=10;"
	  "environment=structured;target_role=it_pm;hours_per_week=5",
	  "PRINCE2-F", "Fits the way your organisation works (structured and process-heavy)." },
	{ "support lead, associate degree, 50 months",
	  "role=support_lead;years_it=10;education=associate;pm_months=50;pm_edu_hours=35;"
	  "environment=hybrid;target_role=it_pm;hours_per_week=8",
	  "PMP", "Within reach: you are 10 months of project leadership short of eligibility." },
	/* CAPM's outline includes agile and it leads to PMP, but neither is
	 * a reason for someone on agile teams aiming at Scrum Master. */
	{ "security analyst on agile teams aiming at Scrum Master, 20 months leading",
	  "role=security;years_it=15;education=master;pm_months=20;pm_edu_hours=40;"
	  "agile_months=30;agile_edu_hours=27;environment=agile;target_role=scrum_master;"
	  "hours_per_week=10",
	  "PSM1", "Suits your target role" },
	{ "experienced PM in an agile shop, holds PMP",
	  "education=master;pm_months=80;pm_edu_hours=60;agile_months=30;agile_edu_hours=30;"
	  "certs_held=pmp;environment=agile;target_role=program_manager",
	  "PMI-ACP", "You meet its requirements today" },
};

static void test_ranking(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(ranks); i++) {
		struct run r;
		size_t nrec = 0;
		run_start(&r, ranks[i].answers);
		for (size_t k = 0; k < r.rec.n; k++)
			nrec += r.rec.items[k].recommended;
		assert_int_equal(nrec, 1);
		assert_non_null(r.rec.top);
		assert_true(r.rec.top == &r.rec.items[0]);
		if (strcmp(r.rec.top->cert->code, ranks[i].top) != 0) {
			for (size_t k = 0; k < r.rec.n; k++)
				print_message("  %s %.1f\n", r.rec.items[k].cert->code, r.rec.items[k].total);
			fail_msg("%s: recommended %s, expected %s", ranks[i].who,
				 r.rec.top->cert->code, ranks[i].top);
		}
		if (!has_reason(&r.rec, ranks[i].top, ranks[i].reason))
			fail_msg("%s: no reason '%s'", ranks[i].who, ranks[i].reason);
		/* Every cert has reasons and ranking lines; points sorted. */
		for (size_t k = 0; k < r.rec.n; k++) {
			assert_true(r.rec.items[k].nreasons > 0);
			if (k && !r.rec.items[k].elig.held && !r.rec.items[k - 1].elig.held)
				assert_true(r.rec.items[k - 1].total >= r.rec.items[k].total);
		}
		run_end(&r);
	}
}

/* Held certs come last, are never recommended; with everything held
 * nothing is. */
static void test_held(void **state)
{
	struct run r;
	(void)state;
	run_start(&r, "education=master;pm_months=80;certs_held=pmp");
	assert_true(recommendation_find(&r.rec, "PMP")->elig.held);
	assert_false(recommendation_find(&r.rec, "PMP")->recommended);
	assert_true(has_reason(&r.rec, "PMP", "You already hold it."));
	assert_true(r.rec.items[r.rec.n - 1].elig.held);
	run_end(&r);

	run_start(&r, "certs_held=capm,pmp,pmi_acp,prince2_foundation,prince2_practitioner,psm1,csm,project_plus");
	/* Only the learning route is left. */
	assert_string_equal(r.rec.items[0].cert->code, "GOOGLE-PM");
	run_end(&r);

	fx_set_weight(&fx, "rec_min_total", 1000);
	run_start(&r, "education=bachelor;pm_months=40;pm_edu_hours=35");
	assert_null(r.rec.top);
	for (size_t k = 0; k < r.rec.n; k++)
		assert_false(r.rec.items[k].recommended);
	run_end(&r);
	fx_set_weight(&fx, "rec_min_total", 0);
}

/* Readiness: domain weight x weighted mean of competency scores. */
static void test_readiness(void **state)
{
	struct run r;
	const struct cert_rec *c;
	(void)state;
	/* CAPM: fundamentals 40% (scheduling 3, scope 2, reporting 1). */
	run_start(&r, "scheduling=5;scheduling_ev=Planned the Exchange migration for 300 users over 6 weeks and cut downtime by 20%;"
		      "scheduling_ev_when=this_year");
	c = recommendation_find(&r.rec, "CAPM");
	assert_true(fabs(c->ready.value - 20.0) < 1e-9);
	assert_true(c->ready.unasked > 0);
	assert_true(c->ready.confidence > 0 && c->ready.confidence < 0.2);
	assert_non_null(strstr(c->ready.explain[0], "fundamentals (40% of the exam): 50 from scheduling"));
	/* Each part reads "competency SCORE x SHARE = CONTRIBUTION", and the
	 * contributions add up to the domain figure. */
	assert_non_null(strstr(c->ready.explain[0], "scheduling 100\xC3\x97" "0.5=50, "));
	assert_non_null(strstr(c->ready.explain[0], "scope (not rated) 0\xC3\x97" "0.33=0"));
	run_end(&r);
	run_start(&r, "");
	c = recommendation_find(&r.rec, "CAPM");
	assert_true(c->ready.value == 0 && c->ready.confidence == 0);
	run_end(&r);
}

static void test_roles_and_gaps(void **state)
{
	struct run r;
	struct role_fits rf;
	struct gap_analysis g;
	struct errbuf err = { "", 0 };
	int solve = 0, jargon = 0;
	(void)state;
	run_start(&r, "pm_months=6;target_role=it_pm;scheduling=4;"
		      "scheduling_ev=Planned the SAP upgrade for 12 people over 3 months, cut downtime by 20%;"
		      "scheduling_ev_when=this_year;troubleshooting=5;"
		      "troubleshooting_ev=Fixed a Cisco outage affecting 4 sites within 2 hours;"
		      "troubleshooting_ev_when=this_year;delegation=1;communication=2;stakeholders=1");
	assert_int_equal(role_fit_compute(&fx.cat, &r.f, &r.s, &rf, &err), 0);
	assert_non_null(rf.target);
	assert_string_equal(rf.target->role->id, "it_pm");
	assert_false(rf.target->fits_now);
	assert_non_null(rf.step);
	assert_string_equal(rf.step->from_role, "project_coordinator");
	/* Coordinator: no minimum months; scheduling 4 of 2, communication 2
	 * of 2 at 40 -> 2 levels, reporting 0 of 2: 4/6 x 70% + 30% = 76.7 */
	assert_true(fabs(rf.step_fit->fit - (4.0 / 6.0 * 70 + 30)) < 1e-6);
	assert_true(rf.step_fit->fits_now);
	assert_ptr_equal(rf.best_now, rf.step_fit);
	for (size_t i = 1; i < rf.n; i++)
		assert_true(rf.items[i - 1].fit >= rf.items[i].fit);
	role_fits_release(&rf);

	assert_int_equal(gaps_compute(&fx.cat, &r.f, &r.s, &g, &err), 0);
	assert_int_equal(g.nstrengths, 2);
	assert_string_equal(g.strengths[0].comp->id, "troubleshooting");
	assert_string_equal(g.strengths[1].comp->id, "scheduling");
	/* it_pm needs leadership 4 (not rated: gap 4), stakeholders 4 (rated 1:
	 * gap 3), budget 3, risk 3; scheduling 4 is met. */
	assert_true(g.ngaps >= 4);
	assert_true(g.gaps[0].gap >= g.gaps[g.ngaps - 1].gap);
	assert_string_equal(g.gaps[0].comp->id, "leadership");
	assert_false(g.gaps[0].asked);
	for (size_t i = 0; i < g.ngaps; i++)
		assert_true(strcmp(g.gaps[i].comp->id, "scheduling") != 0);
	for (size_t i = 0; i < g.nwarnings; i++) {
		solve |= strstr(g.warnings[i], "solve every technical problem yourself") != NULL;
		jargon |= strstr(g.warnings[i], "Jargon with non-technical people") != NULL;
	}
	assert_true(solve && jargon);
	gap_analysis_release(&g);
	run_end(&r);

	/* No target: no gaps, no step; nothing rated: no warnings. */
	run_start(&r, "pm_months=100");
	assert_int_equal(role_fit_compute(&fx.cat, &r.f, &r.s, &rf, &err), 0);
	assert_null(rf.target);
	assert_null(rf.step);
	role_fits_release(&rf);
	assert_int_equal(gaps_compute(&fx.cat, &r.f, &r.s, &g, &err), 0);
	assert_int_equal(g.ngaps + g.nwarnings + g.nstrengths, 0);
	gap_analysis_release(&g);
	run_end(&r);
}

static int setup(void **state)
{
	(void)state;
	fx_init(&fx);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fx_free(&fx);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ranking),
		cmocka_unit_test(test_held),
		cmocka_unit_test(test_readiness),
		cmocka_unit_test(test_roles_and_gaps),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
