/*
 * bench_core.c - the in-process figures of `make bench` (tests/bench/run.sh),
 * linked against the optimised build-bench/libpmpath.a.
 *
 *   bench_core answer DB BANK SCHEMA N
 *       N answers through the engine as the interactive session gives
 *       them: parse the input, commit it to the store (its own
 *       transaction, WAL, synchronous=FULL), update the in-memory set and
 *       find the next question.  Prints "median_us p90_us".
 *   bench_core bank FILE SCHEMA RUNS
 *       Load and validate the bank RUNS times; prints "median_ms" (RUNS = 1
 *       for instruction counts under callgrind).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"
#include "pmpath/flow.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* What a user would type for question q. */
static const char *typed(const struct question *q)
{
	switch (q->type) {
	case Q_CHOICE: case Q_MULTI: return "1";
	case Q_SCALE: return "3";
	case Q_YESNO: return "y";
	case Q_NUMBER: return q->has_min ? "" : "5";
	case Q_TEXT: return "Coordinated the patch window for 40 servers across 3 teams";
	case Q_LIST: return "Led the storage migration";
	}
	return "1";
}

static int bench_answer(const char *db, const char *bankp, const char *schema, size_t n)
{
	struct bank *b = bank_load_file(bankp, NULL, schema);
	struct store *st;
	struct answer_set a;
	int64_t prof, sess = 0;
	size_t qi = 0;
	double *t;
	if (!b || !(st = store_open(db)))
		return 1;
	if (store_profile(st, "bench", 1, &prof) < 0)
		return 1;
	answers_init(&a);
	t = xcalloc(n, sizeof(*t));
	for (size_t i = 0; i < n; i++) {
		if (!sess || qi >= b->nquestions) {
			answers_release(&a);
			answers_init(&a);
			if (sess && store_session_complete(st, sess) < 0)
				return 1;
			if (store_session_new(st, prof, b->id, b->version, b->hash, &sess) < 0)
				return 1;
			qi = flow_next(b, &a, 0);
		}
		{
			const struct question *q = &b->questions[qi];
			struct errbuf err = { "", 0 };
			char *v = NULL, num[32];
			const char *in = typed(q);
			double t0 = now_us();
			if (q->type == Q_NUMBER) {
				snprintf(num, sizeof(num), "%g", q->has_min ? q->min : 5.0);
				in = num;
			}
			if (answer_parse(q, in, &v, &err) < 0) {
				fprintf(stderr, "bench_core: %s: %s\n", q->id, err.msg);
				return 1;
			}
			if (store_answer_put(st, sess, q->id, v, ANS_VALUE) < 0)
				return 1;
			answers_put(&a, q->id, v, ANS_VALUE);
			qi = flow_next(b, &a, qi + 1);
			t[i] = now_us() - t0;
			free(v);
		}
	}
	qsort(t, n, sizeof(*t), cmp_double);
	printf("%.1f %.1f\n", t[n / 2], t[n * 9 / 10]);
	free(t);
	answers_release(&a);
	store_close(st);
	bank_free(b);
	return 0;
}

static int bench_bank(const char *file, const char *schema, size_t runs)
{
	double *t = xcalloc(runs, sizeof(*t));
	for (size_t i = 0; i < runs; i++) {
		double t0 = now_us();
		struct bank *b = bank_load_file(file, NULL, schema);
		t[i] = now_us() - t0;
		if (!b)
			return 1;
		bank_free(b);
	}
	qsort(t, runs, sizeof(*t), cmp_double);
	printf("%.2f\n", t[runs / 2] / 1000.0);
	free(t);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 6 && !strcmp(argv[1], "answer"))
		return bench_answer(argv[2], argv[3], argv[4], strtoul(argv[5], NULL, 10));
	if (argc == 5 && !strcmp(argv[1], "bank"))
		return bench_bank(argv[2], argv[3], strtoul(argv[4], NULL, 10));
	fprintf(stderr, "usage: bench_core answer DB BANK SCHEMA N | bank FILE SCHEMA RUNS\n");
	return 2;
}
