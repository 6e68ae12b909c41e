#!/bin/sh
# gen.sh - generate the workloads of `make bench` (nothing large is kept
# in the repository).  Output goes to stdout; every workload is the same
# on every run (a fixed linear congruential generator, no clock).
#
#   gen.sh bullets N CATALOG.db   N resume bullets built from the catalog's
#                                 verbs and activity words, varied lengths
#   gen.sh bank N                 a bank of N questions in sections of 20,
#                                 every kind of type, most with conditions
#   gen.sh history N PROFILE.xml  the exported profile PROFILE.xml with its
#                                 first session repeated as N sessions
set -eu

case "${1:-}" in
bullets)
	n=$2 cat=$3
	{
		sqlite3 "$cat" "SELECT 'V ' || past FROM lex_verb WHERE particle = '' ORDER BY base;"
		sqlite3 "$cat" "SELECT 'A ' || term FROM lex_activity_term ORDER BY term;"
	} | awk -v n="$n" '
	BEGIN { s = 12345 }
	function rnd(m) { s = (s * 1103515245 + 12345) % 2147483648; return int(s / 65536) % m }
	/^V / { v[nv++] = substr($0, 3); next }
	/^A / { a[na++] = substr($0, 3); next }
	END {
		split("across 3 teams|for 40 servers|with no downtime|in 6 weeks|" \
		      "for the whole department|on a tight budget|with two vendors|" \
		      "and cut costs by 20%|for 200 users|during the datacentre move", tail, "|")
		split("Handled|Responsible for|Worked on|Helped with|Did", weak, "|")
		for (i = 0; i < n; i++) {
			k = rnd(4)
			if (k == 0)
				line = weak[1 + rnd(5)] " " a[rnd(na)]
			else
				{ w = v[rnd(nv)]; line = toupper(substr(w, 1, 1)) substr(w, 2) " the " a[rnd(na)] }
			m = rnd(4)
			for (j = 0; j < m; j++)
				line = line " " tail[1 + rnd(10)]
			if (rnd(5) == 0)
				line = line " and " v[rnd(nv)] " the " a[rnd(na)]
			print line
		}
	}'
	;;
bank)
	n=$2
	awk -v n="$n" '
	function q(i) { return sprintf("q%05d", i) }
	BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<bank id=\"bench\" version=\"1.0\" title=\"Generated bank of " n " questions\">"
		for (i = 0; i < n; i++) {
			if (i % 20 == 0) {
				if (i) print "  </section>"
				when = i ? sprintf(" when=\"%s != 2 or %s == 4\"", q(i - 19), q(i - 19)) : ""
				printf "  <section id=\"s%04d\" title=\"Section %d\"%s>\n", i / 20, i / 20, when
				print "    <intro>Questions about part " i / 20 " of your work.</intro>"
			}
			t = i % 5
			cond = ""
			if (i % 20 >= 2) {
				p = i - 1 - (i % 2)
				pt = p % 5
				if (pt == 0) cond = q(p) " == \x27opt_b\x27"
				else if (pt == 1) cond = q(p) " >= 3 and " q(p) " &lt;= 5"
				else if (pt == 2) cond = q(p) " == \x27yes\x27"
				else if (pt == 3) cond = q(p) " > 2"
				else cond = "answered(" q(p) ")"
				cond = " when=\"" cond "\""
			}
			if (t == 0) {
				printf "    <question id=\"%s\" type=\"choice\" required=\"yes\"%s>\n", q(i), cond
				print "      <text>Which of these describes task " i " best?</text>"
				print "      <help>Pick the closest one.</help>"
				print "      <option value=\"opt_a\">First way of working</option>"
				print "      <option value=\"opt_b\">Second way of working</option>"
				print "      <option value=\"opt_c\">Third way of working</option>"
			} else if (t == 1) {
				printf "    <question id=\"%s\" type=\"scale\" %s>\n", q(i), cond
				print "      <text>How well do you handle area " i "?</text>"
				for (l = 0; l <= 5; l++)
					print "      <anchor level=\"" l "\">Level " l " of area " i ".</anchor>"
			} else if (t == 2) {
				printf "    <question id=\"%s\" type=\"yesno\" dont-know=\"yes\"%s>\n", q(i), cond
				print "      <text>Have you done thing " i "?</text>"
				print "      <why>Later questions depend on it.</why>"
			} else if (t == 3) {
				printf "    <question id=\"%s\" type=\"number\" min=\"0\" max=\"600\" unit=\"months\" default=\"0\"%s>\n", q(i), cond
				print "      <text>How many months of activity " i "?</text>"
			} else {
				printf "    <question id=\"%s\" type=\"text\" required=\"soft\"%s>\n", q(i), cond
				print "      <text>Describe one example of work " i ".</text>"
			}
			print "    </question>"
		}
		print "  </section>"
		print "</bank>"
	}'
	;;
history)
	n=$2 src=$3
	awk -v n="$n" '
	/<session / && !seen { inses = 1 }
	inses { body = body $0 "\n" }
	/<\/session>/ && inses { inses = 0; seen = 1; next }
	!inses && !seen { head = head $0 "\n" }
	END {
		printf "%s", head
		for (i = 0; i < n; i++) {
			d = sprintf("20%02d-%02d-%02dT%02d:%02d:00Z", 20 + int(i / 336), 1 + int(i / 28) % 12, 1 + i % 28, i % 24, i % 60)
			b = body
			gsub(/(started|updated|completed)="[^"]*"/, "&", b)
			gsub(/started="[^"]*"/, "started=\"" d "\"", b)
			gsub(/ updated="[^"]*"/, " updated=\"" d "\"", b)
			gsub(/completed="[^"]*"/, "completed=\"" d "\"", b)
			printf "%s", b
		}
		print "</pmpath-profile>"
	}' "$src"
	;;
*)
	echo "usage: gen.sh bullets N CATALOG | bank N | history N PROFILE.xml" >&2
	exit 2
	;;
esac
