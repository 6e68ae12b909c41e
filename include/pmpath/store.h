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

#include <stdint.h>

#include "pmpath/answers.h"

struct store;

/* Open (creating file and parent directories if needed) and migrate. */
struct store *store_open(const char *path);
void store_close(struct store *st);
const char *store_path(const struct store *st);

/* Profile id by name; creates it when `create` (else returns -1 silently
 * with *id = 0 if missing... see return). Returns 0 found/created, 1 not
 * found (create == 0), -1 error. */
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
int store_answer_delete(struct store *st, int64_t session, const char *qid);
/* Append every answer of the session to `out`. */
int store_answers_load(struct store *st, int64_t session, struct answer_set *out);

#endif
