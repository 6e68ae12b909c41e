# Hostile input: every loader of user files (question banks, profile
# imports, JSON Resume, answers files) against files built to hurt it.
# Each must fail with exit 1 and one clear message naming the file (and
# the line where there is one), quickly, without reading any other file;
# a BOM or CRLF line ends just work.  The files are generated at test time
# by tests/fixtures/hostile/gen.sh (some are megabytes).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
H="$T/h"
SECRET=PMPATH-HOSTILE-SECRET-5e2b
printf '%s\n' "$SECRET" >"$T/secret.txt"
sh tests/fixtures/hostile/gen.sh "$H" "$T/secret.txt"
printf '\377\376<\000?\000' >"$H/bank-utf16.xml"
cp "$H/bank-utf16.xml" "$H/prof-utf16.xml"

# "Well under a second" is measured in CPU time (user + system) of the
# run, which a busy machine does not inflate; the wall clock is bounded
# by the 10 s timeout.  Under the sanitizers a run is a few times slower;
# under valgrind much more (not timed).
LIMIT=1000
case "${PMPATH_BUILD:-build}" in *asan*) LIMIT=3000 ;; esac
total=0
count=0
slowest=0

# try NAME WANT_RC WANT_ERR ARGS...: run pmpath ARGS (10 s at most) and
# check the exit status, that stderr has WANT_ERR (when WANT_RC is 1: a
# "pmpath: FILE" line naming the file is part of WANT_ERR), that stderr
# stays short, that the secret never comes out, and the time.
try() {
	_n=$1 _want=$2 _msg=$3
	shift 3
	cpu_now
	_t0=$_cpu
	# shellcheck disable=SC2086
	timeout 10 ${PMPATH_VG:-} "$PMPATH" "$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	cpu_now
	_el=$((_cpu - _t0))
	total=$((total + _el))
	count=$((count + 1))
	[ "$_el" -gt "$slowest" ] && slowest=$_el
	is_rc "$_n: exit $_want" "$_want"
	[ -n "$_msg" ] && err_has "$_n: message" "$_msg"
	if [ -n "${PMPATH_VG:-}" ] || [ "$_el" -lt "$LIMIT" ]; then ok "$_n: fast (${_el} ms)"; else
		not_ok "$_n: fast" "took ${_el} ms"
	fi
	if [ "$(wc -c <"$T/err")" -lt "${SHORT_MAX:-2000}" ]; then ok "$_n: short message"; else
		not_ok "$_n: short message" "stderr has $(wc -c <"$T/err") bytes"
	fi
	if grep -qF "$SECRET" "$T/out" "$T/err"; then not_ok "$_n: secret not shown"; else
		ok "$_n: secret not shown"
	fi
}

# ---- question banks (pmpath validate, pmpath assess --bank FILE) ----------
D="DOCTYPE declarations are not allowed in a question bank"
for f in xxe xxe-dtd laughs quadratic; do
	try "bank $f" 1 "pmpath: $H/bank-$f.xml:2: $D" validate "$H/bank-$f.xml"
done
try "bank deep" 1 "pmpath: $H/bank-deep.xml:2: elements are nested more than 32 levels deep" \
	validate "$H/bank-deep.xml"
try "bank huge attribute" 1 "pmpath: $H/bank-hugeattr.xml:2: bank 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...': id=" \
	validate "$H/bank-hugeattr.xml"
try "bank many attributes" 1 "pmpath: $H/bank-manyattrs.xml:2: an element has more than 100 attributes" \
	validate "$H/bank-manyattrs.xml"
try "bank too big" 1 "pmpath: $H/bank-toobig.xml: file is larger than 4 MiB" validate "$H/bank-toobig.xml"
try "bank invalid UTF-8" 1 "pmpath: $H/bank-badutf8.xml:3: invalid UTF-8 (save the file as UTF-8)" \
	validate "$H/bank-badutf8.xml"
try "bank Latin-1 declared UTF-16" 1 "pmpath: $H/bank-wrongenc.xml:2: invalid UTF-8" \
	validate "$H/bank-wrongenc.xml"
try "bank wrong encoding declaration" 1 \
	"pmpath: $H/bank-ebcdic.xml:1: the file declares encoding=\"EBCDIC-US\", but pmpath reads only UTF-8" \
	validate "$H/bank-ebcdic.xml"
try "bank UTF-16" 1 "pmpath: $H/bank-utf16.xml:1: the file is UTF-16 (save it as UTF-8)" \
	validate "$H/bank-utf16.xml"
try "bank truncated" 1 "pmpath: $H/bank-truncated.xml:3: " validate "$H/bank-truncated.xml"
try "bank empty" 1 "pmpath: $H/bank-empty.xml:1: Document is empty" validate "$H/bank-empty.xml"
try "bank NUL byte" 1 "pmpath: $H/bank-nul.xml:2: the file contains a NUL byte" validate "$H/bank-nul.xml"
for f in xxe laughs manyattrs deep; do
	try "assess --bank $f" 1 "pmpath: $H/bank-$f.xml:2: " assess --non-interactive --bank "$H/bank-$f.xml"
done

# ---- profile imports -------------------------------------------------------
D="DOCTYPE declarations are not allowed in a profile file"
for f in xxe xxe-dtd laughs quadratic; do
	try "profile $f" 1 "pmpath: $H/prof-$f.xml:2: $D" profile import "$H/prof-$f.xml"
done
try "profile deep" 1 "pmpath: $H/prof-deep.xml:2: elements are nested more than 8 levels deep" \
	profile import "$H/prof-deep.xml"
try "profile huge attribute" 1 "pmpath: $H/prof-hugeattr.xml:2: <pmpath-profile>: unknown attribute 'id'" \
	profile import "$H/prof-hugeattr.xml"
try "profile many attributes" 1 "pmpath: $H/prof-manyattrs.xml:2: an element has more than 100 attributes" \
	profile import "$H/prof-manyattrs.xml"
try "profile huge value" 1 "pmpath: $H/prof-toobig.xml:2: answer 'role': the value is longer than 65536 bytes" \
	profile import "$H/prof-toobig.xml"
try "profile invalid UTF-8" 1 "pmpath: $H/prof-badutf8.xml:3: invalid UTF-8" profile import "$H/prof-badutf8.xml"
try "profile Latin-1 declared UTF-16" 1 "pmpath: $H/prof-wrongenc.xml:2: invalid UTF-8" \
	profile import "$H/prof-wrongenc.xml"
try "profile wrong encoding declaration" 1 "pmpath: $H/prof-ebcdic.xml:1: the file declares encoding=\"EBCDIC-US\"" \
	profile import "$H/prof-ebcdic.xml"
try "profile UTF-16" 1 "pmpath: $H/prof-utf16.xml:1: the file is UTF-16" profile import "$H/prof-utf16.xml"
try "profile truncated" 1 "pmpath: $H/prof-truncated.xml:3: " profile import "$H/prof-truncated.xml"
try "profile empty" 1 "pmpath: $H/prof-empty.xml:1: Document is empty" profile import "$H/prof-empty.xml"
try "profile NUL byte" 1 "pmpath: $H/prof-nul.xml:2: the file contains a NUL byte" profile import "$H/prof-nul.xml"
run profile list --names
out_lacks "no hostile profile was imported" "h"
if [ -f "$PMPATH_DB" ] && grep -qF "$SECRET" "$PMPATH_DB"; then not_ok "secret not in the database"; else
	ok "secret not in the database"
fi

# ---- JSON Resume (pmpath rewrite --json-resume) ------------------------------
J="$H/resume"
try "json truncated" 1 "pmpath: $J-truncated.json:1:49: malformed JSON: '}' expected" rewrite --json-resume "$J-truncated.json"
try "json NUL byte" 1 "pmpath: $J-nul.json:1:26: malformed JSON: control character 0x0" rewrite --json-resume "$J-nul.json"
try "json escaped NUL" 1 "pmpath: $J-escnul.json:1:34: malformed JSON: \\u0000 (a NUL character) is not allowed in a resume" \
	rewrite --json-resume "$J-escnul.json"
try "json invalid UTF-8" 1 "pmpath: $J-badutf8.json:1:28: malformed JSON: unable to decode byte 0xe9" \
	rewrite --json-resume "$J-badutf8.json"
try "json deep" 1 "pmpath: $J-deep.json:1:2049: malformed JSON: maximum parsing depth reached" rewrite --json-resume "$J-deep.json"
try "json too big" 1 "pmpath: $J-toobig.json: too large for a resume" rewrite --json-resume "$J-toobig.json"
try "json duplicate key" 1 "pmpath: $J-dupkey.json:1:17: malformed JSON: duplicate object key" rewrite --json-resume "$J-dupkey.json"
try "json empty" 1 "pmpath: $J-empty.json:1:0: malformed JSON" rewrite --json-resume "$J-empty.json"
try "json huge string elsewhere" 0 "" rewrite --json-resume "$J-hugestr.json"
try "json with BOM" 0 "" rewrite --json-resume "$J-bom.json"
out_has "json with BOM: read" "Context: Admin, Acme"
try "json with CRLF" 0 "" rewrite --json-resume "$J-crlf.json"
out_has "json with CRLF: read" "Context: Admin"

# ---- answers files (pmpath assess --answers) -------------------------------
A="$H/answers"
try "answers huge line" 1 "pmpath: $A-hugeline.txt:2: line longer than 65536 bytes" assess --non-interactive --answers "$A-hugeline.txt"
try "answers too big" 1 "pmpath: $A-toobig.txt: larger than 4 MiB" assess --non-interactive --answers "$A-toobig.txt"
try "answers NUL byte" 1 "pmpath: $A-nul.txt:2: NUL byte in the line" assess --non-interactive --answers "$A-nul.txt"
try "answers invalid UTF-8" 1 "pmpath: $A-badutf8.txt:2: invalid UTF-8" assess --non-interactive --answers "$A-badutf8.txt"
try "answers UTF-16" 1 "pmpath: $A-utf16.txt:1: the file is UTF-16 (save it as UTF-8)" assess --non-interactive --answers "$A-utf16.txt"
{ printf 'zzz'; awk 'BEGIN { for (i = 0; i < 3000; i++) printf "xxxxxxxxxxxxxxxxxxxx" }'; printf ' = 1\n'; } >"$A-longid.txt"
try "answers 60 kB id" 1 "pmpath: $A-longid.txt:1: unknown question id 'zzzxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'" \
	assess --non-interactive --answers "$A-longid.txt"
# A BOM, CRLF line ends, no final newline: read as written.
for f in bomcrlf noeol; do
	export PMPATH_DB="$T/$f.db"
	SHORT_MAX=8000 try "answers $f" 1 "pmpath: required questions not answered yet:" \
		assess --non-interactive --answers "$A-$f.txt"
	run profile export
	out_has "answers $f: role stored" '<answer qid="role" status="value"'
	out_has "answers $f: years_it stored as 7" '>7</answer>'
done
echo "# $count hostile runs, $total ms of CPU in all, slowest $slowest ms"
