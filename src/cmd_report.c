/*
 * cmd_report.c - `pmpath report`: the results of the latest assessment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/bank_xml.h"
#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/opts.h"
#include "pmpath/score.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

/* A 20-cell bar for a 0..100 score. */
static void bar(struct strbuf *sb, double score, int unicode)
{
	int cells = (int)(score / 5.0 + 0.5);
	for (int i = 0; i < 20; i++)
		sb_adds(sb, i < cells ? (unicode ? "\u2588" : "#") : (unicode ? "\u00b7" : "."));
}

int cmd_report(int argc, char **argv, struct pm_ctx *ctx)
{
	int explain = 0;
	const struct opt opts[] = {
		{ OPT_FLAG, 0, "explain", &explain, NULL, "show how every score was reached" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"report", "[--explain]",
		"Print your competency scores from the latest assessment.", NULL,
	};
	struct catalog *cat = NULL;
	struct bank *b = NULL;
	struct store *st = NULL;
	struct session_info info = { 0 };
	struct answer_set ans = ANSWER_SET_INIT;
	struct score_result sr = { 0 };
	struct errbuf err = { "", 0 };
	struct strbuf out = STRBUF_INIT;
	char *path = NULL, *schema = NULL;
	int64_t profile;
	int nrest, rc = PM_EXIT_DATA, r;

	opts_parse(argc, argv, opts, &usage, &nrest);
	if (nrest > 0)
		die_usage("report: unexpected argument '%s'", argv[0]);
	if (!(cat = ctx_catalog(ctx)))
		goto out;
	path = ctx_bank_path(ctx, "core");
	schema = ctx_schema_path(ctx);
	if (!path || !schema || !(b = bank_load_file(path, NULL, schema)))
		goto out;
	if (!(st = ctx_store(ctx)))
		goto out;
	r = store_profile(st, ctx->profile, 0, &profile);
	if (r < 0)
		goto out;
	if (r == 0)
		r = store_session_completed_nth(st, profile, b->id, 0, &info);
	if (r == 1)
		r = store_session_open_find(st, profile, b->id, &info);
	if (r < 0)
		goto out;
	if (r == 1) {
		error("no answers yet for profile '%s'; run 'pmpath assess' first", ctx->profile);
		goto out;
	}
	if (store_answers_load(st, info.id, &ans) < 0)
		goto out;
	if (score_compute(cat, b, &ans, &sr, &err) < 0) {
		error("%s", err.msg);
		goto out;
	}
	sb_addf(&out, "pmpath report for profile '%s'\n", ctx->profile);
	sb_addf(&out, "Assessment started %s%s\n\n", info.started,
		info.completed ? "" : " (not finished: results are partial)");
	sb_adds(&out, "Competency scores (0-100; confidence in brackets)\n");
	for (size_t i = 0; i < sr.n; i++) {
		const struct comp_score *c = &sr.items[i];
		const struct cat_comp *cc = catalog_comp(cat, c->comp);
		if (!c->asked)
			continue;
		sb_addf(&out, "  %-32.32s ", cc ? cc->name : c->comp);
		bar(&out, c->score, !getenv("NO_COLOR") || ctx->color);
		sb_addf(&out, " %3.0f  [%.2f]\n", c->score, c->confidence);
		if (explain)
			for (size_t k = 0; k < c->nexplain; k++)
				sb_addf(&out, "      %s\n", c->explain[k]);
	}
	for (size_t i = 0; i < sr.nflags; i++)
		sb_addf(&out, "\nNote: %s\n", sr.flags[i]);
	fputs(out.buf, stdout);
	rc = PM_EXIT_OK;
out:
	sb_release(&out);
	score_result_release(&sr);
	answers_release(&ans);
	session_info_release(&info);
	store_close(st);
	bank_free(b);
	catalog_free(cat);
	free(path);
	free(schema);
	return rc;
}
