/* test_elig.c - facts from answers and certification eligibility at every
 * boundary of every rule (hand-built catalog mirroring the real rules). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/elig.h"
#include "pmpath/expr.h"
#include "score_fixture.h"

static struct fx fx;

/* Put "k=v;k=v" into a fresh answer set. */
static void answers_from(struct answer_set *a, const char *spec)
{
	char *s = xstrdup(spec), *p = s;
	answers_init(a);
	while (p && *p) {
		char *end = strchr(p, ';'), *eq;
		if (end)
			*end = '\0';
		eq = strchr(p, '=');
		if (eq) {
			*eq = '\0';
			answers_put(a, p, eq + 1, ANS_VALUE);
		}
		p = end ? end + 1 : NULL;
	}
	free(s);
}

struct elig_case {
	const char *cert, *answers;
	int eligible, path;
	size_t nmissing;
	const char *kind;  /* first missing kind, or NULL */
	const char *text;  /* substring of the first missing text (or note) */
};

#define B "education=bachelor;"
#define A "education=associate;"
static const struct elig_case cases[] = {
	/* CAPM: secondary diploma and 23 hours. */
	{ "CAPM", "education=secondary;pm_edu_hours=22", 0, 1, 1, "pm_edu_hours",
	  "23 contact hours of project management education \xE2\x80\x94 you have 22 hours" },
	{ "CAPM", "education=secondary;pm_edu_hours=23", 1, 1, 0, NULL, "eligible" },
	{ "CAPM", "education=secondary;pm_edu_hours=24", 1, 1, 0, NULL, "eligible" },
	{ "CAPM", "pm_edu_hours=23", 0, 1, 1, "education", "a secondary diploma \xE2\x80\x94 not answered yet" },
	{ "CAPM", "education=secondary", 0, 1, 1, "pm_edu_hours", "not answered yet" },
	{ "CAPM", "education=doctorate;pm_edu_hours=100", 1, 1, 0, NULL, "eligible" },
	/* PMP with a four-year degree: 36 months, 35 hours or CAPM. */
	{ "PMP", B "pm_months=35;pm_edu_hours=35", 0, 1, 1, "pm_months",
	  "PMP with a four-year degree: 36 months leading projects in the last 8 years \xE2\x80\x94 you have 35 months" },
	{ "PMP", B "pm_months=36;pm_edu_hours=35", 1, 1, 0, NULL, "eligible with a four-year degree" },
	{ "PMP", B "pm_months=37;pm_edu_hours=35", 1, 1, 0, NULL, "eligible" },
	{ "PMP", B "pm_months=36;pm_edu_hours=34", 0, 1, 1, "pm_edu_hours",
	  "35 contact hours of project management education, or an active CAPM \xE2\x80\x94 you have 34 hours" },
	{ "PMP", B "pm_months=36;pm_edu_hours=36", 1, 1, 0, NULL, "eligible" },
	{ "PMP", B "pm_months=36;pm_edu_hours=12;certs_held=capm", 1, 1, 0, NULL, "eligible" },
	{ "PMP", B "pm_months=36;pm_edu_hours=12;certs_held=csm", 0, 1, 1, "pm_edu_hours", "you have 12 hours" },
	{ "PMP", "education=master;pm_months=36;pm_edu_hours=35", 1, 1, 0, NULL, "eligible" },
	{ "PMP", "education=doctorate;pm_months=36;pm_edu_hours=35", 1, 1, 0, NULL, "eligible" },
	{ "PMP", B "pm_months=30;pm_edu_hours=12", 0, 1, 2, "pm_months", "you have 30 months" },
	/* Below a four-year degree: 60 months. */
	{ "PMP", A "pm_months=36;pm_edu_hours=35", 0, 2, 1, "pm_months",
	  "60 months leading projects in the last 8 years \xE2\x80\x94 you have 36 months" },
	{ "PMP", A "pm_months=50;pm_edu_hours=35", 0, 2, 1, "pm_months", "you have 50 months" },
	{ "PMP", A "pm_months=59;pm_edu_hours=35", 0, 2, 1, "pm_months", "you have 59 months" },
	{ "PMP", A "pm_months=60;pm_edu_hours=35", 1, 2, 0, NULL, "eligible with a secondary or associate degree" },
	{ "PMP", A "pm_months=61;pm_edu_hours=35", 1, 2, 0, NULL, "eligible" },
	{ "PMP", "education=secondary;pm_months=60;pm_edu_hours=35", 1, 2, 0, NULL, "eligible" },
	{ "PMP", "education=secondary;pm_months=60;certs_held=capm", 1, 2, 0, NULL, "eligible" },
	{ "PMP", "", 0, 1, 3, "education", "not answered yet" },
	{ "PMP", "certs_held=pmp", 1, 0, 0, NULL, "you already hold it" },
	/* PMI-ACP: 24 months on agile teams, 28 hours of agile training. */
	{ "PMI-ACP", "agile_months=23;agile_edu_hours=28", 0, 1, 1, "agile_months", "you have 23 months" },
	{ "PMI-ACP", "agile_months=24;agile_edu_hours=28", 1, 1, 0, NULL, "eligible" },
	{ "PMI-ACP", "agile_months=25;agile_edu_hours=28", 1, 1, 0, NULL, "eligible" },
	{ "PMI-ACP", "agile_months=24;agile_edu_hours=27", 0, 1, 1, "agile_edu_hours", "you have 27 hours" },
	{ "PMI-ACP", "agile_months=24;agile_edu_hours=29", 1, 1, 0, NULL, "eligible" },
	{ "PMI-ACP", "agile_months=24", 0, 1, 1, "agile_edu_hours", "not answered yet" },
	/* PRINCE2 Practitioner: Foundation, PMP or CAPM held. */
	{ "PRINCE2-P", "certs_held=none", 0, 1, 1, "certs_held",
	  "PRINCE2-P holding PRINCE2 Foundation: a PRINCE2 Foundation certificate \xE2\x80\x94 you do not hold it yet" },
	{ "PRINCE2-P", "certs_held=prince2_foundation", 1, 1, 0, NULL, "eligible" },
	{ "PRINCE2-P", "certs_held=pmp", 1, 2, 0, NULL, "eligible holding PMP" },
	{ "PRINCE2-P", "certs_held=csm,capm", 1, 3, 0, NULL, "eligible holding CAPM" },
	{ "PRINCE2-P", "", 0, 1, 1, "certs_held", "not answered yet" },
	{ "PRINCE2-P", "certs_held=prince2_practitioner", 1, 0, 0, NULL, "you already hold it" },
	/* No prerequisites. */
	{ "PRINCE2-F", "", 1, 0, 0, NULL, "no formal prerequisites" },
	{ "PSM1", "certs_held=none", 1, 0, 0, NULL, "no formal prerequisites" },
	{ "PROJECT+", "", 1, 0, 0, NULL, "no formal prerequisites" },
	/* CSM: the course. */
	{ "CSM", "course_done=csm_course", 1, 1, 0, NULL, "eligible" },
	{ "CSM", "course_done=none", 0, 1, 1, "course",
	  "the two-day CSM course with a Certified Scrum Trainer \xE2\x80\x94 not done yet" },
	{ "CSM", "", 0, 1, 1, "course", "not confirmed yet" },
};

static void test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const struct elig_case *c = &cases[i];
		struct answer_set a;
		struct facts f;
		struct elig_result r;
		struct errbuf err = { "", 0 };
		const char *text;
		answers_from(&a, c->answers);
		facts_extract(fx.bank, &a, &f);
		assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, c->cert), &f, &r, &err), 0);
		if (r.eligible != c->eligible || r.path != c->path || r.nmissing != c->nmissing)
			fail_msg("case %zu (%s %s): eligible %d path %d missing %zu", i, c->cert,
				 c->answers, r.eligible, r.path, r.nmissing);
		if (c->kind)
			assert_string_equal(r.missing[0].kind, c->kind);
		text = c->nmissing ? r.missing[0].text : r.note;
		if (!text || !strstr(text, c->text))
			fail_msg("case %zu (%s %s): '%s' lacks '%s'", i, c->cert, c->answers,
				 text ? text : "(null)", c->text);
		elig_result_release(&r);
		facts_release(&f);
		answers_release(&a);
	}
}

/* need/have values of missing items, as the JSON shows them. */
static void test_missing_values(void **state)
{
	struct answer_set a;
	struct facts f;
	struct elig_result r;
	struct errbuf err = { "", 0 };
	(void)state;
	answers_from(&a, "education=associate;pm_months=50;pm_edu_hours=12");
	facts_extract(fx.bank, &a, &f);
	assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, "PMP"), &f, &r, &err), 0);
	/* path 1: education + 2 numbers unmet... path 2: months and hours */
	assert_int_equal(r.path, 2);
	assert_int_equal(r.nmissing, 2);
	assert_true(r.missing[0].need_is_num && r.missing[0].need_num == 60);
	assert_true(r.missing[0].have_known && r.missing[0].have_is_num && r.missing[0].have_num == 50);
	assert_true(r.missing[1].need_num == 35 && r.missing[1].have_num == 12);
	assert_true(r.only_numeric);
	elig_result_release(&r);
	facts_release(&f);
	answers_release(&a);

	answers_from(&a, "education=secondary;pm_months=40;pm_edu_hours=35");
	facts_extract(fx.bank, &a, &f);
	/* Fewest unmet: path 1 lacks only the degree, path 2 only 20 months:
	 * the smaller shortfall (20/60 < 1) wins. */
	assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, "PMP"), &f, &r, &err), 0);
	assert_int_equal(r.path, 2);
	elig_result_release(&r);
	facts_release(&f);
	answers_release(&a);

	answers_from(&a, "education=secondary;pm_months=58;pm_edu_hours=35");
	facts_extract(fx.bank, &a, &f);
	assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, "PMP"), &f, &r, &err), 0);
	assert_int_equal(r.path, 2);
	assert_false(r.missing[0].need_text);
	elig_result_release(&r);
	facts_release(&f);
	answers_release(&a);

	answers_from(&a, "education=associate;pm_months=80;pm_edu_hours=35");
	facts_extract(fx.bank, &a, &f);
	assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, "PMP"), &f, &r, &err), 0);
	assert_int_equal(r.eligible, 1);
	elig_result_release(&r);
	facts_release(&f);
	answers_release(&a);

	answers_from(&a, "pm_months=80");
	facts_extract(fx.bank, &a, &f);
	assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, "PMP"), &f, &r, &err), 0);
	assert_string_equal(r.missing[0].kind, "education");
	assert_false(r.missing[0].have_known);
	assert_string_equal(r.missing[0].need_text, "bachelor");
	elig_result_release(&r);
	facts_release(&f);
	answers_release(&a);

	answers_from(&a, "education=associate;pm_months=10;pm_edu_hours=35");
	facts_extract(fx.bank, &a, &f);
	assert_int_equal(elig_check(&fx.cat, catalog_cert(&fx.cat, "PMP"), &f, &r, &err), 0);
	/* path 1: education + 26 months (2 unmet); path 2: 50 months (1). */
	assert_int_equal(r.path, 2);
	assert_int_equal(r.nmissing, 1);
	elig_result_release(&r);
	facts_release(&f);
	answers_release(&a);
}

/* Facts: unanswered is not zero; "none" is an empty known set; questions
 * that do not apply are unknown; don't-know is unknown. */
static void test_facts(void **state)
{
	struct answer_set a;
	struct facts f;
	struct errbuf err;
	long qi = bank_find(fx.bank, "pm_months");
	struct question *q = &fx.bank->questions[qi];
	(void)state;
	answers_from(&a, "pm_months=0;certs_held=none;years_it=5.5;hours_per_week=x");
	answers_put(&a, "pm_edu_hours", "", ANS_DONT_KNOW);
	facts_extract(fx.bank, &a, &f);
	assert_true(f.pm_months.known && f.pm_months.v == 0);
	assert_false(f.pm_edu_hours.known);
	assert_false(f.agile_months.known);
	assert_false(f.hours_per_week.known);
	assert_true(f.years_it.known && f.years_it.v == 5.5);
	assert_true(f.certs_known);
	assert_int_equal(f.ncerts, 0);
	assert_false(f.courses_known);
	assert_null(f.education);
	assert_ptr_equal(facts_num(&f, "years_it"), &f.years_it);
	assert_null(facts_num(&f, "education"));
	facts_release(&f);

	/* pm_months asked only when years_it > 6: it does not apply here. */
	q->when_src = xstrdup("years_it > 6");
	q->when = expr_parse(q->when_src, &err);
	assert_non_null(q->when);
	facts_extract(fx.bank, &a, &f);
	assert_false(f.pm_months.known);
	facts_release(&f);
	answers_put(&a, "years_it", "7", ANS_VALUE);
	facts_extract(fx.bank, &a, &f);
	assert_true(f.pm_months.known);
	facts_release(&f);
	expr_free(q->when);
	free(q->when_src);
	q->when = NULL;
	q->when_src = NULL;
	answers_release(&a);

	answers_from(&a, "certs_held=capm,csm;course_done=csm_course;role=dba");
	facts_extract(fx.bank, &a, &f);
	assert_true(facts_has_cert(&f, "capm"));
	assert_true(facts_has_cert(&f, "csm"));
	assert_false(facts_has_cert(&f, "pmp"));
	assert_false(facts_has_cert(&f, NULL));
	assert_string_equal(f.role, "dba");
	facts_release(&f);
	answers_release(&a);
}

/* A malformed rule is an error, not a crash or a silent pass. */
static void test_bad_rule(void **state)
{
	struct cat_cert *pmp = (struct cat_cert *)catalog_cert(&fx.cat, "PMP");
	struct cat_req *r = &pmp->paths[0].reqs[1];
	char *fact = r->fact, *op = r->op;
	struct facts f;
	struct answer_set a;
	struct elig_result res;
	struct errbuf err = { "", 0 };
	(void)state;
	answers_from(&a, "");
	facts_extract(fx.bank, &a, &f);
	r->fact = "pm_years";
	assert_int_equal(elig_check(&fx.cat, pmp, &f, &res, &err), -1);
	assert_string_equal(err.msg, "PMP: eligibility rule names unknown fact 'pm_years'");
	elig_result_release(&res);
	r->fact = fact;
	r->op = "has";
	assert_int_equal(elig_check(&fx.cat, pmp, &f, &res, &err), -1);
	assert_string_equal(err.msg, "PMP: eligibility rule on 'pm_months' has unsupported operator 'has'");
	elig_result_release(&res);
	r->op = op;
	facts_release(&f);
	answers_release(&a);
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
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_missing_values),
		cmocka_unit_test(test_facts),
		cmocka_unit_test(test_bad_rule),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
