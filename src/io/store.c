/*
 * store.c - the user database: profiles, sessions and their answers in
 * one SQLite file (see include/pmpath/store.h for the contract).
 *
 * Safety decisions, in one place:
 * - The parent directories are created with mode 0700 and the file with
 *   mode 0600 by us (open(O_CREAT|O_EXCL, 0600) + fchmod, so a lax umask
 *   cannot widen it) before SQLite touches it; SQLite gives the -wal and
 *   -shm files the mode of the database file.
 * - The database file must not be a symbolic link: we open it with
 *   O_NOFOLLOW and SQLite with SQLITE_OPEN_NOFOLLOW, so a planted link
 *   cannot redirect personal answers elsewhere.  Link the directory
 *   instead, or pass the real path with --db.
 * - journal_mode=WAL: readers never block the writer.  synchronous=FULL:
 *   in WAL mode NORMAL can lose the last commits on power loss, and an
 *   answer we acknowledged must survive that (PRODUCT.md "Nothing lost").
 *   The cost is one more fsync per answer: measured 0.33 ms per
 *   store_answer_put() against 0.16 ms with NORMAL (ext4 on virtio, 500
 *   puts), which a person typing cannot notice.
 * - foreign_keys=ON, busy_timeout 5000 ms so two pmpath processes wait
 *   for each other; trusted_schema=OFF and SQLITE_DBCONFIG_DEFENSIVE
 *   because the file is user-supplied input.
 * - PRAGMA application_id marks the file as ours, so a foreign SQLite file
 *   given by mistake is refused instead of being migrated.
 * - Schema changes are numbered migrations (migrations[] below), each
 *   applied in its own transaction and recorded in PRAGMA user_version.
 * - Every write is one BEGIN IMMEDIATE ... COMMIT; every statement is
 *   prepared with bound parameters.  Error messages never contain answer
 *   values.
 */
#include "pmpath/store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

/* "pmpa" in ASCII: PRAGMA application_id of every pmpath user database. */
#define STORE_APP_ID 0x706d7061

struct store {
	sqlite3 *db;   /* the connection; NULL only while opening */
	char *path;    /* as given by the caller, used in every message */
	time_t fixed;  /* store_set_time(): a fixed clock for tests, or 0 */
};

/*
 * Schema migrations: migrations[i] takes user_version i to i + 1.  Never
 * edit a released entry; append a new one.
 */
static const char *const migrations[] = {
	/* 1: profiles, sessions, answers. */
	"CREATE TABLE profile (\n"
	"  id      INTEGER PRIMARY KEY,\n"
	"  name    TEXT NOT NULL UNIQUE,\n"
	"  created TEXT NOT NULL\n"
	");\n"
	"CREATE TABLE session (\n"
	"  id           INTEGER PRIMARY KEY,\n"
	"  profile_id   INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,\n"
	"  bank_id      TEXT NOT NULL,\n"
	"  bank_version TEXT NOT NULL,\n"
	"  bank_hash    TEXT NOT NULL,\n"
	"  started      TEXT NOT NULL,\n"
	"  updated      TEXT NOT NULL,\n"
	"  completed    TEXT\n"
	");\n"
	/* Latest open session of a profile for a bank (and the FK lookup). */
	"CREATE INDEX session_by_bank ON session(profile_id, bank_id, completed, updated);\n"
	/* Completed sessions of a profile for a bank, newest first. */
	"CREATE INDEX session_done_by_bank ON session(profile_id, bank_id, completed)\n"
	"  WHERE completed IS NOT NULL;\n"
	/* Completed sessions of a profile, any bank, by time. */
	"CREATE INDEX session_done ON session(profile_id, completed)\n"
	"  WHERE completed IS NOT NULL;\n"
	/* Every session of a profile, most recently changed first. */
	"CREATE INDEX session_recent ON session(profile_id, updated);\n"
	"CREATE TABLE answer (\n"
	"  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,\n"
	"  qid        TEXT NOT NULL,\n"
	"  value      TEXT NOT NULL,\n"
	"  status     INTEGER NOT NULL CHECK (status IN (0, 1, 2)),\n"
	"  updated    TEXT NOT NULL,\n"
	"  PRIMARY KEY (session_id, qid)\n"
	") WITHOUT ROWID;\n",
	/* 2: learning items a profile has completed (pmpath plan --done). */
	"CREATE TABLE plan_done (\n"
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,\n"
	"  item       TEXT NOT NULL,\n"
	"  done       TEXT NOT NULL,\n"
	"  PRIMARY KEY (profile_id, item)\n"
	") WITHOUT ROWID;\n",
	/* 3: resume bullets the user accepted (pmpath rewrite), oldest first. */
	"CREATE TABLE bullet (\n"
	"  id         INTEGER PRIMARY KEY,\n"
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,\n"
	"  original   TEXT NOT NULL,\n"
	"  text       TEXT NOT NULL,\n"
	"  created    TEXT NOT NULL\n"
	");\n"
	/* A profile's bullets in order (and the FK lookup on profile delete). */
	"CREATE INDEX bullet_by_profile ON bullet(profile_id, id);\n",
	/* 4: the plan a profile asked for (pmpath plan --target ... ); NULL
	 * columns were not given and fall back to the answers. */
	"CREATE TABLE plan_setting (\n"
	"  profile_id     INTEGER PRIMARY KEY REFERENCES profile(id) ON DELETE CASCADE,\n"
	"  target         TEXT,\n"
	"  hours_per_week REAL,\n"
	"  start          TEXT,\n"
	"  exam_date      TEXT,\n"
	"  updated        TEXT NOT NULL\n"
	");\n",
};

#define STORE_SCHEMA ((int)ARRAY_SIZE(migrations))

int store_schema_version(void)
{
	return STORE_SCHEMA;
}

const char *store_path(const struct store *st)
{
	return st->path;
}

void store_set_time(struct store *st, time_t t)
{
	st->fixed = t;
}

/* Current time as ISO 8601 UTC with seconds ("2024-05-01T12:34:56Z"). */
static void now_iso(const struct store *st, char buf[32])
{
	time_t t = st->fixed ? st->fixed : time(NULL);
	struct tm tm;
	if (!gmtime_r(&t, &tm) || !strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
		BUG("cannot format the time");
}

/*
 * Print "pmpath: PATH: <what went wrong>" for SQLite result `rc` (the
 * connection's message when there is one) and return -1.  Common failures
 * get words a user can act on.
 */
static int db_fail(const struct store *st, int rc)
{
	const char *msg = st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc);
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return error("%s: another pmpath is using this database; try again",
			     st->path);
	case SQLITE_FULL:
		return error("%s: disk full; the last change was not saved", st->path);
	case SQLITE_READONLY:
		return error("%s: database is read-only; check the file's permissions",
			     st->path);
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		return error("%s: not a pmpath database, or it is damaged", st->path);
	case SQLITE_CANTOPEN:
		return error("%s: cannot open the database (%s)", st->path, msg);
	case SQLITE_IOERR:
		return error("%s: input/output error (%s)", st->path, msg);
	default:
		return error("%s: %s", st->path, msg);
	}
}

/* Prepare `sql`; NULL after printing why. */
static sqlite3_stmt *prep(struct store *st, const char *sql)
{
	sqlite3_stmt *stmt = NULL;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL);
	if (rc != SQLITE_OK) {
		db_fail(st, rc);
		sqlite3_finalize(stmt);
		return NULL;
	}
	return stmt;
}

/* Run a statement without parameters or results; 0 or -1 after printing. */
static int exec_sql(struct store *st, const char *sql)
{
	int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : db_fail(st, rc);
}

/* Step a statement that returns no rows; 0 or -1 after printing. */
static int step_done(struct store *st, sqlite3_stmt *stmt)
{
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_DONE)
		return 0;
	return db_fail(st, rc == SQLITE_ROW ? SQLITE_MISUSE : sqlite3_errcode(st->db));
}

/* Roll back the open transaction, if any, keeping the first error shown. */
static void tx_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Start a write transaction (waits up to the busy timeout). */
static int tx_begin(struct store *st)
{
	return exec_sql(st, "BEGIN IMMEDIATE");
}

/* Commit; on failure roll back and return -1 after printing why. */
static int tx_commit(struct store *st)
{
	if (exec_sql(st, "COMMIT") < 0) {
		tx_rollback(st);
		return -1;
	}
	return 0;
}

/* Read one integer from a single-row query such as "PRAGMA user_version". */
static int query_int(struct store *st, const char *sql, long long *out)
{
	sqlite3_stmt *stmt = prep(st, sql);
	int rc;
	if (!stmt)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		db_fail(st, rc == SQLITE_DONE ? SQLITE_CORRUPT : sqlite3_errcode(st->db));
		sqlite3_finalize(stmt);
		return -1;
	}
	*out = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return 0;
}

/*
 * Create the missing directories above `path` with mode 0700 (existing
 * ones are left as they are).  0 or -1 after printing why.
 */
static int make_parents(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int ret = 0;
	if (!slash || slash == dir) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	for (char *p = dir + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (mkdir(dir, 0700) == 0) {
			/* Exactly 0700 whatever the umask (0277 would lock us out). */
			if (chmod(dir, 0700) < 0) {
				ret = error("%s: cannot set mode 0700: %s", dir, strerror(errno));
				break;
			}
		} else if (errno != EEXIST) {
			ret = error("%s: cannot create directory: %s", dir, strerror(errno));
			break;
		}
		*p = c;
		if (!c)
			break;
	}
	free(dir);
	return ret;
}

/*
 * Make sure `path` exists as a regular file (not a symbolic link), creating
 * it with mode 0600 if needed.  Returns 0 or -1 after printing why.
 */
static int create_file(const char *path)
{
	struct stat sb;
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd >= 0) {
		/* Ours: make the mode exactly 0600 whatever the umask. */
		if (fchmod(fd, 0600) < 0) {
			int e = errno;
			close(fd);
			return error("%s: cannot set mode 0600: %s", path, strerror(e));
		}
		close(fd);
		return 0;
	}
	if (errno != EEXIST)
		return error("%s: cannot create the database: %s", path, strerror(errno));
	if (lstat(path, &sb) < 0)
		return error("%s: %s", path, strerror(errno));
	if (S_ISLNK(sb.st_mode))
		return error("%s: is a symbolic link; pmpath does not follow links for "
			     "its database (give the real path with --db)", path);
	if (!S_ISREG(sb.st_mode))
		return error("%s: not a regular file", path);
	return 0;
}

/*
 * Check that the file is a pmpath database (or a fresh one) and bring
 * its schema up to date.  0 or -1 after printing why.
 */
static int migrate(struct store *st)
{
	long long version, app, tables;

	if (query_int(st, "PRAGMA application_id", &app) < 0 ||
	    query_int(st, "PRAGMA user_version", &version) < 0)
		return -1;
	if (app != STORE_APP_ID) {
		if (app != 0)
			return error("%s: not a pmpath database (it belongs to another "
				     "program); give another path with --db", st->path);
		if (query_int(st, "SELECT count(*) FROM sqlite_master", &tables) < 0)
			return -1;
		if (tables != 0 || version != 0)
			return error("%s: not a pmpath database (it has other tables); "
				     "give another path with --db", st->path);
	}
	if (version > STORE_SCHEMA)
		return error("%s: database was written by a newer pmpath (schema %lld; "
			     "this one knows %d); upgrade pmpath", st->path, version,
			     STORE_SCHEMA);

	while (version < STORE_SCHEMA) {
		char *pragma;
		if (tx_begin(st) < 0)
			return -1;
		/* Another process may have migrated while we waited. */
		if (query_int(st, "PRAGMA user_version", &version) < 0) {
			tx_rollback(st);
			return -1;
		}
		if (version >= STORE_SCHEMA) {
			tx_rollback(st);
			break;
		}
		/* Integers from our own table: nothing user-supplied in the text. */
		pragma = xasprintf("PRAGMA application_id = %d; PRAGMA user_version = %lld;",
				   STORE_APP_ID, version + 1);
		if (exec_sql(st, migrations[version]) < 0 || exec_sql(st, pragma) < 0) {
			free(pragma);
			tx_rollback(st);
			return -1;
		}
		free(pragma);
		if (tx_commit(st) < 0)
			return -1;
		version++;
	}
	return 0;
}

/* Connection settings; see the file comment for why. */
static int configure(struct store *st)
{
	sqlite3_stmt *stmt;
	int rc;

	/* PMPATH_BUSY_TIMEOUT (ms) lets tests of a locked database run fast. */
	{
		const char *v = getenv("PMPATH_BUSY_TIMEOUT");
		long ms = 5000;
		if (v && (str_to_long(v, &ms) < 0 || ms < 0 || ms > 600000))
			ms = 5000;
		sqlite3_busy_timeout(st->db, (int)ms);
	}
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
	if (exec_sql(st, "PRAGMA foreign_keys = ON") < 0)
		return -1;
	/* PMPATH_MAX_PAGES: a test hook that makes the disk "full" at that
	 * many pages (tests/e2e/t_faults.sh); digits only, so safe to paste. */
	{
		const char *v = getenv("PMPATH_MAX_PAGES");
		long pages = 0;
		if (v && str_to_long(v, &pages) == 0 && pages > 0) {
			char *sql = xasprintf("PRAGMA max_page_count = %ld", pages);
			int r = exec_sql(st, sql);
			free(sql);
			if (r < 0)
				return -1;
		}
	}
	/* The first statement that reads the file: garbage is caught here. */
	stmt = prep(st, "PRAGMA journal_mode = WAL");
	if (!stmt)
		return -1;
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_fail(st, sqlite3_errcode(st->db));
	return exec_sql(st, "PRAGMA synchronous = FULL");
}

struct store *store_open(const char *path)
{
	struct store *st;
	int rc;

	if (!path || !*path) {
		error("no database path given");
		return NULL;
	}
	if (make_parents(path) < 0 || create_file(path) < 0)
		return NULL;
	st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(path);
	/* The file exists now: no SQLITE_OPEN_CREATE, and no links followed. */
	rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW,
			     NULL);
	if (rc != SQLITE_OK || configure(st) < 0 || migrate(st) < 0) {
		if (rc != SQLITE_OK)
			db_fail(st, rc);
		store_close(st);
		return NULL;
	}
	return st;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	if (st->db)
		sqlite3_close_v2(st->db);
	free(st->path);
	free(st);
}

/* Bind text `s` (NULL binds SQL NULL) to parameter `i`. */
static int bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	return s ? sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT)
		 : sqlite3_bind_null(stmt, i);
}

/* Column `i` as a fresh string, or NULL for SQL NULL. */
static char *col_dup(sqlite3_stmt *stmt, int i)
{
	const unsigned char *s = sqlite3_column_text(stmt, i);
	return s ? xstrdup((const char *)s) : NULL;
}

/* Look a profile up by name; 0 found, 1 missing, -1 error. */
static int profile_find(struct store *st, const char *name, int64_t *id)
{
	sqlite3_stmt *stmt = prep(st, "SELECT id FROM profile WHERE name = ?1");
	int rc;
	if (!stmt)
		return -1;
	bind_text(stmt, 1, name);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		rc = 0;
	} else if (rc == SQLITE_DONE) {
		rc = 1;
	} else {
		rc = db_fail(st, sqlite3_errcode(st->db));
	}
	sqlite3_finalize(stmt);
	return rc;
}

int store_profile(struct store *st, const char *name, int create, int64_t *id)
{
	sqlite3_stmt *stmt;
	char now[32];
	int rc;

	*id = 0;
	if (!name || !*name)
		return error("%s: empty profile name", st->path);
	rc = profile_find(st, name, id);
	if (rc != 1 || !create)
		return rc;
	if (tx_begin(st) < 0)
		return -1;
	stmt = prep(st, "INSERT INTO profile(name, created) VALUES (?1, ?2) "
			"ON CONFLICT(name) DO NOTHING");
	if (!stmt)
		goto fail;
	now_iso(st, now);
	bind_text(stmt, 1, name);
	bind_text(stmt, 2, now);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc < 0 || profile_find(st, name, id) != 0)
		goto fail;
	return tx_commit(st);
fail:
	tx_rollback(st);
	*id = 0;
	return -1;
}

void session_info_release(struct session_info *s)
{
	free(s->bank_id);
	free(s->bank_version);
	free(s->bank_hash);
	free(s->started);
	free(s->updated);
	free(s->completed);
	memset(s, 0, sizeof(*s));
}

#define SESSION_COLS "id, bank_id, bank_version, bank_hash, started, updated, completed"

/* Fill `out` from a row selected with SESSION_COLS. */
static void session_from_row(sqlite3_stmt *stmt, struct session_info *out)
{
	out->id = sqlite3_column_int64(stmt, 0);
	out->bank_id = col_dup(stmt, 1);
	out->bank_version = col_dup(stmt, 2);
	out->bank_hash = col_dup(stmt, 3);
	out->started = col_dup(stmt, 4);
	out->updated = col_dup(stmt, 5);
	out->completed = col_dup(stmt, 6);
}

/* Step a query for at most one session: 0 found, 1 none, -1 error. */
static int session_one(struct store *st, sqlite3_stmt *stmt, struct session_info *out)
{
	int rc = sqlite3_step(stmt);
	memset(out, 0, sizeof(*out));
	if (rc == SQLITE_ROW) {
		session_from_row(stmt, out);
		rc = 0;
	} else if (rc == SQLITE_DONE) {
		rc = 1;
	} else {
		rc = db_fail(st, sqlite3_errcode(st->db));
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* The queries below are also checked by EXPLAIN QUERY PLAN in the tests. */
const char store_sql_open_find[] =
	"SELECT " SESSION_COLS " FROM session"
	" WHERE profile_id = ?1 AND bank_id = ?2 AND completed IS NULL"
	" ORDER BY updated DESC, id DESC LIMIT 1";
const char store_sql_completed_nth[] =
	"SELECT " SESSION_COLS " FROM session"
	" WHERE profile_id = ?1 AND bank_id = ?2 AND completed IS NOT NULL"
	" ORDER BY completed DESC, id DESC LIMIT 1 OFFSET ?3";
const char store_sql_completed_all[] =
	"SELECT " SESSION_COLS " FROM session"
	" WHERE profile_id = ?1 AND completed IS NOT NULL"
	" ORDER BY completed DESC, id DESC";
const char store_sql_sessions_all[] =
	"SELECT " SESSION_COLS " FROM session"
	" WHERE profile_id = ?1 ORDER BY updated DESC, id DESC";

int store_session_open_find(struct store *st, int64_t profile, const char *bank_id,
			    struct session_info *out)
{
	sqlite3_stmt *stmt = prep(st, store_sql_open_find);
	memset(out, 0, sizeof(*out));
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, bank_id);
	return session_one(st, stmt, out);
}

int store_session_completed_nth(struct store *st, int64_t profile,
				const char *bank_id, int n, struct session_info *out)
{
	sqlite3_stmt *stmt;
	memset(out, 0, sizeof(*out));
	if (n < 0)
		return 1;
	stmt = prep(st, store_sql_completed_nth);
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, bank_id);
	sqlite3_bind_int(stmt, 3, n);
	return session_one(st, stmt, out);
}

void session_list_release(struct session_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		session_info_release(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = l->alloc = 0;
}

int store_sessions_list(struct store *st, int64_t profile, int completed_only,
			struct session_list *out)
{
	sqlite3_stmt *stmt = prep(st, completed_only ? store_sql_completed_all
						     : store_sql_sessions_all);
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		ALLOC_GROW(out->items, out->n + 1, out->alloc);
		session_from_row(stmt, &out->items[out->n++]);
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

int store_session_new(struct store *st, int64_t profile, const char *bank_id,
		      const char *bank_version, const char *bank_hash, int64_t *id)
{
	sqlite3_stmt *stmt;
	char now[32];
	int rc;

	*id = 0;
	if (tx_begin(st) < 0)
		return -1;
	stmt = prep(st, "INSERT INTO session(profile_id, bank_id, bank_version, bank_hash,"
			" started, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
	if (!stmt) {
		tx_rollback(st);
		return -1;
	}
	now_iso(st, now);
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, bank_id);
	bind_text(stmt, 3, bank_version ? bank_version : "");
	bind_text(stmt, 4, bank_hash ? bank_hash : "");
	bind_text(stmt, 5, now);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc < 0) {
		tx_rollback(st);
		return -1;
	}
	*id = sqlite3_last_insert_rowid(st->db);
	if (tx_commit(st) < 0) {
		*id = 0;
		return -1;
	}
	return 0;
}

/*
 * Run one UPDATE of a single session row (parameters: ?1 session id, ?2 now,
 * then `a` and `b` as ?3, ?4 when not NULL) in its own transaction.
 * `missing` is the message when no row matched.  0 or -1.
 */
static int session_update(struct store *st, const char *sql, int64_t session,
			  const char *a, const char *b, const char *missing)
{
	sqlite3_stmt *stmt;
	char now[32];
	int rc;

	if (tx_begin(st) < 0)
		return -1;
	stmt = prep(st, sql);
	if (!stmt) {
		tx_rollback(st);
		return -1;
	}
	now_iso(st, now);
	sqlite3_bind_int64(stmt, 1, session);
	bind_text(stmt, 2, now);
	if (a)
		bind_text(stmt, 3, a);
	if (b)
		bind_text(stmt, 4, b);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc == 0 && sqlite3_changes(st->db) == 0)
		rc = error("%s: %s %lld", st->path, missing, (long long)session);
	if (rc < 0) {
		tx_rollback(st);
		return -1;
	}
	return tx_commit(st);
}

int store_session_rebank(struct store *st, int64_t session, const char *bank_version,
			 const char *bank_hash)
{
	return session_update(st, "UPDATE session SET updated = ?2, bank_version = ?3,"
				  " bank_hash = ?4 WHERE id = ?1", session,
			      bank_version ? bank_version : "", bank_hash ? bank_hash : "",
			      "no session");
}

int store_session_complete(struct store *st, int64_t session)
{
	return session_update(st, "UPDATE session SET updated = ?2, completed = ?2"
				  " WHERE id = ?1 AND completed IS NULL", session, NULL,
			      NULL, "no open session");
}

/* Mark the session as changed now (inside the caller's transaction). */
static int session_touch(struct store *st, int64_t session, const char *now)
{
	sqlite3_stmt *stmt = prep(st, "UPDATE session SET updated = ?2 WHERE id = ?1");
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, session);
	bind_text(stmt, 2, now);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc == 0 && sqlite3_changes(st->db) == 0)
		rc = error("%s: no session %lld", st->path, (long long)session);
	return rc;
}

/* Insert or replace one answer inside the open transaction. */
static int answer_write(struct store *st, int64_t session, const char *qid,
			const char *value, enum answer_status status, const char *now)
{
	sqlite3_stmt *stmt;
	int rc;
	if (!qid || !*qid)
		return error("%s: empty question id", st->path);
	stmt = prep(st, "INSERT INTO answer(session_id, qid, value, status, updated)"
			" VALUES (?1, ?2, ?3, ?4, ?5)"
			" ON CONFLICT(session_id, qid) DO UPDATE SET value = excluded.value,"
			" status = excluded.status, updated = excluded.updated");
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, session);
	bind_text(stmt, 2, qid);
	bind_text(stmt, 3, value ? value : "");
	sqlite3_bind_int(stmt, 4, (int)status);
	bind_text(stmt, 5, now);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	return rc;
}

int store_answers_put_many(struct store *st, int64_t session, size_t n,
			   const char *const *qids, const char *const *values,
			   const enum answer_status *statuses)
{
	char now[32];
	if (!n)
		return 0;
	if (tx_begin(st) < 0)
		return -1;
	now_iso(st, now);
	if (session_touch(st, session, now) < 0)
		goto fail;
	for (size_t i = 0; i < n; i++)
		if (answer_write(st, session, qids[i], values[i], statuses[i], now) < 0)
			goto fail;
	return tx_commit(st);
fail:
	tx_rollback(st);
	return -1;
}

int store_answer_put(struct store *st, int64_t session, const char *qid,
		     const char *value, enum answer_status status)
{
	if (!qid || !*qid)
		return error("%s: empty question id", st->path);
	return store_answers_put_many(st, session, 1, &qid, &value, &status);
}

int store_answer_delete(struct store *st, int64_t session, const char *qid)
{
	sqlite3_stmt *stmt;
	char now[32];
	int rc;

	if (tx_begin(st) < 0)
		return -1;
	now_iso(st, now);
	if (session_touch(st, session, now) < 0)
		goto fail;
	stmt = prep(st, "DELETE FROM answer WHERE session_id = ?1 AND qid = ?2");
	if (!stmt)
		goto fail;
	sqlite3_bind_int64(stmt, 1, session);
	bind_text(stmt, 2, qid);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc < 0)
		goto fail;
	return tx_commit(st);
fail:
	tx_rollback(st);
	return -1;
}

int store_answers_load(struct store *st, int64_t session, struct answer_set *out)
{
	sqlite3_stmt *stmt = prep(st, "SELECT qid, value, status FROM answer"
				      " WHERE session_id = ?1 ORDER BY qid");
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, session);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *qid = (const char *)sqlite3_column_text(stmt, 0);
		const char *value = (const char *)sqlite3_column_text(stmt, 1);
		int status = sqlite3_column_int(stmt, 2);
		if (!qid || status < ANS_VALUE || status > ANS_DONT_KNOW) {
			sqlite3_finalize(stmt);
			return db_fail(st, SQLITE_CORRUPT);
		}
		answers_put(out, qid, value ? value : "", (enum answer_status)status);
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

int store_profile_list(struct store *st, char ***names, size_t *n)
{
	sqlite3_stmt *stmt = prep(st, "SELECT name FROM profile ORDER BY name");
	size_t alloc = 0;
	int rc;
	*names = NULL;
	*n = 0;
	if (!stmt)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		ALLOC_GROW(*names, *n + 1, alloc);
		(*names)[(*n)++] = col_dup(stmt, 0);
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

/* Mark `item` done at `when` for `profile` (an item already marked keeps
 * its date), inside the caller's transaction.  0 or -1 after printing. */
static int plan_done_insert(struct store *st, int64_t profile, const char *item,
			    const char *when)
{
	sqlite3_stmt *stmt = prep(st, "INSERT INTO plan_done(profile_id, item, done)"
				      " VALUES (?1, ?2, ?3) ON CONFLICT(profile_id, item) DO NOTHING");
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, item);
	bind_text(stmt, 3, when);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	return rc;
}

int store_plan_done_add(struct store *st, int64_t profile, const char *item)
{
	char now[32];

	if (!item || !*item)
		return error("%s: empty item id", st->path);
	if (tx_begin(st) < 0)
		return -1;
	now_iso(st, now);
	if (plan_done_insert(st, profile, item, now) < 0) {
		tx_rollback(st);
		return -1;
	}
	return tx_commit(st);
}

int store_plan_done_list(struct store *st, int64_t profile, char ***items, size_t *n)
{
	sqlite3_stmt *stmt = prep(st, "SELECT item FROM plan_done WHERE profile_id = ?1"
				      " ORDER BY item");
	size_t alloc = 0;
	int rc;
	*items = NULL;
	*n = 0;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		ALLOC_GROW(*items, *n + 1, alloc);
		(*items)[(*n)++] = col_dup(stmt, 0);
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Run a prepared, bound DELETE in its own transaction and finalize it.
 * 0 when it removed something, 1 when nothing matched, -1 on error.
 */
static int run_delete(struct store *st, sqlite3_stmt *stmt)
{
	int rc;

	if (!stmt)
		return -1;
	if (tx_begin(st) < 0) {
		sqlite3_finalize(stmt);
		return -1;
	}
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc < 0) {
		tx_rollback(st);
		return -1;
	}
	rc = sqlite3_changes(st->db) ? 0 : 1;
	if (tx_commit(st) < 0)
		return -1;
	return rc;
}

void plan_settings_release(struct plan_settings *ps)
{
	free(ps->target);
	free(ps->start);
	free(ps->exam_date);
	free(ps->updated);
	memset(ps, 0, sizeof(*ps));
}

int store_plan_settings_get(struct store *st, int64_t profile, struct plan_settings *out)
{
	sqlite3_stmt *stmt = prep(st, "SELECT target, hours_per_week, start, exam_date, updated"
				      " FROM plan_setting WHERE profile_id = ?1");
	int rc;
	memset(out, 0, sizeof(*out));
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		out->target = col_dup(stmt, 0);
		out->has_hours = sqlite3_column_type(stmt, 1) != SQLITE_NULL;
		out->hours = out->has_hours ? sqlite3_column_double(stmt, 1) : 0;
		out->start = col_dup(stmt, 2);
		out->exam_date = col_dup(stmt, 3);
		out->updated = col_dup(stmt, 4);
		rc = 0;
	} else {
		rc = rc == SQLITE_DONE ? 1 : db_fail(st, sqlite3_errcode(st->db));
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* Write `ps` as the plan settings of `profile`, saved at `when`, inside
 * the caller's transaction.  0 or -1 after printing. */
static int plan_settings_upsert(struct store *st, int64_t profile,
				const struct plan_settings *ps, const char *when)
{
	sqlite3_stmt *stmt = prep(st, "INSERT INTO plan_setting(profile_id, target,"
				      " hours_per_week, start, exam_date, updated)"
				      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
				      " ON CONFLICT(profile_id) DO UPDATE SET target = ?2,"
				      " hours_per_week = ?3, start = ?4, exam_date = ?5,"
				      " updated = ?6");
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, ps->target);
	if (ps->has_hours)
		sqlite3_bind_double(stmt, 3, ps->hours);
	bind_text(stmt, 4, ps->start);
	bind_text(stmt, 5, ps->exam_date);
	bind_text(stmt, 6, when);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	return rc;
}

int store_plan_settings_put(struct store *st, int64_t profile, const struct plan_settings *ps)
{
	char now[32];

	if (tx_begin(st) < 0)
		return -1;
	now_iso(st, now);
	if (plan_settings_upsert(st, profile, ps, now) < 0) {
		tx_rollback(st);
		return -1;
	}
	return tx_commit(st);
}

int store_plan_settings_clear(struct store *st, int64_t profile)
{
	sqlite3_stmt *stmt = prep(st, "DELETE FROM plan_setting WHERE profile_id = ?1");
	int rc;
	if (stmt)
		sqlite3_bind_int64(stmt, 1, profile);
	rc = run_delete(st, stmt);
	return rc < 0 ? -1 : 0;
}

const char store_sql_bullets_list[] =
	"SELECT id, original, text, created FROM bullet WHERE profile_id = ?1 ORDER BY id";

void stored_bullet_release(struct stored_bullet *b)
{
	free(b->original);
	free(b->text);
	free(b->created);
	memset(b, 0, sizeof(*b));
}

void bullet_list_release(struct bullet_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		stored_bullet_release(&l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

/* Insert one bullet row inside the caller's transaction; 0 or -1. */
static int bullet_insert(struct store *st, int64_t profile, const char *original,
			 const char *text, const char *created, int64_t *id)
{
	sqlite3_stmt *stmt = prep(st, "INSERT INTO bullet(profile_id, original, text, created)"
				      " VALUES (?1, ?2, ?3, ?4)");
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, original);
	bind_text(stmt, 3, text);
	bind_text(stmt, 4, created);
	rc = step_done(st, stmt);
	sqlite3_finalize(stmt);
	if (rc == 0 && id)
		*id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_bullet_add(struct store *st, int64_t profile, const char *original,
		     const char *text, int64_t *id)
{
	sqlite3_stmt *stmt;
	char now[32];
	int rc;

	if (id)
		*id = 0;
	if (!original || !text || !*text)
		return error("%s: empty bullet", st->path);
	if (tx_begin(st) < 0)
		return -1;
	/* The same bullet accepted again (a second run) is kept once. */
	stmt = prep(st, "SELECT id FROM bullet WHERE profile_id = ?1 AND original = ?2"
			" AND text = ?3");
	if (!stmt)
		goto fail;
	sqlite3_bind_int64(stmt, 1, profile);
	bind_text(stmt, 2, original);
	bind_text(stmt, 3, text);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		if (id)
			*id = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
		tx_rollback(st);
		return 1;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		db_fail(st, sqlite3_errcode(st->db));
		goto fail;
	}
	now_iso(st, now);
	if (bullet_insert(st, profile, original, text, now, id) < 0)
		goto fail;
	return tx_commit(st);
fail:
	tx_rollback(st);
	return -1;
}

int store_bullet_list(struct store *st, int64_t profile, struct bullet_list *out)
{
	sqlite3_stmt *stmt = prep(st, store_sql_bullets_list);
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, profile);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct stored_bullet *b;
		ALLOC_GROW(out->items, out->n + 1, out->alloc);
		b = &out->items[out->n++];
		b->id = sqlite3_column_int64(stmt, 0);
		b->original = col_dup(stmt, 1);
		b->text = col_dup(stmt, 2);
		b->created = col_dup(stmt, 3);
		if (!b->original)
			b->original = xstrdup("");
		if (!b->text)
			b->text = xstrdup("");
		if (!b->created)
			b->created = xstrdup("");
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

int store_bullet_delete(struct store *st, int64_t profile, int64_t id)
{
	sqlite3_stmt *stmt = prep(st, "DELETE FROM bullet WHERE profile_id = ?1 AND id = ?2");
	if (stmt) {
		sqlite3_bind_int64(stmt, 1, profile);
		sqlite3_bind_int64(stmt, 2, id);
	}
	return run_delete(st, stmt);
}

void store_names_release(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

int store_profile_delete(struct store *st, const char *name)
{
	/* Sessions, answers and bullets go with it (ON DELETE CASCADE). */
	sqlite3_stmt *stmt = prep(st, "DELETE FROM profile WHERE name = ?1");
	if (stmt)
		bind_text(stmt, 1, name);
	return run_delete(st, stmt);
}

void profile_dump_release(struct profile_dump *p)
{
	for (size_t i = 0; i < p->n; i++) {
		struct stored_session *ss = &p->sessions[i];
		for (size_t k = 0; k < ss->nanswers; k++) {
			free(ss->answers[k].qid);
			free(ss->answers[k].value);
			free(ss->answers[k].updated);
		}
		free(ss->answers);
		session_info_release(&ss->info);
	}
	free(p->sessions);
	bullet_list_release(&p->bullets);
	plan_settings_release(&p->plan);
	for (size_t i = 0; i < p->ndone; i++) {
		free(p->done[i].item);
		free(p->done[i].done);
	}
	free(p->done);
	free(p->name);
	free(p->created);
	memset(p, 0, sizeof(*p));
}

/* Append the answers of `ss` (by qid) from the database.  0 or -1. */
static int answers_read(struct store *st, struct stored_session *ss)
{
	sqlite3_stmt *stmt = prep(st, "SELECT qid, value, status, updated FROM answer"
				      " WHERE session_id = ?1 ORDER BY qid");
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, ss->info.id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct stored_answer *a;
		int status = sqlite3_column_int(stmt, 2);
		if (sqlite3_column_type(stmt, 0) == SQLITE_NULL || status < ANS_VALUE ||
		    status > ANS_DONT_KNOW) {
			sqlite3_finalize(stmt);
			return db_fail(st, SQLITE_CORRUPT);
		}
		ALLOC_GROW(ss->answers, ss->nanswers + 1, ss->alloc);
		a = &ss->answers[ss->nanswers++];
		a->qid = col_dup(stmt, 0);
		a->value = col_dup(stmt, 1);
		if (!a->value)
			a->value = xstrdup("");
		a->status = (enum answer_status)status;
		a->updated = col_dup(stmt, 3);
		if (!a->updated)
			a->updated = xstrdup("");
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

/* The plan settings and done items of profile `id` into out.  0 or -1. */
static int plan_read(struct store *st, int64_t id, struct profile_dump *out)
{
	sqlite3_stmt *stmt;
	int rc = store_plan_settings_get(st, id, &out->plan);
	if (rc < 0)
		return -1;
	out->has_plan = rc == 0;
	stmt = prep(st, "SELECT item, done FROM plan_done WHERE profile_id = ?1 ORDER BY item");
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct stored_done *d;
		ALLOC_GROW(out->done, out->ndone + 1, out->done_alloc);
		d = &out->done[out->ndone++];
		d->item = col_dup(stmt, 0);
		d->done = col_dup(stmt, 1);
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}

/* Insert the plan settings and done items of `p` for profile `pid`, with
 * the dates they carry, inside the caller's transaction.  0 or -1. */
static int plan_write(struct store *st, int64_t pid, const struct profile_dump *p)
{
	if (p->has_plan &&
	    plan_settings_upsert(st, pid, &p->plan, p->plan.updated ? p->plan.updated : "") < 0)
		return -1;
	for (size_t i = 0; i < p->ndone; i++)
		if (plan_done_insert(st, pid, p->done[i].item,
				     p->done[i].done ? p->done[i].done : "") < 0)
			return -1;
	return 0;
}

int store_profile_read(struct store *st, const char *name, struct profile_dump *out)
{
	sqlite3_stmt *stmt;
	int64_t id = 0;
	int rc;

	/* One read transaction: a consistent picture even if another pmpath
	 * writes meanwhile. */
	if (exec_sql(st, "BEGIN") < 0)
		return -1;
	stmt = prep(st, "SELECT id, name, created FROM profile WHERE name = ?1");
	if (!stmt)
		goto fail;
	bind_text(stmt, 1, name);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(stmt);
		tx_rollback(st);
		return 1;
	}
	if (rc != SQLITE_ROW) {
		db_fail(st, sqlite3_errcode(st->db));
		sqlite3_finalize(stmt);
		goto fail;
	}
	id = sqlite3_column_int64(stmt, 0);
	out->name = col_dup(stmt, 1);
	out->created = col_dup(stmt, 2);
	sqlite3_finalize(stmt);

	stmt = prep(st, "SELECT " SESSION_COLS " FROM session WHERE profile_id = ?1"
			" ORDER BY started, id");
	if (!stmt)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct stored_session *ss;
		ALLOC_GROW(out->sessions, out->n + 1, out->alloc);
		ss = &out->sessions[out->n++];
		memset(ss, 0, sizeof(*ss));
		session_from_row(stmt, &ss->info);
	}
	if (rc != SQLITE_DONE) {
		db_fail(st, sqlite3_errcode(st->db));
		sqlite3_finalize(stmt);
		goto fail;
	}
	sqlite3_finalize(stmt);
	for (size_t i = 0; i < out->n; i++)
		if (answers_read(st, &out->sessions[i]) < 0)
			goto fail;
	if (store_bullet_list(st, id, &out->bullets) < 0 || plan_read(st, id, out) < 0)
		goto fail;
	tx_rollback(st); /* read-only: nothing to commit */
	return 0;
fail:
	tx_rollback(st);
	profile_dump_release(out);
	return -1;
}

int store_profile_write(struct store *st, const struct profile_dump *p, int replace)
{
	sqlite3_stmt *stmt = NULL, *sess = NULL, *ans = NULL;
	int64_t pid = 0;
	int rc;

	if (!p->name || !*p->name)
		return error("%s: empty profile name", st->path);
	if (tx_begin(st) < 0)
		return -1;
	rc = profile_find(st, p->name, &pid);
	if (rc < 0)
		goto fail;
	if (rc == 0 && !replace) {
		tx_rollback(st);
		return 1;
	}
	if (rc == 0) {
		/* Sessions and answers go with it (ON DELETE CASCADE). */
		stmt = prep(st, "DELETE FROM profile WHERE id = ?1");
		if (!stmt)
			goto fail;
		sqlite3_bind_int64(stmt, 1, pid);
		if (step_done(st, stmt) < 0)
			goto fail;
		sqlite3_finalize(stmt);
	}
	stmt = prep(st, "INSERT INTO profile(name, created) VALUES (?1, ?2)");
	if (!stmt)
		goto fail;
	bind_text(stmt, 1, p->name);
	bind_text(stmt, 2, p->created ? p->created : "");
	if (step_done(st, stmt) < 0)
		goto fail;
	sqlite3_finalize(stmt);
	stmt = NULL;
	pid = sqlite3_last_insert_rowid(st->db);

	sess = prep(st, "INSERT INTO session(profile_id, bank_id, bank_version, bank_hash,"
			" started, updated, completed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
	ans = prep(st, "INSERT INTO answer(session_id, qid, value, status, updated)"
		       " VALUES (?1, ?2, ?3, ?4, ?5)");
	if (!sess || !ans)
		goto fail;
	for (size_t i = 0; i < p->n; i++) {
		const struct stored_session *ss = &p->sessions[i];
		const struct session_info *si = &ss->info;
		int64_t sid;
		sqlite3_reset(sess);
		sqlite3_bind_int64(sess, 1, pid);
		bind_text(sess, 2, si->bank_id ? si->bank_id : "");
		bind_text(sess, 3, si->bank_version ? si->bank_version : "");
		bind_text(sess, 4, si->bank_hash ? si->bank_hash : "");
		bind_text(sess, 5, si->started ? si->started : "");
		bind_text(sess, 6, si->updated ? si->updated : "");
		bind_text(sess, 7, si->completed);
		if (step_done(st, sess) < 0)
			goto fail;
		sid = sqlite3_last_insert_rowid(st->db);
		for (size_t k = 0; k < ss->nanswers; k++) {
			const struct stored_answer *a = &ss->answers[k];
			sqlite3_reset(ans);
			sqlite3_bind_int64(ans, 1, sid);
			bind_text(ans, 2, a->qid);
			bind_text(ans, 3, a->value ? a->value : "");
			sqlite3_bind_int(ans, 4, (int)a->status);
			bind_text(ans, 5, a->updated ? a->updated : "");
			if (step_done(st, ans) < 0)
				goto fail;
		}
	}
	for (size_t i = 0; i < p->bullets.n; i++) {
		const struct stored_bullet *b = &p->bullets.items[i];
		if (bullet_insert(st, pid, b->original ? b->original : "", b->text ? b->text : "",
				  b->created ? b->created : "", NULL) < 0)
			goto fail;
	}
	if (plan_write(st, pid, p) < 0)
		goto fail;
	sqlite3_finalize(sess);
	sqlite3_finalize(ans);
	return tx_commit(st);
fail:
	sqlite3_finalize(stmt);
	sqlite3_finalize(sess);
	sqlite3_finalize(ans);
	tx_rollback(st);
	return -1;
}

void profile_summaries_release(struct profile_summary *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(s[i].name);
		free(s[i].last);
	}
	free(s);
}

int store_profile_summaries(struct store *st, struct profile_summary **out, size_t *n)
{
	sqlite3_stmt *stmt = prep(st, "SELECT p.name, count(s.id),"
				      " coalesce(max(s.updated), p.created)"
				      " FROM profile p LEFT JOIN session s ON s.profile_id = p.id"
				      " GROUP BY p.id ORDER BY p.name");
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (!stmt)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct profile_summary *ps;
		ALLOC_GROW(*out, *n + 1, alloc);
		ps = &(*out)[(*n)++];
		ps->name = col_dup(stmt, 0);
		ps->sessions = (size_t)sqlite3_column_int64(stmt, 1);
		ps->last = col_dup(stmt, 2);
		if (!ps->name)
			ps->name = xstrdup("");
		if (!ps->last)
			ps->last = xstrdup("");
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	if (rc < 0) {
		profile_summaries_release(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

int store_vacuum(struct store *st)
{
	sqlite3_stmt *stmt;
	int rc;
	if (exec_sql(st, "VACUUM") < 0)
		return -1;
	/* Copy the WAL into the file and cut the WAL to zero bytes. */
	stmt = prep(st, "PRAGMA wal_checkpoint(TRUNCATE)");
	if (!stmt)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && sqlite3_column_int(stmt, 0) != 0)
		rc = SQLITE_BUSY; /* another connection kept it from finishing */
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_fail(st, rc == SQLITE_BUSY ? SQLITE_BUSY : sqlite3_errcode(st->db));
	return 0;
}

int store_explain(struct store *st, const char *sql, struct strbuf *out)
{
	char *q = xasprintf("EXPLAIN QUERY PLAN %s", sql);
	sqlite3_stmt *stmt = prep(st, q);
	int rc;
	free(q);
	if (!stmt)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const unsigned char *d = sqlite3_column_text(stmt, 3);
		sb_addf(out, "%s\n", d ? (const char *)d : "");
	}
	rc = rc == SQLITE_DONE ? 0 : db_fail(st, sqlite3_errcode(st->db));
	sqlite3_finalize(stmt);
	return rc;
}
