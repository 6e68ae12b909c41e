#!/bin/sh
# run.sh BUILD_DIR - run every test: the cmocka unit binaries, the
# end-to-end shell tests (tests/e2e/t_*.sh) and the pseudo-terminal tests
# (tests/e2e/*.exp).  Prints each runner's own summary and, last, one line
# "N passed, N failed".  Exits 1 if anything failed.
# PMPATH_VALGRIND=1 runs the binaries under valgrind (errors fail).
set -u
B=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT INT TERM

VG=""
if [ "${PMPATH_VALGRIND:-}" = 1 ]; then
	VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$top/tests/valgrind.supp"
fi
export PMPATH_VG="$VG"
export PMPATH_BUILD="$B"

echo "== unit tests"
for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	# shellcheck disable=SC2086
	$VG "$t" >"$log" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		cat "$log"
		echo "FAIL $(basename "$t")"
	else
		echo "[  PASSED  ] $p test(s) in $(basename "$t")"
	fi
done

echo "== end-to-end tests"
export PMPATH="$top/$B/pmpath"
export PMPATH_TOP="$top"
for t in tests/e2e/t_*.sh; do
	[ -f "$t" ] || continue
	sh "$t" >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		cat "$log"
		echo "FAIL $t"
	else
		echo "$p passed in $t"
	fi
done

echo "== terminal sessions"
for t in tests/e2e/*.exp; do
	[ -f "$t" ] || continue
	if expect -f "$t" >"$log" 2>&1; then
		passed=$((passed + 1))
		echo "ok $t"
	else
		failed=$((failed + 1))
		cat "$log"
		echo "not ok $t"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
