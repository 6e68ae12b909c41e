# Command-line basics: help, version, usage errors.
. "$(dirname "$0")/lib.sh"

run --help
is_rc "--help exits 0" 0
out_has "--help shows usage" "Usage: pmpath"

run --version
is_rc "--version exits 0" 0
out_has "--version names the program" "pmpath "

run no-such-command
is_rc "unknown command is a usage error" 2
err_has "unknown command names it" "pmpath: unknown command 'no-such-command'"

run --profile 'bad name!' --help
is_rc "invalid profile name is a usage error" 2

# Every help page fits an 80-column terminal.
wide=""
for c in "" assess report certs rewrite plan catalog validate profile; do
	# shellcheck disable=SC2086
	run $c --help
	w=$(awk 'length($0) > 80' "$T/out" | head -1)
	[ -n "$w" ] && wide="$wide${c:-pmpath}: $w
"
done
if [ -z "$wide" ]; then ok "every --help fits 80 columns"; else not_ok "every --help fits 80 columns" "$wide"; fi
