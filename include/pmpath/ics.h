/*
 * ics.h - an RFC 5545 (iCalendar) writer for the training plan, into a
 * strbuf the caller owns (src/out/ics.c).
 *
 * Output is reproducible: UIDs are derived from the profile, target, item
 * and week (a 64-bit FNV-1a hash plus the readable parts, never random or
 * time based), and DTSTAMP is an input.  Every line ends in CRLF and is
 * folded so that no line exceeds 75 octets, never inside a UTF-8
 * sequence; TEXT values escape backslash, semicolon, comma and newlines.
 * Events are all-day: DTSTART;VALUE=DATE and an exclusive DTEND.
 */
#ifndef PMPATH_ICS_H
#define PMPATH_ICS_H

#include <stdint.h>

#include "pmpath/date.h"
#include "pmpath/plan.h"
#include "pmpath/util.h"

#define ICS_LINE_MAX 75 /* octets per line, CRLF not counted */

struct ics_event {
	const char *uid;
	struct pm_date start, end;    /* all-day; end is exclusive */
	const char *summary;          /* plain text, escaped by the writer */
	const char *description;      /* plain text or NULL */
};

/* Append s escaped as an iCalendar TEXT value (invalid UTF-8 bytes and
 * control characters other than newline are dropped). */
void ics_escape_text(struct strbuf *out, const char *s);
/* Append one content line (n octets, no line ending), folded, plus CRLF. */
void ics_add_line(struct strbuf *out, const char *line, size_t n);
/* The stable UID of (profile, target, item, week).  Caller frees. */
char *ics_uid(const char *profile, const char *target, const char *item, int week);
/* 1 if s is a UTC DATE-TIME "YYYYMMDDTHHMMSSZ" naming a real instant. */
int ics_dtstamp_valid(const char *s);
/* DTSTAMP for `secs` seconds since 1970-01-01 UTC.  Caller frees. */
char *ics_dtstamp_from_epoch(int64_t secs);

void ics_begin(struct strbuf *out, const char *prodid, const char *calname);
void ics_add_event(struct strbuf *out, const struct ics_event *ev, const char *dtstamp);
void ics_end(struct strbuf *out);

/*
 * The whole plan as a calendar: one event per study block (an item's
 * share of one week, spanning that week) and one per milestone.
 * `prodid` e.g. "-//pmpath//pmpath 0.1.0//EN"; `dtstamp` as above.
 */
void ics_write_plan(struct strbuf *out, const struct plan *p, const char *profile,
		    const char *prodid, const char *dtstamp);

#endif
