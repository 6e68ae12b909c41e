/*
 * fuzz_expr.c - libFuzzer target for the condition language (src/core/
 * expr.c): parse any text; what parses is checked against the core bank
 * and evaluated with no answers and with a few answers, never crashing.
 * Runs from the repository root (loads questions/core.xml once).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"
#include "pmpath/expr.h"
#include "pmpath/util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct bank *core;
static struct answer_set some;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	core = bank_load_file("questions/core.xml", NULL, "questions/bank.rng");
	if (!core) {
		fprintf(stderr, "fuzz_expr: run from the repository root\n");
		exit(1);
	}
	answers_init(&some);
	answers_put(&some, "role", "sysadmin", ANS_VALUE);
	answers_put(&some, "years_it", "7", ANS_VALUE);
	answers_put(&some, "certs_held", "capm,csm", ANS_VALUE);
	return 0;
}

static void count_id(const char *id, void *ud)
{
	size_t *n = ud;
	*n += id[0] != '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct errbuf err;
	char *src = xstrndup((const char *)data, size);
	struct expr *e = expr_parse(src, &err);
	if (e) {
		struct answer_set none = ANSWER_SET_INIT;
		size_t n = 0;
		expr_each_id(e, count_id, &n);
		if (expr_check(e, core, core->nquestions, &err) == 0) {
			enum tri a = expr_eval(e, core, &none);
			enum tri b = expr_eval(e, core, &some);
			if (a > TRI_UNKNOWN || b > TRI_UNKNOWN)
				__builtin_trap();
		}
		expr_free(e);
	} else if (!err.msg[0]) {
		__builtin_trap(); /* a refusal always says why */
	}
	free(src);
	return 0;
}
