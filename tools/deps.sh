#!/bin/sh
# deps.sh build|test|bench|fuzz - make sure the Debian packages pmpath needs are
# installed.  As root, installs what is missing with apt-get; otherwise
# prints the exact command to run and fails.
set -eu
BUILD_PKGS="gcc make pkg-config libsqlite3-dev libreadline-dev libxml2-dev libjansson-dev"
TEST_PKGS="libcmocka-dev expect sqlite3 jq chromium man-db python3-icalendar"
# make bench / bench-guard (tests/bench/run.sh)
BENCH_PKGS="hyperfine valgrind time expect sqlite3 jq"
# make fuzz / fuzz-smoke / check-asan: clang and its libFuzzer runtime
# (Debian 12 ships clang 14; libclang-rt-14-dev holds libclang_rt.fuzzer).
FUZZ_PKGS="clang libclang-rt-14-dev"
want="$BUILD_PKGS"
case "${1:-build}" in
test) want="$BUILD_PKGS $TEST_PKGS" ;;
bench) want="$BUILD_PKGS $BENCH_PKGS" ;;
fuzz) want="$BUILD_PKGS $TEST_PKGS $FUZZ_PKGS" ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
	# Not Debian: trust pkg-config and say what is needed.
	for p in sqlite3 libxml-2.0 readline jansson; do
		pkg-config --exists "$p" 2>/dev/null ||
			{ echo "pmpath: missing library '$p' (pkg-config); install its development package" >&2; exit 1; }
	done
	exit 0
fi

missing=""
for p in $want; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	echo "pmpath: installing missing packages:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 || true
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >&2
else
	echo "pmpath: missing Debian packages:$missing" >&2
	echo "pmpath: run: sudo apt-get install$missing" >&2
	exit 1
fi
