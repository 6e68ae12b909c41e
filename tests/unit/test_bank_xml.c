/*
 * test_bank_xml.c - the bank loader: the shipped core and agile banks load
 * with the canonical questions, types and values scoring relies on; every
 * broken or hostile fixture is refused.  Runs from the repository root
 * (tests/run.sh changes there).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"
#include "pmpath/xml_safe.h"
#include "pmpath/util.h"

#define SCHEMA "questions/bank.rng"
#define FIX "tests/fixtures/banks/"

/* Load path with stderr sent to /dev/null (the messages are the e2e
 * test's business); returns the bank or NULL. */
static struct bank *load_quiet(const char *path)
{
	int saved = dup(STDERR_FILENO);
	int null = open("/dev/null", O_WRONLY);
	struct bank *b;
	fflush(stderr);
	dup2(null, STDERR_FILENO);
	b = bank_load_file(path, NULL, SCHEMA);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(null);
	close(saved);
	return b;
}

static const struct question *get(const struct bank *b, const char *id)
{
	long i = bank_find(b, id);
	assert_true(i >= 0);
	return &b->questions[i];
}

/* A choice/multi question has exactly these option values, in order. */
static void assert_options(const struct question *q, const char *const *values)
{
	size_t n = 0;
	for (; values[n]; n++) {
		assert_true(n < q->noptions);
		assert_string_equal(q->options[n].value, values[n]);
	}
	assert_int_equal(q->noptions, n);
}

static const char *const competencies[] = {
	"scheduling", "budget", "stakeholders", "risk", "scope", "reporting",
	"analytical_thinking", "troubleshooting", "prioritization",
	"attention_to_detail", "documentation_discipline", "coordination",
	"leadership", "communication", "conflict_resolution", "negotiation",
	"delegation", "facilitation", "adaptability", "strategic_thinking",
	"predictive", "agile", "hybrid", "sdlc", "change_control", "quality",
	"vendor_management", "governance",
	"wbs", "gantt", "raid_log", "stakeholder_register", "status_reporting",
};

static void test_core_bank(void **state)
{
	struct bank *b = bank_load_file("questions/core.xml", "questions/core.xml", SCHEMA);
	static const char *const roles[] = { "sysadmin", "network", "developer", "qa",
		"devops", "dba", "security", "support_lead", "business_analyst", "other", NULL };
	static const char *const edu[] = { "secondary", "associate", "bachelor", "master",
		"doctorate", NULL };
	static const char *const certs[] = { "capm", "pmp", "pmi_acp", "prince2_foundation",
		"prince2_practitioner", "psm1", "csm", "project_plus", "none", NULL };
	static const char *const env[] = { "waterfall_pmo", "agile", "hybrid", "structured",
		NULL };
	static const char *const targets[] = { "project_coordinator", "technical_pm", "it_pm",
		"scrum_master", "implementation_manager", "program_manager", NULL };
	static const char *const course[] = { "csm_course", "none", NULL };
	static const char *const recency[] = { "this_year", "1_2_years", "3_5_years", "older",
		NULL };
	static const struct { const char *id; enum qtype t; } numbers[] = {
		{ "years_it", Q_NUMBER }, { "pm_months", Q_NUMBER }, { "pm_edu_hours", Q_NUMBER },
		{ "agile_months", Q_NUMBER }, { "agile_edu_hours", Q_NUMBER },
		{ "hours_per_week", Q_NUMBER }, { "accomplishments", Q_LIST },
	};
	size_t nscale = 0;
	(void)state;
	assert_non_null(b);
	assert_string_equal(b->id, "core");
	assert_string_equal(b->path, "questions/core.xml");
	assert_int_equal(strlen(b->hash), 16);
	assert_int_equal(b->nsections, 9);
	assert_int_equal(b->nquestions, 121);
	assert_string_equal(b->sections[0].id, "background");

	assert_int_equal(get(b, "role")->type, Q_CHOICE);
	assert_options(get(b, "role"), roles);
	assert_int_equal(get(b, "education")->type, Q_CHOICE);
	assert_options(get(b, "education"), edu);
	assert_int_equal(get(b, "certs_held")->type, Q_MULTI);
	assert_options(get(b, "certs_held"), certs);
	assert_int_equal(get(b, "environment")->type, Q_CHOICE);
	assert_options(get(b, "environment"), env);
	assert_int_equal(get(b, "target_role")->type, Q_CHOICE);
	assert_options(get(b, "target_role"), targets);
	assert_int_equal(get(b, "course_done")->type, Q_MULTI);
	assert_options(get(b, "course_done"), course);
	assert_non_null(get(b, "course_done")->when);
	for (size_t i = 0; i < ARRAY_SIZE(numbers); i++)
		assert_int_equal(get(b, numbers[i].id)->type, numbers[i].t);
	assert_int_equal(get(b, "accomplishments")->required, REQ_SOFT);
	assert_true(get(b, "pm_months")->has_max && get(b, "pm_months")->max == 96);
	assert_non_null(get(b, "pm_months")->help);
	assert_non_null(get(b, "role")->why);

	for (size_t i = 0; i < ARRAY_SIZE(competencies); i++) {
		const char *c = competencies[i];
		char *ev = xasprintf("%s_ev", c), *evw = xasprintf("%s_ev_when", c);
		const struct question *q = get(b, c);
		assert_int_equal(q->type, Q_SCALE);
		assert_string_equal(q->competency, c);
		for (int l = 0; l <= 5; l++)
			assert_non_null(q->anchors[l]);
		q = get(b, ev);
		assert_int_equal(q->type, Q_TEXT);
		assert_int_equal(q->evidence_kind, EV_EXAMPLE);
		assert_string_equal(q->evidence_for, c);
		assert_non_null(q->when);
		q = get(b, evw);
		assert_int_equal(q->type, Q_CHOICE);
		assert_int_equal(q->evidence_kind, EV_RECENCY);
		assert_options(q, recency);
		free(ev);
		free(evw);
	}
	for (size_t i = 0; i < b->nquestions; i++)
		nscale += b->questions[i].type == Q_SCALE;
	assert_int_equal(nscale, ARRAY_SIZE(competencies));
	/* A follow-up for every IT role value except "other". */
	for (size_t r = 0; roles[r]; r++) {
		int found = 0;
		char *quoted = xasprintf("'%s'", roles[r]);
		if (!strcmp(roles[r], "other")) {
			free(quoted);
			continue;
		}
		for (size_t i = 0; i < b->nquestions; i++)
			if (b->questions[i].when_src && strstr(b->questions[i].when_src, "role") &&
			    strstr(b->questions[i].when_src, quoted))
				found = 1;
		assert_true(found);
		free(quoted);
	}
	bank_free(b);
}

static void test_agile_and_good(void **state)
{
	struct bank *a = bank_load_file("questions/agile.xml", NULL, SCHEMA);
	struct bank *g = bank_load_file(FIX "good.xml", "good", SCHEMA);
	const struct question *q;
	(void)state;
	assert_non_null(a);
	assert_string_equal(a->id, "agile");
	assert_string_equal(a->path, "questions/agile.xml");
	assert_int_equal(a->nquestions, 8);
	assert_non_null(g);
	assert_string_equal(g->path, "good");
	assert_int_equal(g->nquestions, 8);
	assert_int_equal(g->nsections, 2);
	assert_non_null(g->sections[1].when);
	assert_string_equal(g->sections[0].intro, "A few questions about your work.");
	q = get(g, "tools");
	assert_string_equal(q->default_value, "git,jira");
	assert_true(q->dont_know);
	q = get(g, "years");
	assert_string_equal(q->default_value, "5");
	assert_string_equal(q->unit, "years");
	assert_true(q->has_min && q->min == 0 && q->has_max && q->max == 60);
	q = get(g, "scheduling_ev_when");
	/* Text wrapped over lines in the XML is tidied to single spaces. */
	assert_string_equal(q->text, "When was that?");
	assert_int_equal(q->line, 41);
	assert_int_equal(q->section, 1);
	assert_string_equal(get(g, "role")->options[2].label, "Something else");
	assert_int_equal(get(g, "role")->required, REQ_YES);
	assert_int_equal(get(g, "wins")->required, REQ_SOFT);
	assert_int_equal(get(g, "oncall")->required, REQ_NO);
	bank_free(a);
	bank_free(g);
}

static void test_hash_stable(void **state)
{
	struct bank *a = bank_load_file(FIX "good.xml", NULL, SCHEMA);
	struct bank *b = bank_load_file(FIX "good.xml", NULL, SCHEMA);
	struct bank *c = bank_load_file("questions/agile.xml", NULL, SCHEMA);
	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_string_equal(a->hash, b->hash);
	assert_string_not_equal(a->hash, c->hash);
	for (const char *p = a->hash; *p; p++)
		assert_true((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'));
	bank_free(a);
	bank_free(b);
	bank_free(c);
}

static void test_broken_fixtures(void **state)
{
	static const char *const broken[] = {
		"malformed.xml", "unknown_element.xml", "duplicate_id.xml",
		"unknown_when_id.xml", "bad_condition_value.xml", "bad_type.xml",
		"min_gt_max.xml", "one_option.xml", "doctype.xml", "xxe.xml",
		"billion_laughs.xml", "invalid_utf8.xml", "nul_byte.xml",
		"truncated.xml", "deep_nesting.xml", "many_problems.xml",
		"core_incomplete.xml", "no-such-file.xml",
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(broken); i++) {
		char *p = xasprintf(FIX "%s", broken[i]);
		struct bank *b = load_quiet(p);
		if (b)
			fail_msg("%s loaded but should fail", p);
		free(p);
	}
	/* A broken schema is refused too. */
	{
		int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
		struct bank *b;
		dup2(null, STDERR_FILENO);
		b = bank_load_file(FIX "good.xml", NULL, FIX "good.xml");
		dup2(saved, STDERR_FILENO);
		close(null);
		close(saved);
		assert_null(b);
	}
}

/*
 * The loader checks the rules of bank.rng in C and skips the slower
 * RELAX NG pass for banks that pass them.  Those rules mirror this exact
 * schema: a change to questions/bank.rng must update shape_ok() in
 * src/io/bank_xml.c and BANK_RNG_HASH with it.  Another schema is always
 * used for real.
 */
static void test_schema_pinned(void **state)
{
	char *tmp = xasprintf("%s/test_bank_xml.rng", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	FILE *fp;
	struct bank *b;
	(void)state;
	if (bank_schema_is_builtin(SCHEMA) != 1)
		fail_msg("questions/bank.rng changed: update shape_ok() and BANK_RNG_HASH "
			 "in src/io/bank_xml.c");
	/* A stricter copy of the schema (no <help> allowed) is applied in full. */
	fp = fopen(tmp, "w");
	assert_non_null(fp);
	{
		char *buf = NULL;
		size_t n = 0;
		struct strbuf sb = STRBUF_INIT;
		assert_int_equal(xml_read_capped(SCHEMA, SCHEMA, 1u << 20, &buf, &n), 0);
		sb_adds(&sb, buf);
		free(buf);
		{
			char *h = strstr(sb.buf, "<element name=\"help\">");
			assert_non_null(h);
			memcpy(h + 15, "hXlp", 4);
		}
		fputs(sb.buf, fp);
		sb_release(&sb);
	}
	fclose(fp);
	assert_int_equal(bank_schema_is_builtin(tmp), 0);
	b = bank_load_file("tests/fixtures/banks/good.xml", NULL, tmp);
	assert_null(b); /* good.xml has a <help> */
	b = bank_load_file("tests/fixtures/banks/good.xml", NULL, SCHEMA);
	assert_non_null(b);
	bank_free(b);
	remove(tmp);
	free(tmp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core_bank),
		cmocka_unit_test(test_agile_and_good),
		cmocka_unit_test(test_hash_stable),
		cmocka_unit_test(test_broken_fixtures),
		cmocka_unit_test(test_schema_pinned),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
