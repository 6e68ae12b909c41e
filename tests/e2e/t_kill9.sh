# kill -9 at random points of a scripted session: after each kill the
# database passes PRAGMA integrity_check, every answer in it is one the
# script gave (none half-written), and running the session again resumes
# and completes with every answer.  Two kinds of session:
#  - `pmpath assess --answers FILE`, which stores the file's answers in one
#    transaction (all or nothing);
#  - the same answers piped in one per line, each committed as it is read,
#    so a kill lands between answers: the trials must stop part way too.
# KILL9_TRIALS trials of each (default 100 and 50 in make test, about
# 20 s; `make soak` runs 1000 of each).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
ANS=tests/fixtures/answers/sysadmin_complete.txt
TRIALS=${KILL9_TRIALS:-100}
# The answers of the latest session, one line each (values may hold newlines).
answers_of() {
	sqlite3 "$1" 'SELECT qid, quote(value), status FROM answer
		WHERE session_id = (SELECT max(id) FROM session)' 2>/dev/null | LC_ALL=C sort
}

# rand_s MS SEED: a random number of seconds from 0 to MS milliseconds.
rand_s() {
	awk -v d="$1" -v s="$2" 'BEGIN { srand(s); printf "%.3f", rand() * d / 1000 }'
}
# kill_run SECONDS INPUT ARGS...: run pmpath ARGS on $T/k.db with INPUT on
# standard input and kill -9 it after SECONDS (if it is still running).
kill_run() {
	_s=$1 _in=$2
	shift 2
	PMPATH_DB="$T/k.db" "$PMPATH" "$@" <"$_in" >/dev/null 2>&1 &
	_p=$!
	sleep "$_s"
	kill -9 "$_p" 2>/dev/null
	wait "$_p" 2>/dev/null
}
# after_kill: check $T/k.db after a kill (integrity, only answers of the
# script, none half-written), count how far it got (none/some/all), then
# run the answers file again: it must resume and end with every answer,
# the kept ones unchanged.  Sets $why to the first problem, or "".
after_kill() {
	why=""
	got=0
	if [ -f "$T/k.db" ]; then
		chk=$(sqlite3 "$T/k.db" 'PRAGMA integrity_check' 2>&1)
		[ "$chk" = ok ] || why="integrity_check: $chk"
		answers_of "$T/k.db" >"$T/got.txt"
		got=$(wc -l <"$T/got.txt")
		if [ -z "$why" ] && [ -n "$(comm -23 "$T/got.txt" "$T/ref.txt")" ]; then
			why="an answer not in the script: $(comm -23 "$T/got.txt" "$T/ref.txt" | head -2)"
		fi
	fi
	if [ "$got" -eq 0 ]; then none=$((none + 1)); elif [ "$got" -lt "$nref" ]; then some=$((some + 1)); else all=$((all + 1)); fi
	[ -n "$why" ] && return
	PMPATH_DB="$T/k.db" "$PMPATH" assess --non-interactive --answers "$ANS" >/dev/null 2>"$T/err"
	r=$?
	if [ "$r" -ne 0 ]; then
		why="the run after the kill failed ($r): $(head -c 300 "$T/err")"
	elif ! answers_of "$T/k.db" | cmp -s - "$T/ref.txt"; then
		why="after resuming, the answers differ from the reference"
	fi
}

PMPATH_DB="$T/ref.db" run assess --non-interactive --answers "$ANS"
is_rc "reference run" 0
answers_of "$T/ref.db" >"$T/ref.txt"
nref=$(wc -l <"$T/ref.txt")
# How long a run takes: kills land anywhere from start-up to the end.
t0=$(date +%s%3N)
for i in 1 2 3; do rm -f "$T/t.db"*; PMPATH_DB="$T/t.db" "$PMPATH" assess --non-interactive --answers "$ANS" >/dev/null 2>&1; done
dur=$(( ($(date +%s%3N) - t0) / 3 + 5 ))

bad=0 none=0 some=0 all=0
i=0
while [ "$i" -lt "$TRIALS" ]; do
	i=$((i + 1))
	rm -f "$T/k.db"*
	# Half the trials kill a fresh session, half one resumed after an earlier kill.
	if [ $((i % 2)) -eq 0 ]; then
		kill_run "$(rand_s "$dur" $((i * 7919)))" /dev/null assess --non-interactive --answers "$ANS"
	fi
	ms=$(rand_s "$dur" $((i * 104729 + 17)))
	kill_run "$ms" /dev/null assess --non-interactive --answers "$ANS"
	after_kill
	if [ -n "$why" ]; then
		bad=$((bad + 1))
		not_ok "kill -9 trial $i (after ${ms}s)" "$why"
	fi
done
[ "$bad" -eq 0 ] && ok "kill -9: $TRIALS trials, database intact and complete after each"
echo "# kill -9: $TRIALS trials ($none killed before any answer was stored, $some part way, $all after the last), $bad bad"

# ---- piped sessions: one commit per answer ----------------------------------
# The reference's answers as a piped session reads them: in the bank's
# order, list items one per line and an empty line after them.
grep -o '<question id="[a-z0-9_]*" type="[a-z]*"' questions/core.xml |
	sed 's/<question id="//; s/" type="/ /; s/"$//' >"$T/order.txt"
while read -r q t; do
	st=$(sqlite3 "$T/ref.db" "SELECT status FROM answer WHERE qid = '$q'")
	case $st in
	'') ;;
	1) echo ":skip" ;;
	2) echo "dk" ;;
	*) sqlite3 "$T/ref.db" "SELECT value FROM answer WHERE qid = '$q'"
	   [ "$t" = list ] && echo ;;
	esac
done <"$T/order.txt" >"$T/stream.txt"
rm -f "$T/p.db"*
PMPATH_DB="$T/p.db" "$PMPATH" assess <"$T/stream.txt" >/dev/null 2>&1
if answers_of "$T/p.db" | cmp -s - "$T/ref.txt"; then ok "piped reference session stores the same answers"
else not_ok "piped reference session stores the same answers" "$(answers_of "$T/p.db" | diff - "$T/ref.txt" | head -5)"; fi
t0=$(date +%s%3N)
for i in 1 2 3; do rm -f "$T/p.db"*; PMPATH_DB="$T/p.db" "$PMPATH" assess <"$T/stream.txt" >/dev/null 2>&1; done
pdur=$(( ($(date +%s%3N) - t0) / 3 + 5 ))

PTRIALS=${KILL9_PIPE_TRIALS:-$((TRIALS / 2))}
bad=0 none=0 some=0 all=0
i=0
while [ "$i" -lt "$PTRIALS" ]; do
	i=$((i + 1))
	rm -f "$T/k.db"*
	ms=$(rand_s "$pdur" $((i * 15485863 + 3)))
	kill_run "$ms" "$T/stream.txt" assess
	after_kill
	if [ -n "$why" ]; then
		bad=$((bad + 1))
		not_ok "piped kill -9 trial $i (after ${ms}s)" "$why"
	fi
done
[ "$bad" -eq 0 ] && ok "piped kill -9: $PTRIALS trials, every committed answer kept, database intact"
# The point of these trials: some kills must land between two answers.
if [ "$PTRIALS" -lt 20 ] || [ "$some" -gt 0 ]; then ok "piped kill -9: kills land part way through ($some of $PTRIALS)"
else not_ok "piped kill -9: kills land part way through" "$none before any answer, $all after the last"; fi
echo "# piped kill -9: $PTRIALS trials ($none killed before any answer was stored, $some part way, $all after the last), $bad bad"
