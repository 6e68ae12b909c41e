/*
 * date.h - civil calendar dates (pure, no time zones).
 *
 * A struct pm_date is a day of the proleptic Gregorian calendar, years
 * 1..9999.  Arithmetic goes through a day number (days since 1970-01-01,
 * negative before it) computed with integer formulas, so nothing depends
 * on mktime(), timegm(), the TZ variable or the C library's range of
 * time_t.  Leap years follow the Gregorian rule: every 4th year, except
 * centuries, except every 400th year (1900 no, 2000 yes, 2100 no).
 * All values are plain structs; nothing to free.
 */
#ifndef PMPATH_DATE_H
#define PMPATH_DATE_H

#include <stdint.h>

struct pm_date {
	int y, m, d; /* year 1..9999, month 1..12, day 1..31 */
};

#define PM_DATE_BUFSZ 11 /* "YYYY-MM-DD" + NUL */

/* 1 if `y` is a Gregorian leap year. */
int date_is_leap(int y);
/* Days in month m (1..12) of year y; 0 for a month out of range. */
int date_days_in_month(int y, int m);
/* 1 if y-m-d names a real day in years 1..9999. */
int date_valid(int y, int m, int d);
/*
 * Parse exactly "YYYY-MM-DD" (four, two and two digits, nothing around
 * them) naming a real day.  Returns 0 and fills *out, or -1 (and leaves
 * *out alone) for anything else: "2026-2-3", "2026-02-30", " 2026-01-01".
 */
int date_parse(const char *s, struct pm_date *out);
/* Write "YYYY-MM-DD" into buf (PM_DATE_BUFSZ bytes); returns buf. */
char *date_format(struct pm_date d, char *buf);
/* Write the compact iCalendar form "YYYYMMDD" into buf (9 bytes); returns buf. */
char *date_format_basic(struct pm_date d, char *buf);
/* Day number: days since 1970-01-01 (negative before). */
int64_t date_to_days(struct pm_date d);
/* The date of a day number (inverse of date_to_days()). */
struct pm_date date_from_days(int64_t days);
/* d plus n days (n may be negative). */
struct pm_date date_add_days(struct pm_date d, int64_t n);
/* d plus n calendar months (n may be negative); the day is clamped to the
 * length of the resulting month (2024-01-31 + 1 month = 2024-02-29). */
struct pm_date date_add_months(struct pm_date d, int n);
/* Days from a to b (b - a): positive when b is later. */
int64_t date_days_between(struct pm_date a, struct pm_date b);
/* <0, 0 or >0 as a is before, equal to or after b. */
int date_cmp(struct pm_date a, struct pm_date b);
/* ISO weekday: 1 Monday .. 7 Sunday. */
int date_weekday(struct pm_date d);
/* The Monday on or before d (the start of its ISO week). */
struct pm_date date_week_start(struct pm_date d);

#endif
