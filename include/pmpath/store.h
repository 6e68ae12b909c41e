/*
 * store.h - the user database (the only state pmpath keeps).
 *
 * SQLite file at $XDG_DATA_HOME/pmpath/pmpath.db (see paths.h), created
 * with mode 0600 in a 0700 directory, WAL journal, synchronous=FULL so a
 * committed answer survives power loss, foreign keys on, busy timeout so
 * two pmpath processes wait for each other instead of failing.  The schema
 * is built by numbered migrations tracked in PRAGMA user_version.  Every
 * call that writes runs in its own transaction: store_answer_put() has
 * committed when it returns 0.  Every statement is prepared with bound
 * parameters.  Errors are printed ("pmpath: DBPATH: ...") and -1 returned.
 */
#ifndef PMPATH_STORE_H
#define PMPATH_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "pmpath/answers.h"
#include "pmpath/util.h"

struct store;

/* Open (creating file and parent directories if needed) and migrate.
 * NULL after printing why: a symbolic link, a file that is not a pmpath
 * database or is damaged, a schema newer than this binary knows... */
struct store *store_open(const char *path);
void store_close(struct store *st); /* NULL is fine */
const char *store_path(const struct store *st);
/* Schema version (PRAGMA user_version) this binary creates. */
int store_schema_version(void);

/* Profile id by name, created when missing if `create`.  Returns 0
 * found/created, 1 not found (create == 0; *id = 0), -1 error. */
int store_profile(struct store *st, const char *name, int create, int64_t *id);

struct session_info {
	int64_t id;
	char *bank_id, *bank_version, *bank_hash;
	char *started, *updated, *completed; /* ISO 8601 UTC; completed NULL if open */
};
void session_info_release(struct session_info *s);

/* Latest session of the profile for this bank that is not completed.
 * Returns 0 and fills *out, 1 if none, -1 on error. */
int store_session_open_find(struct store *st, int64_t profile, const char *bank_id,
			    struct session_info *out);
/* Latest (n = 0) or earlier (n = 1, 2, ...) completed session of the
 * profile for this bank.  0 found, 1 none, -1 error. */
int store_session_completed_nth(struct store *st, int64_t profile,
				const char *bank_id, int n, struct session_info *out);
/* Start a new session; returns 0 and sets *id. */
int store_session_new(struct store *st, int64_t profile, const char *bank_id,
		      const char *bank_version, const char *bank_hash, int64_t *id);
/* Record the bank version/hash now used by an open session. */
int store_session_rebank(struct store *st, int64_t session, const char *bank_version,
			 const char *bank_hash);
int store_session_complete(struct store *st, int64_t session);

/* Insert or replace one answer and commit. */
int store_answer_put(struct store *st, int64_t session, const char *qid,
		     const char *value, enum answer_status status);
/* Insert or replace n answers in ONE transaction (an answers file):
 * all of them are committed when it returns 0, none after -1.  The
 * interactive session commits each answer on its own instead. */
int store_answers_put_many(struct store *st, int64_t session, size_t n,
			   const char *const *qids, const char *const *values,
			   const enum answer_status *statuses);
int store_answer_delete(struct store *st, int64_t session, const char *qid);
/* Add every answer of the session to `out` (with answers_put(), so an
 * answer already in `out` for the same question is replaced), by qid. */
int store_answers_load(struct store *st, int64_t session, struct answer_set *out);

/* Every session of the profile (any bank), newest first: by `updated`, or
 * only the completed ones by `completed` when `completed_only`; ties by id,
 * newest first.  Appends to `out` (init with SESSION_LIST_INIT, free with
 * session_list_release).  0 or -1. */
struct session_list {
	struct session_info *items;
	size_t n, alloc;
};
#define SESSION_LIST_INIT { NULL, 0, 0 }
int store_sessions_list(struct store *st, int64_t profile, int completed_only,
			struct session_list *out);
void session_list_release(struct session_list *l);

/* Profile names, sorted.  *names is malloc'd (free with
 * store_names_release).  0 or -1. */
int store_profile_list(struct store *st, char ***names, size_t *n);
void store_names_release(char **names, size_t n);
/* Learning items the profile has completed (`pmpath plan --done ITEM`):
 * add one (idempotent; committed when it returns 0), or list them all,
 * sorted (free with store_names_release).  0 or -1 after printing. */
int store_plan_done_add(struct store *st, int64_t profile, const char *item);
int store_plan_done_list(struct store *st, int64_t profile, char ***items, size_t *n);
/*
 * The plan settings a profile gave `pmpath plan` (NULL / has_hours 0:
 * not given, the answers decide).  get: 0 found, 1 none, -1 error; put
 * replaces them, stamped with the current time (committed when it returns
 * 0; `updated` is not read); clear forgets them.
 */
struct plan_settings {
	char *target;    /* certification code or role id */
	int has_hours;
	double hours;    /* study hours a week */
	char *start;     /* YYYY-MM-DD */
	char *exam_date; /* YYYY-MM-DD */
	char *updated;   /* when they were saved (UTC timestamp) */
};
int store_plan_settings_get(struct store *st, int64_t profile, struct plan_settings *out);
int store_plan_settings_put(struct store *st, int64_t profile, const struct plan_settings *ps);
int store_plan_settings_clear(struct store *st, int64_t profile);
void plan_settings_release(struct plan_settings *ps);
/*
 * Resume bullets the user accepted in `pmpath rewrite`: the bullet as
 * given and the final text (placeholders filled or still visible).
 */
struct stored_bullet {
	int64_t id;
	char *original, *text;
	char *created; /* ISO 8601 UTC */
};
struct bullet_list {
	struct stored_bullet *items;
	size_t n, alloc;
};
#define BULLET_LIST_INIT { NULL, 0, 0 }
void stored_bullet_release(struct stored_bullet *b);
void bullet_list_release(struct bullet_list *l);
/* Add one and commit: 0 added, 1 the same original and text are already
 * stored (*id names that row), -1 error.  id may be NULL. */
int store_bullet_add(struct store *st, int64_t profile, const char *original,
		     const char *text, int64_t *id);
/* Append the profile's bullets, oldest first, to *out.  0 or -1. */
int store_bullet_list(struct store *st, int64_t profile, struct bullet_list *out);
/* Delete bullet `id` of the profile and commit: 0 deleted, 1 none, -1. */
int store_bullet_delete(struct store *st, int64_t profile, int64_t id);

/* Delete a profile with its sessions, answers and bullets: 0 deleted, 1 no
 * such profile, -1 error. */
int store_profile_delete(struct store *st, const char *name);

/*
 * A whole profile as it is exported and imported (profile_xml.h): the
 * profile, its sessions oldest first, each session's answers by qid, and
 * its accepted bullets.
 * Every string is owned by the struct; free with profile_dump_release().
 */
struct stored_answer {
	char *qid, *value;
	enum answer_status status;
	char *updated; /* ISO 8601 UTC */
};
struct stored_session {
	struct session_info info; /* info.id is ignored by store_profile_write */
	struct stored_answer *answers;
	size_t nanswers, alloc;
};
/* A learning item marked done (`pmpath plan --done`) and when. */
struct stored_done {
	char *item, *done;
};
struct profile_dump {
	char *name, *created;
	struct stored_session *sessions;
	size_t n, alloc;
	struct bullet_list bullets; /* accepted bullets, oldest first (ids ignored on write) */
	int has_plan;               /* plan settings saved by `pmpath plan` */
	struct plan_settings plan;
	struct stored_done *done;   /* plan items done, by item */
	size_t ndone, done_alloc;
};
#define PROFILE_DUMP_INIT \
	{ NULL, NULL, NULL, 0, 0, BULLET_LIST_INIT, 0, { NULL, 0, 0, NULL, NULL, NULL }, NULL, 0, 0 }
void profile_dump_release(struct profile_dump *p);
/* Read profile `name` completely into *out (init with PROFILE_DUMP_INIT):
 * sessions by started then id, answers by qid.  0, 1 no such profile, -1. */
int store_profile_read(struct store *st, const char *name, struct profile_dump *out);
/*
 * Write `p` as profile p->name, keeping every timestamp it carries, in ONE
 * transaction: all of it or nothing.  If a profile of that name exists:
 * with `replace` it is deleted in the same transaction, else nothing is
 * written and 1 is returned.  0 written, 1 exists, -1 error (printed).
 */
int store_profile_write(struct store *st, const struct profile_dump *p, int replace);

/* One row of `pmpath profile list`. */
struct profile_summary {
	char *name;
	size_t sessions;
	char *last; /* latest session change, else the profile's creation */
};
/* Every profile by name; *out is malloc'd (free with
 * profile_summaries_release).  0 or -1. */
int store_profile_summaries(struct store *st, struct profile_summary **out, size_t *n);
void profile_summaries_release(struct profile_summary *s, size_t n);
/*
 * Rebuild the database file (VACUUM) and empty the write-ahead log, so
 * that deleted answers are left neither in free pages nor in the -wal
 * file.  0 or -1.
 */
int store_vacuum(struct store *st);

/* For tests: timestamps use `t` instead of the clock (0: the clock again). */
void store_set_time(struct store *st, time_t t);
/* For tests: append SQLite's EXPLAIN QUERY PLAN details of `sql` (one of
 * the store_sql_* queries below), one line per step.  0 or -1. */
int store_explain(struct store *st, const char *sql, struct strbuf *out);
extern const char store_sql_open_find[];     /* ?1 profile, ?2 bank */
extern const char store_sql_completed_nth[]; /* ?1 profile, ?2 bank, ?3 n */
extern const char store_sql_completed_all[]; /* ?1 profile */
extern const char store_sql_sessions_all[];  /* ?1 profile */
extern const char store_sql_bullets_list[];  /* ?1 profile */

#endif
