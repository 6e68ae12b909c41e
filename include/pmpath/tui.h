/*
 * tui.h - read answers one line at a time, from a person at a terminal
 * (GNU readline) or from a pipe or file (plain reads), behind one API so
 * the session loop is the same for both.
 *
 * Terminal (standard input is a tty): line editing with the prompt,
 * pre-filled text the user can edit, TAB completion over a list of words
 * (case-insensitive prefix; words are separated by blanks and commas so
 * each item of "a, b" completes), a history of this session only (never
 * written to a file: the lines are personal answers), Ctrl-C clears the
 * line and returns TUI_INTERRUPT without ending the program, Ctrl-D on an
 * empty line returns TUI_EOF.  readline restores the terminal after each
 * call; ~/.inputrc sections `$if pmpath` apply.
 *
 * Pipe or file: the prompt, pre-fill and completions are ignored (nothing
 * is printed: the caller prints the questions); "\r\n" line ends lose the
 * '\r'; SIGINT keeps its default action (every answer is already stored).
 *
 * Both: a line is at most TUI_MAX_LINE bytes, valid UTF-8 without NUL
 * bytes; anything else gives TUI_ERROR after printing
 * "pmpath: standard input:LINE: ..." (the line is consumed, so a caller
 * at a terminal can ask again; on a pipe it should stop).  Checking here
 * rather than in answer_parse() is deliberate: a NUL byte cannot travel
 * in a C string, and one check covers every question type.
 *
 * One struct tui at a time (readline state is global).
 */
#ifndef PMPATH_TUI_H
#define PMPATH_TUI_H

#define TUI_MAX_LINE (64 * 1024)

struct tui;

enum tui_rc {
	TUI_LINE = 0,      /* *out holds the line (without line end) */
	TUI_EOF = 1,       /* end of input, or Ctrl-D on an empty line */
	TUI_INTERRUPT = 2, /* Ctrl-C: line cleared; the caller prints a hint */
	TUI_ERROR = 3,     /* bad or unreadable line; message printed */
};

/* Start reading standard input (readline when it is a terminal).  At a
 * terminal it installs a SIGINT handler until tui_close(): a Ctrl-C while
 * no tui_read() runs is then ignored (the work between reads is short, and
 * every answer is committed anyway).  Never NULL. */
struct tui *tui_open(void);
/* Restore readline hooks, SIGINT handling and history; NULL is fine. */
void tui_close(struct tui *t);
/* 1 when reading a terminal (with readline, or plain lines). */
int tui_is_terminal(const struct tui *t);
/*
 * Plain mode for screen readers (pmpath assess --plain): at a terminal,
 * read lines without readline, so nothing on screen is redrawn and no
 * control sequence is sent.  The terminal's own line editing applies; no
 * Tab completion or history; a pre-filled answer is printed on its own
 * line ("  (Enter keeps: VALUE)") and an empty line returns it.  Ctrl-C
 * and Ctrl-D work as with readline.  No effect on a pipe.
 */
void tui_set_plain(struct tui *t);

/*
 * Read one line.  `prompt` (may be NULL) is shown and `prefill` (may be
 * NULL) put into the line for editing; `completions` is a NULL-terminated
 * list of words for TAB (may be NULL); all three are only used at a
 * terminal and only borrowed during the call.  On TUI_LINE *out is a
 * malloc'd string the caller frees; otherwise *out is NULL.
 */
enum tui_rc tui_read(struct tui *t, const char *prompt, const char *prefill,
		     const char *const *completions, char **out);

/* Remember `line` for Up/Down in this session (terminal only; empty lines
 * and repeats of the last one are skipped). */
void tui_history_add(struct tui *t, const char *line);

#endif
