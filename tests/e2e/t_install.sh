# make install into a temporary DESTDIR: the installed binary finds its
# data without the source tree (run from elsewhere, no PMPATH_DATADIR),
# the man page renders without warnings, the bash completion completes,
# and make uninstall leaves nothing behind.  Reuses the build under test
# (PMPATH_BUILD, set by tests/run.sh) instead of building again.
. "$(dirname "$0")/lib.sh"
BUILD=${PMPATH_BUILD:-build}
ROOT="$T/root"
BIN="$ROOT/usr/local/bin/pmpath"
SHARE="$ROOT/usr/local/share"

# check NAME COND...: record the result of a test(1) condition.
check() {
	_n=$1
	shift
	if "$@"; then ok "$_n"; else not_ok "$_n" "failed: $*"; fi
}

if make -s -C "$TOP" install DESTDIR="$ROOT" PREFIX=/usr/local B="$BUILD" >"$T/make.log" 2>&1; then
	ok "make install DESTDIR=... PREFIX=/usr/local"
else
	not_ok "make install DESTDIR=... PREFIX=/usr/local" "$(tail -20 "$T/make.log")"
	exit 1
fi
for f in bin/pmpath share/pmpath/catalog.db share/pmpath/questions/core.xml \
	share/pmpath/questions/agile.xml share/pmpath/questions/bank.rng \
	share/pmpath/questions/profile.rng share/man/man1/pmpath.1 \
	share/bash-completion/completions/pmpath; do
	check "installed $f" test -f "$ROOT/usr/local/$f"
done
check "the binary is executable" test -x "$BIN"
check "data files are 0644" test "$(stat -c %a "$SHARE/pmpath/catalog.db")" = 644

# ---- the installed binary, run from elsewhere -------------------------------------
PMPATH="$BIN"
mkdir -p "$T/elsewhere"
cd "$T/elsewhere" || exit 1
run --version
is_rc "installed --version" 0
out_has "--version shows the version" "pmpath "
out_has "--version shows the catalog's data date" "(facts checked "
"$TOP/$BUILD/pmpath" --version >"$T/want" 2>/dev/null
out_eq_file "same --version as the build" "$T/want"
run catalog certs
is_rc "installed catalog certs" 0
out_has "catalog certs lists PMP" "PMP — "
run assess --answers "$FIX/personas/sysadmin.answers"
is_rc "installed assess from an answers file" 0
run report
is_rc "installed report" 0
out_has "report shows scores" "Scheduling"
run profile export -o "$T/p.xml"
is_rc "installed profile export" 0
run profile import "$T/p.xml" --as copy
is_rc "installed profile import finds profile.rng" 0
run validate "$SHARE/pmpath/questions/core.xml"
is_rc "installed banks validate against the installed schema" 0
# Proof that the DESTDIR tree is what it uses: without it, no data.
if [ -e /usr/local/share/pmpath ]; then
	echo "# note: /usr/local/share/pmpath exists on this machine; the check that"
	echo "# the binary uses only the DESTDIR tree is not run"
else
	mv "$SHARE/pmpath" "$SHARE/pmpath.off"
	run --version
	err_has "without its share/pmpath the binary finds no data" "cannot find pmpath's data"
	mv "$SHARE/pmpath.off" "$SHARE/pmpath"
fi

# ---- man page ----------------------------------------------------------------------
if command -v man >/dev/null 2>&1; then
	man --warnings -l "$SHARE/man/man1/pmpath.1" >"$T/man.out" 2>"$T/man.err"
	rc=$?
	is_rc "man -l renders the installed page" 0
	if [ -s "$T/man.err" ]; then not_ok "man page has no warnings" "$(head -20 "$T/man.err")"; else
		ok "man page has no warnings"; fi
	grep -q "profile" "$T/man.out" && ok "rendered page has content" || not_ok "rendered page has content"
	# Options of a command are siblings, not nested ("[--a] [--b]", never "[--a [--b]]").
	LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$SHARE/man/man1/pmpath.1" 2>/dev/null >"$T/man.wide"
	if grep -qF 'assess [--answers file] [--bank name] [--restart]' "$T/man.wide" &&
		! grep -q '\[[^]]*\[' "$T/man.wide"; then ok "man page options are not nested"
	else not_ok "man page options are not nested" "$(grep -n '\[[^]]*\[' "$T/man.wide" | head -3)"; fi
	# Every option of every command's --help (the option tables) is in the page.
	missing=""
	for c in assess report certs rewrite plan catalog validate profile; do
		for o in $("$BIN" "$c" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u); do
			grep -q -- "$o\b" "$T/man.wide" || missing="$missing $c:$o"
		done
	done
	check "man page lists every option of every --help" test -z "$missing"
	[ -z "$missing" ] || echo "  missing:$missing"
else
	not_ok "man -l renders the installed page" \
		"man is not installed: apt-get install man-db groff-base"
fi

# ---- bash completion -------------------------------------------------------------------
# complete_words WORDS...: what the completion offers for the last word.
complete_words() {
	PATH="$ROOT/usr/local/bin:$PATH" bash -c '
		. "$1" || exit 3
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		_pmpath pmpath "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"
	' sh "$SHARE/bash-completion/completions/pmpath" "$@" 2>"$T/comp.err"
}
if command -v bash >/dev/null 2>&1; then
	got=$(bash -c '. "$1" && complete -p pmpath' sh "$SHARE/bash-completion/completions/pmpath" 2>&1)
	check "completion script registers pmpath" test "$got" = "complete -F _pmpath pmpath"
	got=$(complete_words pmpath ce)
	check "pmpath ce<TAB> completes to certs" test "$got" = "certs"
	got=$(complete_words pmpath profile "" | paste -sd' ' -)
	check "pmpath profile <TAB> offers the subcommands" test "$got" = "list show export import delete"
	got=$(complete_words pmpath --profile "")
	check "pmpath --profile <TAB> offers profile names" test "$got" = "$(printf 'copy\ndefault')"
	got=$(complete_words pmpath profile import -- | paste -sd' ' -)
	case " $got " in
	*" --as "*" --replace "*) ok "options come from the command's --help" ;;
	*) not_ok "options come from the command's --help" "got: $got" ;;
	esac
	got=$(complete_words pmpath certs --format "" | paste -sd' ' -)
	check "certs --format <TAB> offers only its formats" test "$got" = "text json"
	got=$(complete_words pmpath report --format "" | paste -sd' ' -)
	check "report --format <TAB> offers its four formats" test "$got" = "text markdown html json"
	got=$(complete_words pmpath --profile default plan --format m)
	check "plan --format m<TAB> completes to markdown" test "$got" = "markdown"
	got=$(complete_words pmpath certs --cert PR | paste -sd' ' -)
	check "certs --cert PR<TAB> offers certification codes" test "$got" = "PRINCE2-F PRINCE2-P PROJECT+"
	check "completion prints no errors" test ! -s "$T/comp.err"
else
	not_ok "completion script registers pmpath" "bash is not installed"
fi

# ---- uninstall ----------------------------------------------------------------------------
cd "$T" || exit 1
if make -s -C "$TOP" uninstall DESTDIR="$ROOT" PREFIX=/usr/local B="$BUILD" >"$T/make.log" 2>&1; then
	ok "make uninstall"
else
	not_ok "make uninstall" "$(tail -20 "$T/make.log")"
fi
left=$(find "$ROOT" ! -type d)
check "uninstall leaves no file behind" test -z "$left"
check "uninstall removes share/pmpath" test ! -e "$SHARE/pmpath"
