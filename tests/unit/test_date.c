/* test_date.c - civil dates: parsing, formatting, arithmetic, weekdays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "pmpath/date.h"

static void test_leap_rules(void **state)
{
	static const struct { int y, leap; } t[] = {
		{ 1900, 0 }, { 2000, 1 }, { 2100, 0 }, { 2400, 1 }, { 2024, 1 },
		{ 2026, 0 }, { 2028, 1 }, { 1600, 1 }, { 1700, 0 }, { 4, 1 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		assert_int_equal(date_is_leap(t[i].y), t[i].leap);
		assert_int_equal(date_days_in_month(t[i].y, 2), t[i].leap ? 29 : 28);
	}
	assert_int_equal(date_days_in_month(2026, 4), 30);
	assert_int_equal(date_days_in_month(2026, 12), 31);
	assert_int_equal(date_days_in_month(2026, 13), 0);
}

static void test_parse_valid(void **state)
{
	static const char *ok[] = {
		"2026-11-22", "2000-02-29", "2024-02-29", "0001-01-01", "9999-12-31",
		"2026-01-31", "2026-04-30", "1900-02-28", "2100-02-28",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		struct pm_date d;
		char buf[PM_DATE_BUFSZ];
		assert_int_equal(date_parse(ok[i], &d), 0);
		assert_string_equal(date_format(d, buf), ok[i]);
	}
}

static void test_parse_invalid(void **state)
{
	static const char *bad[] = {
		"2026-02-30", "2026-02-29", "1900-02-29", "2100-02-29", "2026-04-31",
		"2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2026-1-01",
		"2026-01-1", "26-01-01", " 2026-01-01", "2026-01-01 ", "2026/01/01",
		"2026-01-01x", "", "20260101", "2026-0a-01", "+026-01-01", "2026--1-01",
		"2026-01-32", "2026-06-31", "2026-09-31", "2026-11-31",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct pm_date d = { 7, 7, 7 };
		assert_int_equal(date_parse(bad[i], &d), -1);
		assert_int_equal(d.y, 7); /* left alone */
	}
	assert_int_equal(date_parse(NULL, &(struct pm_date){ 0, 0, 0 }), -1);
}

/* A table of (date, days to add, expected) across every kind of boundary. */
static void test_add_days_table(void **state)
{
	static const struct { const char *from; long n; const char *to; } t[] = {
		{ "2026-01-31", 1, "2026-02-01" },   /* month */
		{ "2026-02-28", 1, "2026-03-01" },   /* non-leap February */
		{ "2024-02-28", 1, "2024-02-29" },   /* leap day */
		{ "2024-02-29", 1, "2024-03-01" },
		{ "2000-02-28", 1, "2000-02-29" },   /* 400-year rule */
		{ "1900-02-28", 1, "1900-03-01" },   /* century rule */
		{ "2100-02-28", 1, "2100-03-01" },
		{ "2026-12-31", 1, "2027-01-01" },   /* year */
		{ "2027-01-01", -1, "2026-12-31" },
		{ "2024-03-01", -1, "2024-02-29" },
		{ "2026-11-22", 7, "2026-11-29" },
		{ "2026-11-22", 70, "2027-01-31" },
		{ "2026-11-22", 365, "2027-11-22" },
		{ "2027-11-22", 366, "2028-11-22" }, /* spans 2028-02-29 */
		{ "2000-01-01", 36524, "2099-12-31" },
		{ "1970-01-01", 0, "1970-01-01" },
		{ "1969-12-31", 1, "1970-01-01" },
		{ "0001-01-01", 1, "0001-01-02" },
		{ "9999-12-30", 1, "9999-12-31" },
		{ "1899-12-31", 1, "1900-01-01" },
		{ "2099-12-31", 60, "2100-03-01" }, /* 2100: no Feb 29 */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct pm_date a, b;
		char buf[PM_DATE_BUFSZ];
		assert_int_equal(date_parse(t[i].from, &a), 0);
		b = date_add_days(a, t[i].n);
		assert_string_equal(date_format(b, buf), t[i].to);
		assert_int_equal(date_days_between(a, b), t[i].n);
		assert_int_equal(date_days_between(b, a), -t[i].n);
	}
}

static void test_day_numbers(void **state)
{
	struct pm_date d;
	(void)state;
	assert_int_equal(date_parse("1970-01-01", &d), 0);
	assert_int_equal(date_to_days(d), 0);
	assert_int_equal(date_parse("2000-03-01", &d), 0);
	assert_int_equal(date_to_days(d), 11017);
	assert_int_equal(date_parse("0001-01-01", &d), 0);
	assert_int_equal(date_to_days(d), -719162);
	/* Round trip over 1899..2101 day by day, checking continuity. */
	assert_int_equal(date_parse("1899-01-01", &d), 0);
	int64_t n = date_to_days(d);
	for (int i = 0; i < 203 * 366; i++) {
		struct pm_date x = date_from_days(n + i);
		struct pm_date nx = date_from_days(n + i + 1);
		assert_true(date_valid(x.y, x.m, x.d));
		assert_int_equal(date_to_days(x), n + i);
		if (nx.d != 1)
			assert_int_equal(nx.d, x.d + 1);
		else if (nx.m != 1)
			assert_int_equal(x.d, date_days_in_month(x.y, x.m));
		else
			assert_true(x.m == 12 && x.d == 31 && nx.y == x.y + 1);
	}
}

static void test_weekday(void **state)
{
	static const struct { const char *d; int wd; } t[] = {
		{ "1970-01-01", 4 }, /* Thursday */
		{ "2000-01-01", 6 }, /* Saturday */
		{ "2000-02-29", 2 }, /* Tuesday */
		{ "1900-01-01", 1 }, /* Monday */
		{ "2026-11-22", 7 }, /* Sunday */
		{ "2026-11-23", 1 }, /* Monday */
		{ "2024-02-29", 4 }, /* Thursday */
		{ "2100-03-01", 1 }, /* Monday */
		{ "0001-01-01", 1 }, /* Monday (proleptic) */
		{ "1969-12-31", 3 }, /* Wednesday */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct pm_date d;
		assert_int_equal(date_parse(t[i].d, &d), 0);
		assert_int_equal(date_weekday(d), t[i].wd);
	}
}

static void test_week_start_and_cmp(void **state)
{
	struct pm_date d, w, e;
	char buf[PM_DATE_BUFSZ];
	(void)state;
	assert_int_equal(date_parse("2026-11-22", &d), 0);
	w = date_week_start(d);
	assert_string_equal(date_format(w, buf), "2026-11-16");
	assert_int_equal(date_parse("2026-11-23", &d), 0);
	assert_string_equal(date_format(date_week_start(d), buf), "2026-11-23");
	assert_int_equal(date_parse("2027-01-01", &d), 0); /* Friday */
	assert_string_equal(date_format(date_week_start(d), buf), "2026-12-28");
	assert_int_equal(date_parse("2027-01-01", &e), 0);
	assert_int_equal(date_cmp(d, e), 0);
	assert_true(date_cmp(w, e) < 0);
	assert_true(date_cmp(e, w) > 0);
	assert_string_equal(date_format_basic(e, buf), "20270101");
}

static void test_add_months(void **state)
{
	static const struct { const char *from; int n; const char *to; } t[] = {
		{ "2024-01-31", 1, "2024-02-29" }, { "2023-01-31", 1, "2023-02-28" },
		{ "2026-11-22", 2, "2027-01-22" }, { "2026-03-31", -1, "2026-02-28" },
		{ "2026-11-22", 24, "2028-11-22" }, { "2026-01-15", -13, "2024-12-15" },
		{ "2099-01-29", 13, "2100-02-28" }, { "1999-02-28", 12, "2000-02-28" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct pm_date a;
		char buf[PM_DATE_BUFSZ];
		assert_int_equal(date_parse(t[i].from, &a), 0);
		assert_string_equal(date_format(date_add_months(a, t[i].n), buf), t[i].to);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_rules),
		cmocka_unit_test(test_parse_valid),
		cmocka_unit_test(test_parse_invalid),
		cmocka_unit_test(test_add_days_table),
		cmocka_unit_test(test_day_numbers),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_week_start_and_cmp),
		cmocka_unit_test(test_add_months),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
