/*
 * session.c - the assessment loop shared by the terminal, a pipe and an
 * answers file (see include/pmpath/session.h).
 *
 * Commands at any prompt: ? help, :why, :back, :skip, :review, :quit,
 * :help; "dk" answers "don't know" where the question allows it.  On a
 * terminal a wrong answer is re-asked with what was typed pre-filled; on
 * a pipe it is an error naming the input line (the answers before it are
 * already stored).
 */
#include "pmpath/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "pmpath/answers_file.h"
#include "pmpath/flow.h"
#include "pmpath/store.h"
#include "pmpath/tui.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

#define BOLD(s) (s->color ? "\033[1m" : "")
#define DIM(s) (s->color ? "\033[2m" : "")
#define OFF(s) (s->color ? "\033[0m" : "")

/* Print `text` wrapped at s->width: the first line starts with `first`,
 * the following ones with `rest`. */
static void wrap_hang(const struct session *s, const char *first, const char *rest,
		      const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	sb_wrap(&sb, text, (size_t)(s->width > 20 ? s->width : 20), first, rest);
	fputs(sb.buf, stdout);
	sb_release(&sb);
}

/* Print `text` wrapped, every line starting with `indent`. */
static void wrap(const struct session *s, const char *indent, const char *text)
{
	wrap_hang(s, indent, indent, text);
}

/* Commit one answer to the store, then to the in-memory set. */
static int put_answer(struct session *s, const char *qid, const char *value,
		      enum answer_status status)
{
	if (store_answer_put(s->store, s->id, qid, value, status) < 0)
		return -1;
	answers_put(&s->answers, qid, value, status);
	return 0;
}

static const char *type_hint(const struct question *q)
{
	switch (q->type) {
	case Q_CHOICE: return "number or name";
	case Q_MULTI: return "numbers or names, e.g. 1,3-5";
	case Q_SCALE: return "level 0-5";
	case Q_YESNO: return "y/n";
	case Q_NUMBER: return q->unit ? q->unit : "number";
	case Q_TEXT: return "one line";
	case Q_LIST: return "one item per line, empty line to finish";
	}
	return "";
}

/* At a terminal, follow a window resized since the last question: wrap
 * at its width, at most 80 columns. */
static void update_width(struct session *s)
{
	struct winsize ws;
	if (s->terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		s->width = ws.ws_col < 80 ? ws.ws_col : 80;
}

/* Show the question with its options or anchors. */
static void show_question(struct session *s, size_t qi)
{
	const struct question *q = &s->bank->questions[qi];
	const struct section *sec = &s->bank->sections[q->section];
	struct flow_progress pr;
	char hint[256];
	update_width(s);
	flow_progress(s->bank, &s->answers, &pr);
	printf("\n%s(%zu/%zu) %s%s\n", DIM(s), pr.answered + 1 > pr.total ? pr.total : pr.answered + 1,
	       pr.total, sec->title, OFF(s));
	fputs(BOLD(s), stdout);
	wrap(s, "", q->text);
	fputs(OFF(s), stdout);
	if (q->type == Q_CHOICE || q->type == Q_MULTI) {
		for (size_t i = 0; i < q->noptions; i++) {
			char first[32];
			snprintf(first, sizeof(first), "  %2zu) ", i + 1);
			wrap_hang(s, first, "      ", q->options[i].label);
		}
	} else if (q->type == Q_SCALE) {
		for (int l = 0; l < 6; l++)
			if (q->anchors[l]) {
				char first[16];
				snprintf(first, sizeof(first), "  %d) ", l);
				wrap_hang(s, first, "     ", q->anchors[l]);
			}
	} else if (q->type == Q_NUMBER && (q->has_min || q->has_max)) {
		struct strbuf sb = STRBUF_INIT;
		sb_adds(&sb, "  (");
		if (q->has_min && q->has_max) {
			sb_add_number(&sb, q->min);
			sb_adds(&sb, " to ");
			sb_add_number(&sb, q->max);
		} else if (q->has_min) {
			sb_adds(&sb, "at least ");
			sb_add_number(&sb, q->min);
		} else {
			sb_adds(&sb, "at most ");
			sb_add_number(&sb, q->max);
		}
		if (q->unit)
			sb_addf(&sb, " %s", q->unit);
		sb_adds(&sb, ")");
		puts(sb.buf);
		sb_release(&sb);
	}
	snprintf(hint, sizeof(hint), "[%s%s%s; ? help, :back, :review, :quit]", type_hint(q),
		 q->required == REQ_YES ? "" : ", :skip",
		 q->dont_know ? ", dk = don't know" : "");
	fputs(DIM(s), stdout);
	wrap_hang(s, "  ", "   ", hint);
	fputs(OFF(s), stdout);
}

static void show_help(struct session *s, const struct question *q)
{
	if (q->help)
		wrap(s, "  ", q->help);
	else
		wrap(s, "  ", "No extra help for this question.");
	if (s->width >= 72) {
		fputs("  Commands:\n"
		      "    ?        this help           :why     why this is asked\n"
		      "    :back    previous question   :skip    skip an optional question\n"
		      "    :review  list your answers and change one\n"
		      "    :quit    save and leave (Ctrl-D too); Ctrl-C clears the line\n",
		      stdout);
		return;
	}
	/* A narrow window: one command a line, wrapped. */
	fputs("  Commands:\n", stdout);
	wrap_hang(s, "    ?        ", "             ", "this help");
	wrap_hang(s, "    :why     ", "             ", "why this is asked");
	wrap_hang(s, "    :back    ", "             ", "previous question");
	wrap_hang(s, "    :skip    ", "             ", "skip an optional question");
	wrap_hang(s, "    :review  ", "             ", "list your answers and change one");
	wrap_hang(s, "    :quit    ", "             ", "save and leave (Ctrl-D too); "
						   "Ctrl-C clears the line");
}

/* Completion words for a question: option values and labels, commands. */
static const char **completions_for(const struct question *q)
{
	static const char *cmds[] = { ":back", ":skip", ":why", ":review", ":quit", ":help" };
	size_t n = 0, cap = 2 * q->noptions + ARRAY_SIZE(cmds) + 4;
	const char **v = xcalloc(cap, sizeof(*v));
	for (size_t i = 0; i < q->noptions; i++) {
		v[n++] = q->options[i].value;
		v[n++] = q->options[i].label;
	}
	if (q->type == Q_YESNO) {
		v[n++] = "yes";
		v[n++] = "no";
	}
	for (size_t i = 0; i < ARRAY_SIZE(cmds); i++)
		v[n++] = cmds[i];
	v[n] = NULL;
	return v;
}

/* Text to pre-fill for question q: its current answer, else the previous
 * session's, else its default; NULL when none.  Returned string is owned
 * by the answer sets or the bank. */
static const char *prefill_for(const struct session *s, const struct question *q)
{
	const char *v = answers_value(&s->answers, q->id);
	if (v)
		return v;
	if (s->terminal && (v = answers_value(&s->previous, q->id)))
		return v;
	return q->default_value;
}

enum step {
	STEP_NEXT,   /* answered: go to the next question */
	STEP_AGAIN,  /* ask the same question again */
	STEP_BACK,   /* go to the previous question */
	STEP_JUMP,   /* go to question s->jump */
	STEP_QUIT,   /* save and leave */
	STEP_ERROR,  /* bad input on a pipe or a storage error */
};

#define REVIEW_QUIT ((size_t)-2)

/* :review - list applicable answered questions; returns the index chosen,
 * (size_t)-1 to stay, or REVIEW_QUIT after Ctrl-D (save and leave). */
static size_t review(struct session *s)
{
	size_t *idx = xcalloc(s->bank->nquestions + 1, sizeof(*idx));
	size_t n = 0, chosen = (size_t)-1;
	char *line = NULL;
	size_t cut; /* columns of question text shown: 34 at 80 columns */
	update_width(s);
	cut = (size_t)(s->width > 20 ? s->width : 20) * 34 / 80;
	for (size_t i = 0; i < s->bank->nquestions; i++) {
		const struct question *q = &s->bank->questions[i];
		const struct answer *a = answers_get(&s->answers, q->id);
		char *disp;
		if (!a || !flow_applies(s->bank, &s->answers, i))
			continue;
		idx[n++] = i;
		disp = a->status == ANS_VALUE ? answer_display(q, a->value)
			: xstrdup(a->status == ANS_SKIPPED ? "(skipped)" : "(don't know)");
		{
			/* "  12. Question text, cut to fit  answer" */
			struct strbuf row = STRBUF_INIT, out = STRBUF_INIT;
			size_t cols = 0, b = 0;
			const char *t = q->text;
			while (t[b] && cols < cut) {
				b++;
				while (((unsigned char)t[b] & 0xC0) == 0x80)
					b++;
				cols++;
			}
			sb_add(&row, t, b);
			sb_adds(&row, t[b] ? "...: " : ": ");
			sb_adds(&row, disp);
			{
				char first[16];
				snprintf(first, sizeof(first), "  %3zu. ", n % 1000);
				sb_wrap(&out, row.buf, (size_t)(s->width > 20 ? s->width : 20), first,
					"         ");
			}
			fputs(out.buf, stdout);
			sb_release(&row);
			sb_release(&out);
		}
		free(disp);
	}
	if (!n) {
		puts("  No answers yet.");
		free(idx);
		return chosen;
	}
	for (;;) {
		enum tui_rc rc = tui_read(s->tui, "Number to change (Enter to go on): ", NULL, NULL, &line);
		long k;
		if (rc == TUI_EOF) {
			chosen = REVIEW_QUIT;
			break;
		}
		if (rc != TUI_LINE || !*str_trim(line))
			break;
		if (str_to_long(line, &k) == 0 && k >= 1 && (size_t)k <= n) {
			chosen = idx[k - 1];
			break;
		}
		printf("  Enter a number from 1 to %zu, or press Enter.\n", n);
		free(line);
		line = NULL;
	}
	free(line);
	free(idx);
	return chosen;
}

/* 1 if `s` is one of the session's commands (?, :back, :why, ...). */
static int is_command(const char *s)
{
	return !strcmp(s, "?") || s[0] == ':';
}

/*
 * At a terminal the old answer is pre-filled and the cursor sits after it,
 * so a user who types a command or a new answer without clearing the line
 * first sends "sysadmin:back" or "none3".  Returns what was typed after
 * the pre-filled text when it is a command, or when the whole line is not
 * a valid answer for q but the typed part alone is (or is "dk" where q
 * allows it); else NULL (the whole line is the answer).  q may be NULL
 * (a list item: only commands are split off).
 */
static const char *typed_after_prefill(const struct question *q, const char *line,
				       const char *prefill)
{
	size_t n = prefill ? strlen(prefill) : 0;
	const char *rest;
	char *val = NULL;
	struct errbuf err = { "", 0 };
	int whole_ok, rest_ok;
	if (!n || strncmp(line, prefill, n))
		return NULL;
	rest = line + n;
	while (*rest == ' ' || *rest == '\t')
		rest++;
	if (!*rest)
		return NULL;
	if (is_command(rest))
		return rest;
	if (!q)
		return NULL;
	whole_ok = answer_parse(q, line, &val, &err) == 0;
	free(val);
	if (whole_ok)
		return NULL;
	if (q->dont_know && !strcmp(rest, "dk"))
		return rest;
	val = NULL;
	rest_ok = answer_parse(q, rest, &val, &err) == 0;
	free(val);
	return rest_ok ? rest : NULL;
}

/* Report bad input: re-ask on a terminal, fail on a pipe. */
static enum step bad_input(struct session *s, const struct question *q, const char *msg)
{
	if (s->terminal) {
		printf("  %s%s%s\n", BOLD(s), msg, OFF(s));
		return STEP_AGAIN;
	}
	error("stdin:%ld: '%s': %s", s->input_line, q->id, msg);
	return STEP_ERROR;
}

/* Read one line; returns the tui result and counts pipe lines. */
static enum tui_rc read_line(struct session *s, const char *prompt, const char *prefill,
			     const char **compl, char **out)
{
	enum tui_rc rc = tui_read(s->tui, prompt, s->terminal ? prefill : NULL, compl, out);
	if (rc == TUI_LINE)
		s->input_line++;
	return rc;
}

/* Print what `:why` shows for q. */
static void show_why(struct session *s, const struct question *q)
{
	wrap(s, "  ", q->why ? q->why : "It feeds your competency scores and the "
				      "certification advice.");
}

/*
 * Skip question qi (":skip", or Enter on an optional question): refused
 * when it is required; a soft-required one is skipped only when asked
 * twice in a row at a terminal.
 */
static enum step skip_question(struct session *s, size_t qi)
{
	const struct question *q = &s->bank->questions[qi];
	if (q->required == REQ_YES)
		return bad_input(s, q, "this question is required; type ? for help");
	if (q->required == REQ_SOFT && s->terminal && s->soft_warned != qi + 1) {
		s->soft_warned = qi + 1;
		wrap(s, "  ", "This answer makes your results better. Press Enter "
			      "(or :skip) again to skip it anyway.");
		return STEP_AGAIN;
	}
	return put_answer(s, q->id, "", ANS_SKIPPED) < 0 ? STEP_ERROR : STEP_NEXT;
}

/*
 * Collect the items of list question qi.  The commands work at every item
 * prompt (they are never stored as items); :back, :review, :quit and
 * Ctrl-D store the items entered so far before they leave the question.
 */
static enum step ask_list(struct session *s, size_t qi, const char *prefill, size_t *jump)
{
	const struct question *q = &s->bank->questions[qi];
	struct strbuf items = STRBUF_INIT;
	/* prefill: the previous items, '\n'-separated; pos is where the
	 * next one starts, item where the one on the prompt started. */
	size_t pos = 0, item = 0, count = 0;
	enum step st = STEP_NEXT;
	for (;;) {
		char *line = NULL, *val = NULL;
		char *pre = NULL;
		const char *typed;
		struct errbuf err = { "", 0 };
		char prompt[32];
		enum tui_rc rc;
		item = pos;
		if (prefill && prefill[pos]) {
			const char *p = prefill + pos, *nl = strchr(p, '\n');
			size_t len = nl ? (size_t)(nl - p) : strlen(p);
			pre = xstrndup(p, len);
			pos += len + (nl ? 1 : 0);
		}
		snprintf(prompt, sizeof(prompt), "%zu> ", count + 1);
		rc = read_line(s, prompt, pre, NULL, &line);
		if (rc == TUI_INTERRUPT) {
			puts("  (line cleared; an empty line finishes the list, :quit saves and leaves)");
			/* The line is dropped: a pre-filled item with it. */
			free(line);
			free(pre);
			continue;
		}
		if (rc == TUI_ERROR) {
			free(line);
			free(pre);
			if (s->terminal)
				continue;
			sb_release(&items);
			return STEP_ERROR;
		}
		if (rc == TUI_EOF) {
			free(line);
			free(pre);
			break;
		}
		str_trim(line);
		typed = s->terminal ? typed_after_prefill(NULL, line, pre) : NULL;
		if (typed)
			memmove(line, typed, strlen(typed) + 1);
		if (!*line) {
			free(line);
			free(pre);
			break;
		}
		if (is_command(line)) {
			int again = 1;
			if (!strcmp(line, "?") || !strcmp(line, ":help")) {
				show_help(s, q);
			} else if (!strcmp(line, ":why")) {
				show_why(s, q);
			} else if (!strcmp(line, ":quit") || !strcmp(line, ":back")) {
				st = !strcmp(line, ":quit") ? STEP_QUIT : STEP_BACK;
				again = 0;
			} else if (!strcmp(line, ":review")) {
				*jump = review(s);
				if (*jump == (size_t)-1)
					*jump = qi;
				st = *jump == REVIEW_QUIT ? STEP_QUIT : STEP_JUMP;
				again = 0;
			} else if (!strcmp(line, ":skip")) {
				if (count)
					st = bad_input(s, q, "you entered items already: an empty line "
							     "finishes the list and keeps them");
				else
					st = skip_question(s, qi);
				again = st == STEP_AGAIN;
			} else {
				st = bad_input(s, q, "unknown command; try ?, :back, :skip, :why, "
						     ":review or :quit");
				again = st == STEP_AGAIN;
			}
			/* The item prompt comes back with the same pre-fill. */
			if (again)
				pos = item;
			free(pre);
			free(line);
			if (again)
				continue;
			/* Leaving: the items entered so far are kept. */
			if ((st == STEP_QUIT || st == STEP_BACK || st == STEP_JUMP) && count &&
			    put_answer(s, q->id, items.buf, ANS_VALUE) < 0)
				st = STEP_ERROR;
			sb_release(&items);
			return st;
		}
		free(pre);
		if (answer_parse(q, line, &val, &err) < 0) {
			free(line);
			if (bad_input(s, q, err.msg) == STEP_ERROR) {
				sb_release(&items);
				return STEP_ERROR;
			}
			continue;
		}
		if (items.len)
			sb_addc(&items, '\n');
		sb_adds(&items, val);
		count++;
		free(val);
		free(line);
	}
	if (!count) {
		sb_release(&items);
		if (q->required == REQ_YES)
			return bad_input(s, q, "add at least one item");
		return skip_question(s, qi);
	}
	{
		int rc = put_answer(s, q->id, items.buf, ANS_VALUE);
		sb_release(&items);
		return rc < 0 ? STEP_ERROR : STEP_NEXT;
	}
}

/*
 * Ask question qi once; the result says where to go next.  `retry` (may
 * be NULL) is pre-filled instead of the old answer.  At a terminal an
 * answer that does not parse is returned in *refused (malloc'd).
 */
static enum step ask_once(struct session *s, size_t qi, const char *retry, size_t *jump,
			  char **refused)
{
	const struct question *q = &s->bank->questions[qi];
	const char *prefill = retry ? retry : prefill_for(s, q);
	const char **compl;
	char *line = NULL, *val = NULL;
	struct errbuf err = { "", 0 };
	enum tui_rc rc;
	enum step st;

	if (q->type == Q_LIST) {
		if (s->terminal)
			wrap(s, "  ", "Enter one item per line; an empty line finishes.");
		return ask_list(s, qi, prefill, jump);
	}
	compl = completions_for(q);
	rc = read_line(s, "> ", prefill, compl, &line);
	free(compl);
	if (rc == TUI_ERROR) {
		/* tui_read printed why; a terminal asks again, a pipe stops. */
		free(line);
		return s->terminal ? STEP_AGAIN : STEP_ERROR;
	}
	if (rc == TUI_EOF) {
		free(line);
		return STEP_QUIT;
	}
	if (rc == TUI_INTERRUPT) {
		free(line);
		puts("  (line cleared; :quit saves and leaves)");
		return STEP_AGAIN;
	}
	str_trim(line);
	if (s->terminal) {
		const char *typed = typed_after_prefill(q, line, prefill);
		if (typed)
			memmove(line, typed, strlen(typed) + 1);
	}
	if (!strcmp(line, "?") || !strcmp(line, ":help")) {
		show_help(s, q);
		st = STEP_AGAIN;
	} else if (!strcmp(line, ":why")) {
		show_why(s, q);
		st = STEP_AGAIN;
	} else if (!strcmp(line, ":back")) {
		st = STEP_BACK;
	} else if (!strcmp(line, ":quit")) {
		st = STEP_QUIT;
	} else if (!strcmp(line, ":review")) {
		*jump = review(s);
		/* Staying: show the question again, the list scrolled it away. */
		if (*jump == (size_t)-1)
			*jump = qi;
		st = *jump == REVIEW_QUIT ? STEP_QUIT : STEP_JUMP;
	} else if (!strcmp(line, ":skip") || (!*line && q->required != REQ_YES)) {
		st = skip_question(s, qi);
	} else if (q->dont_know && (!strcmp(line, "dk") || !strcmp(line, "don't know") ||
				    !strcmp(line, "?dk"))) {
		st = put_answer(s, q->id, "", ANS_DONT_KNOW) < 0 ? STEP_ERROR : STEP_NEXT;
	} else if (!*line) {
		st = bad_input(s, q, "an answer is needed; type ? for help");
	} else if (line[0] == ':') {
		st = bad_input(s, q, "unknown command; try :back, :skip, :why, :review or :quit");
	} else if (answer_parse(q, line, &val, &err) < 0) {
		st = bad_input(s, q, err.msg);
		if (st == STEP_AGAIN)
			*refused = xstrdup(line);
	} else {
		st = put_answer(s, q->id, val, ANS_VALUE) < 0 ? STEP_ERROR : STEP_NEXT;
		if (st == STEP_NEXT && s->terminal)
			tui_history_add(s->tui, line);
	}
	free(val);
	free(line);
	return st;
}

/*
 * ask_once() with *retry (owned by the caller, may be NULL) as what to
 * pre-fill; afterwards *retry is what the user typed if it was refused,
 * so they edit it instead of typing it again, else NULL.
 */
static enum step ask(struct session *s, size_t qi, char **retry, size_t *jump)
{
	char *refused = NULL;
	enum step st = ask_once(s, qi, *retry, jump, &refused);
	free(*retry);
	*retry = refused;
	return st;
}

int session_run(struct session *s, int *finished)
{
	const struct bank *b = s->bank;
	size_t qi = flow_first_unanswered(b, &s->answers);
	size_t last_section = (size_t)-1;
	size_t shown = (size_t)-1; /* question on screen: not shown again on a retry */
	int edited_jump = 0;       /* answering a question chosen in :review */
	char *retry = NULL;        /* what the user typed, refused: edited next */
	*finished = 0;
	while (qi < b->nquestions) {
		const struct question *q = &b->questions[qi];
		size_t jump = 0;
		enum step st;
		if (s->terminal) {
			if (q->section != last_section) {
				const struct section *sec = &b->sections[q->section];
				printf("\n%s== %s ==%s\n", BOLD(s), sec->title, OFF(s));
				if (sec->intro)
					wrap(s, "", sec->intro);
				last_section = q->section;
			}
			if (qi != shown)
				show_question(s, qi);
			shown = qi;
		}
		st = ask(s, qi, &retry, &jump);
		switch (st) {
		case STEP_NEXT:
			/* After changing an answer picked in :review, go back to
			 * where the user was: the first question still open. */
			qi = edited_jump ? flow_first_unanswered(b, &s->answers)
					 : flow_next(b, &s->answers, qi + 1);
			edited_jump = 0;
			break;
		case STEP_AGAIN:
			break;
		case STEP_BACK: {
			size_t p = flow_prev(b, &s->answers, qi);
			edited_jump = 0;
			if (p == (size_t)-1)
				puts("  This is the first question.");
			else
				qi = p;
			break;
		}
		case STEP_JUMP:
			edited_jump = jump != qi;
			qi = jump;
			shown = (size_t)-1;
			break;
		case STEP_QUIT:
			free(retry);
			return 0;
		case STEP_ERROR:
			free(retry);
			return -1;
		}
	}
	free(retry);
	*finished = 1;
	return 0;
}

int session_apply_file(struct session *s, const char *path)
{
	struct af_entries ents = { 0 };
	char **vals;
	int bad = 0;
	if (answers_file_read(path, path, &ents) < 0)
		return -1;
	vals = xcalloc(ents.n + 1, sizeof(*vals));
	/* Validate everything first: a bad file stores nothing. */
	for (size_t i = 0; i < ents.n; i++) {
		const struct af_entry *e = &ents.items[i];
		long qi = bank_find(s->bank, e->id);
		struct errbuf err = { "", 0 };
		const struct question *q;
		if (qi < 0) {
			struct suggest sg;
			suggest_init(&sg, e->id);
			for (size_t k = 0; k < s->bank->nquestions; k++)
				suggest_try(&sg, s->bank->questions[k].id);
			if (sg.best)
				error("%s:%d: unknown question id '%s' (did you mean '%s'?)", path,
				      e->line, e->id, sg.best);
			else
				error("%s:%d: unknown question id '%s' (the ids are the "
				      "id= attributes in %s)", path, e->line, e->id,
				      s->bank->path ? s->bank->path : "the question bank");
			bad = 1;
			continue;
		}
		q = &s->bank->questions[qi];
		if (!*e->value) {
			if (q->required == REQ_YES) {
				error("%s:%d: '%s' is required and cannot be left empty", path,
				      e->line, e->id);
				bad = 1;
			}
			continue;
		}
		if (q->type == Q_LIST) {
			/* Items separated by " | " in an answers file. */
			struct strbuf items = STRBUF_INIT;
			const char *p = e->value;
			while (*p && !bad) {
				const char *sep = strstr(p, " | ");
				char *item = sep ? xstrndup(p, (size_t)(sep - p)) : xstrdup(p);
				char *v = NULL;
				str_trim(item);
				if (*item) {
					if (answer_parse(q, item, &v, &err) < 0) {
						error("%s:%d: '%s': %s", path, e->line, e->id, err.msg);
						bad = 1;
					} else {
						if (items.len)
							sb_addc(&items, '\n');
						sb_adds(&items, v);
					}
				}
				free(v);
				free(item);
				p = sep ? sep + 3 : p + strlen(p);
			}
			vals[i] = sb_detach(&items);
			continue;
		}
		if (answer_parse(q, e->value, &vals[i], &err) < 0) {
			error("%s:%d: '%s': %s", path, e->line, e->id, err.msg);
			bad = 1;
		}
	}
	if (!bad && ents.n) {
		/* One transaction for the whole file: all of it or nothing. */
		const char **ids = xcalloc(ents.n, sizeof(*ids));
		const char **vs = xcalloc(ents.n, sizeof(*vs));
		enum answer_status *sts = xcalloc(ents.n, sizeof(*sts));
		for (size_t i = 0; i < ents.n; i++) {
			ids[i] = ents.items[i].id;
			vs[i] = vals[i] ? vals[i] : "";
			sts[i] = vals[i] ? ANS_VALUE : ANS_SKIPPED;
		}
		if (store_answers_put_many(s->store, s->id, ents.n, ids, vs, sts) < 0)
			bad = 1;
		else
			for (size_t i = 0; i < ents.n; i++)
				answers_put(&s->answers, ids[i], vs[i], sts[i]);
		free(ids);
		free(vs);
		free(sts);
	}
	for (size_t i = 0; i < ents.n; i++)
		free(vals[i]);
	free(vals);
	af_entries_release(&ents);
	return bad ? -1 : 0;
}

size_t session_report_missing(const struct session *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->bank->nquestions; i++) {
		const struct question *q = &s->bank->questions[i];
		if (q->required != REQ_YES || !flow_applies(s->bank, &s->answers, i))
			continue;
		if (answers_value(&s->answers, q->id))
			continue;
		if (!n)
			error("required questions not answered yet:");
		fprintf(stderr, "  %s: %s\n", q->id, q->text);
		n++;
	}
	return n;
}
