# pmpath rewrite: arguments, --file, --format json, --json-resume, --job,
# and bad input (invalid UTF-8, malformed JSON, missing files).
. "$(dirname "$0")/lib.sh"
B="$FIX/bullets/e2e"

# Until the question banks land, point the data dir at the built catalog.
if [ ! -f "$TOP/questions/core.xml" ]; then
	mkdir -p "$T/data/questions"
	: >"$T/data/questions/core.xml"
	ln -s "$(dirname "$PMPATH")/catalog.db" "$T/data/catalog.db"
	export PMPATH_DATADIR="$T/data"
fi

run rewrite "handled server upgrades"
is_rc "one argument exits 0" 0
out_has "done-when rewrite" "1. Coordinated server upgrades across [N] teams, completed in [N] weeks, and reduced downtime by [X]%"
out_has "weak opener named" "starts with a weak phrase: 'handled'"
out_has "placeholders to fill" "Fill in: [N] teams, [N] weeks, [X]%"
out_has "competencies shown" "Competencies: coordination, change_control"
out_lacks "no colour when not a terminal" "$(printf '\033[1m')"

run rewrite "Led the migration of 300 mailboxes to Exchange Online in 6 weeks, cutting licence costs by 20%" "worked on backups"
is_rc "two arguments exit 0" 0
out_has "already strong is said" "already strong: leads with 'Led', has scope and a result"
out_has "second bullet numbered" "Bullet 2: worked on backups"

run rewrite --file "$B/blanks.list"
is_rc "--file exits 0" 0
out_has "--file: marker stripped" "Bullet 1: handled server upgrades"
out_has "--file: star marker stripped" "Bullet 2: Responsible for patching Windows servers"
out_has "--file: bullet sign stripped" "Bullet 3: Led the rollout"
out_has "--file: comment lines are bullets" "Bullet 4: # comments are bullets too"
out_lacks "--file: blank lines skipped" "Bullet 5"

run rewrite --format json "handled server upgrades" "Verantwortlich für die Migration von 200 Servern"
is_rc "json exits 0" 0
if python3 - "$T/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert isinstance(d, list) and len(d) == 2
for k in ("original", "problems", "competencies", "rewrites", "placeholders", "activity",
          "quality_before", "quality_after", "quality_moves", "notes"):
    assert k in d[0], k
assert d[0]["rewrites"][0].startswith("Coordinated server upgrades")
assert d[0]["placeholders"] == ["[N] teams", "[N] weeks", "[X]%"]
assert d[1]["rewrites"] == [] and d[1]["english"] is False
PY
then ok "json shape and keys"; else not_ok "json shape and keys" "$(head -c 600 "$T/out")"; fi

run rewrite --file "$B/bad-utf8.list"
is_rc "invalid UTF-8 file exits 1" 1
err_has "invalid UTF-8 names file and line" "bad-utf8.list:3: invalid UTF-8 at byte 14"

run rewrite "$(printf 'bad \377 text')"
is_rc "invalid UTF-8 argument exits 1" 1
err_has "invalid UTF-8 names the argument" "pmpath: rewrite: argument 1: invalid UTF-8 at byte 5"

run rewrite --file "$T/no-such-file"
is_rc "missing file exits 1" 1
err_has "missing file named" "no-such-file: cannot open"

run rewrite
is_rc "no bullet is a usage error" 2

run rewrite --format yaml "x"
is_rc "unknown format is a usage error" 2

run rewrite --json-resume "$B/resume.json"
is_rc "--json-resume exits 0" 0
out_has "json resume context" "Context: Senior Systems Administrator, Acme Retail"
out_has "json resume highlight" "Bullet 3: Answered tickets in the service desk queue"
out_has "number kept from the bullet" "for 300 users"

run rewrite --format json --json-resume "$B/resume.json"
if python3 -c "import json,sys; d=json.load(open('$T/out')); assert len(d)==3 and d[2]['context']=='Service Desk Analyst, Globex'"; then
	ok "json resume in json"; else not_ok "json resume in json" "$(head -c 400 "$T/out")"; fi

printf '{"basics": {"name": "A"}, "work": [{"position": "Admin", "highlights": []}]}' >"$T/nohl.json"
run rewrite --json-resume "$T/nohl.json"
is_rc "--json-resume without highlights exits 0" 0
out_has "says the resume has no highlights" "No bullets to rewrite: $T/nohl.json has no work[].highlights[] entries"
out_lacks "does not speak of blank lines" "blank lines"
printf '{"work": [{"highlights": ["  ", ""]}]}' >"$T/blankhl.json"
run rewrite --json-resume "$T/blankhl.json"
out_has "says every highlight is blank" "every work[].highlights[] entry of $T/blankhl.json is blank"

run rewrite --json-resume "$B/bad-type.json"
is_rc "wrong type exits 1" 1
err_has "wrong type named with its place" "work[0].highlights[1]: expected a string, got a number"

run rewrite --json-resume "$B/malformed.json"
is_rc "malformed JSON exits 1" 1
err_has "malformed JSON names file:line" "malformed.json:2:"

run rewrite --job "$B/job.txt" "handled server upgrades" "Negotiated 3 vendor contracts"
is_rc "--job exits 0" 0
out_has "job section" "Job ad keywords ("
out_has "job: evidenced keyword" "vendors (vendor_management)"
out_has "job: missing keyword" "scrum (agile)"

run rewrite --format json --job "$B/job.txt" "handled server upgrades"
if python3 - "$T/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert isinstance(d["bullets"], list) and len(d["bullets"]) == 1
assert "schedule" in d["job"]["evidenced"], d["job"]
assert "budget" in d["job"]["missing"], d["job"]
PY
then ok "json with --job is an object"; else not_ok "json with --job is an object" "$(head -c 600 "$T/out")"; fi

# Missing keywords the user's answers support (a profile with an assessment).
run rewrite --job "$B/job.txt" "handled server upgrades"
out_has "--job without an assessment says how to see supported keywords" \
	"(run 'pmpath assess' to see which missing keywords your answers support)"
sed -E 's/^stakeholders = .*/stakeholders = 5/; s/^vendor_management = .*/vendor_management = 4/' \
	"$FIX/answers/sysadmin_complete.txt" >"$T/claim.answers"
run --profile claim assess --answers "$T/claim.answers"
is_rc "assess a profile strong in stakeholders and vendors" 0
run --profile claim rewrite --job "$B/job.txt" "handled server upgrades"
is_rc "--job with an assessment exits 0" 0
out_has "--job names the keywords the answers support" "Your answers support these missing keywords"
out_has "--job: stakeholder is supported, with its score" "    stakeholder (Stakeholders "
out_has "--job: vendors is supported" "    vendors (Vendor management "
out_lacks "--job: budget (rated 1) is not claimed" "    budget ("
run --profile claim rewrite --format json --job "$B/job.txt" "handled server upgrades"
if python3 - "$T/out" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["job"]["supported_by_answers"]
kw = [x["keyword"] for x in s]
assert kw == ["stakeholder", "vendors"], s
assert all(x["score"] >= 50 and x["competency"] for x in s), s
PY
then ok "json --job: supported_by_answers lists keyword, competency, score"
else not_ok "json --job: supported_by_answers lists keyword, competency, score" "$(head -c 600 "$T/out")"; fi
run rewrite --format json --job "$B/job.txt" "handled server upgrades"
if python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["job"]["supported_by_answers"] is None' "$T/out"
then ok "json --job without an assessment: supported_by_answers is null"
else not_ok "json --job without an assessment: supported_by_answers is null"; fi

run rewrite --job "$T/none.txt" "x y"
is_rc "missing job file exits 1" 1

python3 -c "print('Handled ' + 'server upgrades and patching, ' * 120)" >"$T/long.list"
run rewrite --file "$T/long.list"
is_rc "very long line exits 0" 0
out_has "very long line reported" "too long to analyse ("
