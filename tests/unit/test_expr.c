/*
 * test_expr.c - the condition language: evaluation (Kleene logic,
 * precedence, every operator), exact parse error messages, the checker
 * against a hand-built bank, and the bank helpers (bank.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/expr.h"
#include "pmpath/util.h"

/* Fill question q: "value:Label|value:Label" options (labels optional). */
static void setq(struct question *q, const char *id, enum qtype t, const char *opts)
{
	memset(q, 0, sizeof(*q));
	q->id = xstrdup(id);
	q->type = t;
	q->text = xasprintf("Question %s?", id);
	if (t == Q_NUMBER) {
		q->has_min = q->has_max = 1;
		q->min = 0;
		q->max = 600;
		q->unit = xstrdup("months");
	}
	while (opts && *opts) {
		const char *end = strchr(opts, '|');
		size_t n = end ? (size_t)(end - opts) : strlen(opts);
		const char *colon = memchr(opts, ':', n);
		q->options = xrealloc(q->options, (q->noptions + 1) * sizeof(*q->options));
		if (colon) {
			q->options[q->noptions].value = xstrndup(opts, (size_t)(colon - opts));
			q->options[q->noptions].label = xstrndup(colon + 1, n - (size_t)(colon - opts) - 1);
		} else {
			q->options[q->noptions].value = xstrndup(opts, n);
			q->options[q->noptions].label = xstrndup(opts, n);
		}
		q->noptions++;
		opts = end ? end + 1 : "";
	}
}

enum { Q_ROLE, Q_YEARS, Q_PMM, Q_CERTS, Q_LEADS, Q_SCHED, Q_NOTES, Q_LATER, NQ };

/* The small bank every test here uses; free with bank_free. */
static struct bank *mkbank(void)
{
	struct bank *b = xcalloc(1, sizeof(*b));
	b->id = xstrdup("test");
	b->nsections = 1;
	b->sections = xcalloc(1, sizeof(*b->sections));
	b->sections[0].id = xstrdup("s");
	b->sections[0].title = xstrdup("Section");
	b->nquestions = NQ;
	b->questions = xcalloc(NQ, sizeof(*b->questions));
	setq(&b->questions[Q_ROLE], "role", Q_CHOICE,
	     "developer|sysadmin|security|support_lead|dba|qa");
	setq(&b->questions[Q_YEARS], "years_it", Q_NUMBER, NULL);
	setq(&b->questions[Q_PMM], "pm_months", Q_NUMBER, NULL);
	setq(&b->questions[Q_CERTS], "certs_held", Q_MULTI, "capm|pmp|csm|none");
	setq(&b->questions[Q_LEADS], "leads_team", Q_YESNO, NULL);
	setq(&b->questions[Q_SCHED], "scheduling", Q_SCALE, NULL);
	setq(&b->questions[Q_NOTES], "notes", Q_TEXT, NULL);
	setq(&b->questions[Q_LATER], "later", Q_CHOICE, "a|b");
	return b;
}

/* Load "id=value;id?;id!" (value, skipped, don't know) into a. */
static void load_answers(struct answer_set *a, const char *spec)
{
	char *copy = xstrdup(spec), *p = copy;
	while (p && *p) {
		char *end = strchr(p, ';'), *eq;
		size_t n;
		if (end)
			*end = '\0';
		n = strlen(p);
		if ((eq = strchr(p, '='))) {
			*eq = '\0';
			answers_put(a, p, eq + 1, ANS_VALUE);
		} else if (n && p[n - 1] == '?') {
			p[n - 1] = '\0';
			answers_put(a, p, NULL, ANS_SKIPPED);
		} else if (n && p[n - 1] == '!') {
			p[n - 1] = '\0';
			answers_put(a, p, NULL, ANS_DONT_KNOW);
		}
		p = end ? end + 1 : NULL;
	}
	free(copy);
}

#define T TRI_TRUE
#define F TRI_FALSE
#define U TRI_UNKNOWN

static const struct {
	const char *src;
	const char *answers;
	enum tri want;
	int unchecked; /* 1: deliberately fails expr_check; evaluate anyway */
} eval_cases[] = {
	/* string comparison, unanswered, skipped, don't know */
	{ "role == 'dba'", "role=dba", T, 0 },
	{ "role == 'dba'", "role=qa", F, 0 },
	{ "role == 'dba'", "", U, 0 },
	{ "role == 'dba'", "role?", U, 0 },
	{ "role == 'dba'", "role!", U, 0 },
	{ "role != 'dba'", "role=qa", T, 0 },
	{ "role != 'dba'", "role=dba", F, 0 },
	{ "role != 'dba'", "", U, 0 },
	{ "role == \"dba\"", "role=dba", T, 0 },
	{ "notes == 'hello'", "notes=hello", T, 0 },
	{ "'dba' == role", "role=dba", T, 0 },
	/* numeric comparison */
	{ "years_it >= 5", "years_it=5", T, 0 },
	{ "years_it > 5", "years_it=5", F, 0 },
	{ "years_it < 10", "years_it=7.5", T, 0 },
	{ "years_it <= 7.5", "years_it=7.5", T, 0 },
	{ "years_it <= 7.4", "years_it=7.5", F, 0 },
	{ "years_it == 12", "years_it=12.0", T, 0 },
	{ "years_it > -3", "years_it=0", T, 0 },
	{ "years_it < -3", "years_it=0", F, 0 },
	{ "years_it > 100", "years_it=abc", U, 0 },
	{ "years_it == pm_months", "years_it=12;pm_months=12.0", T, 0 },
	{ "years_it < pm_months", "years_it=12", U, 0 },
	{ "scheduling >= 3", "scheduling=4", T, 0 },
	{ "scheduling >= 3", "scheduling=2", F, 0 },
	{ "scheduling >= 3", "scheduling!", U, 0 },
	/* membership in a multi answer */
	{ "'pmp' in certs_held", "certs_held=capm,pmp", T, 0 },
	{ "'pm' in certs_held", "certs_held=capm,pmp", F, 1 },
	{ "'csm' in certs_held", "certs_held=csm", T, 0 },
	{ "'capm' in certs_held", "certs_held=capm,pmp,csm", T, 0 },
	{ "'pmp' not in certs_held", "certs_held=capm", T, 0 },
	{ "'pmp' not in certs_held", "certs_held=pmp", F, 0 },
	{ "'pmp' in certs_held", "", U, 0 },
	{ "'pmp' not in certs_held", "certs_held?", U, 0 },
	/* value in a list */
	{ "role in ('dba', 'qa')", "role=qa", T, 0 },
	{ "role in ('dba', 'qa')", "role=developer", F, 0 },
	{ "role not in ('dba', 'qa')", "role=developer", T, 0 },
	{ "role not in ('dba', 'qa')", "role=dba", F, 0 },
	{ "role in ('dba')", "", U, 0 },
	{ "certs_held in ('pmp', 'csm')", "certs_held=capm,csm", T, 0 },
	{ "certs_held in ('pmp', 'csm')", "certs_held=capm", F, 0 },
	{ "years_it in (1, 2, 3)", "years_it=2", T, 0 },
	{ "years_it in (1, 2, 3)", "years_it=2.5", F, 0 },
	/* answered() is never unknown */
	{ "answered(role)", "role=dba", T, 0 },
	{ "answered(role)", "role?", F, 0 },
	{ "answered(role)", "role!", F, 0 },
	{ "answered(role)", "", F, 0 },
	{ "not answered(role)", "", T, 0 },
	/* a bare yes/no question */
	{ "leads_team", "leads_team=yes", T, 0 },
	{ "leads_team", "leads_team=no", F, 0 },
	{ "leads_team", "", U, 0 },
	{ "leads_team == 'no'", "leads_team=no", T, 0 },
	/* not */
	{ "not role == 'dba'", "role=dba", F, 0 },
	{ "not role == 'dba'", "role=qa", T, 0 },
	{ "not role == 'dba'", "", U, 0 },
	{ "not not role == 'dba'", "role=dba", T, 0 },
	/* precedence: not > and > or; parentheses */
	{ "role == 'dba' or role == 'qa' and years_it > 5", "role=dba;years_it=1", T, 0 },
	{ "(role == 'dba' or role == 'qa') and years_it > 5", "role=dba;years_it=1", F, 0 },
	{ "years_it > 5 and role == 'qa' or role == 'dba'", "role=dba;years_it=1", T, 0 },
	{ "years_it > 5 and (role == 'qa' or role == 'dba')", "role=dba;years_it=1", F, 0 },
	{ "not role == 'dba' and years_it > 5", "role=qa;years_it=1", F, 0 },
	{ "not (role == 'dba' and years_it > 5)", "role=qa;years_it=1", T, 0 },
	{ "((role == 'dba'))", "role=dba", T, 0 },
	{ "role=='dba'and years_it>=5", "role=dba;years_it=5", T, 0 },
	/* Kleene: false and unknown = false, true or unknown = true */
	{ "role == 'dba' and years_it > 5", "years_it=1", F, 0 },
	{ "years_it > 5 and role == 'dba'", "years_it=1", F, 0 },
	{ "role == 'dba' and years_it > 5", "years_it=9", U, 0 },
	{ "role == 'dba' or years_it > 5", "years_it=9", T, 0 },
	{ "years_it > 5 or role == 'dba'", "years_it=9", T, 0 },
	{ "role == 'dba' or years_it > 5", "years_it=1", U, 0 },
	{ "answered(role) or years_it > 5", "", U, 0 },
	{ "not (role == 'dba' or years_it > 5)", "years_it=9", F, 0 },
	{ "not (role == 'dba' and years_it > 5)", "years_it=1", T, 0 },
	{ "not (role == 'dba' and years_it > 5)", "years_it=9", U, 0 },
	{ "role == 'dba' and role == 'qa' or answered(notes)", "notes=x", T, 0 },
};

/* Every row: parse, check against the bank, evaluate. */
static void test_eval_table(void **state)
{
	struct bank *b = mkbank();
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(eval_cases); i++) {
		struct errbuf err = { "", 0 };
		struct answer_set a = ANSWER_SET_INIT;
		struct expr *e = expr_parse(eval_cases[i].src, &err);
		if (!e)
			fail_msg("row %zu '%s': %s", i, eval_cases[i].src, err.msg);
		if (!eval_cases[i].unchecked && expr_check(e, b, b->nquestions, &err))
			fail_msg("row %zu '%s': check: %s", i, eval_cases[i].src, err.msg);
		load_answers(&a, eval_cases[i].answers);
		enum tri got = expr_eval(e, b, &a);
		if (got != eval_cases[i].want)
			fail_msg("row %zu '%s' with '%s': got %d, want %d", i,
				 eval_cases[i].src, eval_cases[i].answers, got,
				 eval_cases[i].want);
		answers_release(&a);
		expr_free(e);
	}
	bank_free(b);
}

static const struct {
	const char *src;
	const char *msg;
} bad_cases[] = {
	{ "", "column 1: empty condition" },
	{ "   ", "column 4: empty condition" },
	{ "role >= ", "column 9: expected a value after '>='" },
	{ "years_it >= and", "column 13: expected a value after '>=', found 'and'" },
	{ "role and", "column 9: expected a value after 'and'" },
	{ "or", "column 1: expected a value, found 'or'" },
	{ "role == 'dba", "column 9: unterminated string" },
	{ "role == \"dba'", "column 9: unterminated string" },
	{ "(role == 'dba'))", "column 16: unexpected ')'" },
	{ "role == )", "column 9: unexpected ')'" },
	{ "(role == 'dba'", "column 15: expected ')' to close '(' at column 1" },
	{ "(role == 'dba' 'x'", "column 16: expected ')' to close '(' at column 1, found ''x''" },
	{ "role == 'a' == 'b'", "column 13: comparisons cannot be chained; join them with 'and'" },
	{ "role = 'dba'", "column 6: unexpected '='; use '==' to compare" },
	{ "role ! 'dba'", "column 6: unexpected '!'; use '!=' or 'not'" },
	{ "Role == 'dba'", "column 1: 'Role': question ids and keywords are lowercase" },
	{ "role == 'dba' AND x", "column 15: 'AND': question ids and keywords are lowercase" },
	{ "_x == 1", "column 1: '_x' is not a question id (ids start with a letter)" },
	{ "role in ()", "column 10: empty list after 'in'" },
	{ "role in ('a' 'b')", "column 14: expected ',' or ')' in the list" },
	{ "role in (x)", "column 10: expected a quoted value or a number in the list" },
	{ "role in ('a',)", "column 14: expected a quoted value or a number in the list" },
	{ "role in 5", "column 9: expected a question id or '(' after 'in'" },
	{ "role not ('a')", "column 10: expected 'in' after 'not'" },
	{ "3 in certs_held", "column 1: expected a quoted value before 'in certs_held'" },
	{ "answered(1)", "column 10: expected a question id inside answered()" },
	{ "answered(role", "column 14: expected ')' after answered(role" },
	{ "answered(role) == 'x'", "column 16: only question ids, numbers and quoted values can be compared with '=='" },
	{ "role == (x)", "column 9: only question ids, numbers and quoted values can be compared with '=='" },
	{ "(role == 'x') in ('a')", "column 1: only a question id or a value can come before 'in'" },
	{ "'dba'", "column 1: a value alone is not a condition; compare it with a question" },
	{ "role == 'dba' role", "column 15: unexpected 'role'; expected 'and', 'or' or the end" },
	{ "years_it > 1.", "column 12: malformed number: expected a digit after '.'" },
	{ "years_it > 12abc", "column 12: malformed number" },
	{ "years_it > 1.2.3", "column 12: malformed number" },
	{ "years_it > - 3", "column 12: expected a digit after '-'" },
	{ "role == 'dba' # x", "column 15: unexpected character '#'" },
	{ "role == \x01", "column 9: unexpected byte 0x01" },
	{ "role == \xC3\xA9", "column 9: unexpected byte 0xC3" },
};

/* Every malformed condition fails with its exact message. */
static void test_parse_errors(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad_cases); i++) {
		struct errbuf err = { "", 0 };
		struct expr *e = expr_parse(bad_cases[i].src, &err);
		if (e) {
			expr_free(e);
			fail_msg("row %zu '%s' parsed", i, bad_cases[i].src);
		}
		if (strcmp(err.msg, bad_cases[i].msg))
			fail_msg("row %zu '%s':\n got: %s\nwant: %s", i, bad_cases[i].src,
				 err.msg, bad_cases[i].msg);
	}
}

/* Nesting is limited (parentheses and not), long inputs refused, long chains fine. */
static void test_limits(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct errbuf err = { "", 0 };
	struct answer_set a = ANSWER_SET_INIT;
	struct expr *e;
	(void)state;

	/* 64 levels of parentheses are fine, 65 are not */
	sb_addnc(&sb, '(', 64);
	sb_adds(&sb, "role == 'dba'");
	sb_addnc(&sb, ')', 64);
	e = expr_parse(sb.buf, &err);
	assert_non_null(e);
	expr_free(e);
	sb_reset(&sb);
	sb_addnc(&sb, '(', 65);
	sb_adds(&sb, "role == 'dba'");
	sb_addnc(&sb, ')', 65);
	assert_null(expr_parse(sb.buf, &err));
	assert_string_equal(err.msg, "column 65: condition nested too deeply");

	sb_reset(&sb);
	for (int i = 0; i < 65; i++)
		sb_adds(&sb, "not ");
	sb_adds(&sb, "leads_team");
	assert_null(expr_parse(sb.buf, &err));
	assert_string_equal(err.msg, "column 257: condition nested too deeply");

	/* an unclosed deep nest fails cleanly too */
	sb_reset(&sb);
	sb_addnc(&sb, '(', 4000);
	assert_null(expr_parse(sb.buf, &err));
	assert_string_equal(err.msg, "column 65: condition nested too deeply");

	sb_reset(&sb);
	sb_addnc(&sb, ' ', 5000);
	assert_null(expr_parse(sb.buf, &err));
	assert_string_equal(err.msg, "condition too long (5000 characters; at most 4096)");

	/* a long flat chain is one n-ary node: no deep recursion */
	sb_reset(&sb);
	for (int i = 0; i < 250; i++)
		sb_addf(&sb, "%sleads_team", i ? " or " : "");
	e = expr_parse(sb.buf, &err);
	assert_non_null(e);
	load_answers(&a, "leads_team=yes");
	assert_int_equal(expr_eval(e, NULL, &a), TRI_TRUE);
	expr_free(e);
	answers_release(&a);
	sb_release(&sb);
}

static const struct {
	const char *src;
	size_t before;
	const char *msg; /* NULL: the check passes */
} check_cases[] = {
	{ "pm_mnths > 12", NQ, "unknown question id 'pm_mnths' in condition (did you mean 'pm_months'?)" },
	{ "answered(rol)", NQ, "unknown question id 'rol' in condition (did you mean 'role'?)" },
	{ "zzz == 1", NQ, "unknown question id 'zzz' in condition" },
	{ "later == 'a'", Q_LATER, "condition refers to 'later', which is asked later" },
	{ "answered(later)", Q_LATER, "condition refers to 'later', which is asked later" },
	{ "role == 'dba'", Q_ROLE, "condition refers to 'role', which is asked later" },
	{ "role == 'develper'", NQ, "'develper' is not a value of 'role' (did you mean 'developer'?)" },
	{ "role in ('dba', 'qaa')", NQ, "'qaa' is not a value of 'role' (did you mean 'qa'?)" },
	{ "role == 'manager'", NQ, "'manager' is not a value of 'role' (values: developer, sysadmin, security, support_lead, dba, qa)" },
	{ "leads_team == 'maybe'", NQ, "'maybe' is not a value of 'leads_team' (values: yes, no)" },
	{ "leads_team == 'yse'", NQ, "'yse' is not a value of 'leads_team' (did you mean 'yes'?)" },
	{ "role == 3", NQ, "'role' is a choice question; compare it with a quoted value" },
	{ "role in ('dba', 3)", NQ, "'role' is a choice question; compare it with a quoted value" },
	{ "years_it == 'ten'", NQ, "'years_it' is a number question; compare it with a number, not a quoted value" },
	{ "scheduling >= '3'", NQ, "'scheduling' is a scale question; compare it with a number, not a quoted value" },
	{ "role < 'dba'", NQ, "'<' compares numbers, but 'role' is a choice question" },
	{ "notes >= 3", NQ, "'>=' compares numbers, but 'notes' is a text question" },
	{ "'pmp' in role", NQ, "'role' is a choice question; 'in role' needs a multi question (write role == 'pmp')" },
	{ "'pmpp' in certs_held", NQ, "'pmpp' is not a value of 'certs_held' (did you mean 'pmp'?)" },
	{ "certs_held == 'pmp'", NQ, "'certs_held' is a multi question; test one value with 'pmp' in certs_held" },
	{ "certs_held in ('pmp', 'xyz')", NQ, "'xyz' is not a value of 'certs_held' (values: capm, pmp, csm, none)" },
	{ "role", NQ, "'role' alone is not a condition; compare it with a value" },
	{ "years_it == role", NQ, "cannot compare 'years_it', a number question, with 'role', a choice question" },
	{ "role < later", NQ, "'<' compares numbers, but 'role' is a choice question" },
	{ "1 == 1", NQ, "'1 == 1' compares two fixed values; name a question on one side" },
	{ "'a' in ('a')", NQ, "'a in (...)' tests a fixed value; put a question id before 'in'" },
	{ "role == 'dba' and years_it > 3 and 'pmp' in certs_held and answered(notes) "
	  "and leads_team and scheduling >= 2 and notes != 'x' and years_it < pm_months",
	  Q_LATER, NULL },
	{ "answered(later) or later in ('a', 'b')", NQ, NULL },
	{ "role == 'dba' or role == 'qa'", Q_YEARS, NULL },
};

/* The checker: unknown ids with suggestions, order, values and types. */
static void test_check(void **state)
{
	struct bank *b = mkbank();
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(check_cases); i++) {
		struct errbuf err = { "", 0 };
		struct expr *e = expr_parse(check_cases[i].src, &err);
		int rc;
		if (!e)
			fail_msg("row %zu '%s': %s", i, check_cases[i].src, err.msg);
		rc = expr_check(e, b, check_cases[i].before, &err);
		if (check_cases[i].msg == NULL && rc)
			fail_msg("row %zu '%s': unexpected error: %s", i, check_cases[i].src,
				 err.msg);
		if (check_cases[i].msg && (rc != -1 || strcmp(err.msg, check_cases[i].msg)))
			fail_msg("row %zu '%s':\n got: %s\nwant: %s", i, check_cases[i].src,
				 rc ? err.msg : "(no error)", check_cases[i].msg);
		expr_free(e);
	}
	bank_free(b);
}

/* Collect ids into a strbuf, space-separated. */
static void collect_id(const char *id, void *ud)
{
	struct strbuf *sb = ud;
	sb_addf(sb, "%s%s", sb->len ? " " : "", id);
}

/* expr_each_id names every identifier, in source order. */
static void test_each_id(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct errbuf err = { "", 0 };
	struct expr *e = expr_parse("role == 'dba' or not answered(notes) and "
				    "'pmp' in certs_held and years_it < pm_months and "
				    "role in ('qa') and leads_team", &err);
	(void)state;
	assert_non_null(e);
	expr_each_id(e, collect_id, &sb);
	assert_string_equal(sb.buf, "role notes certs_held years_it pm_months role leads_team");
	expr_free(e);
	sb_release(&sb);
}

/* bank_find, bank_option_find, qtype_name; bank_free releases conditions. */
static void test_bank_helpers(void **state)
{
	struct bank *b = mkbank();
	struct errbuf err = { "", 0 };
	(void)state;
	assert_int_equal(bank_find(b, "role"), Q_ROLE);
	assert_int_equal(bank_find(b, "later"), Q_LATER);
	assert_int_equal(bank_find(b, "nope"), -1);
	assert_int_equal(bank_find(NULL, "role"), -1);
	assert_string_equal(bank_option_find(&b->questions[Q_ROLE], "dba")->value, "dba");
	assert_null(bank_option_find(&b->questions[Q_ROLE], "db"));
	assert_null(bank_option_find(&b->questions[Q_NOTES], "dba"));
	assert_string_equal(qtype_name(Q_CHOICE), "choice");
	assert_string_equal(qtype_name(Q_MULTI), "multi");
	assert_string_equal(qtype_name(Q_SCALE), "scale");
	assert_string_equal(qtype_name(Q_YESNO), "yesno");
	assert_string_equal(qtype_name(Q_NUMBER), "number");
	assert_string_equal(qtype_name(Q_TEXT), "text");
	assert_string_equal(qtype_name(Q_LIST), "list");
	/* conditions owned by the bank are freed by bank_free (ASan/valgrind) */
	b->questions[Q_LATER].when_src = xstrdup("role == 'dba'");
	b->questions[Q_LATER].when = expr_parse(b->questions[Q_LATER].when_src, &err);
	b->sections[0].when_src = xstrdup("answered(role)");
	b->sections[0].when = expr_parse(b->sections[0].when_src, &err);
	b->questions[Q_SCHED].anchors[3] = xstrdup("Has done it unaided");
	assert_non_null(b->questions[Q_LATER].when);
	assert_non_null(b->sections[0].when);
	bank_free(b);
	bank_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval_table),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_each_id),
		cmocka_unit_test(test_bank_helpers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
