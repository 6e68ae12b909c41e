# pmpath profile list|show|export|import|delete: listing without creating
# a database, XML export checked by the schema, the round trip to another
# database, hostile and broken import files, all-or-nothing import, and
# delete that leaves no trace of the answers in the file.
. "$(dirname "$0")/lib.sh"
PF="$FIX/profiles"
RNG="$TOP/data/profile.rng"
MARK=ZEBRAQUOKKA7731   # only in hostile.answers

# sql DB QUERY: one value from a database (the sqlite3 tool).
sql() { sqlite3 "$1" "$2"; }
# no_file NAME PATH: PATH does not exist.
no_file() {
	if [ -e "$2" ]; then not_ok "$1" "$2 exists"; else ok "$1"; fi
}
# check NAME COND...: record the result of a test(1) condition.
check() {
	_n=$1
	shift
	if "$@"; then ok "$_n"; else not_ok "$_n" "failed: $*"; fi
}

# ---- usage ----------------------------------------------------------------
run profile --help
is_rc "profile --help exits 0" 0
for sub in list show export import delete; do
	out_has "profile --help lists $sub" "pmpath profile $sub"
done
run profile
is_rc "profile without a subcommand is a usage error" 2
err_has "says what is missing" "pmpath: profile: no subcommand given"
run profile lsit
is_rc "unknown subcommand is a usage error" 2
err_has "unknown subcommand gets a suggestion" "did you mean 'list'?"
run profile export --help
is_rc "profile export --help exits 0" 0
out_has "export help comes from its option table" "-o, --output FILE"
run profile show 'bad name'
is_rc "invalid NAME is a usage error" 2

# ---- reading commands never create the database ----------------------------
run profile list
is_rc "list with no database exits 0" 0
out_has "list says there are none" "No profiles yet"
run profile list --names
is_rc "list --names with no database exits 0" 0
check "list --names prints nothing" test ! -s "$T/out"
run profile show
is_rc "show with no database is bad data" 1
err_eq "show names the missing profile" "pmpath: no profile 'default' in $PMPATH_DB (see 'pmpath profile list')"
no_file "no database created by list, show" "$PMPATH_DB"

# ---- list and show ------------------------------------------------------------
run assess --answers "$PF/hostile.answers"
is_rc "assess the hostile persona" 0
n_ans=$(sql "$PMPATH_DB" "select count(*) from answer")
run profile list
is_rc "list exits 0" 0
out_has "list has a header" "PROFILE  SESSIONS  LAST ACTIVITY"
last=$(sql "$PMPATH_DB" "select max(updated) from session")
out_has "list shows sessions and last activity" "default         1  $last"
run profile list --names
out_eq_file "list --names is bare names" "$PF/names_default.txt"

run profile show
is_rc "show exits 0" 0
started=$(sql "$PMPATH_DB" "select started from session")
completed=$(sql "$PMPATH_DB" "select completed from session")
# The profile's own creation time: the session may start a second later.
created=$(sql "$PMPATH_DB" "select created from profile where name='default'")
out_has "show names the profile" "Profile 'default', created $created"
out_has "show counts" "1 session, $n_ans answers:"
out_has "show has the session row" "$(printf '  core  1.0      %s  %s  %7d' "$started" "$completed" "$n_ans")"
run profile show nobody
is_rc "show unknown profile" 1
err_has "show unknown names it" "no profile 'nobody'"

# ---- export -------------------------------------------------------------------
run profile export
is_rc "export to stdout" 0
cp "$T/out" "$T/default.xml"
if xmllint --noout --relaxng "$RNG" "$T/default.xml" 2>"$T/lint"; then
	ok "export validates against data/profile.rng"
else
	not_ok "export validates against data/profile.rng" "$(cat "$T/lint")"
fi
out_lacks "no raw <script> in the export" "<script>"
out_has "markup in answers is escaped" "Ran &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; fixed it"
out_has "a literal &amp; stays literal" "$MARK mailboxes &amp;amp; 40 users"
out_has "skipped answers keep their status" 'qid="role_sysadmin_changes" status="skipped"'
out_has "sessions carry bank id, version and hash" "bank=\"core\" bank-version=\"1.0\" bank-hash=\"$(sql "$PMPATH_DB" "select bank_hash from session")\""
# The text parsed back is the stored value, byte for byte.
xmllint --xpath 'string(//answer[@qid="accomplishments"])' "$T/default.xml" >"$T/parsed"
# (xmllint ends its output with a newline; $(...) drops the value's own.)
printf '%s\n' "$(sql "$PMPATH_DB" "select value from answer where qid='accomplishments'")" >"$T/stored"
if cmp -s "$T/parsed" "$T/stored"; then ok "escaped answer parses back to the stored value"; else
	not_ok "escaped answer parses back to the stored value" "$(diff "$T/stored" "$T/parsed")"
fi
n_xml=$(grep -c '<answer ' "$T/default.xml")
check "export has every answer" test "$n_xml" -eq "$n_ans"

mkdir "$T/outdir"
echo old >"$T/outdir/p.xml"
(umask 022 && ${PMPATH_VG:-} "$PMPATH" profile export -o "$T/outdir/p.xml" >"$T/out" 2>"$T/err")
rc=$?
is_rc "export -o FILE" 0
check "export -o prints nothing" test ! -s "$T/out"
check "export -o FILE replaced the old file with the same XML" cmp -s "$T/outdir/p.xml" "$T/default.xml"
check "export -o FILE has mode 0600 under umask 022" test "$(stat -c %a "$T/outdir/p.xml")" = 600
check "export -o leaves no temporary file" test "$(ls "$T/outdir")" = p.xml
run profile export default -o "$T/outdir/missing/p.xml"
is_rc "export into a missing directory fails" 1
err_has "the failure names the path" "pmpath: cannot write $T/outdir/missing/p.xml: No such file or directory"
run profile export default -o "$T/outdir/p.xml/x.xml"
is_rc "export below a file fails" 1
err_has "that failure names the path too" "cannot write $T/outdir/p.xml/x.xml"
check "failed exports leave no temporary file" test "$(ls "$T/outdir")" = p.xml
run profile export nobody
is_rc "export of an unknown profile" 1

# ---- round trip through another database --------------------------------------
OTHER="$T/other.db"
run --db "$OTHER" profile import "$T/default.xml" --as copy
is_rc "import --as copy into another database" 0
out_has "import reports what it did" "Imported profile 'copy' from $T/default.xml: 1 session, $n_ans answers."
run --db "$OTHER" profile export copy
is_rc "export the copy" 0
sed 's/ name="copy" / name="default" /' "$T/out" >"$T/copy.xml"
if cmp -s "$T/copy.xml" "$T/default.xml"; then ok "round trip: identical except the name"; else
	not_ok "round trip: identical except the name" "$(diff "$T/default.xml" "$T/copy.xml" | head)"
fi
grep -q ' name="copy" ' "$T/out" && ok "the copy carries its new name" || not_ok "the copy carries its new name"
run report
cp "$T/out" "$T/report1"
run --db "$OTHER" --profile copy report
is_rc "report on the imported copy" 0
sed "s/profile 'copy'/profile 'default'/" "$T/out" >"$T/report2"
if cmp -s "$T/report1" "$T/report2" && grep -q Scheduling "$T/report1"; then
	ok "report gives the same scores on both"
else
	not_ok "report gives the same scores on both" "$(diff "$T/report1" "$T/report2" | head)"
fi

# ---- existing profiles: refused unless --replace ------------------------------
run --db "$OTHER" profile import "$T/default.xml" --as copy
is_rc "import over an existing profile is refused" 1
err_eq "refusal says how to overwrite" "pmpath: profile 'copy' already exists in $OTHER; nothing imported (add --replace to overwrite it, or --as NAME to import it under another name)"
run --db "$OTHER" profile import "$PF/good.xml" --as copy --replace
is_rc "import --replace" 0
check "replace removed the old sessions" test "$(sql "$OTHER" "select count(*) from session")" -eq 2
check "replace wrote the file's answers" test "$(sql "$OTHER" "select count(*) from answer")" -eq 6
run --db "$OTHER" profile show copy
out_has "replaced profile keeps the file's creation time" "Profile 'copy', created 2024-03-01T09:00:00Z"
out_has "open session shown as not finished" "(not finished)"
run --db "$OTHER" profile import "$PF/good.xml" --as 'a b'
is_rc "import --as with an invalid name" 2
run --db "$OTHER" profile import
is_rc "import without FILE" 2
run --db "$OTHER" profile import "$T/nope.xml"
is_rc "import of a missing file" 1
err_has "missing file is named" "cannot open $T/nope.xml"

# ---- broken and hostile files: exact messages, nothing written ----------------
FRESH="$T/fresh.db"
cd "$PF" || exit 1
# bad NAME FILE EXPECTED_STDERR
bad() {
	run --db "$FRESH" profile import "$2"
	is_rc "$1: exit 1" 1
	err_eq "$1: message" "$3"
}
bad "bad status" bad_status.xml \
	"pmpath: bad_status.xml:9: answer 'role_dev_ceremonies': status=\"maybe\" is not valid (use one of: value, skipped, dont-know)"
bad "bad timestamps" bad_timestamp.xml \
	"pmpath: bad_timestamp.xml:7: answer 'education': updated=\"yesterday\" is not a UTC timestamp like 2024-05-01T12:34:56Z
pmpath: bad_timestamp.xml:12: session of bank 'agile': started=\"2024-02-30T10:00:00Z\" is not a UTC timestamp like 2024-05-01T12:34:56Z"
bad "timestamps out of order" time_order.xml \
	"pmpath: time_order.xml:12: session of bank 'agile': updated=\"2024-03-02T09:05:00Z\" is before started=\"2024-03-02T10:00:00Z\""
bad "bad qid" bad_qid.xml \
	"pmpath: bad_qid.xml:8: answer 'Role-1': qid=\"Role-1\" is not a valid question id (a lower-case letter, then lower-case letters, digits or _; at most 64)"
bad "duplicate qid" duplicate_qid.xml \
	"pmpath: duplicate_qid.xml:8: session of bank 'core': a second answer to 'role' (the first is on line 7); keep one"
bad "value with a dont-know status" skipped_with_value.xml \
	"pmpath: skipped_with_value.xml:10: answer 'years_it': status=\"dont-know\" takes no value (empty the element, or use status=\"value\")"
bad "unknown element" unknown_element.xml \
	"pmpath: unknown_element.xml:13: session of bank 'agile': <note> is not allowed here (a profile holds <session>s, a session holds <answer>s)"
bad "newer format" format2.xml \
	"pmpath: format2.xml:3: format=\"2\" is not supported (this pmpath reads format 1; a newer pmpath may read it)"
bad "bad profile name" bad_name.xml \
	"pmpath: bad_name.xml:3: name=\"men tee\" is not a valid profile name (letters, digits, '.', '_', '-'; at most 64)"
bad "malformed XML" malformed.xml \
	"pmpath: malformed.xml:8: Opening and ending tag mismatch: answer line 8 and answr"
bad "not a profile" not_a_profile.xml \
	"pmpath: not_a_profile.xml:3: the root element is <bank>, not <pmpath-profile> (is this a file written by 'pmpath profile export'?)"
bad "nesting limit" deep.xml \
	"pmpath: deep.xml:4: elements are nested more than 8 levels deep (a profile needs 3: profile, session, answer)"
bad "DOCTYPE refused" doctype.xml \
	"pmpath: doctype.xml:2: DOCTYPE declarations are not allowed in a profile file (remove the <!DOCTYPE ...> line)"
out_lacks "external entity never read" "SECRET-PROFILE-CONTENT"
cd "$T" || exit 1
truncate -s 17M "$T/huge.xml"
run --db "$FRESH" profile import "$T/huge.xml"
is_rc "file over the size cap" 1
err_eq "size cap message" "pmpath: huge.xml: file is larger than 16 MiB"
printf '<?xml version="1.0"?>\n<pmpath-profile>\377</pmpath-profile>\n' >"$T/latin1.xml"
run --db "$FRESH" profile import "$T/latin1.xml"
is_rc "invalid UTF-8" 1
err_eq "invalid UTF-8 names the line" "pmpath: latin1.xml:2: invalid UTF-8 (save the file as UTF-8)"
no_file "no broken file even created the database" "$FRESH"
if grep -q SECRET-PROFILE-CONTENT "$FRESH"* 2>/dev/null; then not_ok "secret not in the database"; else ok "secret not in the database"; fi

# ---- an import is all or nothing ------------------------------------------------
# A trigger makes the very last answer of good.xml fail inside the import.
POISON="$T/poison.db"
run --db "$POISON" report   # creates the database (and finds no answers)
sql "$POISON" "CREATE TRIGGER poison BEFORE INSERT ON answer WHEN NEW.qid = 'scrum_roles' BEGIN SELECT RAISE(ABORT, 'poisoned answer'); END;"
run --db "$POISON" profile import "$PF/good.xml"
is_rc "import failing on its last answer" 1
err_has "the database error is shown" "poisoned answer"
check "failed import left no profile" test "$(sql "$POISON" "select count(*) from profile")" -eq 0
check "failed import left no session" test "$(sql "$POISON" "select count(*) from session")" -eq 0
check "failed import left no answer" test "$(sql "$POISON" "select count(*) from answer")" -eq 0

# ---- delete ----------------------------------------------------------------------
run profile delete default
is_rc "delete without a terminal needs --yes" 2
err_has "says to add --yes" "pmpath: profile delete: standard input is not a terminal; add --yes to delete without asking"
run profile delete
is_rc "delete without NAME" 2
run profile delete nobody --yes
is_rc "delete of an unknown profile" 1
err_has "names the unknown profile" "no profile 'nobody'"
check "answers are in the database file before delete" grep -q "$MARK" "$PMPATH_DB"
run profile delete default --yes
is_rc "delete --yes" 0
out_has "delete reports what went" "Deleted profile 'default' (1 session, $n_ans answers)."
if grep -q "$MARK" "$PMPATH_DB"*; then not_ok "no trace of the answers left in the file"; else
	ok "no trace of the answers left in the file"; fi
run profile list --names
check "deleted profile is no longer listed" test ! -s "$T/out"

# A big profile: without VACUUM its pages would stay in the free list.
BIG="$T/big.db"
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n'
	printf '<pmpath-profile format="1" name="big" created="2024-01-01T00:00:00Z">\n'
	printf '<session bank="core" bank-version="1.0" bank-hash="" started="2024-01-01T00:00:00Z" updated="2024-01-01T00:00:00Z">\n'
	i=0
	while [ $i -lt 1500 ]; do
		printf '<answer qid="q%d" status="value" updated="2024-01-01T00:00:00Z">%s %d</answer>\n' \
			$i "Filler answer text long enough to fill many database pages quickly" $i
		i=$((i + 1))
	done
	printf '</session>\n</pmpath-profile>\n'
} >"$T/big.xml"
run --db "$BIG" profile import "$T/big.xml"
is_rc "import a big profile" 0
pages=$(sql "$BIG" "pragma page_count")
run --db "$BIG" profile delete big --yes
is_rc "delete the big profile" 0
check "delete leaves no free pages (VACUUM ran)" test "$(sql "$BIG" "pragma freelist_count")" -eq 0
check "the file shrank" test "$(sql "$BIG" "pragma page_count")" -lt "$pages"

# On a terminal delete asks first.
if command -v script >/dev/null 2>&1; then
	run --db "$OTHER" profile list
	printf 'n\n' | script -qec "'$PMPATH' --db '$OTHER' profile delete copy" /dev/null >"$T/tty" 2>&1
	grep -q "Delete profile 'copy' (2 sessions, 6 answers)? This cannot be undone. \[y/N\]" "$T/tty" &&
		ok "delete asks on a terminal" || not_ok "delete asks on a terminal" "$(cat "$T/tty")"
	check "answering no keeps the profile" test "$(sql "$OTHER" "select count(*) from profile where name='copy'")" -eq 1
	printf 'y\n' | script -qec "'$PMPATH' --db '$OTHER' profile delete copy" /dev/null >"$T/tty" 2>&1
	check "answering yes deletes it" test "$(sql "$OTHER" "select count(*) from profile where name='copy'")" -eq 0
else
	not_ok "delete asks on a terminal" "script(1) from util-linux is needed for this test"
fi

# ---- the plan moves with the profile ------------------------------------------
PL="$T/plan.db"
PL2="$T/plan2.db"
run --db "$PL" assess --answers "$FIX/answers/sysadmin_complete.txt"
run --db "$PL" plan --target PMP --hours-per-week 7.5 --start 2030-01-07 --done read_pmbok
run --db "$PL" profile export -o "$T/plan.xml"
is_rc "export with a saved plan" 0
check "export carries the plan settings" grep -q '<plan target="PMP" hours-per-week="7.5" start="2030-01-07" updated="' "$T/plan.xml"
check "export carries the done items" grep -q '<done item="read_pmbok" date="' "$T/plan.xml"
run --db "$PL2" profile import "$T/plan.xml"
is_rc "import with a saved plan" 0
out_has "import says the plan came too" ", plan settings, 1 plan item done."
run --db "$PL2" plan --format json
if jq -e '.target == "PMP" and .hours_per_week == 7.5 and .start == "2030-01-07" and
	(.done | index("read_pmbok"))' "$T/out" >/dev/null
then ok "the imported profile plans as before"
else not_ok "the imported profile plans as before" "$(head -c 300 "$T/out")"; fi
run --db "$PL2" profile export -o "$T/plan2.xml"
check "plan round trip is byte for byte" cmp -s "$T/plan.xml" "$T/plan2.xml"
# Bad plan data is refused with its line, and nothing is imported.
sed 's/hours-per-week="7.5"/hours-per-week="500"/' "$T/plan.xml" >"$T/badplan.xml"
run --db "$T/plan3.db" profile import "$T/badplan.xml"
is_rc "bad plan hours: exit 1" 1
err_has "bad plan hours: message with the line" "badplan.xml:$(grep -n '<plan ' "$T/badplan.xml" | cut -d: -f1): <plan>: hours-per-week=\"500\" is not a number more than 0 and at most 80"
sed 's/<done item="read_pmbok"/<done item="read_pmbok"\/>\n  <done item="read_pmbok"/' "$T/plan.xml" >"$T/twice.xml"
run --db "$T/plan3.db" profile import "$T/twice.xml"
is_rc "a done item listed twice: exit 1" 1
err_has "a done item listed twice: message" "<done>: item \"read_pmbok\" is listed twice"
check "nothing imported from bad files" test "$(sql "$T/plan3.db" "select count(*) from profile" 2>/dev/null || echo 0)" -eq 0
