/*
 * cmd_rewrite.c - `pmpath rewrite`: analyse resume bullets and rewrite
 * them in project language, never inventing a fact.
 *
 * Bullets come from the arguments, from --file (one per line, streamed
 * with bounded memory) and from --json-resume (work[].highlights[]).
 * Output is text or JSON (PRODUCT.md: an array of items with original,
 * problems, competencies, rewrites, placeholders); with --job the JSON is
 * an object {"bullets": [...], "job": {"evidenced": [...], "missing":
 * [...]}} naming the PM keywords of the ad the bullets show or lack.
 *
 * At a terminal (standard input and output), unless --format json or
 * --non-interactive, each bullet is walked interactively instead
 * (src/rewrite_session.c) and accepted bullets are stored in the profile.
 * --accepted lists them; --from-profile takes the bullets from the
 * profile's saved `accomplishments` answer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"
#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/json.h"
#include "pmpath/json_resume.h"
#include "pmpath/lexicon_db.h"
#include "pmpath/opts.h"
#include "pmpath/out.h"
#include "pmpath/rewrite.h"
#include "pmpath/rewrite_session.h"
#include "pmpath/score.h"
#include "pmpath/store.h"
#include "pmpath/tui.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

/* Largest job ad read by --job, in bytes. */
#define JOB_MAX_BYTES (1024u * 1024u)

/* Everything one run of the command needs. */
struct rw_run {
	struct lexicon lx;        /* loaded from the catalog */
	struct rw_result res;     /* reused for every bullet */
	int json;                 /* --format json */
	int color;                /* bold placeholders in text output */
	int with_job;             /* --job given */
	unsigned char *job_hits;  /* per keyword: named in the ad */
	unsigned char *evidenced; /* per keyword: shown by some bullet */
	struct strbuf out;        /* pending output, flushed after each bullet */
	struct jw jw;             /* JSON writer over `out` */
	size_t count;             /* bullets written */
	struct rw_session *sess;  /* interactive walk, or NULL */
	int have_scores;          /* --job and the profile has an assessment */
	double *kw_score;         /* per keyword: the user's score in its competency, -1 none */
	char **kw_comp_name;      /* per keyword: that competency's name (NULL if unknown) */
};

/*
 * A missing keyword of a job ad counts as one the user "could honestly
 * claim" when their assessment scores its competency at least this much
 * (a rating of about 3 of 5 backed by evidence): the bullets do not show
 * it yet, but the answers do.
 */
#define JOB_CLAIM_SCORE 50.0

/* Write the pending output; -1 if stdout failed. */
static int flush_out(struct rw_run *run)
{
	if (run->out.len && fwrite(run->out.buf, 1, run->out.len, stdout) != run->out.len)
		return error("cannot write the output: %s", strerror(errno));
	sb_reset(&run->out);
	return 0;
}

static void write_text_item(struct rw_run *run, const char *context)
{
	if (run->count)
		sb_addc(&run->out, '\n');
	rewrite_text(&run->out, &run->res, run->count + 1, context, run->color);
}

static void write_json_item(struct rw_run *run, const char *context)
{
	rewrite_json(&run->jw, &run->res, context);
}

/* Analyse one bullet and write it.  `where` names it in errors.  Returns
 * 0, 1 if it was empty (skipped), -1 after printing an error. */
static int one_bullet(struct rw_run *run, const char *text, size_t len, const char *context,
		      const char *where)
{
	struct errbuf err = { { 0 }, 0 };
	size_t n = len;
	rewrite_strip_marker(text, &n);
	if (!n && !memchr(text, 0, len))
		return 1;
	if (run->sess && run->sess->stopped)
		return 1;
	if (rewrite_bullet(&run->lx, text, len, &run->res, &err) < 0) {
		if (!strcmp(err.msg, "empty bullet"))
			return 1;
		return error("%s: %s; save the text as UTF-8", where, err.msg);
	}
	if (run->sess) {
		if (rw_session_bullet(run->sess, &run->res, context) < 0)
			return -1;
	} else if (run->json)
		write_json_item(run, context);
	else
		write_text_item(run, context);
	if (run->with_job)
		for (size_t i = 0; i < run->lx.nkeywords; i++)
			if (run->job_hits[i] && !run->evidenced[i] &&
			    rewrite_evidences_keyword(&run->lx, &run->res, i))
				run->evidenced[i] = 1;
	run->count++;
	return flush_out(run);
}

/*
 * Stream `fp` line by line.  Lines longer than RW_MAX_BYTES are not kept
 * whole: their first bytes are kept, the rest only checked for UTF-8.
 */
static int stream_file(struct rw_run *run, FILE *fp, const char *name)
{
	struct strbuf line = STRBUF_INIT;
	long lineno = 0;
	int rc = 0, c = 0;
	while (rc == 0 && c != EOF && !(run->sess && run->sess->stopped)) {
		size_t full = 0;
		unsigned char seq[4];
		size_t seqn = 0, seqneed = 0;
		long bad = -1;
		sb_reset(&line);
		lineno++;
		while ((c = getc_unlocked(fp)) != EOF && c != '\n') {
			if (full < RW_MAX_BYTES + 4) {
				sb_addc(&line, (char)c);
			} else if (bad < 0) {
				/* Check the part we do not keep, one sequence at a time. */
				if (!seqneed) {
					seqn = 0;
					seqneed = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 :
						  (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
					if (!seqneed || !c)
						bad = (long)full;
				} else if ((c & 0xC0) != 0x80) {
					bad = (long)full;
				}
				if (bad < 0) {
					seq[seqn++] = (unsigned char)c;
					if (seqn == seqneed) {
						if (!utf8_valid((const char *)seq, seqn))
							bad = (long)full;
						seqneed = 0;
					}
				}
			}
			full++;
		}
		if (ferror(fp)) {
			rc = error("%s:%ld: read error: %s", name, lineno, strerror(errno));
			break;
		}
		if (c == EOF && full == 0)
			break;
		if (seqneed && bad < 0)
			bad = (long)full;
		if (full > line.len) {
			/* Too long: check what we kept (up to a cut character), then report. */
			size_t keep = line.len;
			struct errbuf err = { { 0 }, 0 };
			while (keep && ((unsigned char)line.buf[keep - 1] & 0xC0) == 0x80 &&
			       keep > line.len - 3)
				keep--;
			if (keep && (unsigned char)line.buf[keep - 1] >= 0xC0)
				keep--;
			if (!utf8_valid(line.buf, keep)) {
				struct rw_result tmp;
				rw_result_init(&tmp);
				rewrite_bullet(&run->lx, line.buf, keep, &tmp, &err);
				rw_result_release(&tmp);
				rc = error("%s:%ld: %s; save the file as UTF-8", name, lineno,
					   err.msg[0] ? err.msg : "invalid UTF-8");
				break;
			}
			if (bad >= 0) {
				rc = error("%s:%ld: invalid UTF-8 at byte %ld; save the file as UTF-8",
					   name, lineno, bad + 1);
				break;
			}
			rewrite_too_long(&run->lx, line.buf, keep, full, &run->res);
			if (run->sess) {
				if (rw_session_bullet(run->sess, &run->res, NULL) < 0) {
					rc = -1;
					break;
				}
			} else if (run->json)
				write_json_item(run, NULL);
			else
				write_text_item(run, NULL);
			run->count++;
			rc = flush_out(run);
			continue;
		}
		{
			char *where = xasprintf("%s:%ld", name, lineno);
			rc = one_bullet(run, line.buf ? line.buf : "", line.len, NULL, where) < 0 ? -1 : 0;
			free(where);
		}
	}
	sb_release(&line);
	return rc;
}

/* Read the job ad and mark the PM keywords it names. */
static int load_job(struct rw_run *run, const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct strbuf sb = STRBUF_INIT;
	char buf[16384];
	size_t n;
	if (!fp)
		return error("%s: cannot open: %s", path, strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (sb.len + n > JOB_MAX_BYTES) {
			fclose(fp);
			sb_release(&sb);
			return error("%s: too large for a job ad (more than %u bytes)", path, JOB_MAX_BYTES);
		}
		sb_add(&sb, buf, n);
	}
	if (ferror(fp)) {
		fclose(fp);
		sb_release(&sb);
		return error("%s: read error", path);
	}
	fclose(fp);
	if (!sb.buf)
		sb_init(&sb);
	{
		/* Name the first bad line. */
		size_t start = 0;
		long lineno = 1;
		while (start <= sb.len) {
			const char *nl = memchr(sb.buf + start, '\n', sb.len - start);
			size_t end = nl ? (size_t)(nl - sb.buf) : sb.len;
			if (!utf8_valid(sb.buf + start, end - start)) {
				sb_release(&sb);
				return error("%s:%ld: invalid UTF-8; save the file as UTF-8", path, lineno);
			}
			if (!nl)
				break;
			start = end + 1;
			lineno++;
		}
	}
	run->job_hits = xcalloc(run->lx.nkeywords + 1, 1);
	run->evidenced = xcalloc(run->lx.nkeywords + 1, 1);
	rewrite_scan_keywords(&run->lx, sb.buf, sb.len, run->job_hits);
	sb_release(&sb);
	run->with_job = 1;
	return 0;
}

/*
 * --job: score the profile's saved assessment, if it has one, so that the
 * missing keywords the answers support can be named.  No assessment is not
 * an error (run->have_scores stays 0); a broken bank or catalog is.
 */
static int job_scores(struct pm_ctx *ctx, struct rw_run *run)
{
	struct answer_set a = ANSWER_SET_INIT;
	struct catalog *cat = NULL;
	struct bank *b = NULL;
	struct score_result s;
	struct errbuf err = { "", 0 };
	char *bank_path = NULL, *schema = NULL;
	int rc = -1, lrc = ctx_answers(ctx, "core", 0, &a, NULL);
	if (lrc != 0) {
		answers_release(&a);
		return lrc == 1 ? 0 : -1;
	}
	if (!(cat = ctx_catalog(ctx)))
		goto out;
	bank_path = ctx_bank_path(ctx, "core");
	schema = ctx_schema_path(ctx);
	if (!bank_path || !schema || !(b = bank_load_file(bank_path, NULL, schema)))
		goto out;
	if (score_compute(cat, b, &a, &s, &err) < 0) {
		error("%s", err.msg);
		goto out;
	}
	run->kw_score = xcalloc(run->lx.nkeywords, sizeof(double));
	run->kw_comp_name = xcalloc(run->lx.nkeywords, sizeof(char *));
	for (size_t i = 0; i < run->lx.nkeywords; i++) {
		const struct comp_score *cs = score_find(&s, run->lx.keywords[i].competency);
		const struct cat_comp *cc = catalog_comp(cat, run->lx.keywords[i].competency);
		run->kw_score[i] = cs && cs->asked ? cs->score : -1;
		run->kw_comp_name[i] = cc ? xstrdup(cc->name) : NULL;
	}
	run->have_scores = 1;
	score_result_release(&s);
	rc = 0;
out:
	free(bank_path);
	free(schema);
	bank_free(b);
	catalog_free(cat);
	answers_release(&a);
	return rc;
}

/* Is keyword i missing from the bullets but supported by the answers? */
static int job_claimable(const struct rw_run *run, size_t i)
{
	return run->have_scores && run->job_hits[i] && !run->evidenced[i] &&
	       run->kw_score[i] >= JOB_CLAIM_SCORE;
}

static void write_job(struct rw_run *run, const char *path)
{
	const struct lexicon *lx = &run->lx;
	if (run->json) {
		struct jw *w = &run->jw;
		jw_key(w, "job");
		jw_obj(w);
		jw_key(w, "file");
		jw_str(w, path);
		for (int pass = 0; pass < 2; pass++) {
			jw_key(w, pass ? "missing" : "evidenced");
			jw_arr(w);
			for (size_t i = 0; i < lx->nkeywords; i++)
				if (run->job_hits[i] && run->evidenced[i] == !pass)
					jw_str(w, lx->keywords[i].keyword);
			jw_end(w);
		}
		/* null without an assessment: unknown, not "none" */
		jw_key(w, "supported_by_answers");
		if (!run->have_scores) {
			jw_null(w);
		} else {
			jw_arr(w);
			for (size_t i = 0; i < lx->nkeywords; i++) {
				if (!job_claimable(run, i))
					continue;
				jw_obj(w);
				jw_key(w, "keyword");
				jw_str(w, lx->keywords[i].keyword);
				jw_key(w, "competency");
				jw_str(w, lx->keywords[i].competency);
				jw_key(w, "score");
				jw_int(w, (int64_t)(run->kw_score[i] + 0.5));
				jw_end(w);
			}
			jw_end(w);
		}
		jw_end(w);
		return;
	}
	sb_addf(&run->out, "%sJob ad keywords (%s):\n", run->count ? "\n" : "", path);
	for (int pass = 0; pass < 2; pass++) {
		int any = 0;
		sb_adds(&run->out, pass ? "  Missing:   " : "  Evidenced: ");
		for (size_t i = 0; i < lx->nkeywords; i++) {
			if (!run->job_hits[i] || run->evidenced[i] != !pass)
				continue;
			sb_addf(&run->out, "%s%s (%s)", any ? ", " : "", lx->keywords[i].keyword,
				lx->keywords[i].competency);
			any = 1;
		}
		sb_adds(&run->out, any ? "\n" : "none\n");
	}
	if (!run->have_scores) {
		sb_adds(&run->out, "  (run 'pmpath assess' to see which missing keywords your answers "
			"support)\n");
	} else {
		int any = 0;
		for (size_t i = 0; i < lx->nkeywords; i++) {
			if (!job_claimable(run, i))
				continue;
			if (!any)
				sb_adds(&run->out, "  Your answers support these missing keywords; add a "
					"bullet that shows them:\n");
			sb_addf(&run->out, "    %s (%s %.0f/100)\n", lx->keywords[i].keyword,
				run->kw_comp_name[i] ? run->kw_comp_name[i] : lx->keywords[i].competency,
				run->kw_score[i]);
			any = 1;
		}
		if (!any)
			sb_addf(&run->out, "  Your answers support none of the missing keywords "
				"(no score of %.0f or more in their competencies).\n", JOB_CLAIM_SCORE);
	}
}

/* --accepted: the profile's stored bullets, as text or JSON. */
static int list_accepted(struct pm_ctx *ctx, int json)
{
	struct store *st = ctx_store(ctx);
	struct bullet_list bl = BULLET_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	int64_t pid = 0;
	int rc;
	if (!st)
		return PM_EXIT_DATA;
	rc = store_profile(st, ctx->profile, 0, &pid);
	if (rc == 0)
		rc = store_bullet_list(st, pid, &bl);
	store_close(st);
	if (rc < 0)
		return PM_EXIT_DATA;
	if (json) {
		struct jw w;
		jw_init(&w, &out, 1);
		jw_arr(&w);
		for (size_t i = 0; i < bl.n; i++) {
			jw_obj(&w);
			jw_key(&w, "id");
			jw_int(&w, bl.items[i].id);
			jw_key(&w, "original");
			jw_str(&w, bl.items[i].original);
			jw_key(&w, "text");
			jw_str(&w, bl.items[i].text);
			jw_key(&w, "created");
			jw_str(&w, bl.items[i].created);
			jw_end(&w);
		}
		jw_end(&w);
		sb_addc(&out, '\n');
	} else if (!bl.n) {
		sb_addf(&out, "No accepted bullets for profile '%s' yet; run 'pmpath rewrite' in a "
			"terminal to choose and fill rewrites.\n", ctx->profile);
	} else {
		sb_addf(&out, "Accepted bullets of profile '%s':\n", ctx->profile);
		for (size_t i = 0; i < bl.n; i++)
			sb_addf(&out, "%zu. %s\n   from: %s\n", i + 1, bl.items[i].text,
				bl.items[i].original);
	}
	rc = fwrite(out.buf, 1, out.len, stdout) == out.len ? PM_EXIT_OK : PM_EXIT_DATA;
	sb_release(&out);
	bullet_list_release(&bl);
	return rc;
}

/* --from-profile: the items of the saved `accomplishments` answer.
 * 0 with *items (free with store_names_release), or -1 after printing. */
static int profile_bullets(struct pm_ctx *ctx, char ***items, size_t *n)
{
	struct answer_set a = ANSWER_SET_INIT;
	const char *v;
	size_t alloc = 0;
	int rc = ctx_answers(ctx, "core", 0, &a, NULL);
	*items = NULL;
	*n = 0;
	if (rc < 0)
		return -1;
	if (rc == 1)
		return error("rewrite: profile '%s' has no saved assessment; run 'pmpath assess' "
			     "first", ctx->profile);
	v = answers_value(&a, "accomplishments");
	while (v && *v) {
		const char *nl = strchr(v, '\n');
		size_t len = nl ? (size_t)(nl - v) : strlen(v);
		if (len) {
			ALLOC_GROW(*items, *n + 1, alloc);
			(*items)[(*n)++] = xstrndup(v, len);
		}
		v += len + (nl ? 1 : 0);
	}
	answers_release(&a);
	if (!*n)
		return error("rewrite: the assessment of profile '%s' lists no accomplishments; "
			     "add them with 'pmpath assess' or give bullets as arguments", ctx->profile);
	return 0;
}

int cmd_rewrite(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *format = "text", *file = NULL, *jr = NULL, *job = NULL;
	int non_interactive = 0, accepted = 0, from_profile = 0;
	const struct opt opts[] = {
		{ OPT_FLAG, 0, "accepted", &accepted, NULL, "list the bullets accepted into the profile and exit" },
		{ OPT_STRING, 0, "format", &format, "FMT", "output format: text (default) or json" },
		{ OPT_STRING, 0, "file", &file, "FILE", "bullets, one per line ('-' reads standard input)" },
		{ OPT_FLAG, 0, "from-profile", &from_profile, NULL, "rewrite the accomplishments of your saved assessment" },
		{ OPT_STRING, 0, "json-resume", &jr, "FILE", "take work[].highlights[] of a JSON Resume file" },
		{ OPT_STRING, 0, "job", &job, "FILE", "a job ad: which of its PM keywords the bullets show" },
		{ OPT_FLAG, 0, "non-interactive", &non_interactive, NULL, "never prompt, even at a terminal" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"rewrite",
		"[--format text|json] [--file FILE] [--json-resume FILE]\n"
		"                      [--from-profile] [--job FILE] [--non-interactive]\n"
		"                      [TEXT...]\n"
		"       pmpath rewrite --accepted [--format text|json]",
		"Rewrite resume bullets from task language into project language.",
		"Each bullet gets its problems in plain words, the PM competencies it shows,\n"
		"and 2-3 rewrites, best first.  Nothing is invented: what the bullet does not\n"
		"say becomes a placeholder in brackets ([N] teams, [X]%, [$X] budget) for you\n"
		"to fill.  Lines of --file may start with '-', '*' or a bullet sign; blank\n"
		"lines are skipped; lines over 2000 bytes are reported, not analysed.\n"
		"With --format json the output is an array of bullets; with --job it is an\n"
		"object {\"bullets\": [...], \"job\": {\"evidenced\": [...], \"missing\": [...]}}.\n"
		"--job also names the missing keywords your assessment supports.\n"
		"At a terminal each bullet is walked: pick a rewrite (or skip), fill its\n"
		"placeholders one by one (Enter keeps one), then accept, edit or skip; accepted\n"
		"bullets are saved in the profile at once (--accepted lists them, the report\n"
		"shows them).  Ctrl-D or q stops, keeping what was accepted.",
	};
	struct rw_session sess;
	struct store *st = NULL;
	struct tui *tui = NULL;
	char **pb = NULL;
	size_t npb = 0;
	struct rw_run run;
	int nrest = 0, rc = 0;
	size_t jr_count = 0; /* highlights found in --json-resume */

	opts_parse(argc, argv, opts, &usage, &nrest);
	if (strcmp(format, "text") && strcmp(format, "json"))
		die_usage("rewrite: unknown format '%s' (use text or json)", format);
	if (accepted) {
		if (nrest || file || jr || job || from_profile)
			die_usage("rewrite: --accepted takes no bullets, --file, --json-resume, "
				  "--from-profile or --job");
		return list_accepted(ctx, !strcmp(format, "json"));
	}
	if (!nrest && !file && !jr && !from_profile)
		die_usage("rewrite: give a bullet, --file FILE, --json-resume FILE or --from-profile");
	for (int i = 0; i < nrest; i++) {
		long bad = rewrite_utf8_error(argv[i], strlen(argv[i]));
		if (bad >= 0) {
			error("rewrite: argument %d: invalid UTF-8 at byte %ld; pass UTF-8 text", i + 1,
			      bad + 1);
			return PM_EXIT_DATA;
		}
	}

	memset(&run, 0, sizeof(run));
	run.json = !strcmp(format, "json");
	run.color = ctx->color;
	rw_result_init(&run.res);
	if (ctx_data(ctx) < 0)
		return PM_EXIT_DATA;
	if (lexicon_load(ctx->data.catalog, &run.lx) < 0)
		return PM_EXIT_DATA;
	if (job && (load_job(&run, job) < 0 || job_scores(ctx, &run) < 0)) {
		rc = PM_EXIT_DATA;
		goto out;
	}

	if (from_profile && profile_bullets(ctx, &pb, &npb) < 0) {
		rc = PM_EXIT_DATA;
		goto out;
	}
	if (!run.json && !non_interactive && ctx->stdin_tty && isatty(STDOUT_FILENO) &&
	    !(file && !strcmp(file, "-"))) {
		memset(&sess, 0, sizeof(sess));
		if (!(st = ctx_store(ctx))) {
			rc = PM_EXIT_DATA;
			goto out;
		}
		tui = tui_open();
		sess.lx = &run.lx;
		sess.store = st;
		sess.profile_name = ctx->profile;
		sess.tui = tui;
		sess.color = run.color;
		run.sess = &sess;
		if (store_profile(st, ctx->profile, 0, &sess.profile) < 0) {
			rc = PM_EXIT_DATA;
			goto out;
		}
	}

	jw_init(&run.jw, &run.out, 1);
	if (run.json) {
		if (run.with_job) {
			jw_obj(&run.jw);
			jw_key(&run.jw, "bullets");
		}
		jw_arr(&run.jw);
	}
	for (int i = 0; i < nrest && !rc; i++) {
		char *where = xasprintf("rewrite: argument %d", i + 1);
		if (one_bullet(&run, argv[i], strlen(argv[i]), NULL, where) < 0)
			rc = PM_EXIT_DATA;
		free(where);
	}
	for (size_t i = 0; i < npb && !rc; i++) {
		char *where = xasprintf("rewrite: accomplishment %zu of profile '%s'", i + 1,
					ctx->profile);
		if (one_bullet(&run, pb[i], strlen(pb[i]), NULL, where) < 0)
			rc = PM_EXIT_DATA;
		free(where);
	}
	if (!rc && file) {
		FILE *fp = strcmp(file, "-") ? fopen(file, "rb") : stdin;
		if (!fp) {
			error("%s: cannot open: %s", file, strerror(errno));
			rc = PM_EXIT_DATA;
		} else {
			if (stream_file(&run, fp, strcmp(file, "-") ? file : "<stdin>") < 0)
				rc = PM_EXIT_DATA;
			if (fp != stdin)
				fclose(fp);
		}
	}
	if (!rc && jr) {
		struct jr_bullets b = { 0 };
		if (json_resume_load(jr, &b) < 0)
			rc = PM_EXIT_DATA;
		jr_count = b.n;
		for (size_t i = 0; i < b.n && !rc; i++) {
			char *where = xasprintf("%s: %s", jr, b.items[i].where);
			if (one_bullet(&run, b.items[i].text, strlen(b.items[i].text), b.items[i].context,
				       where) < 0)
				rc = PM_EXIT_DATA;
			free(where);
		}
		jr_bullets_release(&b);
	}
	if (!rc) {
		if (run.json) {
			jw_end(&run.jw);
			if (run.with_job) {
				write_job(&run, job);
				jw_end(&run.jw);
			}
			sb_addc(&run.out, '\n');
		} else if (run.with_job) {
			write_job(&run, job);
		} else if (!run.count && !run.sess && jr && !file) {
			if (!jr_count)
				sb_addf(&run.out, "No bullets to rewrite: %s has no work[].highlights[] "
					"entries (JSON Resume keeps resume bullets there).\n", jr);
			else
				sb_addf(&run.out, "No bullets to rewrite: every work[].highlights[] "
					"entry of %s is blank.\n", jr);
		} else if (!run.count && !run.sess) {
			sb_adds(&run.out, "No bullets to rewrite (only blank lines).\n");
		}
		if (run.sess)
			rw_session_summary(run.sess);
		if (flush_out(&run) < 0)
			rc = PM_EXIT_DATA;
	}
out:
	if (tui)
		tui_close(tui);
	store_close(st);
	store_names_release(pb, npb);
	sb_release(&run.out);
	free(run.job_hits);
	free(run.evidenced);
	free(run.kw_score);
	for (size_t i = 0; run.kw_comp_name && i < run.lx.nkeywords; i++)
		free(run.kw_comp_name[i]);
	free(run.kw_comp_name);
	rw_result_release(&run.res);
	lexicon_release(&run.lx);
	return rc;
}
