/*
 * test_ics.c - the iCalendar writer: line endings, folding at 75 octets
 * without splitting UTF-8, TEXT escaping, stable UIDs, balanced
 * BEGIN/END, and a whole plan written as a calendar.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/ics.h"
#include "pmpath/plan.h"
#include "plan_catalog.h"

/* Check CRLF on every line, no bare CR or LF, no line over 75 octets,
 * continuation lines start with a space and never begin with a UTF-8
 * continuation byte. */
static void check_lines(const char *s, size_t n)
{
	size_t start = 0;
	assert_true(n >= 2);
	assert_memory_equal(s + n - 2, "\r\n", 2);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r') {
			assert_true(i + 1 < n && s[i + 1] == '\n');
			if (i - start > ICS_LINE_MAX)
				fail_msg("line of %zu octets: %.*s", i - start, (int)(i - start),
					 s + start);
			if (start > 0 && s[start] == ' ')
				assert_true(((unsigned char)s[start + 1] & 0xC0) != 0x80);
			assert_true(utf8_valid(s + start, i - start));
			i++;
			start = i + 1;
		} else {
			assert_true(s[i] != '\n');
		}
	}
}

/* Undo folding: drop every CRLF followed by a space. */
static char *unfold(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; s[i]; i++) {
		if (s[i] == '\r' && s[i + 1] == '\n' && s[i + 2] == ' ') {
			i += 2;
			continue;
		}
		sb_addc(&sb, s[i]);
	}
	return sb_detach(&sb);
}

static void test_fold_ascii(void **state)
{
	struct strbuf out = STRBUF_INIT;
	char line[400];
	(void)state;
	for (size_t len = 0; len < sizeof(line) - 1; len += 7) {
		char *u;
		memset(line, 'a', len);
		line[len] = '\0';
		sb_reset(&out);
		ics_add_line(&out, line, len);
		check_lines(out.buf, out.len);
		u = unfold(out.buf);
		assert_int_equal(strlen(u), len + 2);
		assert_memory_equal(u, line, len);
		free(u);
	}
	/* exactly 75 octets: no fold; 76: one */
	memset(line, 'x', 76);
	sb_reset(&out);
	ics_add_line(&out, line, 75);
	assert_int_equal(out.len, 77);
	sb_reset(&out);
	ics_add_line(&out, line, 76);
	assert_int_equal(out.len, 75 + 3 + 1 + 2);
	assert_memory_equal(out.buf + 75, "\r\n x\r\n", 6);
	sb_release(&out);
}

/* Multi-byte characters at every offset around the fold point. */
static void test_fold_utf8(void **state)
{
	static const char *chars[] = { "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80" };
	struct strbuf out = STRBUF_INIT, line = STRBUF_INIT;
	(void)state;
	for (size_t c = 0; c < 3; c++)
		for (size_t pre = 60; pre < 80; pre++) {
			char *u;
			sb_reset(&line);
			sb_addnc(&line, 'p', pre);
			for (int k = 0; k < 40; k++)
				sb_adds(&line, chars[c]);
			sb_reset(&out);
			ics_add_line(&out, line.buf, line.len);
			check_lines(out.buf, out.len);
			u = unfold(out.buf);
			assert_int_equal(strlen(u), line.len + 2);
			assert_memory_equal(u, line.buf, line.len);
			free(u);
		}
	sb_release(&out);
	sb_release(&line);
}

static void test_escape(void **state)
{
	static const struct { const char *in, *out; } t[] = {
		{ "plain", "plain" },
		{ "a,b;c\\d", "a\\,b\\;c\\\\d" },
		{ "line1\nline2", "line1\\nline2" },
		{ "crlf\r\nend", "crlf\\nend" },
		{ "lone\rcr", "lone\\ncr" },
		{ "caf\xC3\xA9 \xE2\x82\xAC", "caf\xC3\xA9 \xE2\x82\xAC" },
		{ "bad\xC3(byte\xFF", "bad(byte" },
		{ "bell\x07tab\t", "belltab\t" },
		{ "", "" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct strbuf sb = STRBUF_INIT;
		ics_escape_text(&sb, t[i].in);
		assert_string_equal(sb.buf ? sb.buf : "", t[i].out);
		sb_release(&sb);
	}
}

static void test_uid_and_stamp(void **state)
{
	char *a = ics_uid("default", "PMP", "course_pmp35", 3);
	char *b = ics_uid("default", "PMP", "course_pmp35", 3);
	char *c = ics_uid("other", "PMP", "course_pmp35", 3);
	char *d = ics_uid("default", "PMP", "course_pmp35", 4);
	char *e = ics_uid("default", "CAPM", "course_pmp35", 3);
	char *s;
	(void)state;
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
	assert_string_not_equal(a, d);
	assert_string_not_equal(a, e);
	assert_true(str_starts_with(a, "course_pmp35-w3-"));
	assert_true(str_ends_with(a, "@pmpath"));
	/* the hash is fixed forever: calendars keep their events across runs */
	assert_string_equal(a, "course_pmp35-w3-a1ac7712e29d9861@pmpath");
	free(a);
	free(b);
	free(c);
	free(d);
	free(e);
	assert_true(ics_dtstamp_valid("20261122T000000Z"));
	assert_true(ics_dtstamp_valid("20240229T235959Z"));
	assert_false(ics_dtstamp_valid("20230229T000000Z"));
	assert_false(ics_dtstamp_valid("20261122T240000Z"));
	assert_false(ics_dtstamp_valid("20261122T000000"));
	assert_false(ics_dtstamp_valid("2026-11-22T00:00:00Z"));
	s = ics_dtstamp_from_epoch(0);
	assert_string_equal(s, "19700101T000000Z");
	free(s);
	s = ics_dtstamp_from_epoch(1795305600 + 3723); /* 2026-11-22 01:02:03 */
	assert_string_equal(s, "20261122T010203Z");
	free(s);
	s = ics_dtstamp_from_epoch(951782400); /* 2000-02-29 */
	assert_string_equal(s, "20000229T000000Z");
	free(s);
}

/* Count lines equal to `want` in an unfolded calendar. */
static int count_lines(const char *s, const char *want)
{
	int n = 0;
	size_t wl = strlen(want);
	for (const char *p = s; (p = strstr(p, want)); p += wl)
		if ((p == s || p[-1] == '\n') && p[wl] == '\r')
			n++;
	return n;
}

static void write_plan(struct strbuf *out, const char *title_extra)
{
	struct catalog c = tc_catalog();
	struct plan_input in;
	struct plan p;
	struct errbuf err;
	static const struct plan_gap gaps[] = { { "scheduling", 2 }, { "leadership", 1 } };
	memset(&in, 0, sizeof(in));
	in.cat = &c;
	in.target = "PMP";
	in.facts.hours_per_week = 6;
	in.facts.pm_months = 40;
	in.facts.education = "master";
	in.gaps = gaps;
	in.ngaps = 2;
	assert_int_equal(date_parse("2026-12-28", &in.start), 0);
	assert_int_equal(plan_build(&in, &p, &err), 0);
	if (title_extra) {
		/* a long, awkward title to exercise folding and escaping */
		free(p.weeks[0].items[0].title);
		p.weeks[0].items[0].title = xstrdup(title_extra);
	}
	ics_write_plan(out, &p, "default", "-//pmpath//pmpath test//EN", "20261122T000000Z");
	plan_release(&p);
}

static void test_plan_calendar(void **state)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	char *u;
	int events;
	const char *title = "R\xC3\xA9sum\xC3\xA9, risk; costs \\ \xE2\x82\xAC and a very long "
			    "title that keeps going well past seventy-five octets "
			    "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80";
	(void)state;
	write_plan(&a, title);
	write_plan(&b, title);
	/* reproducible byte for byte */
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.buf, b.buf, a.len);
	check_lines(a.buf, a.len);
	u = unfold(a.buf);
	assert_true(str_starts_with(u, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
	assert_true(str_ends_with(u, "END:VCALENDAR\r\n"));
	assert_int_equal(count_lines(u, "BEGIN:VCALENDAR"), 1);
	assert_int_equal(count_lines(u, "END:VCALENDAR"), 1);
	assert_int_equal(count_lines(u, "CALSCALE:GREGORIAN"), 1);
	assert_int_equal(count_lines(u, "PRODID:-//pmpath//pmpath test//EN"), 1);
	events = count_lines(u, "BEGIN:VEVENT");
	assert_true(events > 5);
	assert_int_equal(count_lines(u, "END:VEVENT"), events);
	assert_int_equal(count_lines(u, "DTSTAMP:20261122T000000Z"), events);
	/* all-day events, the first in the first week (crossing a year end) */
	assert_non_null(strstr(u, "DTSTART;VALUE=DATE:20261228\r\nDTEND;VALUE=DATE:20270104\r\n"));
	assert_non_null(strstr(u, "SUMMARY:PMP: R\xC3\xA9sum\xC3\xA9\\, risk\\; costs \\\\ "
				  "\xE2\x82\xAC and a very long"));
	assert_non_null(strstr(u, "DESCRIPTION:Week 1 of your PMP plan (course).\\n"));
	assert_non_null(strstr(u, "SUMMARY:PMP: PMP exam\r\n"));
	/* UIDs are unique within the calendar */
	{
		char **uids = NULL;
		size_t n = 0;
		for (const char *p = u; (p = strstr(p, "\r\nUID:")); p += 6) {
			const char *e = strstr(p + 6, "\r\n");
			uids = realloc(uids, (n + 1) * sizeof(*uids));
			uids[n++] = xstrndup(p + 6, (size_t)(e - p - 6));
		}
		assert_int_equal((int)n, events);
		for (size_t i = 0; i < n; i++)
			for (size_t k = i + 1; k < n; k++)
				assert_string_not_equal(uids[i], uids[k]);
		for (size_t i = 0; i < n; i++)
			free(uids[i]);
		free(uids);
	}
	free(u);
	sb_release(&a);
	sb_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_ascii),
		cmocka_unit_test(test_fold_utf8),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_uid_and_stamp),
		cmocka_unit_test(test_plan_calendar),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
