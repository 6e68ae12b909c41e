# Where the user database lives: XDG_DATA_HOME honoured (0600 file in a
# 0700 directory), a relative XDG_DATA_HOME ignored, the ~/.local/share
# default, and the precedence --db > PMPATH_DB > XDG_DATA_HOME.
. "$(dirname "$0")/lib.sh"
unset PMPATH_DB
ANS="$FIX/personas/sysadmin.answers"
mkdir -p "$T/work"
cd "$T/work" || exit 1
umask 022

# mode NAME PATH MODE: PATH exists with exactly that mode.
mode() {
	if [ ! -e "$2" ]; then not_ok "$1" "$2 does not exist"; return; fi
	_m=$(stat -c %a "$2")
	if [ "$_m" = "$3" ]; then ok "$1"; else not_ok "$1" "$2 has mode $_m, expected $3"; fi
}
# names NAME DBPATH EXPECTED: profile names in that database (comma-joined).
names() {
	_got=$(${PMPATH_VG:-} "$PMPATH" --db "$2" profile list --names </dev/null | paste -sd, -)
	if [ "$_got" = "$3" ]; then ok "$1"; else not_ok "$1" "profiles '$_got', expected '$3'"; fi
}
absent() {
	if [ -e "$2" ]; then not_ok "$1" "$2 exists"; else ok "$1"; fi
}

# ---- XDG_DATA_HOME ------------------------------------------------------------
export XDG_DATA_HOME="$T/xdg"
run --profile xdg assess --answers "$ANS"
is_rc "assess with XDG_DATA_HOME set" 0
mode "database created under XDG_DATA_HOME with mode 0600" "$T/xdg/pmpath/pmpath.db" 600
mode "its directory has mode 0700" "$T/xdg/pmpath" 700
mode "a missing XDG_DATA_HOME is created 0700" "$T/xdg" 700
absent "nothing under ~/.local/share" "$HOME/.local/share/pmpath"
names "the XDG database holds the profile" "$T/xdg/pmpath/pmpath.db" xdg
run profile list --names
is_rc "list through XDG_DATA_HOME" 0
out_has "list reads the XDG database" "xdg"

# ---- a relative XDG_DATA_HOME is ignored ----------------------------------------
export XDG_DATA_HOME="rel/xdg"
run --profile home assess --answers "$ANS"
is_rc "assess with a relative XDG_DATA_HOME" 0
absent "relative XDG_DATA_HOME not used" "$T/work/rel"
mode "falls back to ~/.local/share/pmpath/pmpath.db" "$HOME/.local/share/pmpath/pmpath.db" 600
mode "~/.local/share/pmpath is 0700" "$HOME/.local/share/pmpath" 700
names "the home database holds the profile" "$HOME/.local/share/pmpath/pmpath.db" home

# ---- unset and empty: the default ------------------------------------------------
unset XDG_DATA_HOME
run profile list --names
out_has "unset XDG_DATA_HOME uses ~/.local/share" "home"
XDG_DATA_HOME="" run profile list --names
out_has "empty XDG_DATA_HOME uses ~/.local/share" "home"

# ---- precedence: --db > PMPATH_DB > XDG_DATA_HOME ---------------------------------
export XDG_DATA_HOME="$T/xdg"
export PMPATH_DB="$T/env/env.db"
run --profile env assess --answers "$ANS"
is_rc "assess with PMPATH_DB and XDG_DATA_HOME" 0
mode "PMPATH_DB wins over XDG_DATA_HOME" "$T/env/env.db" 600
names "the PMPATH_DB database holds the profile" "$T/env/env.db" env
names "the XDG database did not get it" "$T/xdg/pmpath/pmpath.db" xdg
run --db "$T/opt/opt.db" --profile opt assess --answers "$ANS"
is_rc "assess with --db, PMPATH_DB and XDG_DATA_HOME" 0
names "--db wins over PMPATH_DB" "$T/opt/opt.db" opt
names "PMPATH_DB database unchanged" "$T/env/env.db" env
run profile list --names --db="$T/opt/opt.db"
out_has "--db=PATH after the command works too" "opt"
out_lacks "and reads only that database" "env"
PMPATH_DB="" run profile list --names
out_has "an empty PMPATH_DB falls back to XDG_DATA_HOME" "xdg"
