#!/bin/sh
# run.sh bench|guard BUILD_DIR - the performance figures (make bench) and
# the instruction-count guard (make bench-guard).  See tests/bench/README.md.
#
# bench: wall-clock medians (hyperfine, several runs), peak RSS of every
# workload, one line per figure "name value unit" followed by the ratio it
# is judged by, the target and whether it is met.
# guard: callgrind instruction counts of workloads 1-4 compared with
# tests/bench/limits.txt; fails on a regression of more than 20%.
# UPDATE=1 rewrites limits.txt with the counts measured now.
set -eu
mode=$1 B=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
P="$top/$B/pmpath"
CORE="$top/$B/bench_core"
SCHEMA="$top/questions/bank.rng"
ANSWERS="$top/tests/fixtures/answers/sysadmin_complete.txt"
LIMITS="$top/tests/bench/limits.txt"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
export HOME="$T/home" PMPATH_DB="$T/home/pmpath.db" NO_COLOR=1
unset XDG_DATA_HOME
mkdir -p "$HOME"

# Workloads, generated (nothing large is kept in the repository).
G="$top/tests/bench/gen.sh"
"$G" bullets 1000 "$B/catalog.db" >"$T/b1k.txt"
: >"$T/b0.txt"
"$G" bank 2000 >"$T/bank2000.xml"

# ---- guard ---------------------------------------------------------------
# Instructions executed by a command (callgrind, deterministic).
ir() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
		sed -n 's/.*Collected : *//p' | tail -n 1
}
if [ "$mode" = guard ]; then
	rm -f "$PMPATH_DB"*
	v=$(ir "$P" --version)
	a=$(ir "$P" assess --answers "$ANSWERS")
	r=$(ir "$P" report)
	rm -f "$T/a.db"*
	a20=$(ir "$CORE" answer "$T/a.db" questions/core.xml "$SCHEMA" 20)
	rm -f "$T/a.db"*
	a120=$(ir "$CORE" answer "$T/a.db" questions/core.xml "$SCHEMA" 120)
	w=$(ir "$P" rewrite --file "$T/b1k.txt")
	k=$(ir "$CORE" bank "$T/bank2000.xml" "$SCHEMA" 1)
	cat >"$T/now" <<-EOT
	version $v
	assess_answers_file $a
	report $r
	per_answer $(( (a120 - a20) / 100 ))
	rewrite_1k $w
	bank_2000 $k
	EOT
	if [ "${UPDATE:-}" = 1 ]; then
		{
			echo "# Instruction counts (callgrind) of the bench workloads 1-4;"
			echo "# make bench-guard fails when one grows by more than 20%."
			echo "# Rewrite with: make bench-guard UPDATE=1"
			cat "$T/now"
		} >"$LIMITS"
		echo "bench-guard: limits written to tests/bench/limits.txt"
		cat "$T/now"
		exit 0
	fi
	bad=0
	while read -r name count; do
		lim=$(sed -n "s/^$name //p" "$LIMITS")
		if [ -z "$lim" ]; then
			echo "bench-guard: no limit for $name in tests/bench/limits.txt (make bench-guard UPDATE=1)"
			bad=1
			continue
		fi
		pct=$(( (count - lim) * 100 / lim ))
		if [ "$count" -gt $(( lim + lim / 5 )) ]; then
			echo "FAIL $name $count instructions, limit $lim (+$pct%, more than +20%)"
			bad=1
		else
			echo "ok   $name $count instructions, limit $lim ($pct%)"
		fi
	done <"$T/now"
	exit $bad
fi

# ---- bench ---------------------------------------------------------------
# Median wall time of a command in ms (hyperfine, no shell).
med() {
	runs=$1
	shift
	hyperfine -N -w 2 -r "$runs" --export-json "$T/h.json" "$@" >/dev/null 2>&1
	jq '.results[0].median * 1000' "$T/h.json"
}
# Peak RSS of a command in MiB.
rss() {
	/usr/bin/time -f %M -o "$T/rss" "$@" >/dev/null 2>&1 || true
	awk '{ printf "%.1f", $1 / 1024 }' "$T/rss"
}
# fig NAME VALUE UNIT [JUDGED TARGET MET]
fig() {
	if [ $# -gt 3 ]; then
		printf '%-28s %10s %-10s %s (target %s) %s\n' "$1" "$2" "$3" "$4" "$5" "$6"
	else
		printf '%-28s %10s %s\n' "$1" "$2" "$3"
	fi
}
ok() { awk "BEGIN { exit !($1) }" && echo met || echo MISSED; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

echo "pmpath bench: $(nproc) cores, $(uname -r); medians of several runs"
floor=$(med 30 "$P --version")
fig floor_version_ms "$(calc "$floor")" ms
# 1. Full scripted assessment from an answers file, then the report.
assess=$(med 15 --prepare "rm -f $PMPATH_DB $PMPATH_DB-wal $PMPATH_DB-shm" "$P assess --answers $ANSWERS")
report=$(med 20 "$P report")
pair=$(calc "$assess + $report")
fig assess_answers_file_ms "$(calc "$assess")" ms
x=$(calc "$pair / $floor")
fig assess_plus_report_ms "$pair" ms "${x}x floor" "<= 5x" "$(ok "$x <= 5")"
x=$(calc "$report / $floor")
fig report_ms "$(calc "$report")" ms "${x}x floor" "<= 3x" "$(ok "$x <= 3")"
rv=$(rss "$P" --version)
rm -f "$PMPATH_DB"*
ra=$(rss "$P" assess --answers "$ANSWERS")
rr=$(rss "$P" report)

# 2. Per answer: parse + committed write (WAL, synchronous=FULL) + next question.
rm -f "$T/a.db"*
set -- $("$CORE" answer "$T/a.db" questions/core.xml "$SCHEMA" 400)
x=$(calc "$1 / 1000")
fig per_answer_median_ms "$x" ms "median" "< 1 ms" "$(ok "$x < 1")"
fig per_answer_p90_ms "$(calc "$2 / 1000")" ms

# 3. Batch rewrite, streaming.
"$G" bullets 100000 "$B/catalog.db" >"$T/b100k.txt"
t0=$(med 30 "$P rewrite --file $T/b0.txt")
t1=$(med 30 "$P rewrite --file $T/b1k.txt")
t2=$(med 3 "$P rewrite --file $T/b100k.txt")
per1=$(calc "($t1 - $t0) * 1000 / 1000")
per2=$(calc "($t2 - $t0) * 1000 / 100000")
bps=$(calc "100000 / ($t2 / 1000)")
fig rewrite_1k_ms "$(calc "$t1")" ms
fig rewrite_100k_ms "$(calc "$t2")" ms
fig rewrite_100k_rate "$(printf %.0f "$bps")" bullets/s "whole command" ">= 50000/s" "$(ok "$bps >= 50000")"
x=$(calc "$per2 / $per1")
fig rewrite_per_bullet_1k_us "$per1" us
fig rewrite_per_bullet_100k_us "$per2" us "${x}x of 1k (start-up subtracted)" "<= 1.2x" "$(ok "$x <= 1.2")"
# The same ratio in instructions (callgrind; repeatable), 1k vs 10k.
head -n 10000 "$T/b100k.txt" >"$T/b10k.txt"
i0=$(ir "$P" rewrite --file "$T/b0.txt")
i1=$(ir "$P" rewrite --file "$T/b1k.txt")
i2=$(ir "$P" rewrite --file "$T/b10k.txt")
x=$(calc "(($i2 - $i0) / 10000) / (($i1 - $i0) / 1000)")
fig rewrite_instr_per_bullet_1k "$(( (i1 - i0) / 1000 ))" instructions
fig rewrite_instr_per_bullet_10k "$(( (i2 - i0) / 10000 ))" instructions "${x}x of 1k" "<= 1.2x" "$(ok "$x <= 1.2")"
r1=$(rss "$P" rewrite --file "$T/b1k.txt")
r2=$(rss "$P" rewrite --file "$T/b100k.txt")
x=$(calc "$r2 / $r1")
fig rss_rewrite_1k_mib "$r1" MiB
fig rss_rewrite_100k_mib "$r2" MiB "${x}x of 1k" "flat (<= 1.1x)" "$(ok "$x <= 1.1")"

# 4. Bank scale: load and validate 2,000 questions with conditions.
k=$("$CORE" bank "$T/bank2000.xml" "$SCHEMA" 21)
fig bank_2000_load_validate_ms "$k" ms "median in-process" "< 50 ms" "$(ok "$k < 50")"
kv=$(med 10 "$P validate --quiet $T/bank2000.xml")
fig validate_2000_command_ms "$(calc "$kv")" ms
rk=$(rss "$P" validate --quiet "$T/bank2000.xml")

# 5. History scale: 1,000 completed sessions, report --compare.
"$P" profile export -o "$T/one.xml" >/dev/null
"$G" history 1000 "$T/one.xml" >"$T/hist.xml"
"$P" profile import "$T/hist.xml" --as hist >/dev/null
h=$(med 15 "$P --profile hist report --compare")
x=$(calc "$h / $floor")
fig report_compare_1000_ms "$(calc "$h")" ms "${x}x floor" "< 3x" "$(ok "$x < 3")"
rh=$(rss "$P" --profile hist report --compare)

# 6. Memory.
fig rss_version_mib "$rv" MiB
fig rss_assess_answers_file_mib "$ra" MiB
fig rss_report_mib "$rr" MiB
fig rss_per_answer_bench_mib "$(rss "$CORE" answer "$T/r.db" questions/core.xml "$SCHEMA" 50)" MiB
fig rss_bank_2000_validate_mib "$rk" MiB
fig rss_report_compare_1000_mib "$rh" MiB
mkdir -p "$T/s"
if ! HOME="$T/s" PMPATH_DB="$T/s/db" expect -f tests/bench/session.exp "$P" "$T/s/rss" \
	>"$T/s/log" 2>&1 </dev/null; then
	tail -n 5 "$T/s/log"
	echo "bench: the interactive session did not run to the end" >&2
	exit 1
fi
x=$(awk '{ printf "%.1f", $1 / 1024 }' "$T/s/rss")
fig rss_interactive_session_mib "$x" MiB "peak (VmHWM)" "< 16 MiB" "$(ok "$x < 16")"
