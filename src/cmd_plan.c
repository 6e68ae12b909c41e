/*
 * cmd_plan.c - `pmpath plan`: the week-by-week training plan toward a
 * certification or a target role, as text, Markdown or JSON, and
 * optionally as an iCalendar file.
 *
 *   pmpath plan [--target CERT|ROLE] [--hours-per-week N] [--start DATE]
 *               [--exam-date DATE] [--format text|markdown|json]
 *               [--ics FILE] [--done ITEM]... [--reset]
 *
 * What was given is saved in the profile (store: plan_setting) and used
 * by later runs where the command line gives nothing.
 *
 * Exit status: 0 plan written; 1 the plan cannot meet --exam-date (the
 * plan at the given hours is still printed, with what would fit) or bad
 * data; 2 wrong usage (bad date, hours out of range, unknown target).
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pmpath/answers.h"
#include "pmpath/bank_xml.h"
#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/fileio.h"
#include "pmpath/date.h"
#include "pmpath/elig.h"
#include "pmpath/ics.h"
#include "pmpath/json.h"
#include "pmpath/opts.h"
#include "pmpath/plan.h"
#include "pmpath/plan_out.h"
#include "pmpath/recommend.h"
#include "pmpath/score.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

#ifndef PMPATH_VERSION
#define PMPATH_VERSION "0.0.0"
#endif

/* Print a usage error for `pmpath plan` and return PM_EXIT_USAGE. */
static int plan_usage_error(const char *fmt, ...) PM_PRINTF(1, 2);
static int plan_usage_error(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	fprintf(stderr, "pmpath: plan: %s\nTry 'pmpath plan --help' for more information.\n",
		sb.buf);
	sb_release(&sb);
	return PM_EXIT_USAGE;
}

/* Parse the date option `name`; 0, or -1 after printing the usage error. */
static int parse_date_opt(const char *name, const char *val, struct pm_date *out)
{
	if (date_parse(val, out) == 0)
		return 0;
	plan_usage_error("%s: '%s' is not a valid date (use YYYY-MM-DD)", name, val);
	return -1;
}

/* Today's local calendar date. */
static struct pm_date today(void)
{
	struct pm_date d = { 1970, 1, 1 };
	time_t t = time(NULL);
	struct tm tm;
	if (localtime_r(&t, &tm)) {
		d.y = tm.tm_year + 1900;
		d.m = tm.tm_mon + 1;
		d.d = tm.tm_mday;
	}
	return d;
}

/* DTSTAMP: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
 * Caller frees. */
static char *dtstamp_now(void)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	long v;
	if (sde && *sde && str_to_long(sde, &v) == 0 && v >= 0)
		return ics_dtstamp_from_epoch((int64_t)v);
	return ics_dtstamp_from_epoch((int64_t)time(NULL));
}

/* What the saved assessment tells the plan (all owned here). */
struct profile_data {
	struct store *st;              /* NULL when the database cannot be opened */
	int64_t pid;                   /* 0 when the profile does not exist */
	struct answer_set a;           /* latest answers (empty if none) */
	char **done;                   /* items marked done earlier */
	size_t ndone;
	int have_facts;
	struct facts f;
	int have_scores;
	struct score_result s;
	char *top_cert;                /* the recommended cert, or NULL */
	struct plan_gap *gaps;
	size_t ngaps;
};

/*
 * Load the profile's latest answers (ctx_answers: the latest completed
 * session, else the open one) and the items it marked done.  Returns 0
 * (possibly with nothing found) or -1 after printing why.
 */
static int profile_load(struct pm_ctx *ctx, struct profile_data *pd)
{
	int rc = ctx_answers(ctx, "core", 0, &pd->a, NULL);
	if (rc < 0)
		return -1;
	pd->st = ctx_store(ctx);
	if (!pd->st)
		return -1;
	rc = store_profile(pd->st, ctx->profile, 0, &pd->pid);
	if (rc == 1) {
		pd->pid = 0;
		return 0;
	}
	if (rc < 0)
		return -1;
	return store_plan_done_list(pd->st, pd->pid, &pd->done, &pd->ndone);
}

/*
 * From the answers: facts, scores, the recommended cert and the
 * competency gaps toward `role` (or the answered target role).  Returns 0
 * or -1 after printing why.
 */
static int profile_assess(struct pm_ctx *ctx, const struct catalog *cat,
			  struct profile_data *pd, const char *role)
{
	char *bank_path = ctx_bank_path(ctx, "core"), *schema = ctx_schema_path(ctx);
	struct bank *b = NULL;
	struct errbuf err = { "", 0 };
	struct recommendation rec;
	struct gap_analysis ga;
	int rc = -1;

	if (!bank_path || !schema || !(b = bank_load_file(bank_path, NULL, schema)))
		goto out;
	facts_extract(b, &pd->a, &pd->f);
	pd->have_facts = 1;
	if (score_compute(cat, b, &pd->a, &pd->s, &err) < 0) {
		error("plan: %s", err.msg);
		goto out;
	}
	pd->have_scores = 1;
	if (recommend_certs(cat, &pd->f, &pd->s, &rec, &err) < 0) {
		error("plan: %s", err.msg);
		goto out;
	}
	if (rec.top)
		pd->top_cert = xstrdup(rec.top->cert->code);
	recommendation_release(&rec);
	if (role) {
		free(pd->f.target_role);
		pd->f.target_role = xstrdup(role);
	}
	if (gaps_compute(cat, &pd->f, &pd->s, &ga, &err) < 0) {
		error("plan: %s", err.msg);
		goto out;
	}
	pd->gaps = xcalloc(ga.ngaps ? ga.ngaps : 1, sizeof(*pd->gaps));
	for (size_t i = 0; i < ga.ngaps; i++) {
		pd->gaps[i].comp = ga.gaps[i].comp->id; /* owned by the catalog */
		pd->gaps[i].gap = ga.gaps[i].gap;
	}
	pd->ngaps = ga.ngaps;
	gap_analysis_release(&ga);
	rc = 0;
out:
	free(bank_path);
	free(schema);
	bank_free(b);
	return rc;
}

static void profile_release(struct profile_data *pd)
{
	store_close(pd->st);
	answers_release(&pd->a);
	store_names_release(pd->done, pd->ndone);
	if (pd->have_facts)
		facts_release(&pd->f);
	if (pd->have_scores)
		score_result_release(&pd->s);
	free(pd->top_cert);
	free(pd->gaps);
}

/* 1 if `id` names a catalog learning item. */
static int known_item(const struct catalog *cat, const char *id)
{
	for (size_t i = 0; i < cat->nresources; i++)
		if (!strcmp(cat->resources[i].id, id))
			return 1;
	return 0;
}

/*
 * Use the settings an earlier `pmpath plan` saved where the command line
 * gives none: target, hours, and a start date still ahead of the plan's
 * start (a start that has passed re-plans from today), and the exam date
 * when the target is the one it was saved with.  A saved exam date that is
 * no longer after the start is dropped with a note.  0, or -1
 * when a saved date is damaged.
 */
static int apply_saved(const struct plan_settings *sv, const char **target, double *hours,
		       const char **hours_s, const char *start_s, const char *exam_s,
		       struct plan_input *in)
{
	struct pm_date d;
	struct strbuf used = STRBUF_INIT;
	if (!*target && sv->target) {
		*target = sv->target;
		sb_addf(&used, "target %s", sv->target);
	}
	if (!*hours_s && sv->has_hours) {
		*hours = sv->hours;
		*hours_s = "saved";
		sb_addf(&used, "%s%g hours a week", used.len ? ", " : "", sv->hours);
	}
	if (!start_s && sv->start) {
		if (date_parse(sv->start, &d) < 0) {
			sb_release(&used);
			return error("plan: the saved start date '%s' is damaged (run 'pmpath "
				     "plan --reset')", sv->start);
		}
		if (date_cmp(d, in->start) > 0) {
			in->start = d;
			sb_addf(&used, "%sstart %s", used.len ? ", " : "", sv->start);
		}
	}
	/* A saved exam date belongs to the saved target. */
	if (!exam_s && sv->exam_date && *target && sv->target && !strcmp(*target, sv->target)) {
		char a[PM_DATE_BUFSZ];
		if (date_parse(sv->exam_date, &d) < 0) {
			sb_release(&used);
			return error("plan: the saved exam date '%s' is damaged (run 'pmpath "
				     "plan --reset')", sv->exam_date);
		}
		if (date_cmp(d, in->start) > 0) {
			in->exam_date = d;
			in->has_exam_date = 1;
			sb_addf(&used, "%sexam %s", used.len ? ", " : "", sv->exam_date);
		} else {
			fprintf(stderr, "pmpath: plan: note: the saved exam date %s is not after "
				"%s; planning without it (give --exam-date DATE)\n",
				sv->exam_date, date_format(in->start, a));
		}
	}
	if (used.len)
		fprintf(stderr, "pmpath: plan: saved settings: %s ('pmpath plan --reset' "
			"forgets them)\n", used.buf);
	sb_release(&used);
	return 0;
}

/* Save the options given this time over the settings saved before,
 * creating the profile if needed.  0 or -1 after printing. */
static int save_settings(struct profile_data *pd, struct pm_ctx *ctx,
			 const struct plan_settings *old, const char *target,
			 const double *hours, const char *start, const char *exam)
{
	struct plan_settings ps = { 0 };
	if (!pd->pid && store_profile(pd->st, ctx->profile, 1, &pd->pid) < 0)
		return -1;
	/* The strings are borrowed: ps is not released. */
	ps.target = (char *)(target ? target : old->target);
	ps.has_hours = hours ? 1 : old->has_hours;
	ps.hours = hours ? *hours : old->hours;
	ps.start = (char *)(start ? start : old->start);
	/* A new target drops the exam date saved for the old one. */
	ps.exam_date = (char *)(exam ? exam
			       : !target || (old->target && !strcmp(target, old->target))
				       ? old->exam_date : NULL);
	return store_plan_settings_put(pd->st, pd->pid, &ps);
}

int cmd_plan(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *target = NULL, *hours_s = NULL, *start_s = NULL, *exam_s = NULL;
	const char *opt_target, *opt_hours; /* as given on the command line */
	const char *format = "text", *ics_path = NULL;
	struct opt_list done = { 0 };
	int nrest = 0, rc = PM_EXIT_OK;
	double hours = 0;
	struct plan_input in;
	struct plan p;
	struct errbuf err;
	struct catalog *cat;
	struct strbuf out = STRBUF_INIT;
	struct profile_data pd;
	const char **all_done = NULL;
	size_t nall = 0;
	int built = 0, reset = 0;
	char *misfit;
	struct plan_settings saved = { 0 };
	const struct opt opts[] = {
		{ OPT_STRING, 0, "target", &target, "CERT|ROLE",
		  "certification code (PMP, CAPM, ...) or target role id" },
		{ OPT_STRING, 0, "hours-per-week", &hours_s, "N",
		  "study hours a week, more than 0 and at most 80" },
		{ OPT_STRING, 0, "start", &start_s, "DATE", "first day of the plan (default today)" },
		{ OPT_STRING, 0, "exam-date", &exam_s, "DATE",
		  "exam date to plan for (says if the plan misses it)" },
		{ OPT_STRING, 0, "format", &format, "FMT", "text (default), markdown or json" },
		{ OPT_STRING, 0, "ics", &ics_path, "FILE", "also write the plan as an iCalendar file" },
		{ OPT_LIST, 0, "done", &done, "ITEM",
		  "an item completed (repeatable; see catalog resources)" },
		{ OPT_FLAG, 0, "reset", &reset, NULL,
		  "forget the saved target, hours, start and exam date" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"plan",
		"[--target CERT|ROLE] [--hours-per-week N] [--start DATE]\n"
		"                   [--exam-date DATE] [--format text|markdown|json] [--ics FILE]\n"
		"                   [--done ITEM]... [--reset]",
		"Write a dated, week-by-week training plan that fits your weekly hours.",
		"Items come from the catalog: courses toward the contact hours a certification\n"
		"asks for, reading, on-the-job steps that build evidence, the application once\n"
		"you are eligible, practice exams and a review week before the exam.  No week\n"
		"holds more than your hours; a larger item spans several weeks.  With\n"
		"--exam-date the plan says whether it fits and, if not, the hours a week or the\n"
		"exam date that would.  Dates are YYYY-MM-DD.\n\n"
		"The plan is kept in your profile: the target, hours, start and exam date you\n"
		"give are saved, and a later 'pmpath plan' (with --done as you progress)\n"
		"re-plans from today with them.  Options given again replace them; --reset\n"
		"goes back to what your answers say.",
	};

	memset(&in, 0, sizeof(in));
	opts_parse(argc, argv, opts, &usage, &nrest);
	opt_target = target;
	opt_hours = hours_s;
	if (nrest > 0) {
		opt_list_release(&done);
		return plan_usage_error("unexpected argument '%s'", argv[0]);
	}
	if (strcmp(format, "text") && strcmp(format, "markdown") && strcmp(format, "json")) {
		opt_list_release(&done);
		return plan_usage_error("unknown format '%s' (use text, markdown or json)", format);
	}
	if (hours_s && (str_to_double(hours_s, &hours) < 0 || !(hours > 0) ||
			hours > PLAN_MAX_HOURS_PER_WEEK)) {
		opt_list_release(&done);
		return plan_usage_error("--hours-per-week: '%s' must be a number more than 0 "
					"and at most 80", hours_s);
	}
	in.start = today();
	if ((start_s && parse_date_opt("--start", start_s, &in.start) < 0) ||
	    (exam_s && parse_date_opt("--exam-date", exam_s, &in.exam_date) < 0)) {
		opt_list_release(&done);
		return PM_EXIT_USAGE;
	}
	in.has_exam_date = exam_s != NULL;
	if (in.has_exam_date && date_cmp(in.exam_date, in.start) <= 0) {
		char a[PM_DATE_BUFSZ], b[PM_DATE_BUFSZ];
		opt_list_release(&done);
		return plan_usage_error("--exam-date %s is not after the start date %s",
					date_format(in.exam_date, a), date_format(in.start, b));
	}
	cat = ctx_catalog(ctx);
	if (!cat) {
		opt_list_release(&done);
		return PM_EXIT_DATA;
	}
	/* --done items must exist before anything is stored. */
	for (size_t i = 0; i < done.n; i++)
		if (!known_item(cat, done.items[i])) {
			rc = plan_usage_error("unknown item '%s' (see 'pmpath catalog "
					      "resources' for item ids)", done.items[i]);
			catalog_free(cat);
			opt_list_release(&done);
			return rc;
		}

	/* The saved assessment: defaults, facts, gaps, earlier done items. */
	memset(&pd, 0, sizeof(pd));
	if (profile_load(ctx, &pd) < 0) {
		rc = PM_EXIT_DATA;
		goto out;
	}
	/* The settings saved by an earlier `pmpath plan`, under the options. */
	if (pd.pid && reset && store_plan_settings_clear(pd.st, pd.pid) < 0) {
		rc = PM_EXIT_DATA;
		goto out;
	}
	if (pd.pid && !reset && store_plan_settings_get(pd.st, pd.pid, &saved) < 0) {
		rc = PM_EXIT_DATA;
		goto out;
	}
	if (apply_saved(&saved, &target, &hours, &hours_s, start_s, exam_s, &in) < 0) {
		rc = PM_EXIT_DATA;
		goto out;
	}
	if (in.has_exam_date && date_cmp(in.exam_date, in.start) <= 0) {
		char a[PM_DATE_BUFSZ], b[PM_DATE_BUFSZ];
		rc = plan_usage_error("--exam-date %s is not after the saved start date %s "
				      "(give --start DATE or --reset)",
				      date_format(in.exam_date, a), date_format(in.start, b));
		goto out;
	}
	if (pd.a.n > 0) {
		const char *role = NULL;
		for (size_t i = 0; target && i < cat->ntargets; i++)
			if (!strcmp(cat->targets[i].id, target))
				role = target;
		if (profile_assess(ctx, cat, &pd, role) < 0) {
			rc = PM_EXIT_DATA;
			goto out;
		}
		if (!target)
			target = pd.top_cert ? pd.top_cert : pd.f.target_role;
		if (!hours_s && pd.f.hours_per_week.known) {
			hours = pd.f.hours_per_week.v;
			if (!(hours > 0) || hours > PLAN_MAX_HOURS_PER_WEEK) {
				rc = plan_usage_error("the answered hours_per_week (%g) is not more "
						      "than 0 and at most 80: give --hours-per-week N",
						      hours);
				goto out;
			}
			hours_s = "answers";
		}
	}
	if (!target || !hours_s) {
		const char *what = !target && !hours_s ? "--target CERT|ROLE and --hours-per-week N"
				 : !target ? "--target CERT|ROLE" : "--hours-per-week N";
		if (pd.a.n > 0)
			rc = plan_usage_error("your answers do not give %s: add %s", what, what);
		else
			rc = plan_usage_error("no answers yet for profile '%s': give %s, or run "
					      "'pmpath assess' first", ctx->profile, what);
		goto out;
	}
	if (pd.have_facts)
		plan_facts_from(cat, &pd.f, target, &in.facts);

	/* Remember new --done items; plan with the old and the new. */
	if (done.n) {
		if (!pd.pid && store_profile(pd.st, ctx->profile, 1, &pd.pid) < 0) {
			rc = PM_EXIT_DATA;
			goto out;
		}
		for (size_t i = 0; i < done.n; i++)
			if (store_plan_done_add(pd.st, pd.pid, done.items[i]) < 0) {
				rc = PM_EXIT_DATA;
				goto out;
			}
	}
	all_done = xcalloc(pd.ndone + done.n + 1, sizeof(*all_done));
	for (size_t i = 0; i < pd.ndone; i++)
		all_done[nall++] = pd.done[i];
	for (size_t i = 0; i < done.n; i++) {
		size_t k;
		for (k = 0; k < nall && strcmp(all_done[k], done.items[i]); k++)
			;
		if (k == nall)
			all_done[nall++] = done.items[i];
	}

	in.cat = cat;
	in.target = target;
	in.facts.hours_per_week = hours;
	in.gaps = pd.gaps;
	in.ngaps = pd.ngaps;
	in.done = all_done;
	in.ndone = nall;
	if (plan_build(&in, &p, &err) < 0) {
		int data = str_starts_with(err.msg, "catalog:");
		error("plan: %s", err.msg);
		if (!data)
			fprintf(stderr, "Try 'pmpath plan --help' for more information.\n");
		rc = data ? PM_EXIT_DATA : PM_EXIT_USAGE;
		goto out;
	}
	built = 1;
	if ((opt_target || opt_hours || start_s || exam_s) &&
	    save_settings(&pd, ctx, &saved, opt_target, opt_hours ? &hours : NULL, start_s,
			  exam_s) < 0) {
		rc = PM_EXIT_DATA;
		goto out;
	}

	if (!strcmp(format, "json")) {
		struct jw w;
		jw_init(&w, &out, 1);
		plan_write_json(&w, &p);
		sb_addc(&out, '\n');
	} else {
		plan_write_text(&out, &p, !strcmp(format, "markdown"));
	}
	fputs(out.buf ? out.buf : "", stdout);
	sb_release(&out);

	if (ics_path) {
		char *stamp = dtstamp_now();
		char *prodid = xasprintf("-//pmpath//pmpath %s//EN", PMPATH_VERSION);
		ics_write_plan(&out, &p, ctx->profile, prodid, stamp);
		if (file_write_atomic(ics_path, out.buf, out.len) < 0)
			rc = PM_EXIT_DATA;
		free(stamp);
		free(prodid);
		sb_release(&out);
	}

	misfit = plan_misfit_text(&p);
	if (misfit) {
		fflush(stdout);
		error("plan: %s", misfit);
		free(misfit);
		rc = PM_EXIT_DATA;
	}
out:
	if (built)
		plan_release(&p);
	free(all_done);
	plan_settings_release(&saved);
	profile_release(&pd);
	catalog_free(cat);
	opt_list_release(&done);
	return rc;
}
