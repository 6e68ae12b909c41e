/*
 * session.h - the assessment session: one loop, three sources of answers
 * (a terminal through readline, lines on a pipe, an answers file).
 *
 * The loop asks the flow engine (flow.h) for the next applicable
 * question, reads a line through tui.h, turns it into a canonical value
 * with answer_parse() and commits it with store_answer_put() before going
 * on, so an interrupted session loses nothing already answered.
 */
#ifndef PMPATH_SESSION_H
#define PMPATH_SESSION_H

#include <stdint.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"

struct store;
struct tui;

struct session {
	const struct bank *bank;    /* the questions (not owned) */
	struct store *store;        /* where answers are committed (not owned) */
	int64_t id;                 /* session row id */
	struct answer_set answers;  /* every stored answer of the session (owned) */
	struct answer_set previous; /* last completed session's answers: pre-fill on a terminal (owned) */
	struct tui *tui;            /* line reader (not owned) */
	int terminal;               /* 1: readline on a terminal; 0: lines from a pipe */
	int color;                  /* 1: colour and bold allowed */
	int width;                  /* columns to wrap text at (<= 80) */
	long input_line;            /* lines read so far on a pipe, for messages */
	size_t soft_warned;         /* 1 + index of the soft-required question last warned about */
};

/*
 * Load answers from `path` (format of PRODUCT.md) into the session,
 * validating every line against the bank first: nothing is stored if any
 * line is wrong.  Returns 0, or -1 after printing "pmpath: FILE:LINE: ...".
 */
int session_apply_file(struct session *s, const char *path);

/*
 * Ask the applicable unanswered questions in order until the end, EOF or
 * :quit.  Returns 0 when the user reached the end (*finished = 1) or left
 * on purpose, -1 on bad input on a pipe or a storage error.
 */
int session_run(struct session *s, int *finished);

/* Print the required applicable questions still without a value to
 * stderr; returns how many there are. */
size_t session_report_missing(const struct session *s);

#endif
