/*
 * rewrite_session.h - the interactive walk through resume bullets at a
 * terminal: show each bullet with its problems and rewrites, let the user
 * pick a rewrite or skip, ask for each placeholder in turn (readline, the
 * slot named in the prompt; empty keeps it visible), then accept, edit
 * (the sentence pre-filled in the line editor) or skip.  Each accepted
 * bullet is committed to the profile at once (store_bullet_add), so
 * Ctrl-D or q at any prompt ends the walk keeping what was accepted.
 *
 * Used by `pmpath rewrite` and at the end of `pmpath assess`.  The core
 * (rewrite_bullet, rewrite_fill_nth) does the work; this file only talks.
 */
#ifndef PMPATH_REWRITE_SESSION_H
#define PMPATH_REWRITE_SESSION_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;
struct rw_result;
struct store;
struct tui;

struct rw_session {
	const struct lexicon *lx;  /* rules, for rw_session_texts (not owned) */
	struct store *store;       /* where accepted bullets go (not owned) */
	const char *profile_name;  /* --profile NAME (not owned) */
	int64_t profile;           /* its row id; 0 until the first accept creates it */
	struct tui *tui;           /* line reader at a terminal (not owned) */
	int color;                 /* placeholders in bold */
	size_t shown;              /* bullets shown so far */
	size_t accepted;           /* bullets stored in this walk */
	int stopped;               /* 1: the user ended the walk (q or Ctrl-D) */
};

/*
 * Show one analysed bullet and walk the user through it.  Returns 0 (go
 * on; s->stopped says the user wants no more), -1 after printing a
 * storage error.
 */
int rw_session_bullet(struct rw_session *s, const struct rw_result *r, const char *context);

/* Analyse texts[0..n) with s->lx and walk each until the user stops.
 * Bullets that do not analyse are reported and passed over.  0 or -1. */
int rw_session_texts(struct rw_session *s, char *const *texts, size_t n);

/* One closing line: how many bullets were saved and how to list them. */
void rw_session_summary(const struct rw_session *s);

#endif
