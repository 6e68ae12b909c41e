/*
 * date.c - civil dates of the proleptic Gregorian calendar (see date.h).
 *
 * The day-number conversion counts 400-year eras starting on March 1st,
 * so that the leap day falls at the end of a counting year and every
 * month length is a simple function of its position.  Only integer
 * arithmetic with floor division is used.
 */
#include "pmpath/date.h"

#include "pmpath/banned.h"

/* Floor division for a possibly negative numerator and positive d. */
static int64_t floor_div(int64_t n, int64_t d)
{
	int64_t q = n / d;
	if ((n % d) != 0 && n < 0)
		q--;
	return q;
}

int date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : len[m - 1];
}

int date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= date_days_in_month(y, m);
}

/* Value of n ASCII digits at s, or -1 if any is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int date_parse(const char *s, struct pm_date *out)
{
	int y, m, d;
	if (!s)
		return -1;
	/* Check the shape first so that digits() never reads past a NUL. */
	for (int i = 0; i < 10; i++) {
		if (!s[i])
			return -1;
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return -1;
	}
	if (s[10])
		return -1;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	if (!date_valid(y, m, d))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

/* Write n decimal digits of v (zero padded) at p; returns p + n. */
static char *put_digits(char *p, int v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

char *date_format(struct pm_date d, char *buf)
{
	char *p = put_digits(buf, d.y, 4);
	*p++ = '-';
	p = put_digits(p, d.m, 2);
	*p++ = '-';
	p = put_digits(p, d.d, 2);
	*p = '\0';
	return buf;
}

char *date_format_basic(struct pm_date d, char *buf)
{
	char *p = put_digits(buf, d.y, 4);
	p = put_digits(p, d.m, 2);
	p = put_digits(p, d.d, 2);
	*p = '\0';
	return buf;
}

int64_t date_to_days(struct pm_date d)
{
	/* Count years from March: January and February belong to the year before. */
	int64_t y = d.m <= 2 ? d.y - 1 : d.y;
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;                            /* 0..399 */
	int64_t mp = d.m > 2 ? d.m - 3 : d.m + 9;               /* March = 0 */
	int64_t doy = (153 * mp + 2) / 5 + d.d - 1;             /* 0..365 */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;    /* 0..146096 */
	return era * 146097 + doe - 719468;                     /* 719468: 0000-03-01 to 1970-01-01 */
}

struct pm_date date_from_days(int64_t days)
{
	struct pm_date r;
	int64_t z = days + 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;                                     /* 0..146096 */
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* 0..399 */
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              /* 0..365 */
	int64_t mp = (5 * doy + 2) / 153;                                   /* 0..11 */
	int64_t y = yoe + era * 400;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(r.m <= 2 ? y + 1 : y);
	return r;
}

struct pm_date date_add_days(struct pm_date d, int64_t n)
{
	return date_from_days(date_to_days(d) + n);
}

struct pm_date date_add_months(struct pm_date d, int n)
{
	int64_t idx = (int64_t)d.y * 12 + (d.m - 1) + n;
	struct pm_date r;
	r.y = (int)floor_div(idx, 12);
	r.m = (int)(idx - (int64_t)r.y * 12) + 1;
	r.d = d.d;
	if (r.d > date_days_in_month(r.y, r.m))
		r.d = date_days_in_month(r.y, r.m);
	return r;
}

int64_t date_days_between(struct pm_date a, struct pm_date b)
{
	return date_to_days(b) - date_to_days(a);
}

int date_cmp(struct pm_date a, struct pm_date b)
{
	int64_t x = date_to_days(a), y = date_to_days(b);
	return x < y ? -1 : x > y;
}

int date_weekday(struct pm_date d)
{
	/* 1970-01-01 was a Thursday (ISO 4). */
	int64_t w = (date_to_days(d) + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

struct pm_date date_week_start(struct pm_date d)
{
	return date_add_days(d, -(date_weekday(d) - 1));
}
