# lib.sh - helpers for end-to-end tests of the real binary.
# Source it from tests/e2e/t_*.sh.  Each test runs in a fresh temporary
# HOME with its own user database; assertions print "ok NAME" or
# "not ok NAME" (with what differed), which tests/run.sh counts.
#
#   run ARGS...          run pmpath; sets $rc, output in $T/out and $T/err
#   run_in TEXT ARGS...  the same with TEXT on standard input
#   is_rc NAME N         exit status was N
#   out_has NAME TEXT    stdout contains TEXT (fixed string)
#   out_lacks NAME TEXT  stdout does not contain TEXT
#   err_eq NAME TEXT     stderr is exactly TEXT (one or more lines)
#   err_has NAME TEXT    stderr contains TEXT
#   out_eq_file NAME F   stdout is exactly the content of file F
#   ok NAME / not_ok NAME WHY   record a result from a custom check
#   cpu_now              $_cpu = CPU ms used so far by finished children
set -u
PMPATH=${PMPATH:-$(pwd)/build/pmpath}
TOP=${PMPATH_TOP:-$(pwd)}
FIX="$TOP/tests/fixtures"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
export HOME="$T/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME PMPATH_DB PMPATH_DATADIR NO_COLOR
export PMPATH_DB="$T/pmpath.db"
rc=0

ok() { echo "ok $1"; }
not_ok() { echo "not ok $1"; shift; printf '  %s\n' "$@"; }

run() {
	# shellcheck disable=SC2086
	${PMPATH_VG:-} "$PMPATH" "$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
}
run_in() {
	_in=$1
	shift
	# shellcheck disable=SC2086
	printf '%s' "$_in" | ${PMPATH_VG:-} "$PMPATH" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}
is_rc() {
	if [ "$rc" -eq "$2" ]; then ok "$1"; else
		not_ok "$1" "exit status $rc, expected $2" "stderr: $(head -c 600 "$T/err")"
	fi
}
out_has() {
	if grep -qF -- "$2" "$T/out"; then ok "$1"; else
		not_ok "$1" "stdout lacks: $2" "stdout: $(head -c 800 "$T/out")"
	fi
}
out_lacks() {
	if grep -qF -- "$2" "$T/out"; then not_ok "$1" "stdout has: $2"; else ok "$1"; fi
}
err_has() {
	if grep -qF -- "$2" "$T/err"; then ok "$1"; else
		not_ok "$1" "stderr lacks: $2" "stderr: $(head -c 800 "$T/err")"
	fi
}
err_eq() {
	printf '%s\n' "$2" >"$T/want"
	if cmp -s "$T/want" "$T/err"; then ok "$1"; else
		not_ok "$1" "stderr differs:" "$(diff "$T/want" "$T/err" | head -20)"
	fi
}
out_eq_file() {
	if cmp -s "$2" "$T/out"; then ok "$1"; else
		not_ok "$1" "stdout differs from $2:" "$(diff "$2" "$T/out" | head -20)"
	fi
}

# cpu_now: set $_cpu to the CPU milliseconds used so far by this shell's
# finished children.  `times` must run in this shell, not in a $(...)
# subshell (a forked shell starts with no children's time).  "Fast"
# checks use it rather than the wall clock, which a busy machine stretches.
cpu_now() {
	times >"$T/times"
	_cpu=$(awk 'NR == 2 {
		split($1, u, /[ms]/); split($2, s, /[ms]/)
		printf "%d\n", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000
	}' "$T/times")
}
