/*
 * ics.c - write the training plan as an RFC 5545 calendar (see ics.h).
 */
#include "pmpath/ics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/banned.h"

/* Length of the UTF-8 sequence starting with byte c, or 0 if c cannot start one. */
static size_t seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

void ics_escape_text(struct strbuf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		size_t n = seq_len(*p);
		if (n == 0 || !utf8_valid((const char *)p, n)) {
			p++; /* invalid byte: dropped */
			continue;
		}
		if (n > 1) {
			sb_add(out, p, n);
			p += n;
			continue;
		}
		switch (*p) {
		case '\\': sb_adds(out, "\\\\"); break;
		case ';': sb_adds(out, "\\;"); break;
		case ',': sb_adds(out, "\\,"); break;
		case '\n': sb_adds(out, "\\n"); break;
		case '\r':
			if (p[1] != '\n')
				sb_adds(out, "\\n");
			break;
		case '\t': sb_addc(out, '\t'); break;
		default:
			if (*p >= 0x20 && *p != 0x7F)
				sb_addc(out, (char)*p);
			break;
		}
		p++;
	}
}

void ics_add_line(struct strbuf *out, const char *line, size_t n)
{
	size_t pos = 0, room = ICS_LINE_MAX;
	while (n - pos > room) {
		size_t cut = pos + room;
		/* Never cut inside a UTF-8 sequence: back up to its first byte. */
		while (cut > pos && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut--;
		if (cut == pos)
			cut = pos + room; /* cannot happen with valid UTF-8 */
		sb_add(out, line + pos, cut - pos);
		sb_adds(out, "\r\n ");
		pos = cut;
		room = ICS_LINE_MAX - 1; /* the leading space counts */
	}
	sb_add(out, line + pos, n - pos);
	sb_adds(out, "\r\n");
}

/* Add "NAME:value" (value already in iCalendar form). */
static void prop_raw(struct strbuf *out, const char *name, const char *value)
{
	struct strbuf sb = STRBUF_INIT;
	sb_addf(&sb, "%s:%s", name, value);
	ics_add_line(out, sb.buf, sb.len);
	sb_release(&sb);
}

/* Add "NAME:escaped text". */
static void prop_text(struct strbuf *out, const char *name, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	sb_addf(&sb, "%s:", name);
	ics_escape_text(&sb, text);
	ics_add_line(out, sb.buf, sb.len);
	sb_release(&sb);
}

/* FNV-1a, 64 bits, over s and a terminating zero byte. */
static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; ; p++) {
		h ^= *p;
		h *= 0x100000001b3ULL;
		if (!*p)
			break;
	}
	return h;
}

char *ics_uid(const char *profile, const char *target, const char *item, int week)
{
	struct strbuf sb = STRBUF_INIT;
	uint64_t h = 0xcbf29ce484222325ULL;
	char wk[16];
	snprintf(wk, sizeof(wk), "%d", week);
	h = fnv1a(h, profile ? profile : "");
	h = fnv1a(h, target ? target : "");
	h = fnv1a(h, item ? item : "");
	h = fnv1a(h, wk);
	/* The readable part keeps only safe characters. */
	for (const char *p = item ? item : ""; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
		    *p == '-')
			sb_addc(&sb, *p);
	sb_addf(&sb, "-w%d-%016llx@pmpath", week, (unsigned long long)h);
	return sb_detach(&sb);
}

int ics_dtstamp_valid(const char *s)
{
	int v[6] = { 0 };
	static const int w[6] = { 4, 2, 2, 2, 2, 2 };
	const char *p = s;
	if (!s || strlen(s) != 16 || s[8] != 'T' || s[15] != 'Z')
		return 0;
	for (int i = 0; i < 6; i++) {
		for (int k = 0; k < w[i]; k++, p++) {
			if (*p < '0' || *p > '9')
				return 0;
			v[i] = v[i] * 10 + (*p - '0');
		}
		if (i == 2)
			p++; /* the 'T' */
	}
	return date_valid(v[0], v[1], v[2]) && v[3] < 24 && v[4] < 60 && v[5] < 60;
}

char *ics_dtstamp_from_epoch(int64_t secs)
{
	int64_t days = secs / 86400, rem = secs % 86400;
	struct pm_date d;
	char buf[9];
	if (rem < 0) {
		rem += 86400;
		days--;
	}
	d = date_from_days(days);
	return xasprintf("%sT%02d%02d%02dZ", date_format_basic(d, buf), (int)(rem / 3600),
			 (int)(rem / 60 % 60), (int)(rem % 60));
}

void ics_begin(struct strbuf *out, const char *prodid, const char *calname)
{
	prop_raw(out, "BEGIN", "VCALENDAR");
	prop_raw(out, "VERSION", "2.0");
	prop_text(out, "PRODID", prodid);
	prop_raw(out, "CALSCALE", "GREGORIAN");
	prop_raw(out, "METHOD", "PUBLISH");
	if (calname)
		prop_text(out, "X-WR-CALNAME", calname);
}

void ics_add_event(struct strbuf *out, const struct ics_event *ev, const char *dtstamp)
{
	char buf[9];
	prop_raw(out, "BEGIN", "VEVENT");
	prop_text(out, "UID", ev->uid);
	prop_raw(out, "DTSTAMP", dtstamp);
	prop_raw(out, "DTSTART;VALUE=DATE", date_format_basic(ev->start, buf));
	prop_raw(out, "DTEND;VALUE=DATE", date_format_basic(ev->end, buf));
	prop_text(out, "SUMMARY", ev->summary);
	if (ev->description)
		prop_text(out, "DESCRIPTION", ev->description);
	prop_raw(out, "TRANSP", "TRANSPARENT");
	prop_raw(out, "END", "VEVENT");
}

void ics_end(struct strbuf *out)
{
	prop_raw(out, "END", "VCALENDAR");
}

void ics_write_plan(struct strbuf *out, const struct plan *p, const char *profile,
		    const char *prodid, const char *dtstamp)
{
	struct strbuf name = STRBUF_INIT;
	sb_addf(&name, "pmpath plan: %s", p->target);
	ics_begin(out, prodid, name.buf);
	sb_release(&name);
	for (size_t i = 0; i < p->nweeks; i++) {
		const struct plan_week *w = &p->weeks[i];
		for (size_t k = 0; k < w->nitems; k++) {
			const struct plan_item *it = &w->items[k];
			struct strbuf sum = STRBUF_INIT, desc = STRBUF_INIT;
			struct ics_event ev;
			char *uid = ics_uid(profile, p->target, it->id, w->week);
			sb_addf(&sum, "%s: %s (", p->target, it->title);
			sb_add_number(&sum, it->hours);
			sb_adds(&sum, " h)");
			sb_addf(&desc, "Week %d of your %s plan (%s).\n", w->week, p->target,
				it->kind);
			sb_add_number(&desc, it->hours);
			sb_adds(&desc, " of ");
			sb_add_number(&desc, it->item_hours);
			sb_adds(&desc, " hours");
			if (it->nparts > 1)
				sb_addf(&desc, ", part %d of %d", it->part, it->nparts);
			sb_adds(&desc, ".");
			if (it->contact_hours > 0) {
				sb_adds(&desc, "\nContact hours this week: ");
				sb_add_number(&desc, it->contact_hours);
				sb_adds(&desc, ".");
			}
			sb_addf(&desc, "\nItem id: %s", it->id);
			ev.uid = uid;
			ev.start = w->start;
			ev.end = date_add_days(w->start, 7);
			ev.summary = sum.buf;
			ev.description = desc.buf;
			ics_add_event(out, &ev, dtstamp);
			free(uid);
			sb_release(&sum);
			sb_release(&desc);
		}
	}
	for (size_t i = 0; i < p->nmilestones; i++) {
		const struct plan_milestone *m = &p->milestones[i];
		struct strbuf sum = STRBUF_INIT, key = STRBUF_INIT, desc = STRBUF_INIT;
		struct ics_event ev;
		char *uid;
		sb_addf(&key, "milestone-%s", plan_ms_name(m->kind));
		uid = ics_uid(profile, p->target, key.buf, m->week);
		sb_addf(&sum, "%s: %s", p->target, m->text);
		ev.uid = uid;
		ev.start = m->date;
		ev.end = date_add_days(m->date, 1);
		ev.summary = sum.buf;
		sb_addf(&desc, "Milestone of your %s plan, week %d.", p->target, m->week);
		if (m->item)
			sb_addf(&desc, "\nItem id: %s", m->item);
		ev.description = desc.buf;
		ics_add_event(out, &ev, dtstamp);
		free(uid);
		sb_release(&sum);
		sb_release(&desc);
		sb_release(&key);
	}
	ics_end(out);
}
