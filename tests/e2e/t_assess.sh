# pmpath assess: answers files, pipes, resume, bad input; pmpath report.
. "$(dirname "$0")/lib.sh"

run assess --answers "$FIX/answers/sysadmin.txt"
is_rc "answers file accepted" 0
[ -f "$PMPATH_DB" ] && ok "database created" || not_ok "database created" "no $PMPATH_DB"
mode=$(stat -c %a "$PMPATH_DB")
[ "$mode" = 600 ] && ok "database mode 0600" || not_ok "database mode 0600" "mode $mode"

run report
is_rc "report after assess" 0
out_has "report shows a scored competency" "Scheduling"

run assess --answers "$FIX/answers/bad_unknown_id.txt"
is_rc "unknown id is bad data" 1
err_has "unknown id names file and line" "bad_unknown_id.txt:3: unknown question id 'pm_mnths'"

# An id nothing resembles: the hint says where the ids are (it named an
# option that does not exist).
printf 'role = sysadmin\nzzzzzzzzzzzz = 1\n' >"$T/unknown.txt"
run assess --answers "$T/unknown.txt"
is_rc "unrecognisable id is bad data" 1
err_eq "unrecognisable id: the hint names the bank file" \
"pmpath: $T/unknown.txt:2: unknown question id 'zzzzzzzzzzzz' (the ids are the id= attributes in questions/core.xml)"

run assess --answers "$FIX/answers/bad_range.txt"
is_rc "out-of-range value is bad data" 1
err_has "out-of-range names line 2" "bad_range.txt:2: 'years_it':"
err_has "bad choice names line 3" "bad_range.txt:3: 'education':"

run assess --answers "$T/nope.txt"
is_rc "missing answers file" 1
err_has "missing file is named" "nope.txt"

# A fresh profile answered from a pipe, interrupted, then resumed.
run_in "$(printf 'developer\n7\n')" --profile pipe assess
is_rc "partial pipe session saves" 0
run --profile pipe assess --non-interactive
is_rc "non-interactive with required questions left" 1
err_has "lists what is left" "education"
run_in "$(printf 'master\n')" --profile pipe assess
is_rc "resumed pipe session" 0
db_role=$(sqlite3 "$PMPATH_DB" "select value from answer a join session s on s.id=a.session_id join profile p on p.id=s.profile_id where p.name='pipe' and qid='role'")
[ "$db_role" = developer ] && ok "resume kept the first answers" || not_ok "resume kept the first answers" "role=$db_role"
db_edu=$(sqlite3 "$PMPATH_DB" "select value from answer a join session s on s.id=a.session_id join profile p on p.id=s.profile_id where p.name='pipe' and qid='education'")
[ "$db_edu" = master ] && ok "resume continued at the first unanswered question" || not_ok "resume continued at the first unanswered question" "education=$db_edu"

run_in "$(printf 'astronaut\n')" --profile pipe2 assess
is_rc "bad piped answer" 1
err_has "bad piped answer names stdin line" "stdin:1: 'role':"

run --profile nobody report
is_rc "report without answers" 1
err_eq "report without answers says what to do" "pmpath: no answers yet for profile 'nobody'; run 'pmpath assess' first"

# A broken bank is reported with file and line.
mkdir -p "$T/data/questions"
cp "$TOP/build/catalog.db" "$T/data/"
cp "$TOP/questions/bank.rng" "$T/data/questions/"
sed 's|</bank>|<question id="oops"|' "$TOP/questions/core.xml" >"$T/data/questions/core.xml"
PMPATH_DATADIR="$T/data" run assess --non-interactive
is_rc "broken bank is bad data" 1
err_has "broken bank names file and line" "core.xml:976: "

# The bank changes between two runs of one session: answers that still
# fit are kept, the others asked again, and the user is told which.
cp "$TOP/questions/core.xml" "$T/data/questions/core.xml"
{ cat "$FIX/answers/background_only.txt"; echo "role_sysadmin_changes = yes"; } >"$T/rebank.txt"
PMPATH_DATADIR="$T/data" run --profile rebank assess --answers "$T/rebank.txt"
is_rc "session before the bank change" 0
sed -i -e 's|<bank id="core" version="1.0"|<bank id="core" version="1.1"|' \
	-e 's|min="0" max="50" unit="years"|min="0" max="3" unit="years"|' \
	-e '/<question id="role_sysadmin_changes"/,/<\/question>/d' "$T/data/questions/core.xml"
PMPATH_DATADIR="$T/data" run --profile rebank assess --non-interactive
is_rc "resume after the bank changed: required questions left" 1
out_has "bank change: versions" "(version 1.0, now 1.1): 10 answers kept,"
out_has "bank change: counts" "1 to answer again, 1 no longer asked."
out_has "bank change: names the question asked again" "  - How many years have you worked in IT?"
out_has "bank change: names the question no longer asked" "  role_sysadmin_changes"
err_has "bank change: the changed question is open again" "years_it:"
q="select count(*) from answer a join session s on s.id=a.session_id join profile p on p.id=s.profile_id where p.name='rebank' and qid"
[ "$(sqlite3 "$PMPATH_DB" "$q='role_sysadmin_changes'")" = 1 ] && ok "bank change: answer to a removed question stays stored" ||
	not_ok "bank change: answer to a removed question stays stored"
[ "$(sqlite3 "$PMPATH_DB" "$q='education'")" = 1 ] && ok "bank change: unchanged answer kept" ||
	not_ok "bank change: unchanged answer kept"
PMPATH_DATADIR="$T/data" run --profile rebank assess --non-interactive
out_lacks "bank change reported once" "questions changed"
