/*
 * test_profile_xml.c - the profile XML format: timestamp and name rules
 * (a table of good and bad cases), and write -> load -> write giving the
 * same bytes for a dump with hostile strings, every status and an open
 * session, through the real schema data/profile.rng.  Runs from the
 * repository root (tests/run.sh changes there).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pmpath/profile_xml.h"
#include "pmpath/store.h"
#include "pmpath/util.h"

#define SCHEMA "data/profile.rng"

static void test_timestamps(void **state)
{
	static const struct {
		const char *s;
		int ok;
	} cases[] = {
		{ "2024-05-01T12:34:56Z", 1 }, { "2024-02-29T00:00:00Z", 1 },
		{ "2000-02-29T23:59:59Z", 1 }, { "1970-01-01T00:00:00Z", 1 },
		{ "2023-02-29T00:00:00Z", 0 }, { "1900-02-29T00:00:00Z", 0 },
		{ "2024-04-31T00:00:00Z", 0 }, { "2024-13-01T00:00:00Z", 0 },
		{ "2024-00-10T00:00:00Z", 0 }, { "2024-05-00T00:00:00Z", 0 },
		{ "2024-05-01T24:00:00Z", 0 }, { "2024-05-01T12:60:00Z", 0 },
		{ "2024-05-01T12:34:60Z", 0 }, { "2024-05-01 12:34:56Z", 0 },
		{ "2024-05-01T12:34:56", 0 },  { "2024-05-01T12:34:56+00:00", 0 },
		{ "2024-5-01T12:34:56Z", 0 },  { "", 0 }, { "yesterday", 0 },
		{ "1969-12-31T23:59:59Z", 0 }, { "2024-05-01T12:34:5xZ", 0 },
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		if (profile_timestamp_ok(cases[i].s) != cases[i].ok)
			fail_msg("timestamp '%s': expected %d", cases[i].s, cases[i].ok);
	assert_false(profile_timestamp_ok(NULL));
}

static void test_names(void **state)
{
	static const struct {
		const char *s;
		int ok;
	} cases[] = {
		{ "default", 1 }, { "Jane.Doe-2_x", 1 }, { "a", 1 },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1 },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0 },
		{ "", 0 }, { "a b", 0 }, { "a/b", 0 }, { "<x>", 0 }, { "caf\xc3\xa9", 0 },
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		if (profile_name_ok(cases[i].s) != cases[i].ok)
			fail_msg("name '%s': expected %d", cases[i].s, cases[i].ok);
}

/* Add an answer to session ss. */
static void add(struct stored_session *ss, const char *qid, const char *value,
		enum answer_status status)
{
	struct stored_answer *a;
	ALLOC_GROW(ss->answers, ss->nanswers + 1, ss->alloc);
	a = &ss->answers[ss->nanswers++];
	a->qid = xstrdup(qid);
	a->value = xstrdup(value);
	a->status = status;
	a->updated = xstrdup("2024-05-01T10:00:00Z");
}

/* Add a session of bank `bank`; completed NULL: still open. */
static struct stored_session *session(struct profile_dump *d, const char *bank,
				      const char *completed)
{
	struct stored_session *ss;
	ALLOC_GROW(d->sessions, d->n + 1, d->alloc);
	ss = &d->sessions[d->n++];
	memset(ss, 0, sizeof(*ss));
	ss->info.bank_id = xstrdup(bank);
	ss->info.bank_version = xstrdup("1.0 <beta> & \"rc\"");
	ss->info.bank_hash = xstrdup("0123456789abcdef");
	ss->info.started = xstrdup("2024-05-01T09:00:00Z");
	ss->info.updated = xstrdup("2024-05-01T10:00:00Z");
	ss->info.completed = completed ? xstrdup(completed) : NULL;
	return ss;
}

/* Write `xml` to a temporary file; returns its path (caller unlinks, frees). */
static char *temp_file(const struct strbuf *xml)
{
	char *path = xstrdup("/tmp/pmpath-test-profile-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, xml->buf, xml->len), (ssize_t)xml->len);
	close(fd);
	return path;
}

static void test_round_trip(void **state)
{
	struct profile_dump d = PROFILE_DUMP_INIT, back = PROFILE_DUMP_INIT;
	struct strbuf x1 = STRBUF_INIT, x2 = STRBUF_INIT;
	struct stored_session *ss;
	char *path;
	(void)state;

	d.name = xstrdup("mentee");
	d.created = xstrdup("2024-05-01T09:00:00Z");
	ss = session(&d, "core", "2024-05-01T10:00:00Z");
	add(ss, "accomplishments", "<script>alert('x')</script> & \"q\"\n]]> &amp;\ttab", ANS_VALUE);
	add(ss, "education", "", ANS_SKIPPED);
	add(ss, "years_it", "", ANS_DONT_KNOW);
	add(ss, "notes", "  leading and trailing blanks  ", ANS_VALUE);
	add(ss, "unicode", "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x9a\x80", ANS_VALUE);
	session(&d, "agile", NULL);
	{
		static const char *const b[][2] = {
			{ "handled <b>upgrades</b> & more", "Coordinated upgrades across [N] teams & more" },
			{ "fixed tickets", "Resolved 1,200 tickets \xe2\x80\x94 caf\xc3\xa9" },
		};
		for (size_t i = 0; i < ARRAY_SIZE(b); i++) {
			struct stored_bullet *sb;
			ALLOC_GROW(d.bullets.items, d.bullets.n + 1, d.bullets.alloc);
			sb = &d.bullets.items[d.bullets.n++];
			sb->id = 0;
			sb->original = xstrdup(b[i][0]);
			sb->text = xstrdup(b[i][1]);
			sb->created = xstrdup("2024-05-02T08:00:00Z");
		}
	}

	assert_int_equal(profile_xml_write(&d, &x1), 0);
	assert_null(strstr(x1.buf, "<script>"));
	path = temp_file(&x1);
	assert_int_equal(profile_xml_load(path, NULL, SCHEMA, &back), 0);
	unlink(path);
	free(path);

	assert_string_equal(back.name, "mentee");
	assert_int_equal(back.n, 2);
	assert_int_equal(back.sessions[0].nanswers, 5);
	assert_string_equal(back.sessions[0].answers[0].value, d.sessions[0].answers[0].value);
	assert_string_equal(back.sessions[0].answers[3].value, "  leading and trailing blanks  ");
	assert_int_equal(back.sessions[0].answers[1].status, ANS_SKIPPED);
	assert_int_equal(back.sessions[0].answers[2].status, ANS_DONT_KNOW);
	assert_string_equal(back.sessions[0].info.bank_version, "1.0 <beta> & \"rc\"");
	assert_null(back.sessions[1].info.completed);
	assert_int_equal(back.sessions[1].nanswers, 0);
	assert_int_equal(back.bullets.n, 2);
	assert_string_equal(back.bullets.items[0].original, "handled <b>upgrades</b> & more");
	assert_string_equal(back.bullets.items[0].text, "Coordinated upgrades across [N] teams & more");
	assert_string_equal(back.bullets.items[1].text, d.bullets.items[1].text);
	assert_string_equal(back.bullets.items[1].created, "2024-05-02T08:00:00Z");

	assert_int_equal(profile_xml_write(&back, &x2), 0);
	assert_string_equal(x1.buf, x2.buf);

	sb_release(&x1);
	sb_release(&x2);
	profile_dump_release(&d);
	profile_dump_release(&back);
}

/* A value XML 1.0 cannot carry is refused at export, not written. */
static void test_control_character(void **state)
{
	struct profile_dump d = PROFILE_DUMP_INIT;
	struct strbuf x = STRBUF_INIT;
	int saved = dup(STDERR_FILENO);
	FILE *null = fopen("/dev/null", "w");
	(void)state;
	d.name = xstrdup("p");
	d.created = xstrdup("2024-05-01T09:00:00Z");
	add(session(&d, "core", NULL), "role", "bell\a", ANS_VALUE);
	fflush(stderr);
	dup2(fileno(null), STDERR_FILENO);
	assert_int_equal(profile_xml_write(&d, &x), -1);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	fclose(null);
	sb_release(&x);
	profile_dump_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_timestamps),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_control_character),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
