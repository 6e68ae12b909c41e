# pmpath plan: text, JSON shape, calendar file, impossible deadlines, usage errors.
. "$(dirname "$0")/lib.sh"
# Debian's python3 (with python3-icalendar), whatever else is first in PATH.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# The data directory needs questions/core.xml beside the catalog; until the
# bank exists in this tree, point PMPATH_DATADIR at the built catalog and
# an empty bank file.
if [ ! -f "$TOP/questions/core.xml" ]; then
	mkdir -p "$T/data/questions"
	ln -s "$TOP/build/catalog.db" "$T/data/catalog.db"
	: >"$T/data/questions/core.xml"
	export PMPATH_DATADIR="$T/data"
fi
CHECK="$TOP/tests/tools/ics_check.sh"

run plan --target PMP --hours-per-week 10 --start 2026-11-23
is_rc "plan PMP exits 0" 0
out_has "text names the target" "Training plan: PMP (Project Management Professional)"
out_has "text has week 1" "   1  2026-11-23     10  35-hour PMP exam preparation course (10 of 35 h,"
out_has "text has the exam milestone" "PMP exam"

# JSON: the keys PRODUCT.md promises, and the budget holds in every week.
run plan --target PMP --hours-per-week 5 --start 2026-11-23 --format json
is_rc "plan --format json exits 0" 0
if "$PY" - "$T/out" <<'PY' >"$T/py" 2>&1
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("target", "start", "exam_date", "total_hours", "contact_hours", "eligible_from", "weeks"):
    assert k in d, "missing key " + k
assert d["target"] == "PMP" and d["start"] == "2026-11-23"
assert d["contact_hours"]["PMP"] == 35, d["contact_hours"]
total = 0
for w in d["weeks"]:
    for k in ("week", "start", "hours", "items"):
        assert k in w, "week lacks " + k
    assert w["hours"] <= 5, "week over budget: %r" % w
    s = 0
    for it in w["items"]:
        for k in ("title", "kind", "hours", "contact_hours"):
            assert k in it, "item lacks " + k
        s += it["hours"]
    assert abs(s - w["hours"]) < 1e-9
    total += s
assert abs(total - d["total_hours"]) < 1e-9, (total, d["total_hours"])
assert d["eligible_from"] < d["exam_date"]
assert d["fits"] is True
PY
then ok "json has the plan keys and stays within 5 hours a week"
else not_ok "json has the plan keys and stays within 5 hours a week" "$(cat "$T/py")"
fi

# Done items are left out and their contact hours count.
run plan --target PMP --hours-per-week 10 --start 2026-11-23 --done course_pmp35 --format json
is_rc "--done exits 0" 0
out_lacks "--done item is not scheduled" '"id": "course_pmp35"'
out_has "--done item's hours still count" '"PMP": 35'
run plan --target PMP --hours-per-week 10 --done no_such_item
is_rc "unknown --done item is a usage error" 2
err_has "unknown --done item is named" "pmpath: plan: unknown item 'no_such_item'"

# The calendar: written 0600, accepted by the validator, reproducible.
SOURCE_DATE_EPOCH=1795305600 run plan --target CAPM --hours-per-week 6 --start 2026-11-23 --ics "$T/plan.ics"
is_rc "--ics exits 0" 0
if [ -f "$T/plan.ics" ]; then ok "--ics writes the file"; else not_ok "--ics writes the file" "no $T/plan.ics"; fi
mode=$(stat -c %a "$T/plan.ics" 2>/dev/null)
if [ "$mode" = 600 ]; then ok "calendar file has mode 0600"; else not_ok "calendar file has mode 0600" "mode $mode"; fi
if sh "$CHECK" "$T/plan.ics" >"$T/chk" 2>&1; then ok "validator accepts the calendar"
else not_ok "validator accepts the calendar" "$(head -20 "$T/chk")"
fi
if grep -q '^DTSTAMP:20261122T000000Z' "$T/plan.ics"; then ok "DTSTAMP comes from SOURCE_DATE_EPOCH"
else not_ok "DTSTAMP comes from SOURCE_DATE_EPOCH" "$(grep DTSTAMP "$T/plan.ics" | head -2)"
fi
cp "$T/plan.ics" "$T/first.ics"
SOURCE_DATE_EPOCH=1795305600 run plan --target CAPM --hours-per-week 6 --start 2026-11-23 --ics "$T/plan.ics"
if cmp -s "$T/first.ics" "$T/plan.ics"; then ok "the calendar is the same byte for byte on a second run"
else not_ok "the calendar is the same byte for byte on a second run"
fi
ls "$T" | grep -q '\.tmp\.' && not_ok "no temporary file is left" || ok "no temporary file is left"
# Extra check with python3-icalendar when it is installed (the validator
# above always runs, so nothing is skipped silently).
if "$PY" -c 'import icalendar' 2>/dev/null; then
	if "$PY" - "$T/plan.ics" <<'PY' >"$T/py" 2>&1
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = [c for c in cal.walk() if c.name == "VEVENT"]
assert len(ev) > 3
for e in ev:
    assert e.get("UID") and e.get("DTSTART") and e.get("SUMMARY")
PY
	then ok "python3-icalendar parses the calendar"
	else not_ok "python3-icalendar parses the calendar" "$(cat "$T/py")"
	fi
else
	not_ok "python3-icalendar parses the calendar" "install it: apt-get install python3-icalendar"
fi

# The validator itself rejects broken calendars.
printf 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n' >"$T/lf.ics"
if sh "$CHECK" "$T/lf.ics" >/dev/null 2>&1; then not_ok "validator rejects LF line endings"; else ok "validator rejects LF line endings"; fi
sed 's/^END:VEVENT\r$/END:VTODO\r/' "$T/first.ics" >"$T/unbal.ics"
if sh "$CHECK" "$T/unbal.ics" >/dev/null 2>&1; then not_ok "validator rejects unbalanced BEGIN/END"; else ok "validator rejects unbalanced BEGIN/END"; fi
awk '{ if (/^SUMMARY:/) { sub(/\r$/, ""); printf "%s%s\r\n", $0, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" } else print }' "$T/first.ics" >"$T/long.ics"
if sh "$CHECK" "$T/long.ics" >/dev/null 2>&1; then not_ok "validator rejects a line over 75 octets"; else ok "validator rejects a line over 75 octets"; fi
awk '{ if (/^SUMMARY:/) { sub(/\r$/, ""); printf "%s, raw\r\n", $0 } else print }' "$T/first.ics" >"$T/esc.ics"
if sh "$CHECK" "$T/esc.ics" >/dev/null 2>&1; then not_ok "validator rejects an unescaped comma"; else ok "validator rejects an unescaped comma"; fi

run plan --target CAPM --hours-per-week 6 --start 2026-11-23 --ics "$T/no/such/dir/plan.ics"
is_rc "unwritable --ics path exits 1" 1
err_has "unwritable --ics path is named" "pmpath: $T/no/such/dir/plan.ics: No such file or directory"

# An exam date the plan cannot make: said plainly, with exact figures.
run plan --target PMP --hours-per-week 10 --start 2026-11-23 --exam-date 2027-01-20
is_rc "impossible exam date exits 1" 1
err_eq "impossible exam date: exact message" "pmpath: plan: the plan does not fit before the exam on 2027-01-20 at 10 hours a week: more hours a week do not help; the earliest realistic exam date is 2029-12-31"
out_has "impossible exam date: plan still shown" "Does not fit: the plan does not fit before the exam on 2027-01-20"
# CAPM has no experience rule: only the hours decide.  The 35-hour course
# marked done above already covers CAPM's 23 hours, so no course is planned.
run plan --target CAPM --hours-per-week 5 --start 2026-11-23 --exam-date 2027-01-20
is_rc "CAPM too soon exits 1" 1
err_eq "CAPM too soon: hours needed and earliest date" "pmpath: plan: the plan does not fit before the exam on 2027-01-20 at 5 hours a week: it needs 10 hours a week, or an exam on or after 2027-03-08"
run plan --target CAPM --hours-per-week 13 --start 2026-11-23 --exam-date 2027-01-20 --format json
is_rc "CAPM at 13 hours fits" 0
out_has "CAPM at 13 hours: fits true" '"fits": true'
out_has "CAPM at 13 hours: exam on the date" '"exam_date": "2027-01-20"'

# Usage errors.
run plan --target PMP --hours-per-week 10 --start 2026-02-30
is_rc "invalid --start exits 2" 2
err_has "invalid --start message" "pmpath: plan: --start: '2026-02-30' is not a valid date (use YYYY-MM-DD)"
run plan --target PMP --hours-per-week 10 --exam-date 2027-13-01
is_rc "invalid --exam-date exits 2" 2
err_has "invalid --exam-date message" "pmpath: plan: --exam-date: '2027-13-01' is not a valid date (use YYYY-MM-DD)"
run plan --target PMP --hours-per-week 10 --start 2026-1-5
is_rc "short date form exits 2" 2
for h in 0 -3 81 abc; do
	run plan --target PMP --hours-per-week "$h"
	is_rc "--hours-per-week $h exits 2" 2
done
err_has "--hours-per-week message" "pmpath: plan: --hours-per-week: 'abc' must be a number more than 0 and at most 80"
run plan --target NOPE --hours-per-week 5
is_rc "unknown target exits 2" 2
err_has "unknown target is named" "pmpath: plan: unknown target 'NOPE'"
run plan --target technical_pm --hours-per-week 5 --start 2026-11-23 --exam-date 2027-06-01
is_rc "--exam-date with a role exits 2" 2
run plan --target PMP --hours-per-week 5 --format yaml
is_rc "unknown format exits 2" 2
run plan --target PMP --hours-per-week 5 --start 2026-11-23 --exam-date 2026-11-23
is_rc "exam date on the start date exits 2" 2
run plan --help
is_rc "plan --help exits 0" 0
out_has "plan --help shows the synopsis" "--exam-date DATE"
run plan --target technical_pm --hours-per-week 8 --start 2026-11-23 --format markdown
is_rc "plan for a role in markdown exits 0" 0
out_has "markdown table" "| Week | Starts | Hours | Items |"

# Defaults from the saved assessment: no answers yet (a new database:
# the runs above saved their settings), then a persona.
export PMPATH_DB="$T/defaults.db"
run plan --start 2026-11-23
is_rc "plan without answers or options exits 2" 2
err_has "plan without answers says what to do" "pmpath: plan: no answers yet for profile 'default': give --target CERT|ROLE and --hours-per-week N, or run 'pmpath assess' first"
export PMPATH_DB="$T/persona.db"
run assess --answers "$FIX/personas/dba_senior.answers"
is_rc "persona: assess --answers" 0
run plan --start 2026-11-23 --format json
is_rc "persona: plan with defaults exits 0" 0
out_has "persona: target is the recommended cert" '"target": "PMP"'
out_has "persona: hours are the answered hours_per_week" '"hours_per_week": 6'
out_has "persona: answered education hours count" '"PMP": 35'
out_lacks "persona: hours already held are not studied again" '"id": "course_pmp35"'
out_has "persona: already eligible from the answers" '"eligibility": "already"'
run plan --start 2026-11-23 --hours-per-week 12 --target CAPM --format json
out_has "persona: options override the defaults" '"target": "CAPM"'
out_has "persona: --hours-per-week overrides" '"hours_per_week": 12'
# --done is remembered for the profile.
run plan --start 2026-11-23 --done read_pmbok --format json
is_rc "persona: --done exits 0" 0
out_has "persona: --done item listed as done" '"read_pmbok"'
run plan --start 2026-11-23 --format json
out_lacks "persona: remembered done item is not scheduled" '"id": "read_pmbok"'
out_has "persona: remembered done item still listed" '"read_pmbok"'
run --profile other plan --start 2026-11-23 --target PMP --hours-per-week 5 --format json
out_has "done items belong to their profile" '"done": []'

# The plan is kept in the profile: what was given is reused, options given
# again replace it, a new target drops the old target's exam date, and
# --reset goes back to the answers.
export PMPATH_DB="$T/saved.db"
run assess --answers "$FIX/answers/sysadmin_complete.txt"
run plan --target PMP --hours-per-week 7 --start 2030-01-07 --exam-date 2033-06-06 --format json
is_rc "saved: first plan exits 0" 0
run plan --done read_pmbok --format json
is_rc "saved: a later --done exits 0" 0
if jq -e '.target == "PMP" and .hours_per_week == 7 and .start == "2030-01-07" and
	.exam_date == "2033-06-06" and (.done | index("read_pmbok"))' "$T/out" >/dev/null
then ok "saved: target, hours, start and exam date are reused with --done"
else not_ok "saved: target, hours, start and exam date are reused with --done" "$(jq -c '[.target,.hours_per_week,.start,.exam_date,.done]' "$T/out")"; fi
err_has "saved: says which settings it reused" "pmpath: plan: saved settings: target PMP, 7 hours a week, start 2030-01-07, exam 2033-06-06 ('pmpath plan --reset' forgets them)"
run plan --hours-per-week 9 --format json
if jq -e '.target == "PMP" and .hours_per_week == 9' "$T/out" >/dev/null
then ok "saved: an option given again replaces only itself"
else not_ok "saved: an option given again replaces only itself" "$(jq -c '[.target,.hours_per_week]' "$T/out")"; fi
run plan --target CAPM --format json
if jq -e '.target == "CAPM" and .hours_per_week == 9 and .start == "2030-01-07" and
	.exam_date != "2033-06-06"' "$T/out" >/dev/null
then ok "saved: a new target keeps the hours and start, not the old exam date"
else not_ok "saved: a new target keeps the hours and start, not the old exam date" "$(jq -c '[.target,.hours_per_week,.start,.exam_date]' "$T/out")"; fi
run plan --reset --format json
is_rc "saved: --reset exits 0" 0
if jq -e '.target != "CAPM" or .hours_per_week != 9' "$T/out" >/dev/null && [ ! -s "$T/err" ]
then ok "saved: --reset plans from the answers again"
else not_ok "saved: --reset plans from the answers again" "$(jq -c '[.target,.hours_per_week,.start]' "$T/out")" "$(cat "$T/err")"; fi
if [ "$(sqlite3 "$PMPATH_DB" 'select count(*) from plan_setting')" = 0 ]; then ok "saved: --reset forgets the settings"
else not_ok "saved: --reset forgets the settings"; fi
run --profile nobody plan --format json
is_rc "saved: settings belong to their profile" 2
err_has "saved: another profile has none" "no answers yet for profile 'nobody'"
run plan --target PMP --hours-per-week 10 --start 2026-11-23
if awk 'length($0) > 80 { exit 1 }' "$T/out"; then ok "plan text fits 80 columns"
else not_ok "plan text fits 80 columns" "$(awk 'length($0) > 80' "$T/out" | head -3)"; fi

# PRINCE2 Practitioner without a prerequisite certificate: no exam, and the
# way in (the Foundation exam, which has no prerequisites) is named.
export PMPATH_DB="$T/p2p.db"
run plan --target PRINCE2-P --hours-per-week 5 --start 2026-11-23 --format json
is_rc "PRINCE2-P without Foundation: exits 0" 0
if jq -e '.eligibility == "unreachable" and .exam_date == null and
	any(.notes[]; . == "PRINCE2-P: pass the PRINCE2-F exam first (pmpath plan --target PRINCE2-F), then plan PRINCE2-P again")' \
	"$T/out" >/dev/null; then ok "PRINCE2-P without Foundation: names the Foundation exam as the way in"
else not_ok "PRINCE2-P without Foundation: names the Foundation exam as the way in" "$(jq -c .notes "$T/out")"; fi

# A CAPM holder: CAPM meets PMP's 35-hour rule, so the plan does not say
# the rule still asks for 35 hours, and counts no hours toward CAPM itself.
export PMPATH_DB="$T/capm-holder.db"
run assess --answers "$FIX/personas/qa_capm_holder.answers"
run plan --start 2026-11-23
is_rc "CAPM holder: plan exits 0" 0
if grep -qx '  Contact hours toward PMP (pm_edu_hours): 35 (0 already, 35 planned)' "$T/out"
then ok "CAPM holder: contact hours without a rule to meet"
else not_ok "CAPM holder: contact hours without a rule to meet" "$(grep -A1 'Contact hours' "$T/out")"; fi
out_lacks "CAPM holder: no hours counted toward the CAPM they hold" "Contact hours toward CAPM"
out_has "CAPM holder: says the CAPM meets the rule" 'PMP: your CAPM meets "35 hours of PM education or an active CAPM"'
run plan --start 2026-11-23 --format json
if jq -e '.contact_hours == {"PMP": 35}' "$T/out" >/dev/null; then ok "CAPM holder: JSON contact hours only toward PMP"
else not_ok "CAPM holder: JSON contact hours only toward PMP" "$(jq -c .contact_hours "$T/out")"; fi

# Issue 7's promise, for every persona of the scoring fixtures: the default
# plan (recommended target, answered hours) keeps every week within the
# hours, totals add up, eligibility comes before the exam, and the calendar
# parses with a standard iCalendar parser.
for answers in "$FIX"/personas/*.answers; do
	name=$(basename "$answers" .answers)
	export PMPATH_DB="$T/persona-$name.db"
	run assess --answers "$answers"
	hours=""
	grep -q '^hours_per_week' "$answers" || hours="--hours-per-week 5"
	# shellcheck disable=SC2086
	run plan --format json --start 2026-11-23 --ics "$T/$name.ics" $hours
	if [ "$rc" -ne 0 ]; then not_ok "$name: plan --format json" "$(cat "$T/err")"; continue; fi
	if "$PY" - "$T/out" "$T/$name.ics" <<'PY' >"$T/py" 2>&1
import json, sys, icalendar
d = json.load(open(sys.argv[1]))
hpw = d["hours_per_week"]
total = 0.0
for w in d["weeks"]:
    items = sum(i["hours"] for i in w["items"])
    assert abs(items - w["hours"]) < 1e-6, "week %d: items %s != %s" % (w["week"], items, w["hours"])
    assert w["hours"] <= hpw + 1e-6, "week %d over budget: %s > %s" % (w["week"], w["hours"], hpw)
    total += w["hours"]
assert abs(total - d["total_hours"]) < 1e-6, "total %s != %s" % (total, d["total_hours"])
starts = [w["start"] for w in d["weeks"]]
assert starts == sorted(starts), "weeks out of order"
if d.get("eligible_from") and d.get("exam_date"):
    assert d["eligible_from"] <= d["exam_date"], "exam before eligibility"
cal = icalendar.Calendar.from_ical(open(sys.argv[2], "rb").read())
ev = [c for c in cal.walk() if c.name == "VEVENT"]
assert ev, "no events"
uids = [str(e.get("UID")) for e in ev]
assert len(uids) == len(set(uids)), "duplicate UIDs"
PY
	then ok "$name: plan keeps budget, totals, order; calendar parses"
	else not_ok "$name: plan properties" "$(cat "$T/py")"; fi
	# The study time pmpath certs quotes for the target ("about N weeks of
	# study (H hours)") is what the plan schedules: one contact course,
	# not every alternative; the plan may add items for gaps on top.
	cp "$T/out" "$T/plan.json"
	run certs --format json
	target=$(jq -r .target "$T/plan.json")
	quoted=$(jq -r --arg c "$target" '.[] | select(.code == $c) | .reasons[] |
		capture("study \\((?<h>[0-9.]+) hours\\)") | .h' "$T/out")
	planned=$(jq '[.weeks[].items[] | select(.kind != "on_the_job" and .kind != "application") | .hours] | add' "$T/plan.json")
	if [ -n "$hours" ]; then
		# No hours a week answered: certs cannot say how long it takes.
		[ -z "$quoted" ] && ok "$name: no study time quoted without hours a week" ||
			not_ok "$name: no study time quoted without hours a week" "quoted '$quoted'"
	elif [ -n "$quoted" ] && awk -v q="$quoted" -v p="$planned" 'BEGIN { exit !(q + 0 <= p + 1e-6) }'
	then ok "$name: certs quotes $quoted study hours for $target, the plan has $planned"
	else not_ok "$name: certs' study hours for $target within the plan's" "quoted '$quoted', planned $planned"; fi
done
# Where no item is added for gaps, the two figures are equal (CAPM for
# the sysadmin: the 23-hour course, not also the 35-hour and Google ones).
export PMPATH_DB="$T/persona-sysadmin.db"
run certs --format json
if jq -e '.[] | select(.code == "CAPM") | any(.reasons[]; test("about 18 weeks of study \\(88 hours\\)"))' "$T/out" >/dev/null
then ok "sysadmin: CAPM study time counts one contact course (88 hours)"
else not_ok "sysadmin: CAPM study time counts one contact course (88 hours)" "$(jq -c '.[] | select(.code == "CAPM") | .reasons' "$T/out")"; fi
