/*
 * test_answers.c - the answer set (put, replace, remove, statuses) and
 * answer_parse/answer_display over every question type, with the exact
 * messages a user sees for bad input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/answers.h"
#include "pmpath/util.h"

/* Fill question q: "value:Label|value:Label" options. */
static void setq(struct question *q, const char *id, enum qtype t, const char *opts)
{
	memset(q, 0, sizeof(*q));
	q->id = xstrdup(id);
	q->type = t;
	q->text = xasprintf("Question %s?", id);
	while (opts && *opts) {
		const char *end = strchr(opts, '|');
		size_t n = end ? (size_t)(end - opts) : strlen(opts);
		const char *colon = memchr(opts, ':', n);
		q->options = xrealloc(q->options, (q->noptions + 1) * sizeof(*q->options));
		q->options[q->noptions].value = xstrndup(opts, (size_t)(colon - opts));
		q->options[q->noptions].label = xstrndup(colon + 1, n - (size_t)(colon - opts) - 1);
		q->noptions++;
		opts = end ? end + 1 : "";
	}
}

/* Set numeric bounds and unit (NULL: none) of a number question. */
static void setnum(struct question *q, int has_min, double min, int has_max, double max,
		   const char *unit)
{
	q->has_min = has_min;
	q->min = min;
	q->has_max = has_max;
	q->max = max;
	q->unit = unit ? xstrdup(unit) : NULL;
}

enum { ROLE, EDU, CERTS, SCALE, YESNO, MONTHS, YEARS, HOURS, ANYNUM, HALF, TEXT, LIST, NQ };

/* The bank every test here uses; free with bank_free. */
static struct bank *mkbank(void)
{
	struct bank *b = xcalloc(1, sizeof(*b));
	struct question *q;
	b->nquestions = NQ;
	b->questions = q = xcalloc(NQ, sizeof(*q));
	setq(&q[ROLE], "role", Q_CHOICE,
	     "developer:Developer / software engineer|sysadmin:System administrator|"
	     "security:Security engineer|support_lead:Support team lead|"
	     "dba:Database administrator|qa:QA / test engineer");
	setq(&q[EDU], "education", Q_CHOICE,
	     "none:No degree|associate:Associate degree|bachelor:Bachelor's degree|"
	     "master:Master's degree|doctorate:Doctorate");
	setq(&q[CERTS], "certs_held", Q_MULTI,
	     "capm:CAPM|pmp:PMP|csm:Certified ScrumMaster|psm1:PSM I|none:None of these");
	setq(&q[SCALE], "scheduling", Q_SCALE, NULL);
	setq(&q[YESNO], "leads_team", Q_YESNO, NULL);
	setq(&q[MONTHS], "pm_months", Q_NUMBER, NULL);
	setnum(&q[MONTHS], 1, 0, 1, 600, "months");
	setq(&q[YEARS], "years_it", Q_NUMBER, NULL);
	setnum(&q[YEARS], 1, 0, 0, 0, NULL);
	setq(&q[HOURS], "hours_per_week", Q_NUMBER, NULL);
	setnum(&q[HOURS], 0, 0, 1, 80, "hours");
	setq(&q[ANYNUM], "anynum", Q_NUMBER, NULL);
	setq(&q[HALF], "half", Q_NUMBER, NULL);
	setnum(&q[HALF], 1, 0.5, 1, 2.5, NULL);
	setq(&q[TEXT], "scheduling_ev", Q_TEXT, NULL);
	setq(&q[LIST], "accomplishments", Q_LIST, NULL);
	return b;
}

static const struct {
	int q;
	const char *in;
	const char *value; /* canonical value, or NULL: an error */
	const char *msg;   /* the error message when value is NULL */
} parse_cases[] = {
	/* choice: number, value, label, unique prefix */
	{ ROLE, "1", "developer", NULL },
	{ ROLE, "6", "qa", NULL },
	{ ROLE, " 5 ", "dba", NULL },
	{ ROLE, "dba", "dba", NULL },
	{ ROLE, "DBA", "dba", NULL },
	{ ROLE, "  qa  ", "qa", NULL },
	{ ROLE, "sys", "sysadmin", NULL },
	{ ROLE, "sec", "security", NULL },
	{ ROLE, "su", "support_lead", NULL },
	{ ROLE, "support team", "support_lead", NULL },
	{ ROLE, "database", "dba", NULL },
	{ ROLE, "QA / test engineer", "qa", NULL },
	{ EDU, "bach", "bachelor", NULL },
	{ EDU, "Bachelor's degree", "bachelor", NULL },
	{ EDU, "mas", "master", NULL },
	{ EDU, "none", "none", NULL },
	{ ROLE, "7", NULL, "there is no choice 7; enter a number from 1 to 6" },
	{ ROLE, "0", NULL, "there is no choice 0; enter a number from 1 to 6" },
	{ ROLE, "-1", NULL, "'-1' is not one of the choices; enter a number from 1 to 6 or the start of a choice" },
	{ ROLE, "s", NULL, "'s' matches several choices: sysadmin, security, support_lead; type more letters or the number" },
	{ ROLE, "d", NULL, "'d' matches several choices: developer, dba; type more letters or the number" },
	{ ROLE, "manager", NULL, "'manager' is not one of the choices; enter a number from 1 to 6 or the start of a choice" },
	{ ROLE, "1,2", NULL, "'1,2' is not one of the choices; enter a number from 1 to 6 or the start of a choice" },
	{ ROLE, "", NULL, "an answer is needed" },
	{ ROLE, "   ", NULL, "an answer is needed" },
	{ ROLE, NULL, NULL, "an answer is needed" },
	/* multi: numbers, ranges, values, prefixes, mixed; bank order; no duplicates */
	{ CERTS, "1,3", "capm,csm", NULL },
	{ CERTS, "3,1", "capm,csm", NULL },
	{ CERTS, "1-3", "capm,pmp,csm", NULL },
	{ CERTS, "1, 3-4", "capm,csm,psm1", NULL },
	{ CERTS, "3 - 4", "csm,psm1", NULL },
	{ CERTS, "pmp, capm", "capm,pmp", NULL },
	{ CERTS, "pmp,2,2", "pmp", NULL },
	{ CERTS, "psm, 1", "capm,psm1", NULL },
	{ CERTS, "1-2,2-3", "capm,pmp,csm", NULL },
	{ CERTS, "Certified", "csm", NULL },
	{ CERTS, "1,", "capm", NULL },
	{ CERTS, "2", "pmp", NULL },
	{ CERTS, "none", "none", NULL },
	{ CERTS, "none,none", "none", NULL },
	/* "none" ("None of these") excludes the other choices */
	{ CERTS, "none, pmp", NULL, "'None of these' cannot go with other choices; choose either it or the others" },
	{ CERTS, "1, 3-5", NULL, "'None of these' cannot go with other choices; choose either it or the others" },
	{ CERTS, "4 - 5", NULL, "'None of these' cannot go with other choices; choose either it or the others" },
	{ CERTS, "5-3", NULL, "'5-3' is not a valid range; write the lower number first" },
	{ CERTS, "1-9", NULL, "there is no choice 9; enter numbers from 1 to 5" },
	{ CERTS, "0-2", NULL, "there is no choice 0; enter numbers from 1 to 5" },
	{ CERTS, "1,7", NULL, "there is no choice 7; enter a number from 1 to 5" },
	{ CERTS, "pmp, xyz", NULL, "'xyz' is not one of the choices; enter a number from 1 to 5 or the start of a choice" },
	{ CERTS, "c", NULL, "'c' matches several choices: capm, csm; type more letters or the number" },
	{ CERTS, ",,", NULL, "an answer is needed: choose one or more, e.g. 1,3-5" },
	{ CERTS, "", NULL, "an answer is needed" },
	/* scale */
	{ SCALE, "0", "0", NULL },
	{ SCALE, "5", "5", NULL },
	{ SCALE, " 3 ", "3", NULL },
	{ SCALE, "03", "3", NULL },
	{ SCALE, "6", NULL, "enter a level from 0 to 5" },
	{ SCALE, "-1", NULL, "enter a level from 0 to 5" },
	{ SCALE, "2.5", NULL, "enter a level from 0 to 5" },
	{ SCALE, "three", NULL, "enter a level from 0 to 5" },
	/* yes/no */
	{ YESNO, "y", "yes", NULL },
	{ YESNO, "Y", "yes", NULL },
	{ YESNO, "yes", "yes", NULL },
	{ YESNO, "YES", "yes", NULL },
	{ YESNO, "n", "no", NULL },
	{ YESNO, " No ", "no", NULL },
	{ YESNO, "maybe", NULL, "answer yes or no (y/n)" },
	{ YESNO, "ye", NULL, "answer yes or no (y/n)" },
	{ YESNO, "1", NULL, "answer yes or no (y/n)" },
	/* numbers: bounds and unit in the message, canonical text */
	{ MONTHS, "12", "12", NULL },
	{ MONTHS, "7.5", "7.5", NULL },
	{ MONTHS, "7.50", "7.5", NULL },
	{ MONTHS, " 36 ", "36", NULL },
	{ MONTHS, "0", "0", NULL },
	{ MONTHS, "-0", "0", NULL },
	{ MONTHS, "600", "600", NULL },
	{ MONTHS, "012", "12", NULL },
	{ MONTHS, "601", NULL, "enter a number from 0 to 600 (months)" },
	{ MONTHS, "-1", NULL, "enter a number from 0 to 600 (months)" },
	{ MONTHS, "12 months", NULL, "enter a number from 0 to 600 (months)" },
	{ MONTHS, "1e3", NULL, "enter a number from 0 to 600 (months)" },
	{ MONTHS, "1,000", NULL, "enter a number from 0 to 600 (months)" },
	{ MONTHS, "inf", NULL, "enter a number from 0 to 600 (months)" },
	{ MONTHS, "", NULL, "an answer is needed" },
	{ YEARS, "40", "40", NULL },
	{ YEARS, "-3", NULL, "enter a number of at least 0" },
	{ HOURS, "100", NULL, "enter a number of at most 80 (hours)" },
	{ HOURS, "-5", "-5", NULL },
	{ ANYNUM, "123456.25", "123456.25", NULL },
	{ ANYNUM, "x", NULL, "enter a number" },
	{ HALF, "0.25", NULL, "enter a number from 0.5 to 2.5" },
	{ HALF, "2.5", "2.5", NULL },
	/* text */
	{ TEXT, "  Led a team of 5 for 6 months  ", "Led a team of 5 for 6 months", NULL },
	{ TEXT, "caf\xC3\xA9 rollout", "caf\xC3\xA9 rollout", NULL },
	{ TEXT, "", NULL, "an answer is needed" },
	{ TEXT, " \t ", NULL, "an answer is needed" },
	{ TEXT, "a\tb", NULL, "the answer contains a control character; type plain text on one line" },
	{ TEXT, "a\x1b[31mb", NULL, "the answer contains a control character; type plain text on one line" },
	{ TEXT, "a\x7f", NULL, "the answer contains a control character; type plain text on one line" },
	{ TEXT, "a\xC2\x85z", NULL, "the answer contains a control character; type plain text on one line" },
	{ TEXT, "bad \xFF byte", NULL, "the answer is not valid UTF-8" },
	{ TEXT, "trunc \xC3", NULL, "the answer is not valid UTF-8" },
	/* list: one item at a time, same rules */
	{ LIST, " Migrated 40 servers to the cloud ", "Migrated 40 servers to the cloud", NULL },
	{ LIST, "", NULL, "an answer is needed" },
	{ LIST, "x\ry", NULL, "the answer contains a control character; type plain text on one line" },
};

/* answer_parse over every row: the canonical value or the exact message. */
static void test_parse_table(void **state)
{
	struct bank *b = mkbank();
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(parse_cases); i++) {
		struct errbuf err = { "", 0 };
		char *out = (char *)"unset";
		int rc = answer_parse(&b->questions[parse_cases[i].q], parse_cases[i].in, &out, &err);
		if (parse_cases[i].value) {
			if (rc != 0)
				fail_msg("row %zu '%s': error: %s", i, parse_cases[i].in, err.msg);
			if (strcmp(out, parse_cases[i].value))
				fail_msg("row %zu '%s': got '%s', want '%s'", i, parse_cases[i].in,
					 out, parse_cases[i].value);
			free(out);
		} else {
			if (rc != -1)
				fail_msg("row %zu '%s': accepted as '%s'", i, parse_cases[i].in, out);
			assert_null(out);
			if (strcmp(err.msg, parse_cases[i].msg))
				fail_msg("row %zu '%s':\n got: %s\nwant: %s", i, parse_cases[i].in,
					 err.msg, parse_cases[i].msg);
		}
	}
	bank_free(b);
}

/* Text length limit: 2000 bytes after trimming is fine, 2001 is not. */
static void test_text_length(void **state)
{
	struct bank *b = mkbank();
	struct strbuf sb = STRBUF_INIT;
	struct errbuf err = { "", 0 };
	char *out;
	(void)state;
	sb_adds(&sb, "  ");
	sb_addnc(&sb, 'a', 2000);
	sb_adds(&sb, "  ");
	assert_int_equal(answer_parse(&b->questions[TEXT], sb.buf, &out, &err), 0);
	assert_int_equal(strlen(out), 2000);
	free(out);
	sb_addc(&sb, 'b');
	assert_int_equal(answer_parse(&b->questions[LIST], sb.buf, &out, &err), -1);
	assert_string_equal(err.msg, "the answer is too long (2003 bytes; at most 2000)");
	sb_release(&sb);
	bank_free(b);
}

static const struct {
	int q;
	const char *value;
	const char *shown;
} display_cases[] = {
	{ ROLE, "sysadmin", "System administrator" },
	{ EDU, "bachelor", "Bachelor's degree" },
	{ ROLE, "retired", "retired" },
	{ CERTS, "capm,csm", "CAPM, Certified ScrumMaster" },
	{ CERTS, "pmp", "PMP" },
	{ CERTS, "", "" },
	{ LIST, "Led migration\nCut costs 20%\nRan standups", "Led migration; Cut costs 20%; Ran standups" },
	{ MONTHS, "36", "36 months" },
	{ MONTHS, "1", "1 month" },
	{ MONTHS, "0", "0 months" },
	{ MONTHS, "1.5", "1.5 months" },
	{ YEARS, "12", "12" },
	{ SCALE, "3", "3 of 5" },
	{ YESNO, "no", "no" },
	{ TEXT, "as typed", "as typed" },
	{ ROLE, NULL, "" },
};

/* answer_display: labels for choices, joined lists, units. */
static void test_display(void **state)
{
	struct bank *b = mkbank();
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(display_cases); i++) {
		char *s = answer_display(&b->questions[display_cases[i].q], display_cases[i].value);
		if (strcmp(s, display_cases[i].shown))
			fail_msg("row %zu: got '%s', want '%s'", i, s, display_cases[i].shown);
		free(s);
	}
	bank_free(b);
}

/* Put, replace, statuses, remove (order kept), many answers. */
static void test_set(void **state)
{
	struct answer_set a = ANSWER_SET_INIT;
	const struct answer *x;
	(void)state;
	answers_put(&a, "role", "dba", ANS_VALUE);
	answers_put(&a, "years_it", NULL, ANS_SKIPPED);
	answers_put(&a, "pm_months", "ignored", ANS_DONT_KNOW);
	assert_int_equal(a.n, 3);
	assert_string_equal(answers_value(&a, "role"), "dba");
	assert_null(answers_value(&a, "years_it"));
	assert_null(answers_value(&a, "pm_months"));
	x = answers_get(&a, "pm_months");
	assert_non_null(x);
	assert_int_equal(x->status, ANS_DONT_KNOW);
	assert_string_equal(x->value, "");
	assert_null(answers_get(&a, "nope"));

	answers_put(&a, "role", "qa", ANS_VALUE);
	assert_int_equal(a.n, 3);
	assert_string_equal(answers_value(&a, "role"), "qa");
	answers_put(&a, "role", NULL, ANS_SKIPPED);
	assert_null(answers_value(&a, "role"));
	assert_int_equal(answers_get(&a, "role")->status, ANS_SKIPPED);

	assert_int_equal(answers_remove(&a, "years_it"), 1);
	assert_int_equal(answers_remove(&a, "years_it"), 0);
	assert_int_equal(a.n, 2);
	assert_string_equal(a.items[0].qid, "role");
	assert_string_equal(a.items[1].qid, "pm_months");

	for (int i = 0; i < 2000; i++) {
		char id[32], v[32];
		snprintf(id, sizeof(id), "q%d", i);
		snprintf(v, sizeof(v), "%d", i * 2);
		answers_put(&a, id, v, ANS_VALUE);
	}
	assert_int_equal(a.n, 2002);
	assert_string_equal(answers_value(&a, "q1999"), "3998");
	assert_string_equal(answers_value(&a, "q0"), "0");
	answers_release(&a);
	assert_int_equal(a.n, 0);
	assert_null(answers_get(&a, "q0"));
	answers_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_table),
		cmocka_unit_test(test_text_length),
		cmocka_unit_test(test_display),
		cmocka_unit_test(test_set),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
