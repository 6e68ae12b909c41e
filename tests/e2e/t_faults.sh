# Faults: allocation failure at the Nth allocation along a scripted
# assessment and report (PMPATH_FAIL_ALLOC=N, a test hook in util.c's
# xmalloc family), and SQLite trouble: a database locked by another
# process, a damaged file, a read-only file, a full disk for outputs, two
# pmpath processes answering on one profile at once.  Each gives a clear
# message, no crash, and leaves the stored answers intact and consistent
# (PRAGMA integrity_check).  make test samples N; `make fault-long`
# (PMPATH_FAULT_ALL=1) tries every N.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
ANS=tests/fixtures/answers/sysadmin_complete.txt
# Exiting on "out of memory" is the designed way out (util.h), so leak
# reports at that exit are expected and not checked here.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"

integrity() { sqlite3 "$1" 'PRAGMA integrity_check' 2>&1; }
# The answers of the latest session, one line each (values may hold newlines).
answers_of() {
	sqlite3 "$1" 'SELECT qid, quote(value), status FROM answer
		WHERE session_id = (SELECT max(id) FROM session)' 2>/dev/null | LC_ALL=C sort
}

# The reference run: no fault.
REF="$T/ref.db"
PMPATH_DB=$REF run assess --non-interactive --answers "$ANS"
is_rc "reference assessment" 0
answers_of "$REF" >"$T/ref.txt"
nref=$(wc -l <"$T/ref.txt")
if [ "$nref" -gt 50 ]; then ok "reference has $nref answers"; else not_ok "reference answers" "$nref"; fi

# workload DB N: the assessment then the report with allocation N failing.
# Sets rc (first failing step's status) and leaves stderr in $T/err.
workload() {
	rc=0
	PMPATH_FAIL_ALLOC=$2 PMPATH_DB=$1 ${PMPATH_VG:-} "$PMPATH" assess --non-interactive \
		--answers "$ANS" >"$T/out" 2>"$T/err" </dev/null || rc=$?
	[ "$rc" -ne 0 ] && return
	PMPATH_FAIL_ALLOC=$2 PMPATH_DB=$1 ${PMPATH_VG:-} "$PMPATH" report --format json \
		-o "$T/report.json" >"$T/out" 2>"$T/err" </dev/null || rc=$?
}

# How many allocations the whole workload makes: the largest failing N.
lo=1
hi=1
while :; do
	rm -f "$T/f.db"*
	workload "$T/f.db" "$hi"
	[ "$rc" -eq 0 ] && break
	lo=$hi
	hi=$((hi * 2))
	[ "$hi" -gt 100000000 ] && break
done
while [ $((hi - lo)) -gt 1 ]; do
	mid=$(((lo + hi) / 2))
	rm -f "$T/f.db"*
	workload "$T/f.db" "$mid"
	if [ "$rc" -eq 0 ]; then hi=$mid; else lo=$mid; fi
done
total=$lo
if [ "$total" -gt 100 ]; then ok "the workload makes $total allocations"; else
	not_ok "allocation count" "$total"
fi

# The Ns to try: every one, or 1-12, the last few and 40 spread between.
if [ "${PMPATH_FAULT_ALL:-}" = 1 ]; then
	ns=$(seq 1 "$total")
else
	ns=$( { seq 1 12; seq 12 $((total / 40 + 1)) "$total"; seq $((total - 3)) "$total"; } | sort -n | uniq)
fi

bad=0
tried=0
prev=0
for n in $ns; do
	tried=$((tried + 1))
	rm -f "$T/f.db"*
	workload "$T/f.db" "$n"
	why=""
	if [ "$rc" -ne 1 ]; then
		why="exit status $rc"
	elif ! grep -q '^pmpath: out of memory$' "$T/err"; then
		why="no clear message: $(head -c 300 "$T/err")"
	elif grep -q 'AddressSanitizer\|runtime error\|BUG' "$T/err"; then
		why="sanitizer or BUG: $(head -c 300 "$T/err")"
	elif [ -f "$T/f.db" ]; then
		chk=$(integrity "$T/f.db")
		if [ "$chk" != ok ]; then
			why="integrity_check: $chk"
		else
			answers_of "$T/f.db" >"$T/got.txt"
			got=$(wc -l <"$T/got.txt")
			# Every stored answer is one of the reference's, and a later
			# failure never holds fewer answers than an earlier one.
			if [ -n "$(comm -23 "$T/got.txt" "$T/ref.txt")" ]; then
				why="answers differ: $(comm -23 "$T/got.txt" "$T/ref.txt" | head -3)"
			elif [ "$got" -lt "$prev" ]; then
				why="answers lost: $got after $prev"
			fi
			prev=$got
		fi
	fi
	if [ -n "$why" ]; then
		bad=$((bad + 1))
		[ "$bad" -le 5 ] && not_ok "allocation $n of $total fails cleanly" "$why"
	fi
done
if [ "$bad" -eq 0 ]; then ok "allocation failure at $tried values of N in 1..$total: clean exit, database intact"; fi
echo "# allocation failure: $tried runs, N in 1..$total, $bad bad"

# ---- SQLite faults ----------------------------------------------------------
DB="$T/s.db"
cp "$REF" "$DB"
# Locked: another process holds the write lock.
(printf 'BEGIN EXCLUSIVE;\nSELECT 1;\n'; sleep 4) | sqlite3 "$DB" >/dev/null 2>&1 &
holder=$!
sleep 0.5
t0=$(date +%s%3N)
PMPATH_BUSY_TIMEOUT=300 PMPATH_DB=$DB run assess --non-interactive --restart --answers "$ANS"
el=$(( $(date +%s%3N) - t0 ))
is_rc "locked database: exit 1" 1
err_has "locked database: message" "pmpath: $DB: another pmpath is using this database; try again"
if [ -n "${PMPATH_VG:-}" ] || [ "$el" -lt 3000 ]; then ok "locked database: gives up after the busy timeout"; else
	not_ok "locked database: busy timeout" "$el ms"
fi
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
[ "$(integrity "$DB")" = ok ] && ok "locked database: intact" || not_ok "locked database: intact"
answers_of "$DB" | cmp -s - "$T/ref.txt" && ok "locked database: answers kept" || not_ok "locked database: answers kept"

# Damaged: garbage instead of a database, and a database with a page overwritten.
head -c 16384 /dev/urandom >"$T/garbage.db"
PMPATH_DB="$T/garbage.db" run report
is_rc "garbage database: exit 1" 1
err_has "garbage database: message" "pmpath: $T/garbage.db: not a pmpath database, or it is damaged"
cp "$REF" "$T/torn.db"
sz=$(wc -c <"$T/torn.db")
dd if=/dev/urandom of="$T/torn.db" bs=4096 seek=2 count=$(( sz / 4096 - 2 )) conv=notrunc 2>/dev/null
PMPATH_DB="$T/torn.db" run report
if [ "$rc" -eq 1 ] && grep -q "^pmpath: $T/torn.db: " "$T/err"; then ok "damaged database: clear message, exit 1"; else
	not_ok "damaged database" "exit $rc" "$(head -c 300 "$T/err")"
fi
if [ "$rc" -ge 128 ] || grep -q 'BUG\|Sanitizer' "$T/err"; then not_ok "damaged database: no crash"; else ok "damaged database: no crash"; fi

# Disk full: the database may not grow past its size now (a test hook
# sets PRAGMA max_page_count); a new session fills it part way.
cp "$REF" "$DB"
pages=$(sqlite3 "$DB" 'PRAGMA page_count')
PMPATH_MAX_PAGES=$pages PMPATH_DB=$DB run assess --non-interactive --restart --answers "$ANS"
is_rc "disk full: exit 1" 1
err_has "disk full: message" "pmpath: $DB: disk full; the last change was not saved"
[ "$(integrity "$DB")" = ok ] && ok "disk full: database intact" || not_ok "disk full: database intact"
sqlite3 "$DB" 'SELECT qid, quote(value), status FROM answer WHERE session_id = 1' | LC_ALL=C sort |
	cmp -s - "$T/ref.txt" && ok "disk full: earlier answers kept" || not_ok "disk full: earlier answers kept"

# Read-only: a database the user may read but not write.  Root ignores
# permissions, so as root the run drops to user nobody with setpriv.
mkdir -p "$T/ro"
cp "$REF" "$T/ro/ro.db"
chmod 0444 "$T/ro/ro.db"
chmod 0555 "$T/ro"
as_user=""
if [ "$(id -u)" -eq 0 ]; then
	chmod 0711 "$T"
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ -z "$as_user" ] || command -v setpriv >/dev/null 2>&1; then
	# shellcheck disable=SC2086
	PMPATH_DB="$T/ro/ro.db" $as_user "$PMPATH" assess --non-interactive --restart --answers "$ANS" \
		>"$T/out" 2>"$T/err" </dev/null
	rc=$?
	is_rc "read-only database: exit 1" 1
	if grep -q "^pmpath: $T/ro/ro.db: " "$T/err"; then ok "read-only database: message names the file"; else
		not_ok "read-only database: message names the file" "$(head -c 300 "$T/err")"
	fi
	[ "$(integrity "$T/ro/ro.db")" = ok ] && ok "read-only database: intact" || not_ok "read-only database: intact"
else
	echo "# read-only database: skipped (root without setpriv)"
fi
chmod 0700 "$T"
chmod 0755 "$T/ro"

# Full disk for outputs: /dev/full (a regular file there would be a broken machine).
[ -c /dev/full ] || { not_ok "/dev/full is a character device"; exit 1; }
cp "$REF" "$DB"
PMPATH_DB=$DB run report -o /dev/full
is_rc "report -o /dev/full: exit 1" 1
err_has "report -o /dev/full: message names the file" "pmpath: /dev/full"
PMPATH_DB=$DB run profile export -o /dev/full
is_rc "profile export -o /dev/full: exit 1" 1
err_has "profile export -o /dev/full: message names the file" "pmpath: /dev/full"
PMPATH_DB=$DB ${PMPATH_VG:-} "$PMPATH" report >/dev/full 2>"$T/err"
rc=$?
is_rc "report >/dev/full: exit 1" 1
err_has "report >/dev/full: message" "pmpath: "

# Two pmpath processes answering on one profile at once.
sed 's/^years_it = .*/years_it = 11/' "$ANS" >"$T/other.txt"
rm -f "$T/two.db"*
for i in 1 2 3; do
	PMPATH_DB="$T/two.db" "$PMPATH" assess --non-interactive --answers "$ANS" >/dev/null 2>"$T/e1" &
	p1=$!
	PMPATH_DB="$T/two.db" "$PMPATH" assess --non-interactive --answers "$T/other.txt" >/dev/null 2>"$T/e2" &
	p2=$!
	wait "$p1"; r1=$?
	wait "$p2"; r2=$?
	for r in $r1 $r2; do
		case $r in 0|1) ;; *) not_ok "two at once (round $i): exit $r" "$(cat "$T/e1" "$T/e2")" ;; esac
	done
done
[ "$(integrity "$T/two.db")" = ok ] && ok "two at once: database intact" || not_ok "two at once: intact"
y=$(sqlite3 "$T/two.db" "SELECT value FROM answer WHERE qid = 'years_it'" | sort -u | tr '\n' ' ')
case "$y" in "5 "|"11 "|"11 5 "|"5 11 ") ok "two at once: answers are the ones given ($y)" ;;
*) not_ok "two at once: answers" "$y" ;; esac
