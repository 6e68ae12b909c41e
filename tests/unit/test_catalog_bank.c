/*
 * test_catalog_bank.c - the catalog and the core bank agree: every
 * catalog competency is rated by a scale question of questions/core.xml
 * (with its two evidence questions), and every competency the bank names
 * exists in the catalog.  Run from the repository root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/bank_xml.h"
#include "pmpath/catalog.h"
#include "pmpath/util.h"
#include "testutil.h"

static void test_every_competency_is_asked(void **state)
{
	char *path = test_build_path("catalog.db");
	struct catalog *cat = catalog_load(path);
	struct bank *b = bank_load_file("questions/core.xml", NULL, "questions/bank.rng");
	(void)state;
	assert_non_null(cat);
	assert_non_null(b);
	for (size_t i = 0; i < cat->ncomps; i++) {
		const char *id = cat->comps[i].id;
		long qi = bank_find(b, id);
		char *ev = xasprintf("%s_ev", id), *when = xasprintf("%s_ev_when", id);
		long ei = bank_find(b, ev), wi = bank_find(b, when);
		if (qi < 0 || ei < 0 || wi < 0)
			fail_msg("competency '%s' is not fully asked in core.xml", id);
		assert_int_equal(b->questions[qi].type, Q_SCALE);
		assert_string_equal(b->questions[qi].competency, id);
		assert_string_equal(b->questions[ei].evidence_for, id);
		assert_string_equal(b->questions[wi].evidence_for, id);
		free(ev);
		free(when);
	}
	for (size_t i = 0; i < b->nquestions; i++) {
		const struct question *q = &b->questions[i];
		if (q->competency && !catalog_comp(cat, q->competency))
			fail_msg("core.xml rates '%s', unknown to the catalog", q->competency);
		if (q->evidence_for && !catalog_comp(cat, q->evidence_for))
			fail_msg("core.xml has evidence for '%s', unknown to the catalog",
				 q->evidence_for);
	}
	bank_free(b);
	catalog_free(cat);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_competency_is_asked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
