/*
 * rewrite_session.c - the interactive walk through resume bullets (see
 * include/pmpath/rewrite_session.h).  Prompts go to stdout; every line is
 * read through tui.h, so Ctrl-C clears the line and Ctrl-D ends the walk.
 */
#include "pmpath/rewrite_session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/out.h"
#include "pmpath/rewrite.h"
#include "pmpath/store.h"
#include "pmpath/tui.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

/* Print and flush the buffer, then empty it. */
static void flush_sb(struct strbuf *sb)
{
	if (sb->len)
		fwrite(sb->buf, 1, sb->len, stdout);
	fflush(stdout);
	sb_reset(sb);
}

/* Read one trimmed line.  TUI_LINE with *out set, TUI_EOF; a Ctrl-C or a
 * bad line is reported and read again. */
static enum tui_rc ask(struct rw_session *s, const char *prompt, const char *prefill,
		       char **out)
{
	for (;;) {
		enum tui_rc rc;
		fflush(stdout);
		rc = tui_read(s->tui, prompt, prefill, NULL, out);
		if (rc == TUI_LINE) {
			str_trim(*out);
			return TUI_LINE;
		}
		if (rc == TUI_EOF) {
			fputs("\n", stdout);
			s->stopped = 1;
			return TUI_EOF;
		}
		if (rc == TUI_INTERRUPT)
			puts("(line cleared; Ctrl-D or q stops, keeping what you accepted)");
		else if (!tui_is_terminal(s->tui)) {
			s->stopped = 1;
			return TUI_EOF;
		}
	}
}

/* The prompt for one placeholder: the slot, then what to type. */
static char *slot_prompt(const char *ph)
{
	const char *close = strchr(ph, ']');
	const char *unit = close && close[1] == ' ' ? close + 2 : NULL;
	size_t inner = close ? (size_t)(close - ph) - 1 : 0;
	char *what, *p;
	if (close && close[1] == '%')
		what = xstrdup("what percentage (a number)?");
	else if (inner == 2 && !strncmp(ph, "[$X", 3))
		what = xstrdup("what sum (for example 50000, $50,000 or 40k)?");
	else if (inner == 1 && (ph[1] == 'N' || ph[1] == 'X'))
		what = unit ? xasprintf("how many %s?", unit) : xstrdup("what number?");
	else
		what = xasprintf("what %.*s?", (int)inner, ph + 1);
	p = xasprintf("  %s - %s (empty keeps the placeholder) ", ph, what);
	free(what);
	return p;
}

/* 1 if the edited text can be stored: not empty, no control characters. */
static int text_ok(const char *t)
{
	if (!*t)
		return 0;
	for (const unsigned char *p = (const unsigned char *)t; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			return 0;
	return 1;
}

/* Commit the bullet; 0 or -1 (printed). */
static int accept_bullet(struct rw_session *s, const char *original, const char *text)
{
	int rc;
	if (!s->profile && store_profile(s->store, s->profile_name, 1, &s->profile) < 0)
		return -1;
	rc = store_bullet_add(s->store, s->profile, original, text, NULL);
	if (rc < 0)
		return -1;
	s->accepted++;
	printf("  %s profile '%s'.\n", rc == 1 ? "Already saved in" : "Saved to", s->profile_name);
	return 0;
}

/* Fill the placeholders of *text one by one; 0, or 1 when the user stopped. */
static int fill_all(struct rw_session *s, char **text)
{
	struct rw_strlist left = { 0 }, left2 = { 0 };
	struct strbuf out = STRBUF_INIT, show = STRBUF_INIT;
	size_t idx = 0;
	int rc = 0;
	rewrite_placeholders(*text, &left);
	if (left.n) {
		sb_adds(&show, "  Fill in the placeholders of: ");
		rewrite_text_highlighted(&show, *text, s->color);
		sb_addc(&show, '\n');
		flush_sb(&show);
	}
	while (idx < left.n) {
		char *prompt = slot_prompt(left.items[idx]), *line = NULL;
		struct errbuf err = { "", 0 };
		enum tui_rc r = ask(s, prompt, NULL, &line);
		free(prompt);
		if (r == TUI_EOF) {
			rc = 1;
			break;
		}
		if (!*line) {
			idx++; /* kept, still visible */
		} else if (rewrite_fill_nth(*text, idx, line, &out, &left2, &err) < 0) {
			printf("  pmpath: %s; try again, or press Enter to keep the placeholder\n",
			       err.msg);
		} else {
			struct rw_strlist tmp = left;
			free(*text);
			*text = sb_detach(&out);
			left = left2;
			left2 = tmp;
		}
		free(line);
	}
	rw_strlist_release(&left);
	rw_strlist_release(&left2);
	sb_release(&out);
	sb_release(&show);
	return rc;
}

int rw_session_bullet(struct rw_session *s, const struct rw_result *r, const char *context)
{
	struct strbuf o = STRBUF_INIT;
	char *line = NULL, *text = NULL, *prompt;
	size_t pick = 0;
	int rc = 0;

	if (s->stopped)
		return 0;
	if (s->shown)
		sb_addc(&o, '\n');
	rewrite_text(&o, r, ++s->shown, context, s->color);
	flush_sb(&o);
	sb_release(&o);
	if (!r->nrewrites) {
		puts("  No rewrite to choose here; the bullet is left as it is.");
		return 0;
	}

	/* 1. Which rewrite, or skip. */
	prompt = r->nrewrites > 1
		 ? xasprintf("Use which rewrite? 1-%zu (Enter: 1), s skips this bullet, q stops: ",
			     r->nrewrites)
		 : xstrdup("Use this rewrite? Enter: yes, s skips this bullet, q stops: ");
	for (;;) {
		long n;
		if (ask(s, prompt, NULL, &line) == TUI_EOF)
			break;
		if (!*line) {
			pick = 1;
		} else if (!strcmp(line, "s") || !strcmp(line, "skip")) {
			puts("  Skipped.");
		} else if (!strcmp(line, "q") || !strcmp(line, "quit") || !strcmp(line, ":quit")) {
			s->stopped = 1;
		} else if (str_to_long(line, &n) == 0 && n >= 1 && (size_t)n <= r->nrewrites) {
			pick = (size_t)n;
		} else {
			printf("  pmpath: enter a number from 1 to %zu, s or q\n", r->nrewrites);
			free(line);
			line = NULL;
			continue;
		}
		break;
	}
	free(prompt);
	free(line);
	line = NULL;
	if (!pick || s->stopped)
		return 0;

	/* 2. Its placeholders, one by one. */
	text = xstrdup(r->rewrites[pick - 1].text);
	if (fill_all(s, &text)) {
		free(text);
		return 0;
	}

	/* 3. Accept, edit or skip. */
	for (;;) {
		struct strbuf show = STRBUF_INIT;
		sb_adds(&show, "  Result: ");
		rewrite_text_highlighted(&show, text, s->color);
		sb_addc(&show, '\n');
		flush_sb(&show);
		sb_release(&show);
		if (ask(s, "a accepts, e edits, s skips (Enter: accept): ", NULL, &line) == TUI_EOF)
			break;
		if (!*line || !strcmp(line, "a") || !strcmp(line, "accept")) {
			rc = accept_bullet(s, r->original, text);
			break;
		}
		if (!strcmp(line, "s") || !strcmp(line, "skip")) {
			puts("  Skipped.");
			break;
		}
		if (!strcmp(line, "q") || !strcmp(line, "quit") || !strcmp(line, ":quit")) {
			s->stopped = 1;
			break;
		}
		if (!strcmp(line, "e") || !strcmp(line, "edit")) {
			char *ed = NULL;
			free(line);
			line = NULL;
			if (ask(s, "Edit: ", text, &ed) == TUI_EOF)
				break;
			if (text_ok(ed)) {
				free(text);
				text = ed;
			} else {
				puts("  pmpath: an empty line cannot be saved; the text is unchanged");
				free(ed);
			}
			continue;
		}
		puts("  pmpath: type a, e or s");
		free(line);
		line = NULL;
	}
	free(line);
	free(text);
	return rc;
}

int rw_session_texts(struct rw_session *s, char *const *texts, size_t n)
{
	struct rw_result r;
	int rc = 0;
	rw_result_init(&r);
	for (size_t i = 0; i < n && !s->stopped && rc == 0; i++) {
		struct errbuf err = { "", 0 };
		if (rewrite_bullet(s->lx, texts[i], strlen(texts[i]), &r, &err) < 0) {
			if (strcmp(err.msg, "empty bullet"))
				error("accomplishment %zu: %s", i + 1, err.msg);
			continue;
		}
		rc = rw_session_bullet(s, &r, NULL);
	}
	rw_result_release(&r);
	return rc;
}

void rw_session_summary(const struct rw_session *s)
{
	if (s->accepted)
		printf("\n%zu bullet%s saved to profile '%s'; 'pmpath rewrite --accepted' lists "
		       "them, 'pmpath report' shows them.\n", s->accepted,
		       s->accepted == 1 ? "" : "s", s->profile_name);
	else
		printf("\nNo bullet saved.\n");
}
