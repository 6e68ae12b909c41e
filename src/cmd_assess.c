/*
 * cmd_assess.c - `pmpath assess`: run or resume the self-assessment.
 *
 * Chooses the session (resume the open one, or start a new one), handles
 * a bank that changed since the session started, applies --answers, then
 * runs the session loop on a terminal or a pipe (src/session.c).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "pmpath/bank_xml.h"
#include "pmpath/cli.h"
#include "pmpath/flow.h"
#include "pmpath/lexicon_db.h"
#include "pmpath/rewrite.h"
#include "pmpath/rewrite_session.h"
#include "pmpath/opts.h"
#include "pmpath/session.h"
#include "pmpath/store.h"
#include "pmpath/tui.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

static int terminal_width(void)
{
	struct winsize ws;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col < 80 ? ws.ws_col : 80;
	return 80;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* --list: every bank in the data directory with its size. */
static int list_banks(struct pm_ctx *ctx)
{
	char *schema = ctx_schema_path(ctx);
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	int rc = PM_EXIT_OK;
	if (!schema)
		return PM_EXIT_DATA;
	d = opendir(ctx->data.questions);
	if (!d) {
		free(schema);
		return error("%s: cannot read the question banks", ctx->data.questions), PM_EXIT_DATA;
	}
	while ((de = readdir(d)))
		if (str_ends_with(de->d_name, ".xml")) {
			ALLOC_GROW(names, n + 1, alloc);
			names[n++] = xstrdup(de->d_name);
		}
	closedir(d);
	qsort(names, n, sizeof(*names), name_cmp);
	for (size_t i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", ctx->data.questions, names[i]);
		struct bank *b = bank_load_file(path, NULL, schema);
		if (b) {
			printf("%-10s %-6s %3zu questions  %s\n", b->id, b->version, b->nquestions,
			       b->title);
			bank_free(b);
		} else {
			rc = PM_EXIT_DATA;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	free(schema);
	return rc;
}

/* Ask a yes/no question on the terminal; default yes.  1 yes, 0 no, -1
 * when the user left instead (Ctrl-D, Ctrl-C). */
static int confirm(struct tui *t, const char *prompt)
{
	char *line = NULL;
	int yes = -1;
	if (tui_read(t, prompt, NULL, NULL, &line) == TUI_LINE) {
		str_trim(line);
		yes = !(line[0] == 'n' || line[0] == 'N');
	}
	free(line);
	return yes;
}

/*
 * At the end of an assessment at a terminal: offer to walk the
 * accomplishments the user gave through the rewrite flow (the same one as
 * `pmpath rewrite` at a terminal).  Default no.  0, or -1 after printing.
 */
static int offer_rewrite(struct pm_ctx *ctx, struct session *s, int64_t profile)
{
	const char *acc = answers_value(&s->answers, "accomplishments");
	char **items = NULL, *prompt, *line = NULL;
	size_t n = 0, alloc = 0;
	struct lexicon lx;
	struct rw_session rs;
	int rc = 0, yes = 0;

	while (acc && *acc) {
		const char *nl = strchr(acc, '\n');
		size_t len = nl ? (size_t)(nl - acc) : strlen(acc);
		if (len) {
			ALLOC_GROW(items, n + 1, alloc);
			items[n++] = xstrndup(acc, len);
		}
		acc += len + (nl ? 1 : 0);
	}
	if (!n)
		return 0;
	prompt = xasprintf("\nRewrite your %zu accomplishment%s into project language now? [y/N] ",
			   n, n == 1 ? "" : "s");
	if (tui_read(s->tui, prompt, NULL, NULL, &line) == TUI_LINE) {
		str_trim(line);
		yes = line[0] == 'y' || line[0] == 'Y';
	}
	free(prompt);
	free(line);
	if (yes) {
		memset(&lx, 0, sizeof(lx));
		if (ctx_data(ctx) < 0 || lexicon_load(ctx->data.catalog, &lx) < 0) {
			rc = -1;
		} else {
			memset(&rs, 0, sizeof(rs));
			rs.lx = &lx;
			rs.store = s->store;
			rs.profile_name = ctx->profile;
			rs.profile = profile;
			rs.tui = s->tui;
			rs.color = s->color;
			rc = rw_session_texts(&rs, items, n);
			rw_session_summary(&rs);
			lexicon_release(&lx);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
	return rc;
}

/*
 * The bank changed since the session started: keep answers that still
 * fit, drop (from the session, not silently) those that no longer parse
 * so they are asked again, and say what happened, naming the questions
 * asked again and those no longer asked (answers to those stay in the
 * store, outside the bank and so outside scoring).
 */
static int reconcile(struct session *s, const struct session_info *info)
{
	size_t kept = 0;
	struct strbuf again = STRBUF_INIT, gone = STRBUF_INIT, msg = STRBUF_INIT;
	size_t nagain = 0, ngone = 0;
	int rc = 0;
	for (size_t i = 0; i < s->answers.n;) {
		const struct answer *a = &s->answers.items[i];
		long qi = bank_find(s->bank, a->qid);
		int ok = 1;
		if (qi < 0) {
			ngone++; /* kept in the store, ignored by the bank */
			sb_addf(&gone, "%s%s", ngone > 1 ? ", " : "", a->qid);
			i++;
			continue;
		}
		if (a->status == ANS_VALUE) {
			const struct question *q = &s->bank->questions[qi];
			const char *p = a->value;
			/* Lists hold several items; each must still be valid. */
			do {
				const char *nl = q->type == Q_LIST ? strchr(p, '\n') : NULL;
				char *item = nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
				char *v = NULL;
				struct errbuf err = { "", 0 };
				if (answer_parse(q, item, &v, &err) < 0)
					ok = 0;
				free(v);
				free(item);
				p = nl ? nl + 1 : p + strlen(p);
			} while (*p && ok);
		}
		if (ok) {
			kept++;
			i++;
			continue;
		}
		if (store_answer_delete(s->store, s->id, a->qid) < 0) {
			rc = -1;
			goto out;
		}
		nagain++;
		sb_addf(&again, "  - %s\n", s->bank->questions[qi].text);
		answers_remove(&s->answers, s->answers.items[i].qid);
	}
	if (store_session_rebank(s->store, s->id, s->bank->version, s->bank->hash) < 0) {
		rc = -1;
		goto out;
	}
	if (strcmp(info->bank_version, s->bank->version))
		sb_addf(&msg, "The questions changed since you started (version %s, now %s): ",
			info->bank_version, s->bank->version);
	else
		sb_addf(&msg, "The questions were edited since you started (version %s): ",
			s->bank->version);
	sb_addf(&msg, "%zu answer%s kept, %zu to answer again, %zu no longer asked.", kept,
		kept == 1 ? "" : "s", nagain, ngone);
	{
		struct strbuf w = STRBUF_INIT;
		sb_wrap(&w, msg.buf, (size_t)s->width, "", "");
		fputs(w.buf, stdout);
		sb_release(&w);
	}
	if (nagain)
		printf("Asked again, as your answer no longer fits the choices or limits:\n%s",
		       again.buf);
	if (ngone) {
		struct strbuf w = STRBUF_INIT;
		sb_wrap(&w, gone.buf, (size_t)s->width, "  ", "  ");
		printf("No longer asked (your answers stay stored, outside the results):\n%s",
		       w.buf);
		sb_release(&w);
	}
out:
	sb_release(&again);
	sb_release(&gone);
	sb_release(&msg);
	return rc;
}

int cmd_assess(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *answers_path = NULL, *bank_name = "core";
	int list = 0, restart = 0, non_interactive = 0, plain = 0;
	const struct opt opts[] = {
		{ OPT_STRING, 0, "answers", &answers_path, "FILE", "take answers from FILE (id = value per line)" },
		{ OPT_STRING, 'b', "bank", &bank_name, "NAME", "question bank to use (default core)" },
		{ OPT_FLAG, 0, "list", &list, NULL, "list the question banks and exit" },
		{ OPT_FLAG, 0, "restart", &restart, NULL, "start a new session instead of resuming" },
		{ OPT_FLAG, 0, "non-interactive", &non_interactive, NULL, "never prompt; exit 1 listing required questions left" },
		{ OPT_FLAG, 0, "plain", &plain, NULL, "for screen readers: plain lines, no colour, no redraws" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"assess", "[--answers FILE] [--bank NAME] [--restart]\n"
		"                     [--non-interactive] [--plain]",
		"Answer the self-assessment questionnaire; every answer is saved as you give it.",
		"On a terminal: choices by number, name or the start of the label, Tab completes,\n"
		"? shows help, :back, :skip, :why, :review and :quit (or Ctrl-D) work at every\n"
		"prompt, Ctrl-C clears the line.  Run it again to continue where you stopped.\n"
		"Without a terminal, answers are read one per line from standard input.",
	};
	struct bank *b = NULL;
	struct store *st = NULL;
	struct tui *tui = NULL;
	struct session s;
	struct session_info info = { 0 };
	char *path = NULL, *schema = NULL, *display = NULL;
	int64_t profile;
	int nrest, rc = PM_EXIT_DATA, found, finished = 0, left = 0;
	const char *term = getenv("TERM");

	opts_parse(argc, argv, opts, &usage, &nrest);
	if (nrest > 0)
		die_usage("assess: unexpected argument '%s'", argv[0]);
	if (list)
		return list_banks(ctx);

	memset(&s, 0, sizeof(s));
	answers_init(&s.answers);
	answers_init(&s.previous);
	path = ctx_bank_path(ctx, bank_name);
	schema = ctx_schema_path(ctx);
	if (!path || !schema)
		goto out;
	if (access(path, R_OK) != 0 && !strchr(bank_name, '/') && !str_ends_with(bank_name, ".xml")) {
		error("no question bank '%s' (pmpath assess --list shows them)", bank_name);
		goto out;
	}
	display = paths_display(path);
	if (!(b = bank_load_file(path, display, schema)))
		goto out;
	if (!(st = ctx_store(ctx)))
		goto out;
	if (store_profile(st, ctx->profile, 1, &profile) < 0)
		goto out;

	s.bank = b;
	s.store = st;
	s.terminal = ctx->stdin_tty && !non_interactive;
	s.color = ctx->color && !plain && !(term && !strcmp(term, "dumb"));
	s.width = terminal_width();
	if (s.terminal || (!answers_path && !non_interactive)) {
		if (!(tui = tui_open()))
			goto out;
		if (plain)
			tui_set_plain(tui);
		s.tui = tui;
		s.terminal = tui_is_terminal(tui);
	}

	found = restart ? 1 : store_session_open_find(st, profile, b->id, &info);
	if (found < 0)
		goto out;
	if (found == 0) {
		struct answer_set tmp;
		struct flow_progress pr;
		answers_init(&tmp);
		if (store_answers_load(st, info.id, &tmp) < 0) {
			answers_release(&tmp);
			goto out;
		}
		flow_progress(b, &tmp, &pr);
		answers_release(&tmp);
		if (s.terminal && !answers_path) {
			char *msg = xasprintf("You have an unfinished assessment (%zu of %zu answered, "
					      "started %.10s).", pr.answered, pr.total, info.started);
			struct strbuf sb = STRBUF_INIT;
			int yes;
			sb_wrap(&sb, msg, (size_t)s.width, "", "");
			fputs(sb.buf, stdout);
			sb_release(&sb);
			free(msg);
			yes = confirm(tui, "Resume it? [Y/n] ");
			if (yes < 0) {
				/* Ctrl-D or Ctrl-C: leave, nothing changed. */
				putchar('\n');
				rc = PM_EXIT_OK;
				goto out;
			}
			if (!yes)
				found = 1;
		}
	}
	if (found == 0) {
		s.id = info.id;
		if (store_answers_load(st, s.id, &s.answers) < 0)
			goto out;
		if (strcmp(info.bank_hash, b->hash) && reconcile(&s, &info) < 0)
			goto out;
	} else {
		struct session_info prev = { 0 };
		int r = store_session_completed_nth(st, profile, b->id, 0, &prev);
		if (r < 0)
			goto out;
		if (r == 0 && store_answers_load(st, prev.id, &s.previous) < 0) {
			session_info_release(&prev);
			goto out;
		}
		session_info_release(&prev);
		if (store_session_new(st, profile, b->id, b->version, b->hash, &s.id) < 0)
			goto out;
		if (s.terminal) {
			struct strbuf sb = STRBUF_INIT;
			sb_wrap(&sb, b->title, (size_t)s.width, "", "");
			sb_wrap(&sb, "Every answer is saved as you give it. ? explains a question; "
				"type :quit or press Ctrl-D to stop, and run pmpath again to continue.",
				(size_t)s.width, "", "");
			fputs(sb.buf, stdout);
			sb_release(&sb);
		}
	}

	if (answers_path && session_apply_file(&s, answers_path) < 0)
		goto out;

	if (s.tui) {
		if (session_run(&s, &finished) < 0)
			goto out;
		/* Left (:quit, Ctrl-D) on the last question with its answer
		 * given, as in a list: nothing is open, so it is finished;
		 * no rewrite offer to someone who asked to leave. */
		if (!finished && flow_first_unanswered(b, &s.answers) >= b->nquestions) {
			finished = 1;
			left = 1;
		}
	} else {
		finished = flow_first_unanswered(b, &s.answers) >= b->nquestions;
	}
	{
		struct flow_progress pr;
		flow_progress(b, &s.answers, &pr);
		if (!finished && pr.required_left == 0 && !s.terminal)
			finished = 1; /* only optional questions left: a script is done */
		if (finished) {
			if (store_session_complete(st, s.id) < 0)
				goto out;
			if (s.terminal)
				printf("\nAll done: %zu answers saved. Next: 'pmpath report' for your "
				       "results, 'pmpath certs' for certifications.\n", pr.answered);
			rc = PM_EXIT_OK;
			if (s.terminal && s.tui && !non_interactive && !left &&
			    offer_rewrite(ctx, &s, profile) < 0)
				rc = PM_EXIT_DATA;
		} else if (non_interactive) {
			session_report_missing(&s);
			rc = PM_EXIT_DATA;
		} else {
			printf("\nSaved: %zu of %zu answered. Run 'pmpath assess' to continue.\n",
			       pr.answered, pr.total);
			if (!s.terminal)
				session_report_missing(&s);
			rc = PM_EXIT_OK;
		}
	}
out:
	session_info_release(&info);
	answers_release(&s.answers);
	answers_release(&s.previous);
	if (tui)
		tui_close(tui);
	store_close(st);
	bank_free(b);
	free(path);
	free(schema);
	free(display);
	return rc;
}
