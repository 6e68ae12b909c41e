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
