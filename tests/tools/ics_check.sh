#!/bin/sh
# ics_check.sh FILE - check that FILE is a well-formed RFC 5545 calendar as
# pmpath writes it.  Prints nothing and exits 0 when it is; otherwise prints
# one line per problem ("ics_check: LINE: what") and exits 1.
# Only POSIX sh, awk and iconv (all on every Debian system), so the e2e
# tests never depend on an optional Python package.
#
# Checks: valid UTF-8; every line ends in CRLF; no line longer than 75
# octets; folded lines never start inside a UTF-8 sequence; content lines
# are NAME[;PARAM=V]*:VALUE; BEGIN/END nest and match, one VCALENDAR with
# VERSION:2.0, PRODID and CALSCALE:GREGORIAN; each VEVENT has one UID
# (unique in the file), one DTSTAMP (UTC DATE-TIME), DTSTART;VALUE=DATE
# and DTEND;VALUE=DATE naming real days with DTEND after DTSTART, and a
# SUMMARY; TEXT values escape ';' and ','.
set -u
f=${1:?usage: ics_check.sh FILE}
[ -r "$f" ] || { echo "ics_check: cannot read $f"; exit 1; }
bad=0
if ! iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
	echo "ics_check: not valid UTF-8"
	bad=1
fi
LC_ALL=C awk -v bad="$bad" '
function fail(msg) { printf "ics_check: %d: %s\n", NR, msg; bad = 1 }
function leap(y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
function mdays(y, m) {
	if (m == 2) return leap(y) ? 29 : 28
	return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31
}
function valid_date(s,   y, m, d) {
	if (s !~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/) return 0
	y = substr(s, 1, 4) + 0; m = substr(s, 5, 2) + 0; d = substr(s, 7, 2) + 0
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m)
}
function text_ok(v,   i, c) {
	for (i = 1; i <= length(v); i++) {
		c = substr(v, i, 1)
		if (c == "\\") { i++; c = substr(v, i, 1)
			if (c != "\\" && c != ";" && c != "," && c != "n" && c != "N") return 0
			continue }
		if (c == ";" || c == ",") return 0
	}
	return 1
}
# Handle one unfolded content line.
function content(line, ln,   name, params, value, p, c) {
	p = index(line, ":")
	if (p == 0) { printf "ics_check: %d: no colon in content line\n", ln; bad = 1; return }
	name = substr(line, 1, p - 1); value = substr(line, p + 1)
	params = ""
	c = index(name, ";")
	if (c) { params = substr(name, c + 1); name = substr(name, 1, c - 1) }
	if (name !~ /^[A-Za-z0-9-]+$/) { printf "ics_check: %d: bad property name %s\n", ln, name; bad = 1; return }
	if (name == "BEGIN") { stack[++depth] = value; nbeg[value]++
		if (depth == 1 && value != "VCALENDAR") { printf "ics_check: %d: first component is %s\n", ln, value; bad = 1 }
		if (value == "VEVENT") { uid = 0; stamp = 0; ds = ""; de = ""; summ = 0 }
		return }
	if (name == "END") {
		if (depth == 0 || stack[depth] != value) { printf "ics_check: %d: END:%s does not match\n", ln, value; bad = 1; return }
		if (value == "VEVENT") {
			if (uid != 1) { printf "ics_check: %d: event with %d UIDs\n", ln, uid; bad = 1 }
			if (stamp != 1) { printf "ics_check: %d: event with %d DTSTAMPs\n", ln, stamp; bad = 1 }
			if (ds == "" || de == "") { printf "ics_check: %d: event without DTSTART/DTEND\n", ln; bad = 1 }
			else if (de <= ds) { printf "ics_check: %d: DTEND not after DTSTART\n", ln; bad = 1 }
			if (summ != 1) { printf "ics_check: %d: event without one SUMMARY\n", ln; bad = 1 }
			nev++
		}
		if (value == "VCALENDAR") ncal++
		depth--; return }
	if (depth == 0) { printf "ics_check: %d: %s outside any component\n", ln, name; bad = 1; return }
	if (stack[depth] == "VCALENDAR") {
		if (name == "VERSION") { nver++; if (value != "2.0") { printf "ics_check: %d: VERSION %s\n", ln, value; bad = 1 } }
		if (name == "PRODID") nprod++
		if (name == "CALSCALE") { ncs++; if (value != "GREGORIAN") { printf "ics_check: %d: CALSCALE %s\n", ln, value; bad = 1 } }
	}
	if (stack[depth] == "VEVENT") {
		if (name == "UID") { uid++; if (value in uids) { printf "ics_check: %d: duplicate UID %s\n", ln, value; bad = 1 } uids[value] = 1 }
		if (name == "DTSTAMP") { stamp++
			if (value !~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z$/ || !valid_date(substr(value, 1, 8))) {
				printf "ics_check: %d: bad DTSTAMP %s\n", ln, value; bad = 1 } }
		if (name == "DTSTART" || name == "DTEND") {
			if (params != "VALUE=DATE" || !valid_date(value)) { printf "ics_check: %d: bad %s;%s:%s\n", ln, name, params, value; bad = 1 }
			if (name == "DTSTART") ds = value; else de = value }
		if (name == "SUMMARY") summ++
		if ((name == "SUMMARY" || name == "DESCRIPTION") && !text_ok(value)) { printf "ics_check: %d: unescaped ; or , in %s\n", ln, name; bad = 1 }
	}
}
{
	if (substr($0, length($0), 1) != "\r") fail("line does not end in CRLF")
	else $0 = substr($0, 1, length($0) - 1)
	if (length($0) > 75) fail("line of " length($0) " octets (at most 75)")
	if ($0 ~ /^[ \t]/) {
		if (NR == 1) { fail("file starts with a continuation line"); next }
		c = substr($0, 2, 1)
		if (c >= "\200" && c <= "\277") fail("fold splits a UTF-8 sequence")
		cur = cur substr($0, 2)
		next
	}
	if (NR > 1) content(cur, curln)
	cur = $0; curln = NR
}
END {
	if (NR == 0) { print "ics_check: empty file"; exit 1 }
	content(cur, curln)
	if (depth != 0) { print "ics_check: unclosed BEGIN:" stack[depth]; bad = 1 }
	if (ncal != 1) { print "ics_check: " ncal + 0 " calendars"; bad = 1 }
	if (nver != 1 || nprod != 1 || ncs != 1) { print "ics_check: VERSION, PRODID and CALSCALE must appear once each"; bad = 1 }
	if (cur != "END:VCALENDAR") { print "ics_check: last line is not END:VCALENDAR"; bad = 1 }
	exit bad ? 1 : 0
}' "$f"
