/* test_store.c - the user database: creation, modes, migrations, refusal
 * of foreign/newer/damaged files, answers and sessions, query plans. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pmpath/profile_xml.h"
#include "pmpath/store.h"
#include "pmpath/util.h"

static char tmpdir[] = "/tmp/pmpath-test-store-XXXXXX";

/* Remove the temporary tree between tests. */
static int cleanup(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'/*", tmpdir);
	(void)state;
	if (system(cmd) != 0)
		fail_msg("cannot clean %s", tmpdir);
	free(cmd);
	return 0;
}

static char *tpath(const char *name)
{
	return xasprintf("%s/%s", tmpdir, name);
}

/* Run fn(arg) with stderr captured; returns what it printed (caller frees). */
static char *capture(void *(*fn)(void *), void *arg, void **result)
{
	char *path = tpath("stderr.txt");
	int saved = dup(2), fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	struct strbuf sb = STRBUF_INIT;
	char buf[512];
	ssize_t n;
	assert_true(saved >= 0 && fd >= 0);
	fflush(stderr);
	dup2(fd, 2);
	*result = fn(arg);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	sb_init(&sb);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		sb_add(&sb, buf, (size_t)n);
	close(fd);
	unlink(path);
	free(path);
	return sb_detach(&sb);
}

static void *open_fn(void *path)
{
	return store_open(path);
}

/* store_open(path) expected to fail with exactly `msg` on stderr. */
static void assert_open_fails(const char *path, const char *msg)
{
	void *st;
	char *err = capture(open_fn, (void *)path, &st);
	assert_null(st);
	assert_string_equal(err, msg);
	free(err);
}

/* Run one SQL statement on the file with a separate connection. */
static void raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* One integer from a separate connection (proves data was committed). */
static long long raw_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long long v = -1;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return v;
}

static void test_create_modes(void **state)
{
	char *path = tpath("a/b/pmpath.db");
	char *dir = tpath("a"), *sub = tpath("a/b");
	/* A umask that would leave 0400/0500 without the explicit chmods. */
	mode_t old = umask(0277);
	struct store *st;
	struct stat sb;
	(void)state;
	st = store_open(path);
	umask(old);
	assert_non_null(st);
	assert_string_equal(store_path(st), path);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
	assert_int_equal(stat(sub, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
	{
		/* SQLite's -wal and -shm files take the database file's mode. */
		int64_t p;
		char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
		old = umask(0);
		assert_int_equal(store_profile(st, "default", 1, &p), 0);
		umask(old);
		assert_int_equal(stat(wal, &sb), 0);
		assert_int_equal(sb.st_mode & 07777, 0600);
		assert_int_equal(stat(shm, &sb), 0);
		assert_int_equal(sb.st_mode & 07777, 0600);
		free(wal);
		free(shm);
	}
	store_close(st);
	assert_int_equal(raw_int(path, "PRAGMA user_version"), store_schema_version());
	assert_int_equal(raw_int(path, "PRAGMA application_id"), 0x706d7061);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM sqlite_master WHERE"
				       " name IN ('profile', 'session', 'answer')"), 3);
	/* WAL is persistent in the file header. */
	assert_int_equal(raw_int(path, "SELECT journal_mode = 'wal' FROM"
				       " pragma_journal_mode"), 1);
	free(path);
	free(dir);
	free(sub);
}

static void test_reopen(void **state)
{
	char *path = tpath("re.db");
	struct store *st = store_open(path);
	int64_t p1, p2, s;
	(void)state;
	assert_non_null(st);
	assert_int_equal(store_profile(st, "default", 1, &p1), 0);
	assert_int_equal(store_session_new(st, p1, "core", "1", "h", &s), 0);
	assert_int_equal(store_answer_put(st, s, "role", "developer", ANS_VALUE), 0);
	store_close(st);
	st = store_open(path);
	assert_non_null(st);
	assert_int_equal(store_profile(st, "default", 0, &p2), 0);
	assert_int_equal(p1, p2);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM answer"), 1);
	store_close(st);
	assert_int_equal(raw_int(path, "PRAGMA user_version"), store_schema_version());
	free(path);
}

static void test_refusals(void **state)
{
	char *path = tpath("x.db"), *msg;
	FILE *f;
	(void)state;

	/* Written by a newer pmpath. */
	store_close(store_open(path));
	raw_exec(path, "PRAGMA user_version = 99");
	msg = xasprintf("pmpath: %s: database was written by a newer pmpath (schema 99; "
			"this one knows %d); upgrade pmpath\n", path, store_schema_version());
	assert_open_fails(path, msg);
	free(msg);
	unlink(path);

	/* Another program's SQLite file. */
	raw_exec(path, "CREATE TABLE contacts(name TEXT)");
	msg = xasprintf("pmpath: %s: not a pmpath database (it has other tables); give "
			"another path with --db\n", path);
	assert_open_fails(path, msg);
	free(msg);
	raw_exec(path, "PRAGMA application_id = 42");
	msg = xasprintf("pmpath: %s: not a pmpath database (it belongs to another "
			"program); give another path with --db\n", path);
	assert_open_fails(path, msg);
	free(msg);
	unlink(path);

	/* Garbage, and a truncated header. */
	f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 0; i < 2000; i++)
		fputs("this is not a database. ", f);
	fclose(f);
	msg = xasprintf("pmpath: %s: not a pmpath database, or it is damaged\n", path);
	assert_open_fails(path, msg);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("SQLite format 3", f);
	fclose(f);
	assert_open_fails(path, msg);
	free(msg);
	unlink(path);

	/* A symbolic link, a directory. */
	assert_int_equal(symlink("/tmp/elsewhere.db", path), 0);
	msg = xasprintf("pmpath: %s: is a symbolic link; pmpath does not follow links "
			"for its database (give the real path with --db)\n", path);
	assert_open_fails(path, msg);
	free(msg);
	unlink(path);
	assert_int_equal(mkdir(path, 0700), 0);
	msg = xasprintf("pmpath: %s: not a regular file\n", path);
	assert_open_fails(path, msg);
	free(msg);
	free(path);
	assert_open_fails("", "pmpath: no database path given\n");
}

/* A table of answers put, replaced, deleted; then loaded back. */
static void test_answers(void **state)
{
	static const struct {
		const char *qid, *value;
		enum answer_status status;
		int del;
	} steps[] = {
		{ "role", "developer", ANS_VALUE, 0 },
		{ "years_it", "12", ANS_VALUE, 0 },
		{ "skills", "scrum,jira", ANS_VALUE, 0 },
		{ "role", "devops", ANS_VALUE, 0 },           /* replaces */
		{ "pm_months", "", ANS_SKIPPED, 0 },
		{ "budget", "", ANS_DONT_KNOW, 0 },
		{ "years_it", NULL, ANS_VALUE, 1 },            /* deleted */
		{ "bullets", "l\xC3\xA9" "d 'x'; DROP\nline2", ANS_VALUE, 0 },
	};
	static const struct {
		const char *qid, *value;
		enum answer_status status;
	} want[] = { /* by qid */
		{ "budget", "", ANS_DONT_KNOW },
		{ "bullets", "l\xC3\xA9" "d 'x'; DROP\nline2", ANS_VALUE },
		{ "pm_months", "", ANS_SKIPPED },
		{ "role", "devops", ANS_VALUE },
		{ "skills", "scrum,jira", ANS_VALUE },
	};
	char *path = tpath("ans.db");
	struct store *st = store_open(path);
	struct answer_set set = ANSWER_SET_INIT;
	int64_t p, s, other;
	(void)state;
	assert_non_null(st);
	assert_int_equal(store_profile(st, "default", 1, &p), 0);
	assert_int_equal(store_session_new(st, p, "core", "1.0", "abc", &s), 0);
	assert_int_equal(store_session_new(st, p, "core", "1.0", "abc", &other), 0);
	assert_int_equal(store_answer_put(st, other, "role", "qa", ANS_VALUE), 0);
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++) {
		if (steps[i].del)
			assert_int_equal(store_answer_delete(st, s, steps[i].qid), 0);
		else
			assert_int_equal(store_answer_put(st, s, steps[i].qid, steps[i].value,
							  steps[i].status), 0);
		/* Committed when it returns: another connection sees it. */
		char *q = xasprintf("SELECT count(*) FROM answer WHERE session_id = %lld"
				    " AND qid = '%s'", (long long)s, steps[i].qid);
		assert_int_equal(raw_int(path, q), steps[i].del ? 0 : 1);
		free(q);
	}
	assert_int_equal(store_answers_load(st, s, &set), 0);
	assert_int_equal(set.n, ARRAY_SIZE(want));
	for (size_t i = 0; i < ARRAY_SIZE(want); i++) {
		const struct answer *a = answers_get(&set, want[i].qid);
		assert_non_null(a);
		assert_string_equal(a->value, want[i].value);
		assert_int_equal(a->status, want[i].status);
	}
	answers_release(&set);
	assert_int_equal(store_answers_load(st, other, &set), 0);
	assert_int_equal(set.n, 1);
	assert_string_equal(set.items[0].value, "qa");
	answers_release(&set);
	store_close(st);
	free(path);
}

struct put_args {
	struct store *st;
	int64_t session;
};
static void *put_fn(void *arg)
{
	struct put_args *a = arg;
	static int rc;
	rc = store_answer_put(a->st, a->session, "role", "secret-value", ANS_VALUE);
	return &rc;
}
static void *complete_fn(void *arg)
{
	struct put_args *a = arg;
	static int rc;
	rc = store_session_complete(a->st, a->session);
	return &rc;
}

static void test_write_errors(void **state)
{
	char *path = tpath("err.db"), *err, *want;
	struct put_args a;
	void *rc;
	int64_t p;
	(void)state;
	a.st = store_open(path);
	assert_non_null(a.st);
	a.session = 777;
	err = capture(put_fn, &a, &rc);
	assert_int_equal(*(int *)rc, -1);
	want = xasprintf("pmpath: %s: no session 777\n", path);
	assert_string_equal(err, want);
	assert_null(strstr(err, "secret")); /* never the value */
	free(err);
	free(want);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM answer"), 0);

	assert_int_equal(store_profile(a.st, "p", 1, &p), 0);
	assert_int_equal(store_session_new(a.st, p, "core", "1", "h", &a.session), 0);
	assert_int_equal(store_session_complete(a.st, a.session), 0);
	err = capture(complete_fn, &a, &rc);
	assert_int_equal(*(int *)rc, -1);
	want = xasprintf("pmpath: %s: no open session %lld\n", path, (long long)a.session);
	assert_string_equal(err, want);
	free(err);
	free(want);
	store_close(a.st);
	free(path);
}

/* Another writer holds the database past the busy timeout (5 s). */
static void test_busy(void **state)
{
	char *path = tpath("busy.db"), *err, *want;
	struct put_args a;
	sqlite3 *other;
	int64_t p;
	void *rc;
	(void)state;
	a.st = store_open(path);
	assert_non_null(a.st);
	assert_int_equal(store_profile(a.st, "p", 1, &p), 0);
	assert_int_equal(store_session_new(a.st, p, "core", "1", "h", &a.session), 0);
	assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	err = capture(put_fn, &a, &rc);
	assert_int_equal(*(int *)rc, -1);
	want = xasprintf("pmpath: %s: another pmpath is using this database; try again\n",
			 path);
	assert_string_equal(err, want);
	free(err);
	free(want);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	/* Nothing half-done: the store works again and holds no answer. */
	assert_int_equal(raw_int(path, "SELECT count(*) FROM answer"), 0);
	assert_int_equal(store_answer_put(a.st, a.session, "role", "qa", ANS_VALUE), 0);
	store_close(a.st);
	free(path);
}

static void test_profiles(void **state)
{
	char *path = tpath("prof.db");
	struct store *st = store_open(path);
	int64_t a, b, c, s;
	char **names;
	size_t n;
	(void)state;
	assert_non_null(st);
	assert_int_equal(store_profile(st, "zoe", 0, &a), 1);
	assert_int_equal(a, 0);
	assert_int_equal(store_profile(st, "zoe", 1, &a), 0);
	assert_int_equal(store_profile(st, "adam", 1, &b), 0);
	assert_int_equal(store_profile(st, "zoe", 1, &c), 0);
	assert_true(a != b);
	assert_int_equal(a, c);
	assert_int_equal(store_profile_list(st, &names, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(names[0], "adam");
	assert_string_equal(names[1], "zoe");
	store_names_release(names, n);
	assert_int_equal(store_session_new(st, a, "core", "1", "h", &s), 0);
	assert_int_equal(store_answer_put(st, s, "role", "qa", ANS_VALUE), 0);
	assert_int_equal(store_profile_delete(st, "zoe"), 0);
	assert_int_equal(store_profile_delete(st, "zoe"), 1);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM session"), 0);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM answer"), 0);
	store_close(st);
	free(path);
}

static void test_sessions(void **state)
{
	char *path = tpath("sess.db");
	struct store *st = store_open(path);
	struct session_info si;
	struct session_list all = SESSION_LIST_INIT;
	int64_t p, q, s1, s2, s3, s4, sx;
	const time_t t0 = 1700000000; /* 2023-11-14T22:13:20Z */
	(void)state;
	assert_non_null(st);
	assert_int_equal(store_profile(st, "me", 1, &p), 0);
	assert_int_equal(store_profile(st, "you", 1, &q), 0);
	assert_int_equal(store_session_open_find(st, p, "core", &si), 1);
	assert_int_equal(store_session_completed_nth(st, p, "core", 0, &si), 1);

	store_set_time(st, t0);
	assert_int_equal(store_session_new(st, p, "core", "1.0", "h1", &s1), 0);
	assert_int_equal(store_session_new(st, p, "core", "1.0", "h1", &s2), 0);
	assert_int_equal(store_session_new(st, p, "agile", "1.0", "h9", &sx), 0);
	assert_int_equal(store_session_new(st, q, "core", "1.0", "h1", &s3), 0);
	/* Same second: the higher id wins. */
	assert_int_equal(store_session_open_find(st, p, "core", &si), 0);
	assert_int_equal(si.id, s2);
	assert_string_equal(si.started, "2023-11-14T22:13:20Z");
	assert_null(si.completed);
	session_info_release(&si);
	/* A later answer makes s1 the latest open one. */
	store_set_time(st, t0 + 60);
	assert_int_equal(store_answer_put(st, s1, "role", "qa", ANS_VALUE), 0);
	assert_int_equal(store_session_open_find(st, p, "core", &si), 0);
	assert_int_equal(si.id, s1);
	assert_string_equal(si.updated, "2023-11-14T22:14:20Z");
	session_info_release(&si);
	assert_int_equal(store_session_rebank(st, s1, "1.1", "h2"), 0);
	assert_int_equal(store_session_open_find(st, p, "core", &si), 0);
	assert_string_equal(si.bank_version, "1.1");
	assert_string_equal(si.bank_hash, "h2");
	assert_string_equal(si.bank_id, "core");
	session_info_release(&si);

	/* Complete: s2 at t0+100, s1 and s4 at t0+200 (tie: id DESC). */
	store_set_time(st, t0 + 100);
	assert_int_equal(store_session_complete(st, s2), 0);
	store_set_time(st, t0 + 200);
	assert_int_equal(store_session_complete(st, s1), 0);
	assert_int_equal(store_session_new(st, p, "core", "1.1", "h2", &s4), 0);
	assert_int_equal(store_session_complete(st, s4), 0);
	assert_int_equal(store_session_open_find(st, p, "core", &si), 1);
	{
		const int64_t order[] = { s4, s1, s2 };
		for (int n = 0; n < 3; n++) {
			assert_int_equal(store_session_completed_nth(st, p, "core", n, &si), 0);
			assert_int_equal(si.id, order[n]);
			assert_non_null(si.completed);
			session_info_release(&si);
		}
		assert_int_equal(store_session_completed_nth(st, p, "core", 3, &si), 1);
		assert_int_equal(store_session_completed_nth(st, p, "core", -1, &si), 1);
	}
	assert_int_equal(store_session_completed_nth(st, q, "core", 0, &si), 1);
	assert_int_equal(store_session_completed_nth(st, p, "agile", 0, &si), 1);

	assert_int_equal(store_sessions_list(st, p, 1, &all), 0);
	assert_int_equal(all.n, 3);
	assert_int_equal(all.items[0].id, s4);
	assert_int_equal(all.items[2].id, s2);
	session_list_release(&all);
	assert_int_equal(store_sessions_list(st, p, 0, &all), 0);
	assert_int_equal(all.n, 4); /* with the open agile one */
	session_list_release(&all);
	store_close(st);
	free(path);
}

/* Plan settings: none at first, saved and committed at once, replaced,
 * kept per profile, cleared, and gone with their profile. */
static void test_plan_settings(void **state)
{
	char *path = tpath("plan.db");
	struct store *st = store_open(path);
	struct plan_settings ps = { 0 }, got;
	int64_t a, b;
	(void)state;
	assert_non_null(st);
	assert_int_equal(store_profile(st, "ann", 1, &a), 0);
	assert_int_equal(store_profile(st, "bob", 1, &b), 0);
	assert_int_equal(store_plan_settings_get(st, a, &got), 1);
	assert_null(got.target);

	ps.target = "PMP";
	ps.has_hours = 1;
	ps.hours = 7.5;
	ps.start = "2030-01-07";
	assert_int_equal(store_plan_settings_put(st, a, &ps), 0);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM plan_setting"), 1);
	assert_int_equal(store_plan_settings_get(st, a, &got), 0);
	assert_string_equal(got.target, "PMP");
	assert_true(got.has_hours && got.hours == 7.5);
	assert_string_equal(got.start, "2030-01-07");
	assert_null(got.exam_date);
	assert_true(got.updated && profile_timestamp_ok(got.updated));
	plan_settings_release(&got);
	assert_int_equal(store_plan_settings_get(st, b, &got), 1);

	/* Replaced as a whole: hours not given any more is NULL again. */
	ps.target = "CAPM";
	ps.has_hours = 0;
	ps.exam_date = "2031-02-03";
	assert_int_equal(store_plan_settings_put(st, a, &ps), 0);
	assert_int_equal(store_plan_settings_get(st, a, &got), 0);
	assert_string_equal(got.target, "CAPM");
	assert_false(got.has_hours);
	assert_string_equal(got.exam_date, "2031-02-03");
	plan_settings_release(&got);

	assert_int_equal(store_plan_settings_clear(st, a), 0);
	assert_int_equal(store_plan_settings_get(st, a, &got), 1);
	assert_int_equal(store_plan_settings_clear(st, a), 0);
	assert_int_equal(store_plan_settings_put(st, b, &ps), 0);
	assert_int_equal(store_profile_delete(st, "bob"), 0);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM plan_setting"), 0);
	store_close(st);
	free(path);
}

/* The session lookups must use an index, never scan the table or sort. */
/* Accepted bullets: add (committed at once, duplicates kept once), list
 * in order per profile, delete, cascade with the profile, dump/write. */
static void test_bullets(void **state)
{
	char *path = tpath("bullets.db");
	struct store *st = store_open(path);
	struct bullet_list l = BULLET_LIST_INIT;
	struct profile_dump d = PROFILE_DUMP_INIT;
	int64_t a, b, id1, id2, id3, again;
	(void)state;
	assert_non_null(st);
	assert_int_equal(raw_int(path, "PRAGMA user_version"), store_schema_version());
	store_set_time(st, 1714566896); /* 2024-05-01T12:34:56Z */
	assert_int_equal(store_profile(st, "ann", 1, &a), 0);
	assert_int_equal(store_profile(st, "bob", 1, &b), 0);
	assert_int_equal(store_bullet_add(st, a, "handled server upgrades",
					  "Coordinated server upgrades across 4 teams", &id1), 0);
	/* Committed when it returns: a second connection sees it. */
	assert_int_equal(raw_int(path, "SELECT count(*) FROM bullet"), 1);
	assert_int_equal(store_bullet_add(st, a, "fixed tickets", "Resolved [N] tickets", &id2), 0);
	assert_int_equal(store_bullet_add(st, b, "ran backups", "Ran backups of 200 VMs", &id3), 0);
	assert_int_equal(store_bullet_add(st, a, "fixed tickets", "Resolved [N] tickets", &again), 1);
	assert_int_equal(again, id2);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM bullet"), 3);
	assert_int_equal(store_bullet_add(st, a, "x", "", NULL), -1);

	assert_int_equal(store_bullet_list(st, a, &l), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.items[0].id, id1);
	assert_string_equal(l.items[0].original, "handled server upgrades");
	assert_string_equal(l.items[0].text, "Coordinated server upgrades across 4 teams");
	assert_string_equal(l.items[0].created, "2024-05-01T12:34:56Z");
	assert_string_equal(l.items[1].text, "Resolved [N] tickets");
	bullet_list_release(&l);

	/* Delete only within the profile. */
	assert_int_equal(store_bullet_delete(st, b, id1), 1);
	assert_int_equal(store_bullet_delete(st, a, id1), 0);
	assert_int_equal(store_bullet_delete(st, a, id1), 1);
	assert_int_equal(store_bullet_list(st, a, &l), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.items[0].id, id2);
	bullet_list_release(&l);

	/* A dump carries the bullets; writing it under a new name copies them. */
	assert_int_equal(store_profile_read(st, "ann", &d), 0);
	assert_int_equal(d.bullets.n, 1);
	free(d.name);
	d.name = xstrdup("ann2");
	assert_int_equal(store_profile_write(st, &d, 0), 0);
	profile_dump_release(&d);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM bullet b JOIN profile p ON"
				       " p.id = b.profile_id WHERE p.name = 'ann2'"
				       " AND b.created = '2024-05-01T12:34:56Z'"), 1);

	/* They go with their profile. */
	assert_int_equal(store_profile_delete(st, "ann"), 0);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM bullet"), 2);
	assert_int_equal(store_bullet_list(st, b, &l), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.items[0].id, id3);
	bullet_list_release(&l);
	store_close(st);
	free(path);
}

static void test_query_plans(void **state)
{
	static const char *const queries[] = {
		store_sql_open_find, store_sql_completed_nth, store_sql_completed_all,
		store_sql_sessions_all, store_sql_bullets_list,
	};
	char *path = tpath("plan.db");
	struct store *st = store_open(path);
	(void)state;
	assert_non_null(st);
	for (size_t i = 0; i < ARRAY_SIZE(queries); i++) {
		struct strbuf sb = STRBUF_INIT;
		assert_int_equal(store_explain(st, queries[i], &sb), 0);
		if (!strstr(sb.buf, "USING INDEX") && !strstr(sb.buf, "USING COVERING INDEX"))
			fail_msg("query %zu uses no index:\n%s", i, sb.buf);
		if (strstr(sb.buf, "SCAN session") || strstr(sb.buf, "TEMP B-TREE"))
			fail_msg("query %zu scans or sorts:\n%s", i, sb.buf);
		sb_release(&sb);
	}
	store_close(st);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_create_modes, cleanup),
		cmocka_unit_test_teardown(test_reopen, cleanup),
		cmocka_unit_test_teardown(test_refusals, cleanup),
		cmocka_unit_test_teardown(test_answers, cleanup),
		cmocka_unit_test_teardown(test_write_errors, cleanup),
		cmocka_unit_test_teardown(test_busy, cleanup),
		cmocka_unit_test_teardown(test_profiles, cleanup),
		cmocka_unit_test_teardown(test_sessions, cleanup),
		cmocka_unit_test_teardown(test_bullets, cleanup),
		cmocka_unit_test_teardown(test_plan_settings, cleanup),
		cmocka_unit_test_teardown(test_query_plans, cleanup),
	};
	int rc;
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 1;
	}
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(tmpdir);
	return rc;
}
