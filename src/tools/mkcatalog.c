/*
 * mkcatalog.c - build the catalog database from the SQL text files in
 * data/catalog/ (run by the Makefile; not installed).
 *
 * usage: mkcatalog OUT.db FILE.sql...
 * Each file is executed statement by statement with prepared statements;
 * an error names the file and the line where the failing statement starts.
 * The result is written to OUT.db.tmp, checked (foreign keys, integrity),
 * and renamed over OUT.db only when everything passed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

static char *read_all(const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct strbuf sb = STRBUF_INIT;
	char buf[8192];
	size_t n;
	if (!fp) {
		error("%s: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		sb_add(&sb, buf, n);
	if (ferror(fp)) {
		fclose(fp);
		sb_release(&sb);
		error("%s: read error", path);
		return NULL;
	}
	fclose(fp);
	return sb_detach(&sb);
}

static int line_of(const char *start, const char *p)
{
	int line = 1;
	for (; start < p; start++)
		if (*start == '\n')
			line++;
	return line;
}

static int run_file(sqlite3 *db, const char *path)
{
	char *sql = read_all(path);
	const char *p;
	if (!sql)
		return -1;
	p = sql;
	while (*p) {
		sqlite3_stmt *st = NULL;
		const char *tail = NULL;
		const char *start = str_skip_ws(p);
		int rc = sqlite3_prepare_v2(db, p, -1, &st, &tail);
		if (rc != SQLITE_OK) {
			error("%s:%d: %s", path, line_of(sql, start), sqlite3_errmsg(db));
			free(sql);
			return -1;
		}
		if (!st) /* only white space or comments left */
			break;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			;
		if (rc != SQLITE_DONE) {
			error("%s:%d: %s", path, line_of(sql, start), sqlite3_errmsg(db));
			sqlite3_finalize(st);
			free(sql);
			return -1;
		}
		sqlite3_finalize(st);
		p = tail;
	}
	free(sql);
	return 0;
}

/* Run a check query; every row it returns is a problem. */
static int check(sqlite3 *db, const char *sql, const char *what)
{
	sqlite3_stmt *st;
	int bad = 0, rc;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return error("%s: %s", what, sqlite3_errmsg(db));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct strbuf sb = STRBUF_INIT;
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *v = sqlite3_column_text(st, i);
			sb_addf(&sb, "%s%s", i ? " " : "", v ? (const char *)v : "NULL");
		}
		error("catalog %s: %s", what, sb.buf);
		sb_release(&sb);
		bad = 1;
	}
	sqlite3_finalize(st);
	return bad || rc != SQLITE_DONE ? -1 : 0;
}

int main(int argc, char **argv)
{
	sqlite3 *db;
	char *tmp;
	int rc = 0;
	if (argc < 3) {
		fprintf(stderr, "usage: mkcatalog OUT.db FILE.sql...\n");
		return 2;
	}
	tmp = xasprintf("%s.tmp", argv[1]);
	remove(tmp);
	if (sqlite3_open(tmp, &db) != SQLITE_OK) {
		error("%s: %s", tmp, sqlite3_errmsg(db));
		return 1;
	}
	sqlite3_exec(db, "PRAGMA foreign_keys=ON; BEGIN", NULL, NULL, NULL);
	for (int i = 2; i < argc && rc == 0; i++)
		rc = run_file(db, argv[i]);
	if (rc == 0 && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = error("%s: %s", tmp, sqlite3_errmsg(db));
	if (rc == 0)
		rc = check(db, "PRAGMA foreign_key_check", "foreign key check");
	if (rc == 0)
		rc = check(db, "SELECT * FROM pragma_integrity_check WHERE integrity_check != 'ok'",
			   "integrity check");
	sqlite3_close(db);
	if (rc == 0 && rename(tmp, argv[1]) != 0)
		rc = error("%s: %s", argv[1], strerror(errno));
	if (rc != 0)
		remove(tmp);
	free(tmp);
	return rc == 0 ? 0 : 1;
}
