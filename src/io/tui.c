/*
 * tui.c - one line reader for the session loop: GNU readline at a
 * terminal, plain capped reads from a pipe or file (see include/pmpath/tui.h).
 *
 * Readline details follow /work/shared/LIBRARY-NOTES.md: no readline
 * unless standard input is a terminal; pre-fill through rl_startup_hook;
 * completion through rl_attempted_completion_function with
 * rl_attempted_completion_over set; Ctrl-C handled by our SIGINT handler
 * (no SA_RESTART) plus an rl_getc_function that, when read() is
 * interrupted, lets readline process the signal (rl_check_signals),
 * empties the line and ends it; one history state per session.
 */
#include "pmpath/tui.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

struct tui {
	int tty;                       /* 1: reading a terminal */
	int plain;                     /* 1: at a terminal, plain lines, no readline */
	int lineno;                    /* lines read so far (for messages) */
	struct strbuf line;            /* pipe path: the line being read */
	struct sigaction old_int;      /* SIGINT action before tui_open */
	HISTORY_STATE *old_hist;       /* history before tui_open */
	rl_getc_func_t *old_getc;      /* readline hooks before tui_open */
	rl_completion_func_t *old_complete;
	rl_hook_func_t *old_startup;
	const char *old_breaks;
	char *last_hist;               /* last line added to the history */
};

/* Set by the SIGINT handler; cleared at the start of each tui_read(). */
static volatile sig_atomic_t got_sigint;
/* Borrowed from the running tui_read() for readline's callbacks. */
static const char *cur_prefill;
static const char *const *cur_words;

/* SIGINT while a tui is open: remember it (readline re-raises it to us). */
static void on_sigint(int sig)
{
	(void)sig;
	got_sigint = 1;
}

/* rl_getc_function: read one byte; a Ctrl-C ends the line, emptied. */
static int tui_getc(FILE *in)
{
	for (;;) {
		unsigned char c;
		ssize_t n;
		if (got_sigint) {
			rl_replace_line("", 0);
			rl_done = 1;
			return '\n';
		}
		n = read(fileno(in), &c, 1);
		if (n == 1)
			return c;
		if (n == 0)
			return EOF;
		if (errno != EINTR)
			return RL_ISSTATE(RL_STATE_READCMD) ? READERR : EOF;
		/* Let readline clean up and pass SIGINT (or others) on. */
		rl_check_signals();
	}
}

/* rl_startup_hook: put the pre-filled answer into the line. */
static int prefill_hook(void)
{
	if (cur_prefill)
		rl_insert_text(cur_prefill);
	cur_prefill = NULL;
	return 0;
}

/* Generator for rl_completion_matches: words starting with `text`,
 * ignoring case; readline frees what we return. */
static char *complete_word(const char *text, int state)
{
	static size_t i;
	if (!state)
		i = 0;
	while (cur_words && cur_words[i]) {
		const char *w = cur_words[i++];
		if (str_istarts_with(w, text))
			return xstrdup(w);
	}
	return NULL;
}

/* rl_attempted_completion_function: only our words, never file names. */
static char **complete(const char *text, int start, int end)
{
	(void)start;
	(void)end;
	rl_attempted_completion_over = 1;
	rl_completion_append_character = '\0';
	if (!cur_words)
		return NULL;
	return rl_completion_matches(text, complete_word);
}

struct tui *tui_open(void)
{
	struct tui *t = xcalloc(1, sizeof(*t));
	struct sigaction sa;
	HISTORY_STATE empty;

	sb_init(&t->line);
	t->tty = isatty(STDIN_FILENO);
	if (!t->tty)
		return t;

	rl_readline_name = "pmpath";
	rl_instream = stdin;
	rl_outstream = stdout;
	rl_catch_signals = 1;
	rl_catch_sigwinch = 1;
	t->old_getc = rl_getc_function;
	t->old_complete = rl_attempted_completion_function;
	t->old_startup = rl_startup_hook;
	t->old_breaks = rl_completer_word_break_characters;
	rl_getc_function = tui_getc;
	rl_attempted_completion_function = complete;
	/* "a, b": each item of a multi answer completes on its own. */
	rl_completer_word_break_characters = " \t,";
	/* Before ~/.inputrc is read, so a user can still turn it off. */
	rl_variable_bind("completion-ignore-case", "on");

	/* This session's history only, in memory. */
	using_history();
	t->old_hist = history_get_history_state();
	memset(&empty, 0, sizeof(empty));
	history_set_history_state(&empty);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: read() must return EINTR */
	sigaction(SIGINT, &sa, &t->old_int);
	return t;
}

void tui_close(struct tui *t)
{
	if (!t)
		return;
	if (t->tty) {
		HISTORY_STATE *ours;
		sigaction(SIGINT, &t->old_int, NULL);
		rl_getc_function = t->old_getc;
		rl_attempted_completion_function = t->old_complete;
		rl_startup_hook = t->old_startup;
		rl_completer_word_break_characters = t->old_breaks;
		clear_history();
		ours = history_get_history_state();
		free(ours->entries);
		free(ours);
		history_set_history_state(t->old_hist);
		free(t->old_hist);
	}
	free(t->last_hist);
	sb_release(&t->line);
	free(t);
}

int tui_is_terminal(const struct tui *t)
{
	return t->tty;
}

/* Check a line read: length, NUL bytes, UTF-8.  1 fine, 0 after printing. */
static int line_ok(struct tui *t, const char *s, size_t n)
{
	char *where = t->tty ? xstrdup("input") : xasprintf("standard input:%d", t->lineno);
	int ok = 0;
	if (n > TUI_MAX_LINE)
		error("%s: line longer than %d bytes", where, TUI_MAX_LINE);
	else if (memchr(s, '\0', n))
		error("%s: NUL byte in the input", where);
	else if (!utf8_valid(s, n))
		error("%s: not valid UTF-8 (check the terminal or file encoding)", where);
	else
		ok = 1;
	free(where);
	return ok;
}

/* The pipe path: read up to '\n' or end of input, keeping at most
 * TUI_MAX_LINE + 1 bytes (the rest of an overlong line is skipped). */
static enum tui_rc pipe_read(struct tui *t, char **out)
{
	struct strbuf *sb = &t->line;
	size_t seen = 0;
	int c = EOF, too_long = 0;

	sb_reset(sb);
	/* got_sigint is only ever set at a terminal (tui_set_plain). */
	while (!got_sigint && (c = getc(stdin)) != EOF) {
		seen++;
		if (c == '\n')
			break;
		if (sb->len <= TUI_MAX_LINE)
			sb_addc(sb, (char)c);
		else
			too_long = 1;
	}
	if (got_sigint) {
		/* Ctrl-C at a plain terminal prompt. */
		clearerr(stdin);
		return TUI_INTERRUPT;
	}
	if (c == EOF && ferror(stdin)) {
		int e = errno;
		clearerr(stdin);
		error("standard input: %s", strerror(e));
		return TUI_ERROR;
	}
	if (seen == 0)
		return TUI_EOF;
	t->lineno++;
	if (sb->len > 0 && sb->buf[sb->len - 1] == '\r')
		sb->buf[--sb->len] = '\0';
	if (too_long && sb->len <= TUI_MAX_LINE)
		sb->len = TUI_MAX_LINE + 1; /* report it as overlong */
	if (!line_ok(t, sb->buf, sb->len))
		return TUI_ERROR;
	*out = xstrndup(sb->buf, sb->len);
	return TUI_LINE;
}

void tui_set_plain(struct tui *t)
{
	t->plain = t->tty;
}

/*
 * A terminal without readline (tui_set_plain): the prompt, then the
 * terminal's own line editing; nothing is redrawn.  A pre-filled answer
 * is shown on the line above and an empty line keeps it.
 */
static enum tui_rc plain_read(struct tui *t, const char *prompt, const char *prefill,
			      char **out)
{
	enum tui_rc rc;
	got_sigint = 0; /* before the prompt: a Ctrl-C after it counts */
	if (prefill && *prefill)
		printf("  (Enter keeps: %s)\n", prefill);
	fputs(prompt ? prompt : "", stdout);
	fflush(stdout);
	rc = pipe_read(t, out);
	if (rc == TUI_LINE && got_sigint) {
		free(*out);
		*out = NULL;
		rc = TUI_INTERRUPT;
	}
	got_sigint = 0;
	if (rc == TUI_INTERRUPT || rc == TUI_EOF) {
		/* The terminal shows ^C or nothing: end the prompt's line. */
		clearerr(stdin);
		putchar('\n');
	}
	if (rc == TUI_LINE && !**out && prefill && *prefill) {
		free(*out);
		*out = xstrdup(prefill);
	}
	return rc;
}

enum tui_rc tui_read(struct tui *t, const char *prompt, const char *prefill,
		     const char *const *completions, char **out)
{
	char *line;

	*out = NULL;
	if (!t->tty)
		return pipe_read(t, out);
	if (t->plain)
		return plain_read(t, prompt, prefill, out);

	got_sigint = 0;
	cur_prefill = prefill && *prefill ? prefill : NULL;
	cur_words = completions;
	rl_startup_hook = cur_prefill ? prefill_hook : t->old_startup;
	line = readline(prompt ? prompt : "");
	rl_startup_hook = t->old_startup;
	cur_prefill = NULL;
	cur_words = NULL;
	if (got_sigint) {
		got_sigint = 0;
		free(line);
		return TUI_INTERRUPT;
	}
	if (!line)
		return TUI_EOF;
	t->lineno++;
	if (!line_ok(t, line, strlen(line))) {
		free(line);
		return TUI_ERROR;
	}
	*out = line;
	return TUI_LINE;
}

void tui_history_add(struct tui *t, const char *line)
{
	if (!t->tty || !line || !*line)
		return;
	if (t->last_hist && strcmp(t->last_hist, line) == 0)
		return;
	add_history(line);
	free(t->last_hist);
	t->last_hist = xstrdup(line);
}
