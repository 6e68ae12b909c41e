#!/bin/sh
# run.sh BUILD_DIR SECONDS NAME... - run each libFuzzer target
# BUILD_DIR/fuzz/fuzz_NAME for SECONDS, one at a time (nice), from the
# repository root.  New inputs go to BUILD_DIR/corpus/NAME, crashes to
# BUILD_DIR/artifacts/; the seeds in tests/fuzz/corpus/NAME are only read.
# Prints one line per target: runs, seconds, result.  Exits 1 on a finding.
set -u
B=$1
secs=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
export PMPATH_FUZZ_CATALOG="$B/catalog.db"
fail=0
for name in "$@"; do
	bin="$B/fuzz/fuzz_$name"
	work="$B/corpus/$name"
	seeds="tests/fuzz/corpus/$name"
	log="$B/fuzz_$name.log"
	mkdir -p "$work" "$B/artifacts" "$seeds"
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	nice "$bin" -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 \
		-close_fd_mask=2 -print_final_stats=1 \
		-artifact_prefix="$B/artifacts/$name-" "$work" "$seeds" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		echo "fuzz $name: ${runs:-?} runs in ${took:-?} s, no finding"
	else
		fail=1
		echo "fuzz $name: FINDING (exit $rc); log $log:"
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20
	fi
done
exit "$fail"
