/*
 * test_catalog.c - integrity of the built catalog (build/catalog.db) and
 * the loader in src/io/catalog.c.  Run from the repository root.
 *
 * Checks that every reference resolves, every fact has a dated source,
 * domain weights sum to 100, every target role rates every competency,
 * resource prerequisites are acyclic, and that the loader copes with bad
 * files and with an empty or missing score_weight table.
 * test_catalog_bank.c checks that the core bank asks about every competency.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <jansson.h>
#include <sqlite3.h>

#include "pmpath/catalog.h"
#include "pmpath/util.h"
#include "testutil.h"

/* The catalog of the build under test (tests/run.sh sets PMPATH_BUILD). */
static char catalog_path[4096];
#define CATALOG catalog_path


/* The competency ids of COMPETENCIES.md, in its order. */
static const char *const comp_ids[] = {
	"scheduling", "budget", "stakeholders", "risk", "scope", "reporting",
	"analytical_thinking", "troubleshooting", "prioritization", "attention_to_detail",
	"documentation_discipline", "coordination",
	"leadership", "communication", "conflict_resolution", "negotiation", "delegation",
	"facilitation", "adaptability", "strategic_thinking",
	"predictive", "agile", "hybrid", "sdlc", "change_control", "quality",
	"vendor_management", "governance",
	"wbs", "gantt", "raid_log", "stakeholder_register", "status_reporting",
};

/* Cert codes and their certs_held values (COMPETENCIES.md). */
static const struct { const char *code, *answer; } certs[] = {
	{ "CAPM", "capm" }, { "PMP", "pmp" }, { "PMI-ACP", "pmi_acp" },
	{ "PRINCE2-F", "prince2_foundation" }, { "PRINCE2-P", "prince2_practitioner" },
	{ "PSM1", "psm1" }, { "CSM", "csm" }, { "PROJECT+", "project_plus" },
	{ "GOOGLE-PM", NULL },
};

static const char *const it_roles[] = {
	"sysadmin", "network", "developer", "qa", "devops", "dba", "security",
	"support_lead", "business_analyst", "other",
};

static const char *const targets_in_question[] = {
	"project_coordinator", "technical_pm", "it_pm", "scrum_master",
	"implementation_manager", "program_manager",
};

static int setup(void **state)
{
	struct catalog *c = catalog_load(CATALOG);
	if (!c)
		return -1;
	*state = c;
	return 0;
}

static int teardown(void **state)
{
	catalog_free(*state);
	return 0;
}

/* 1 if s is a real calendar date YYYY-MM-DD not after `max` (same form). */
static int valid_date(const char *s, const char *max)
{
	int y, m, d, n = 0;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
		return 0;
	if (y < 2000 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return strcmp(s, max) <= 0;
}

/* The source `id` exists and has a valid check date. */
static void assert_source(const struct catalog *c, const char *id)
{
	const struct cat_source *s;
	assert_non_null(id);
	s = catalog_source(c, id);
	if (!s)
		fail_msg("unknown source '%s'", id);
	if (!valid_date(s->checked, c->data_date))
		fail_msg("source %s: bad check date '%s'", id, s->checked);
}

static void assert_comp(const struct catalog *c, const char *id)
{
	if (!id || !catalog_comp(c, id))
		fail_msg("unknown competency '%s'", id ? id : "(null)");
}

static void assert_cert(const struct catalog *c, const char *code)
{
	if (!code || !catalog_cert(c, code))
		fail_msg("unknown certification '%s'", code ? code : "(null)");
}

static void test_competencies(void **state)
{
	const struct catalog *c = *state;
	assert_int_equal(c->ncomps, ARRAY_SIZE(comp_ids));
	for (size_t i = 0; i < ARRAY_SIZE(comp_ids); i++) {
		const struct cat_comp *k = &c->comps[i];
		assert_string_equal(k->id, comp_ids[i]); /* same ids, same order */
		assert_true(!strcmp(k->area, "ways_of_working") || !strcmp(k->area, "power_skills") ||
			    !strcmp(k->area, "business_acumen"));
		assert_true(strlen(k->name) > 0 && strlen(k->description) > 20 &&
			    strlen(k->pm_phrase) > 5);
		assert_null(k->anchors[0]);
		for (int lv = 1; lv <= 5; lv++) {
			if (!k->anchors[lv] || strlen(k->anchors[lv]) < 20)
				fail_msg("competency %s lacks anchor %d", k->id, lv);
			for (int o = 1; o < lv; o++)
				assert_string_not_equal(k->anchors[lv], k->anchors[o]);
		}
	}
}

static void test_levels_match_command(void **state)
{
	static const char *const names[6] = {
		"not needed", "awareness", "basic", "intermediate", "advanced", "expert",
	};
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = 0;
	(void)state;
	assert_int_equal(sqlite3_open_v2(CATALOG, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT level, name FROM level ORDER BY level",
					    -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int lv = sqlite3_column_int(st, 0);
		assert_int_equal(lv, n);
		assert_string_equal((const char *)sqlite3_column_text(st, 1), names[lv]);
		n++;
	}
	assert_int_equal(n, 6);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void test_education(void **state)
{
	static const char *const values[] = { "secondary", "associate", "bachelor", "master", "doctorate" };
	const struct catalog *c = *state;
	assert_int_equal(c->nedu, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(c->edu[i].value, values[i]);
		assert_int_equal(c->edu[i].rank, (int)i + 1);
		assert_int_equal(catalog_edu_rank(c, values[i]), (int)i + 1);
	}
	assert_int_equal(catalog_edu_rank(c, "kindergarten"), 0);
}

static void test_certs(void **state)
{
	const struct catalog *c = *state;
	assert_int_equal(c->ncerts, ARRAY_SIZE(certs));
	for (size_t i = 0; i < ARRAY_SIZE(certs); i++) {
		const struct cat_cert *k = catalog_cert(c, certs[i].code);
		int sum = 0;
		if (!k)
			fail_msg("certification %s missing", certs[i].code);
		if (certs[i].answer) {
			assert_string_equal(k->answer_value, certs[i].answer);
			assert_ptr_equal(catalog_cert_by_answer(c, certs[i].answer), k);
		} else {
			assert_null(k->answer_value);
		}
		assert_true(k->nfacts >= 3);
		for (size_t j = 0; j < k->nfacts; j++)
			assert_source(c, k->facts[j].source);
		for (size_t j = 0; j < k->npaths; j++) {
			const struct cat_path *p = &k->paths[j];
			assert_source(c, p->source);
			assert_true(p->nreqs >= 1);
			for (size_t r = 0; r < p->nreqs; r++) {
				const struct cat_req *q = &p->reqs[r];
				if (q->alt_cert)
					assert_cert(c, q->alt_cert);
				if (!strcmp(q->fact, "education")) {
					assert_string_equal(q->op, ">=");
					assert_true(catalog_edu_rank(c, q->need_text) > 0);
				} else if (!strcmp(q->fact, "certs_held")) {
					assert_string_equal(q->op, "has");
					assert_cert(c, q->need_text);
				} else if (!strcmp(q->fact, "course")) {
					assert_string_equal(q->op, "done");
					assert_string_equal(q->need_text, "csm_course");
				} else {
					assert_string_equal(q->op, ">=");
					assert_true(q->need_num > 0);
					assert_non_null(q->unit);
				}
			}
		}
		assert_true(k->ndomains >= 1);
		for (size_t j = 0; j < k->ndomains; j++) {
			const struct cat_domain *d = &k->domains[j];
			assert_source(c, d->source);
			if (d->ncomps < 1)
				fail_msg("%s domain %s maps to no competency", k->code, d->id);
			for (size_t m = 0; m < d->ncomps; m++) {
				assert_comp(c, d->comps[m].comp);
				assert_true(d->comps[m].weight > 0);
			}
			sum += d->weight;
		}
		if (sum != 100)
			fail_msg("%s domain weights sum to %d, not 100", k->code, sum);
	}
	assert_null(catalog_cert(c, "XYZ"));
	assert_null(catalog_cert_by_answer(c, "none"));
}

/* The eligibility rules the issue spells out, as data. */
static void test_eligibility_rules(void **state)
{
	const struct catalog *c = *state;
	const struct cat_cert *pmp = catalog_cert(c, "PMP");
	const struct cat_cert *capm = catalog_cert(c, "CAPM");
	const struct cat_cert *acp = catalog_cert(c, "PMI-ACP");
	const struct cat_cert *csm = catalog_cert(c, "CSM");
	assert_int_equal(pmp->npaths, 2);
	assert_string_equal(pmp->paths[0].reqs[0].need_text, "bachelor");
	assert_true(pmp->paths[0].reqs[1].need_num == 36);
	assert_true(pmp->paths[0].reqs[2].need_num == 35);
	assert_string_equal(pmp->paths[0].reqs[2].alt_cert, "CAPM");
	assert_string_equal(pmp->paths[1].reqs[0].need_text, "secondary");
	assert_true(pmp->paths[1].reqs[1].need_num == 60);
	assert_true(capm->paths[0].reqs[1].need_num == 23);
	assert_true(acp->paths[0].reqs[2].need_num == 28);
	assert_string_equal(acp->paths[0].reqs[2].fact, "agile_edu_hours");
	assert_string_equal(csm->paths[0].reqs[0].fact, "course");
	assert_int_equal(catalog_cert(c, "PSM1")->npaths, 0);
	assert_int_equal(catalog_cert(c, "PRINCE2-F")->npaths, 0);
	assert_int_equal(catalog_cert(c, "PROJECT+")->npaths, 0);
	assert_int_equal(catalog_cert(c, "PRINCE2-P")->npaths, 3);
	assert_int_equal(pmp->domains[0].weight, 33);
	assert_int_equal(pmp->domains[1].weight, 41);
	assert_int_equal(pmp->domains[2].weight, 26);
}

/* The gap analysis's pitfalls are data: the three mistakes the issue
 * names are there, and every trigger is a known competency. */
static void test_pitfalls(void **state)
{
	const struct catalog *c = *state;
	static const char *const named[] = { "solve_it_yourself", "details_over_outcomes", "jargon" };
	assert_true(c->npitfalls >= ARRAY_SIZE(named));
	for (size_t i = 0; i < ARRAY_SIZE(named); i++) {
		size_t k;
		for (k = 0; k < c->npitfalls && strcmp(c->pitfalls[k].id, named[i]); k++)
			;
		if (k == c->npitfalls)
			fail_msg("pitfall %s missing", named[i]);
	}
	for (size_t i = 0; i < c->npitfalls; i++) {
		const struct cat_pitfall *p = &c->pitfalls[i];
		assert_comp(c, p->low);
		if (p->high)
			assert_comp(c, p->high);
		assert_true(strlen(p->text) > 40);
	}
}

static void test_roles(void **state)
{
	const struct catalog *c = *state;
	assert_int_equal(c->nit_roles, ARRAY_SIZE(it_roles));
	for (size_t i = 0; i < ARRAY_SIZE(it_roles); i++) {
		const struct cat_it_role *r = catalog_it_role(c, it_roles[i]);
		if (!r)
			fail_msg("IT role %s missing", it_roles[i]);
		assert_true(r->nstrengths >= 3);
		for (size_t j = 0; j < r->nstrengths; j++)
			assert_comp(c, r->strengths[j].comp);
		assert_true(r->ntasks >= 3 && r->ntasks <= 5);
		for (size_t j = 0; j < r->ntasks; j++)
			assert_comp(c, r->tasks[j].comp);
	}
	for (size_t i = 0; i < ARRAY_SIZE(targets_in_question); i++) {
		const struct cat_target_role *t = catalog_target(c, targets_in_question[i]);
		assert_non_null(t);
		assert_int_equal(t->in_question, 1);
	}
	assert_int_equal(catalog_target(c, "operations_lead")->in_question, 0);
	for (size_t i = 0; i < c->ntargets; i++) {
		const struct cat_target_role *t = &c->targets[i];
		assert_int_equal(t->nlevels, c->ncomps);
		for (size_t j = 0; j < c->ncomps; j++) {
			size_t k;
			for (k = 0; k < t->nlevels && strcmp(t->levels[k].comp, c->comps[j].id); k++)
				;
			if (k == t->nlevels)
				fail_msg("target %s has no level for %s", t->id, c->comps[j].id);
			assert_in_range(t->levels[k].level, 0, 5);
		}
		assert_true(t->ncerts >= 1);
		for (size_t j = 0; j < t->ncerts; j++)
			assert_cert(c, t->certs[j]);
	}
	assert_true(c->nsteps >= 4);
	for (size_t i = 0; i < c->nsteps; i++) {
		assert_non_null(catalog_target(c, c->steps[i].from_role));
		assert_non_null(catalog_target(c, c->steps[i].to_role));
	}
}

/* Depth-first search for a prerequisite cycle; 1 if one is reachable. */
static int has_cycle(const struct catalog *c, size_t i, int *mark)
{
	const struct cat_resource *r = &c->resources[i];
	if (mark[i] == 1)
		return 1;
	if (mark[i] == 2)
		return 0;
	mark[i] = 1;
	for (size_t j = 0; j < r->nprereqs; j++) {
		const struct cat_resource *p = catalog_resource(c, r->prereqs[j]);
		if (has_cycle(c, (size_t)(p - c->resources), mark))
			return 1;
	}
	mark[i] = 2;
	return 0;
}

static void test_resources(void **state)
{
	const struct catalog *c = *state;
	static const char *const kinds[] = {
		"course", "reading", "practice_exam", "on_the_job", "application", "review",
	};
	int seen[ARRAY_SIZE(kinds)] = { 0 };
	int *mark;
	assert_true(c->nresources >= 20);
	for (size_t i = 0; i < c->nresources; i++) {
		const struct cat_resource *r = &c->resources[i];
		size_t k;
		for (k = 0; k < ARRAY_SIZE(kinds) && strcmp(kinds[k], r->kind); k++)
			;
		assert_true(k < ARRAY_SIZE(kinds));
		seen[k] = 1;
		assert_true(r->hours > 0);
		assert_true(r->cost_low >= 0 && r->cost_low <= r->cost_high);
		if (r->source)
			assert_source(c, r->source);
		for (size_t j = 0; j < r->ncontact; j++)
			assert_cert(c, r->contact[j].cert);
		for (size_t j = 0; j < r->ncomps; j++)
			assert_comp(c, r->comps[j].comp);
		for (size_t j = 0; j < r->ncerts; j++)
			assert_cert(c, r->certs[j]);
		for (size_t j = 0; j < r->nprereqs; j++)
			if (!catalog_resource(c, r->prereqs[j]))
				fail_msg("resource %s requires unknown %s", r->id, r->prereqs[j]);
	}
	for (size_t k = 0; k < ARRAY_SIZE(kinds); k++)
		if (!seen[k])
			fail_msg("no resource of kind %s", kinds[k]);
	mark = calloc(c->nresources, sizeof(*mark));
	assert_non_null(mark);
	for (size_t i = 0; i < c->nresources; i++)
		if (has_cycle(c, i, mark))
			fail_msg("resource prerequisites form a cycle through %s", c->resources[i].id);
	free(mark);
	/* The contact hours the eligibility rules rely on. */
	assert_true(catalog_resource(c, "course_pmp35")->contact[0].hours == 35);
	assert_string_equal(catalog_resource(c, "course_csm")->contact[0].fact, "course");
	assert_string_equal(catalog_resource(c, "course_agile28")->contact[0].fact, "agile_edu_hours");
}

/* Copy the built catalog to `dst` (in a temporary directory). */
static void copy_catalog(const char *dst)
{
	FILE *in = fopen(CATALOG, "rb"), *out = fopen(dst, "wb");
	char buf[8192];
	size_t n;
	assert_non_null(in);
	assert_non_null(out);
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		assert_int_equal(fwrite(buf, 1, n, out), n);
	fclose(in);
	assert_int_equal(fclose(out), 0);
}

static void exec_sql(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* catalog_load works with score_weight empty, filled and absent. */
static void test_weights(void **state)
{
	char dir[] = "/tmp/pmpath-test-XXXXXX";
	char *db;
	struct catalog *c;
	double v = -1;
	(void)state;
	assert_non_null(mkdtemp(dir));
	db = xasprintf("%s/catalog.db", dir);
	copy_catalog(db);

	exec_sql(db, "DELETE FROM score_weight");
	c = catalog_load(db);
	assert_non_null(c);
	assert_int_equal(c->nweights, 0);
	assert_int_equal(catalog_weight(c, "anything", &v), -1);
	catalog_free(c);

	exec_sql(db, "INSERT INTO score_weight VALUES ('test_weight', 0.25, 'for the test')");
	c = catalog_load(db);
	assert_non_null(c);
	assert_int_equal(catalog_weight(c, "test_weight", &v), 0);
	assert_true(v == 0.25);
	catalog_free(c);

	exec_sql(db, "DROP TABLE score_weight");
	c = catalog_load(db);
	assert_non_null(c);
	assert_int_equal(c->nweights, 0);
	catalog_free(c);

	unlink(db);
	rmdir(dir);
	free(db);
}

/* Bad files give NULL (with a message), never a crash. */
static void test_bad_files(void **state)
{
	char dir[] = "/tmp/pmpath-test-XXXXXX";
	char *text, *nometa, *partial;
	FILE *fp;
	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_null(catalog_load("/nonexistent/catalog.db"));

	text = xasprintf("%s/text.db", dir);
	fp = fopen(text, "w");
	assert_non_null(fp);
	fputs("this is not a database, just some text that is long enough\n", fp);
	fclose(fp);
	assert_null(catalog_load(text));

	nometa = xasprintf("%s/nometa.db", dir);
	exec_sql(nometa, "CREATE TABLE t(x)");
	assert_null(catalog_load(nometa));

	partial = xasprintf("%s/partial.db", dir);
	exec_sql(partial, "CREATE TABLE meta(key TEXT, value TEXT)");
	assert_null(catalog_load(partial));

	unlink(text);
	unlink(nometa);
	unlink(partial);
	rmdir(dir);
	free(text);
	free(nometa);
	free(partial);
}

/* `pmpath catalog X --format json` prints one valid JSON document. */
static void test_json_output(void **state)
{
	static const char *const args[] = {
		"competencies", "certs", "roles", "resources",
		"competencies risk", "certs PMP", "roles it_pm", "roles sysadmin",
		"resources course_pmp35",
	};
	char dir[] = "/tmp/pmpath-test-XXXXXX";
	char cwd[4096];
	char *cat, *qdir, *core;
	FILE *fp;
	(void)state;
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_non_null(mkdtemp(dir));
	/* A data directory with this catalog; the bank may not exist yet. */
	cat = xasprintf("%s/catalog.db", dir);
	qdir = xasprintf("%s/questions", dir);
	core = xasprintf("%s/core.xml", qdir);
	copy_catalog(cat);
	assert_int_equal(mkdir(qdir, 0700), 0);
	fp = fopen(core, "w");
	assert_non_null(fp);
	fclose(fp);
	assert_int_equal(setenv("PMPATH_DATADIR", dir, 1), 0);

	for (size_t i = 0; i < ARRAY_SIZE(args); i++) {
		char *cmd = xasprintf("'%s/build/pmpath' catalog %s --format json", cwd, args[i]);
		struct strbuf sb = STRBUF_INIT;
		char buf[4096];
		size_t n;
		json_error_t err;
		json_t *doc;
		FILE *p = popen(cmd, "r");
		assert_non_null(p);
		while ((n = fread(buf, 1, sizeof(buf), p)) > 0)
			sb_add(&sb, buf, n);
		assert_int_equal(pclose(p), 0);
		doc = json_loads(sb.buf ? sb.buf : "", 0, &err);
		if (!doc)
			fail_msg("catalog %s: invalid JSON at line %d: %s", args[i], err.line, err.text);
		assert_true(json_is_array(doc) || json_is_object(doc));
		if (!strcmp(args[i], "certs"))
			assert_int_equal(json_array_size(doc), 9);
		json_decref(doc);
		sb_release(&sb);
		free(cmd);
	}
	unsetenv("PMPATH_DATADIR");
	unlink(core);
	rmdir(qdir);
	unlink(cat);
	rmdir(dir);
	free(cat);
	free(qdir);
	free(core);
}

int main(void)
{
	{
		char *p = test_build_path("catalog.db");
		snprintf(catalog_path, sizeof(catalog_path), "%s", p);
		free(p);
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_competencies),
		cmocka_unit_test(test_levels_match_command),
		cmocka_unit_test(test_education),
		cmocka_unit_test(test_certs),
		cmocka_unit_test(test_eligibility_rules),
		cmocka_unit_test(test_pitfalls),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_resources),
		cmocka_unit_test(test_weights),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_json_output),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
