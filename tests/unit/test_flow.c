/*
 * test_flow.c - the flow engine over a hand-built bank with section and
 * question conditions: which questions apply, next/prev, the first
 * unanswered question, and progress counts (answers to questions that no
 * longer apply are kept but not counted).
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
#include "pmpath/flow.h"
#include "pmpath/util.h"

static const struct {
	const char *id;
	enum qtype type;
	const char *options; /* "a|b|c" */
	size_t section;
	enum qrequired required;
	const char *when;
} qdefs[] = {
	/* 0 */ { "role", Q_CHOICE, "developer|dba|qa", 0, REQ_YES, NULL },
	/* 1 */ { "years_it", Q_NUMBER, NULL, 0, REQ_YES, NULL },
	/* 2 */ { "certs_held", Q_MULTI, "pmp|csm|none", 0, REQ_NO, NULL },
	/* 3 */ { "pm_months", Q_NUMBER, NULL, 1, REQ_YES, NULL },
	/* 4 */ { "pm_edu_hours", Q_NUMBER, NULL, 1, REQ_SOFT, "pm_months > 0" },
	/* 5 */ { "dba_tools", Q_TEXT, NULL, 1, REQ_NO, "role == 'dba'" },
	/* 6 */ { "agile_months", Q_NUMBER, NULL, 2, REQ_YES, NULL },
	/* 7 */ { "scheduling", Q_SCALE, NULL, 3, REQ_YES, NULL },
	/* 8 */ { "scheduling_ev", Q_TEXT, NULL, 3, REQ_NO, "scheduling >= 3" },
};
#define NQ ARRAY_SIZE(qdefs)

static const struct {
	const char *id;
	const char *when;
	size_t first; /* index of its first question */
} sdefs[] = {
	{ "background", NULL, 0 },
	{ "pm", "years_it >= 2", 3 },
	{ "agile", "'csm' in certs_held", 6 },
	{ "skills", NULL, 7 },
};

/* Parse and check a condition; the test fails if it is not valid. */
static struct expr *cond(const char *src, const struct bank *b, size_t before)
{
	struct errbuf err = { "", 0 };
	struct expr *e = expr_parse(src, &err);
	if (!e)
		fail_msg("'%s': %s", src, err.msg);
	if (expr_check(e, b, before, &err))
		fail_msg("'%s': %s", src, err.msg);
	return e;
}

/* The bank of qdefs/sdefs; free with bank_free. */
static struct bank *mkbank(void)
{
	struct bank *b = xcalloc(1, sizeof(*b));
	b->nquestions = NQ;
	b->questions = xcalloc(NQ, sizeof(*b->questions));
	b->nsections = ARRAY_SIZE(sdefs);
	b->sections = xcalloc(b->nsections, sizeof(*b->sections));
	for (size_t i = 0; i < NQ; i++) {
		struct question *q = &b->questions[i];
		const char *o = qdefs[i].options;
		q->id = xstrdup(qdefs[i].id);
		q->type = qdefs[i].type;
		q->section = qdefs[i].section;
		q->required = qdefs[i].required;
		while (o && *o) {
			const char *end = strchr(o, '|');
			size_t n = end ? (size_t)(end - o) : strlen(o);
			q->options = xrealloc(q->options, (q->noptions + 1) * sizeof(*q->options));
			q->options[q->noptions].value = xstrndup(o, n);
			q->options[q->noptions].label = xstrndup(o, n);
			q->noptions++;
			o = end ? end + 1 : "";
		}
	}
	for (size_t i = 0; i < NQ; i++)
		if (qdefs[i].when) {
			b->questions[i].when_src = xstrdup(qdefs[i].when);
			b->questions[i].when = cond(qdefs[i].when, b, i);
		}
	for (size_t i = 0; i < b->nsections; i++) {
		b->sections[i].id = xstrdup(sdefs[i].id);
		if (sdefs[i].when) {
			b->sections[i].when_src = xstrdup(sdefs[i].when);
			b->sections[i].when = cond(sdefs[i].when, b, sdefs[i].first);
		}
	}
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

static const struct {
	const char *answers;
	const char *applies; /* one '1'/'0' per question */
	size_t first_unanswered;
	size_t answered, total, required_left;
} scenarios[] = {
	/* nothing answered: unknown section/question conditions count as false */
	{ "", "111000010", 0, 0, 4, 3 },
	/* the pm section opens; dba_tools applies; pm_edu_hours waits for pm_months */
	{ "role=dba;years_it=5;certs_held=none", "111101010", 3, 3, 6, 2 },
	{ "role=dba;years_it=5;certs_held=csm;pm_months=12", "111111110", 4, 4, 8, 2 },
	/* years_it drops to 1: pm answers are kept but neither asked nor counted */
	{ "role=dba;years_it=1;certs_held=csm;pm_months=12;pm_edu_hours=35;dba_tools=x",
	  "111000110", 6, 3, 5, 2 },
	/* ... and come back when it rises again */
	{ "role=dba;years_it=5;certs_held=csm;pm_months=12;pm_edu_hours=35;dba_tools=x",
	  "111111110", 6, 6, 8, 2 },
	/* skipped and don't-know count as answered, not as values */
	{ "role?;years_it!;certs_held=pmp;scheduling=4", "111000011", 8, 4, 5, 2 },
	/* a condition on a skipped multi question is unknown: section closed */
	{ "role=qa;years_it=2;certs_held?", "111100010", 3, 3, 5, 2 },
	/* everything that applies is answered */
	{ "role=qa;years_it=3;certs_held=pmp;pm_months=0;scheduling=1", "111100010", NQ, 5, 5, 0 },
	/* boundary: years_it exactly 2 opens the section */
	{ "years_it=2", "111100010", 0, 1, 5, 3 },
	{ "years_it=1.5", "111000010", 0, 1, 4, 2 },
};

/* applies, first_unanswered and progress for every scenario. */
static void test_scenarios(void **state)
{
	struct bank *b = mkbank();
	(void)state;
	for (size_t s = 0; s < ARRAY_SIZE(scenarios); s++) {
		struct answer_set a = ANSWER_SET_INIT;
		struct flow_progress p;
		char got[NQ + 1];
		load_answers(&a, scenarios[s].answers);
		for (size_t i = 0; i < NQ; i++)
			got[i] = flow_applies(b, &a, i) ? '1' : '0';
		got[NQ] = '\0';
		if (strcmp(got, scenarios[s].applies))
			fail_msg("scenario %zu: applies %s, want %s", s, got, scenarios[s].applies);
		if (flow_first_unanswered(b, &a) != scenarios[s].first_unanswered)
			fail_msg("scenario %zu: first unanswered %zu, want %zu", s,
				 flow_first_unanswered(b, &a), scenarios[s].first_unanswered);
		flow_progress(b, &a, &p);
		if (p.answered != scenarios[s].answered || p.total != scenarios[s].total ||
		    p.required_left != scenarios[s].required_left)
			fail_msg("scenario %zu: progress %zu/%zu (%zu required left), want %zu/%zu (%zu)",
				 s, p.answered, p.total, p.required_left, scenarios[s].answered,
				 scenarios[s].total, scenarios[s].required_left);
		answers_release(&a);
	}
	bank_free(b);
}

#define NONE ((size_t)-1)

static const struct {
	const char *answers;
	int prev;     /* 0: flow_next(from), 1: flow_prev(before) */
	size_t arg;
	size_t want;
} moves[] = {
	{ "", 0, 0, 0 },
	{ "", 0, 2, 2 },
	{ "", 0, 3, 7 },
	{ "", 0, 8, NQ },
	{ "", 0, 100, NQ },
	{ "", 1, NQ, 7 },
	{ "", 1, 7, 2 },
	{ "", 1, 1, 0 },
	{ "", 1, 0, NONE },
	{ "", 1, 100, 7 },
	{ "role=dba;years_it=5;certs_held=none", 0, 4, 5 },
	{ "role=dba;years_it=5;certs_held=none", 0, 6, 7 },
	{ "role=dba;years_it=5;certs_held=none", 1, 7, 5 },
	{ "role=dba;years_it=5;certs_held=none", 1, 5, 3 },
	{ "role=dba;years_it=1;certs_held=csm;pm_months=12", 0, 3, 6 },
	{ "role=dba;years_it=1;certs_held=csm;pm_months=12", 1, 6, 2 },
	{ "scheduling=3", 0, 8, 8 },
	{ "scheduling=3", 1, NQ, 8 },
	{ "scheduling=2", 1, NQ, 7 },
};

/* flow_next and flow_prev skip what does not apply. */
static void test_moves(void **state)
{
	struct bank *b = mkbank();
	(void)state;
	for (size_t m = 0; m < ARRAY_SIZE(moves); m++) {
		struct answer_set a = ANSWER_SET_INIT;
		size_t got;
		load_answers(&a, moves[m].answers);
		got = moves[m].prev ? flow_prev(b, &a, moves[m].arg) : flow_next(b, &a, moves[m].arg);
		if (got != moves[m].want)
			fail_msg("move %zu: %s(%zu) = %zu, want %zu", m,
				 moves[m].prev ? "prev" : "next", moves[m].arg, got, moves[m].want);
		answers_release(&a);
	}
	bank_free(b);
}

/* A change of mind: answers survive, progress follows the conditions. */
static void test_change_of_mind(void **state)
{
	struct bank *b = mkbank();
	struct answer_set a = ANSWER_SET_INIT;
	struct flow_progress p;
	(void)state;
	load_answers(&a, "role=dba;years_it=5;certs_held=none;pm_months=12;dba_tools=sql");
	flow_progress(b, &a, &p);
	assert_int_equal(p.answered, 5);
	assert_int_equal(p.total, 7);
	assert_true(flow_applies(b, &a, 5));
	answers_put(&a, "role", "qa", ANS_VALUE);
	assert_false(flow_applies(b, &a, 5));
	flow_progress(b, &a, &p);
	assert_int_equal(p.answered, 4);
	assert_int_equal(p.total, 6);
	assert_string_equal(answers_value(&a, "dba_tools"), "sql");
	answers_put(&a, "role", "dba", ANS_VALUE);
	flow_progress(b, &a, &p);
	assert_int_equal(p.answered, 5);
	assert_false(flow_applies(b, &a, NQ));
	assert_false(flow_applies(b, &a, 1000));
	answers_release(&a);
	bank_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scenarios),
		cmocka_unit_test(test_moves),
		cmocka_unit_test(test_change_of_mind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
