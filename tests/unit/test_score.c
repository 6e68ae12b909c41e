/* test_score.c - competency scores: exact figures for hand-picked answers
 * and properties over hundreds of generated answer sets (fixed seed). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/score.h"
#include "score_fixture.h"

static struct fx fx;

/* Example texts, each with the signals of the one before plus one more. */
static const char *const texts[] = {
	"I worked on the upgrade of the servers",
	"I worked on the upgrade of the servers for 3 months",
	"I worked on the upgrade of the servers for 3 months with 4 engineers",
	"I worked on the upgrade of the servers for 3 months with 4 engineers and cut downtime by 30%",
	"I worked on the upgrade of the Oracle servers for 3 months with 4 engineers and cut downtime by 30%",
};
/* Recency values, worst first ("" = not given). */
static const char *const whens[] = { "", "older", "3_5_years", "1_2_years", "this_year" };

static void put_comp(struct answer_set *a, const char *comp, int rating, int text, int when)
{
	char *id, *v = xasprintf("%d", rating);
	answers_put(a, comp, v, ANS_VALUE);
	free(v);
	id = xasprintf("%s_ev", comp);
	if (text >= 0)
		answers_put(a, id, texts[text], ANS_VALUE);
	else
		answers_remove(a, id);
	free(id);
	id = xasprintf("%s_ev_when", comp);
	if (when > 0)
		answers_put(a, id, whens[when], ANS_VALUE);
	else
		answers_remove(a, id);
	free(id);
}

static void compute(const struct answer_set *a, struct score_result *r)
{
	struct errbuf err = { "", 0 };
	if (score_compute(&fx.cat, fx.bank, a, r, &err) < 0)
		fail_msg("score_compute: %s", err.msg);
}

struct exact {
	int rating, text, when;
	double score, conf;
};
static const struct exact exacts[] = {
	{ 4, -1, 0, 56, 0.35 },        /* 80 x 0.70 rating_without_evidence */
	{ 2, -1, 0, 40, 0.60 },        /* below 3: no example needed */
	{ 0, -1, 0, 0, 0.60 },
	{ 5, -1, 0, 70, 0.35 },
	{ 4, 4, 4, 80, 0.90 },         /* four signals, this year: full value */
	{ 4, 4, 0, 68, 0.625 },        /* strength 1.0 x 0.5 undated: 0.85 */
	{ 3, 0, 0, 45.6, 0.46 },       /* strength 0.4 x 0.5 = 0.2: 0.76 */
	{ 5, 2, 3, 88.9, 0.6965 },     /* (0.4 + 2 x 0.15) x 0.9 = 0.63: 0.889 */
	{ 3, 3, 2, 52.71, 0.67725 },   /* 0.85 x 0.7 = 0.595: 60 x 0.8785 */
};

static void test_exact(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(exacts); i++) {
		struct answer_set a = ANSWER_SET_INIT;
		struct score_result r;
		const struct comp_score *cs;
		put_comp(&a, "budget", exacts[i].rating, exacts[i].text, exacts[i].when);
		compute(&a, &r);
		cs = score_find(&r, "budget");
		assert_non_null(cs);
		assert_true(cs->asked);
		if (fabs(cs->score - exacts[i].score) > 1e-6 || fabs(cs->confidence - exacts[i].conf) > 1e-6)
			fail_msg("case %zu: score %.4f confidence %.4f, expected %.4f %.4f", i,
				 cs->score, cs->confidence, exacts[i].score, exacts[i].conf);
		assert_true(cs->nexplain >= 2);
		score_result_release(&r);
		answers_release(&a);
	}
}

static void test_explain_and_signals(void **state)
{
	struct answer_set a = ANSWER_SET_INIT;
	struct score_result r;
	const struct comp_score *cs;
	(void)state;
	put_comp(&a, "risk", 4, -1, 0);
	put_comp(&a, "scope", 4, 4, 3);
	compute(&a, &r);
	cs = score_find(&r, "risk");
	assert_string_equal(cs->explain[0], "self-rating 4/5 (advanced) \xE2\x86\x92 80");
	assert_non_null(strstr(cs->explain[1], "no example for a rating of 3+: \xC3\x97" "0.70 (weight rating_without_evidence) \xE2\x86\x92 56"));
	cs = score_find(&r, "scope");
	assert_non_null(strstr(cs->explain[1], "evidence: team size, duration, measured result, named system (4 of 4 signals)"));
	assert_non_null(strstr(cs->explain[2], "recency 1-2 years ago \xC3\x97" "0.90 (weight recency_1_2_years)"));
	/* Not rated: not asked, score and confidence 0. */
	cs = score_find(&r, "budget");
	assert_false(cs->asked);
	assert_true(cs->score == 0 && cs->confidence == 0);
	assert_int_equal(r.nasked, 2);
	assert_false(r.flat_pattern);
	score_result_release(&r);
	answers_release(&a);

	/* Skipped and don't-know ratings are not asked. */
	answers_put(&a, "risk", "", ANS_SKIPPED);
	answers_put(&a, "scope", "", ANS_DONT_KNOW);
	answers_put(&a, "budget", "9", ANS_VALUE); /* out of range: ignored */
	compute(&a, &r);
	assert_int_equal(r.nasked, 0);
	assert_true(r.confidence == 0);
	score_result_release(&r);
	answers_release(&a);

	/* Evidence given while the rating is 2 does not apply: ignored. */
	put_comp(&a, "risk", 2, 4, 4);
	compute(&a, &r);
	assert_true(score_find(&r, "risk")->score == 40);
	score_result_release(&r);
	answers_release(&a);

	/* Role prior nudges confidence, never the score. */
	put_comp(&a, "troubleshooting", 4, -1, 0);
	compute(&a, &r);
	assert_true(fabs(score_find(&r, "troubleshooting")->confidence - 0.35) < 1e-9);
	score_result_release(&r);
	answers_put(&a, "role", "sysadmin", ANS_VALUE);
	compute(&a, &r);
	assert_true(fabs(score_find(&r, "troubleshooting")->confidence - 0.40) < 1e-9);
	assert_true(score_find(&r, "troubleshooting")->score == 56);
	score_result_release(&r);
	answers_release(&a);
}

static void test_flat_pattern(void **state)
{
	(void)state;
	for (int rating = 0; rating <= 5; rating++) {
		for (size_t n = 3; n <= 8; n++) {
			struct answer_set a = ANSWER_SET_INIT;
			struct score_result r;
			int found = 0;
			for (size_t i = 0; i < n; i++)
				put_comp(&a, fx.cat.comps[i].id, rating, -1, 0);
			compute(&a, &r);
			assert_int_equal(r.flat_pattern, n >= 5);
			for (size_t k = 0; k < r.nflags; k++)
				found |= strstr(r.flags[k], "ratings are the same") != NULL;
			assert_int_equal(found, n >= 5);
			score_result_release(&r);
			/* One different rating: no longer flat. */
			put_comp(&a, fx.cat.comps[n].id, (rating + 1) % 6, -1, 0);
			compute(&a, &r);
			assert_false(r.flat_pattern);
			score_result_release(&r);
			answers_release(&a);
		}
	}
}

/* A small deterministic generator (fixed seed). */
static uint32_t seed = 12345u;
static uint32_t rnd(uint32_t n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 16) % n;
}

/* A random answer set over the competencies. */
static void random_answers(struct answer_set *a)
{
	for (size_t i = 0; i < fx.cat.ncomps; i++) {
		uint32_t dice = rnd(10);
		if (dice < 2)
			continue; /* not rated */
		if (dice == 2) {
			answers_put(a, fx.cat.comps[i].id, "", rnd(2) ? ANS_SKIPPED : ANS_DONT_KNOW);
			continue;
		}
		put_comp(a, fx.cat.comps[i].id, (int)rnd(6), (int)rnd(6) - 1, (int)rnd(5));
	}
	if (rnd(2))
		answers_put(a, "role", "sysadmin", ANS_VALUE);
}

static void check_ranges(const struct score_result *r)
{
	assert_true(r->confidence >= 0 && r->confidence <= 1);
	for (size_t i = 0; i < r->n; i++) {
		assert_true(r->items[i].score >= 0 && r->items[i].score <= 100);
		assert_true(r->items[i].confidence >= 0 && r->items[i].confidence <= 1);
		if (!r->items[i].asked)
			assert_true(r->items[i].score == 0 && r->items[i].confidence == 0);
	}
}

/* More evidence (an example, more signals, a date, a later date) never
 * lowers a score, whatever the rest of the answers. */
static void test_property_evidence(void **state)
{
	(void)state;
	for (int iter = 0; iter < 400; iter++) {
		struct answer_set a = ANSWER_SET_INIT;
		const char *comp = fx.cat.comps[rnd((uint32_t)fx.cat.ncomps)].id;
		int rating = 3 + (int)rnd(3), t = (int)rnd(5), w = (int)rnd(5);
		double prev = -1;
		/* steps: none, text t, text t + when w, more signals, later date */
		int steps[][2] = { { -1, 0 }, { t, 0 }, { t, w }, { t < 4 ? t + 1 : 4, w },
				   { t < 4 ? t + 1 : 4, w < 4 ? w + 1 : 4 } };
		random_answers(&a);
		for (size_t s = 0; s < ARRAY_SIZE(steps); s++) {
			struct score_result r;
			double sc;
			put_comp(&a, comp, rating, steps[s][0], steps[s][1]);
			compute(&a, &r);
			check_ranges(&r);
			sc = score_find(&r, comp)->score;
			if (sc + 1e-9 < prev)
				fail_msg("iteration %d %s: step %zu lowered the score %.3f -> %.3f",
					 iter, comp, s, prev, sc);
			prev = sc;
			score_result_release(&r);
		}
		answers_release(&a);
	}
}

/* Leaving a competency unanswered lowers overall confidence, not any
 * other score. */
static void test_property_unanswered(void **state)
{
	(void)state;
	for (int iter = 0; iter < 400; iter++) {
		struct answer_set a = ANSWER_SET_INIT;
		struct score_result before, after;
		const char *comp = NULL;
		random_answers(&a);
		compute(&a, &before);
		check_ranges(&before);
		for (size_t i = 0; i < before.n && !comp; i++)
			if (before.items[i].asked && rnd(3) == 0)
				comp = before.items[i].comp;
		if (!comp) {
			score_result_release(&before);
			answers_release(&a);
			continue;
		}
		answers_remove(&a, comp);
		compute(&a, &after);
		check_ranges(&after);
		assert_false(score_find(&after, comp)->asked);
		assert_int_equal(after.nasked + 1, before.nasked);
		for (size_t i = 0; i < after.n; i++)
			if (strcmp(after.items[i].comp, comp) != 0)
				assert_true(after.items[i].score == before.items[i].score);
		if (after.flat_pattern == before.flat_pattern &&
		    after.confidence > before.confidence + 1e-12)
			fail_msg("iteration %d: removing %s raised confidence %.4f -> %.4f", iter,
				 comp, before.confidence, after.confidence);
		score_result_release(&before);
		score_result_release(&after);
		answers_release(&a);
	}
}

static void test_missing_weight(void **state)
{
	struct answer_set a = ANSWER_SET_INIT;
	struct score_result r;
	struct errbuf err = { "", 0 };
	char *saved = fx.cat.weights[0].name;
	(void)state;
	fx.cat.weights[0].name = "renamed";
	assert_int_equal(score_compute(&fx.cat, fx.bank, &a, &r, &err), -1);
	assert_non_null(strstr(err.msg, "catalog lacks scoring weight '"));
	fx.cat.weights[0].name = saved;
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
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_explain_and_signals),
		cmocka_unit_test(test_flat_pattern),
		cmocka_unit_test(test_property_evidence),
		cmocka_unit_test(test_property_unanswered),
		cmocka_unit_test(test_missing_weight),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
