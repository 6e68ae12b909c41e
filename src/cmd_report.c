/*
 * cmd_report.c - `pmpath report`: everything pmpath knows about the
 * profile, in one report model (src/core/report.c) rendered as text,
 * Markdown, HTML or JSON (src/out/report_*.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pmpath/bank_xml.h"
#include "pmpath/catalog.h"
#include "pmpath/date.h"
#include "pmpath/cli.h"
#include "pmpath/fileio.h"
#include "pmpath/lexicon_db.h"
#include "pmpath/opts.h"
#include "pmpath/report.h"
#include "pmpath/rewrite.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

/* Today's date, YYYY-MM-DD (local time), or PMPATH_TODAY for tests. */
static void today(char out[11])
{
	const char *env = getenv("PMPATH_TODAY");
	time_t now = time(NULL);
	struct tm tm;
	if (env && strlen(env) == 10) {
		memcpy(out, env, 11);
		return;
	}
	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* The learning items the profile marked done with `pmpath plan --done`,
 * and the resume bullets it accepted in `pmpath rewrite`. */
static int profile_extras(struct pm_ctx *ctx, char ***done, size_t *ndone,
			  struct bullet_list *bullets)
{
	struct store *st = ctx_store(ctx);
	int64_t pid;
	int rc;
	if (!st)
		return -1;
	rc = store_profile(st, ctx->profile, 0, &pid);
	if (rc == 0)
		rc = store_plan_done_list(st, pid, done, ndone);
	if (rc == 0)
		rc = store_bullet_list(st, pid, bullets);
	store_close(st);
	return rc < 0 ? -1 : 0;
}

int cmd_report(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *format = "text", *outfile = NULL;
	int explain = 0, compare = 0;
	const struct opt opts[] = {
		{ OPT_STRING, 0, "format", &format, "FMT", "text (default), markdown, html or json" },
		{ OPT_STRING, 'o', "output", &outfile, "FILE", "write to FILE (mode 0600) instead of standard output" },
		{ OPT_FLAG, 0, "explain", &explain, NULL, "show how every score and ranking was reached" },
		{ OPT_FLAG, 0, "compare", &compare, NULL, "show the change since the previous completed assessment" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"report", "[--format text|markdown|html|json] [-o FILE] [--explain]\n"
		"                     [--compare]",
		"Your results: profile, competency scores, strengths and gaps, certifications,\n"
		"roles, rewritten resume bullets, and how it was all computed.",
		"The HTML report is one self-contained file: open it in a browser, print it,\n"
		"or send it to a mentor.  JSON keys are listed in README.md.",
	};
	struct catalog *cat = NULL;
	struct bank *b = NULL;
	struct lexicon lx;
	struct session_info info = { 0 }, prev_info = { 0 };
	struct answer_set ans = ANSWER_SET_INIT, prev = ANSWER_SET_INIT;
	struct report rep;
	struct report_input in;
	struct errbuf err = { "", 0 };
	struct strbuf out = STRBUF_INIT;
	struct bullet_list bl = BULLET_LIST_INIT;
	struct report_accepted *acc = NULL;
	char *path = NULL, *schema = NULL, date[11], **done = NULL;
	size_t ndone = 0;
	int nrest, rc = PM_EXIT_DATA, r, have_prev = 0, have_lx = 0, built = 0;

	opts_parse(argc, argv, opts, &usage, &nrest);
	if (nrest > 0)
		die_usage("report: unexpected argument '%s'", argv[0]);
	if (strcmp(format, "text") && strcmp(format, "markdown") && strcmp(format, "md") &&
	    strcmp(format, "html") && strcmp(format, "json"))
		die_usage("report: unknown format '%s' (use text, markdown, html or json)", format);

	memset(&lx, 0, sizeof(lx));
	if (!(cat = ctx_catalog(ctx)))
		goto out;
	path = ctx_bank_path(ctx, "core");
	schema = ctx_schema_path(ctx);
	if (!path || !schema || !(b = bank_load_file(path, NULL, schema)))
		goto out;
	r = ctx_answers(ctx, b->id, 0, &ans, &info);
	if (r < 0)
		goto out;
	if (r == 1) {
		error("no answers yet for profile '%s'; run 'pmpath assess' first", ctx->profile);
		goto out;
	}
	if (compare && info.completed) {
		r = ctx_answers(ctx, b->id, 1, &prev, &prev_info);
		if (r < 0)
			goto out;
		have_prev = r == 0;
	}
	if (lexicon_load(ctx->data.catalog, &lx) < 0)
		goto out;
	have_lx = 1;

	today(date);
	memset(&in, 0, sizeof(in));
	in.cat = cat;
	in.bank = b;
	in.answers = &ans;
	in.previous = have_prev ? &prev : NULL;
	in.profile = ctx->profile;
	in.generated = date;
	in.session_started = info.started;
	in.session_complete = info.completed != NULL;
	in.previous_started = have_prev ? prev_info.started : NULL;
	in.lx = &lx;
	in.with_plan = 1;
	if (date_parse(date, &in.plan_start) < 0)
		BUG("today's date '%s' does not parse", date);
	if (profile_extras(ctx, &done, &ndone, &bl) < 0)
		goto out;
	in.done = (const char *const *)done;
	in.ndone = ndone;
	if (bl.n) {
		acc = xcalloc(bl.n, sizeof(*acc));
		for (size_t i = 0; i < bl.n; i++) {
			acc[i].original = bl.items[i].original;
			acc[i].text = bl.items[i].text;
		}
		in.accepted = acc;
		in.naccepted = bl.n;
	}
	if (report_build(&rep, &in, &err) < 0) {
		error("%s", err.msg);
		goto out;
	}
	built = 1;

	if (!strcmp(format, "json")) {
		report_json(&out, &rep, explain);
	} else if (!strcmp(format, "markdown") || !strcmp(format, "md")) {
		report_markdown(&out, &rep, explain);
	} else if (!strcmp(format, "html")) {
		if (report_html(&out, &rep, explain, &err) < 0) {
			error("%s", err.msg);
			goto out;
		}
	} else {
		report_text(&out, &rep, ctx->color && !outfile, 80, explain);
	}
	if (compare && !have_prev)
		warning("no earlier completed assessment to compare with; run 'pmpath assess "
			"--restart' later to measure your progress");

	if (outfile) {
		if (file_write_atomic(outfile, out.buf, out.len) < 0)
			goto out;
	} else {
		fwrite(out.buf, 1, out.len, stdout);
	}
	rc = PM_EXIT_OK;
out:
	if (built)
		report_release(&rep);
	store_names_release(done, ndone);
	free(acc);
	bullet_list_release(&bl);
	if (have_lx)
		lexicon_release(&lx);
	sb_release(&out);
	answers_release(&ans);
	answers_release(&prev);
	session_info_release(&info);
	session_info_release(&prev_info);
	bank_free(b);
	catalog_free(cat);
	free(path);
	free(schema);
	return rc;
}
