/*
 * cmd_plan.c - `pmpath plan`: the week-by-week training plan toward a
 * certification or a target role, as text, Markdown or JSON, and
 * optionally as an iCalendar file.
 *
 *   pmpath plan [--target CERT|ROLE] [--hours-per-week N] [--start DATE]
 *               [--exam-date DATE] [--format text|markdown|json]
 *               [--ics FILE] [--done ITEM]...
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
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/date.h"
#include "pmpath/ics.h"
#include "pmpath/json.h"
#include "pmpath/opts.h"
#include "pmpath/plan.h"
#include "pmpath/plan_out.h"
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

/*
 * Write `data` to `path` with mode 0600: a temporary file in the same
 * directory, synced, then renamed over the target.  Returns 0, or -1
 * after printing why (naming the path).
 */
static int write_file_atomic(const char *path, const char *data, size_t len)
{
	char *tmp = xasprintf("%s.tmp.XXXXXX", path);
	int fd = mkstemp(tmp), saved;
	size_t off = 0;
	if (fd < 0) {
		saved = errno;
		free(tmp);
		return error("plan: cannot write '%s': %s", path, strerror(saved));
	}
	if (fchmod(fd, 0600) < 0)
		goto fail;
	while (off < len) {
		ssize_t n = write(fd, data + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		off += (size_t)n;
	}
	if (fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) < 0)
		goto fail;
	free(tmp);
	return 0;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return error("plan: cannot write '%s': %s", path, strerror(saved));
}

int cmd_plan(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *target = NULL, *hours_s = NULL, *start_s = NULL, *exam_s = NULL;
	const char *format = "text", *ics_path = NULL;
	struct opt_list done = { 0 };
	int nrest = 0, rc = PM_EXIT_OK;
	double hours = 0;
	struct plan_input in;
	struct plan p;
	struct errbuf err;
	struct catalog *cat;
	struct strbuf out = STRBUF_INIT;
	char *misfit;
	const struct opt opts[] = {
		{ OPT_STRING, 0, "target", &target, "CERT|ROLE",
		  "certification code (PMP, CAPM, ...) or target role id" },
		{ OPT_STRING, 0, "hours-per-week", &hours_s, "N",
		  "study hours a week, more than 0 and at most 80" },
		{ OPT_STRING, 0, "start", &start_s, "DATE", "first day of the plan (default today)" },
		{ OPT_STRING, 0, "exam-date", &exam_s, "DATE",
		  "exam date to plan for; says so if the plan cannot make it" },
		{ OPT_STRING, 0, "format", &format, "FMT", "text (default), markdown or json" },
		{ OPT_STRING, 0, "ics", &ics_path, "FILE", "also write the plan as an iCalendar file" },
		{ OPT_LIST, 0, "done", &done, "ITEM",
		  "a learning item already completed (repeatable; see 'pmpath catalog resources')" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"plan",
		"[--target CERT|ROLE] [--hours-per-week N] [--start DATE] [--exam-date DATE]\n"
		"       [--format text|markdown|json] [--ics FILE] [--done ITEM]...",
		"Write a dated, week-by-week training plan that fits your weekly hours.",
		"Items come from the catalog: courses toward the contact hours a certification\n"
		"asks for, reading, on-the-job steps that build evidence, the application once\n"
		"you are eligible, practice exams and a review week before the exam.  No week\n"
		"holds more than your hours; a larger item spans several weeks.  With\n"
		"--exam-date the plan says whether it fits and, if not, the hours a week or the\n"
		"exam date that would.  Dates are YYYY-MM-DD.",
	};

	memset(&in, 0, sizeof(in));
	opts_parse(argc, argv, opts, &usage, &nrest);
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
	/*
	 * Defaults from the saved assessment (the top recommendation and the
	 * answered hours_per_week) need the user database and the
	 * recommendation module; until they are part of this build, both
	 * must be given.
	 */
	if (!target || !hours_s) {
		opt_list_release(&done);
		return plan_usage_error("give %s (reading %s from your assessment is not "
					"available in this build yet)",
					!target && !hours_s ? "--target CERT|ROLE and --hours-per-week N"
					: !target ? "--target CERT|ROLE" : "--hours-per-week N",
					!target && !hours_s ? "them" : "it");
	}

	cat = ctx_catalog(ctx);
	if (!cat) {
		opt_list_release(&done);
		return PM_EXIT_DATA;
	}
	in.cat = cat;
	in.target = target;
	in.facts.hours_per_week = hours;
	in.done = done.items;
	in.ndone = done.n;
	if (plan_build(&in, &p, &err) < 0) {
		int data = str_starts_with(err.msg, "catalog:");
		error("plan: %s", err.msg);
		if (!data)
			fprintf(stderr, "Try 'pmpath plan --help' for more information.\n");
		catalog_free(cat);
		opt_list_release(&done);
		return data ? PM_EXIT_DATA : PM_EXIT_USAGE;
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
		if (write_file_atomic(ics_path, out.buf, out.len) < 0)
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
	plan_release(&p);
	catalog_free(cat);
	opt_list_release(&done);
	return rc;
}
