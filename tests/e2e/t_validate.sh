# pmpath validate: good banks pass; each kind of broken or hostile bank
# fails with the exact message, fast, and never reads outside the file.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
B=tests/fixtures/banks

# fast NAME START: the last command took under a second of CPU since
# $_cpu was START (skipped under valgrind).
fast() {
	cpu_now
	_el=$((_cpu - $2))
	if [ -n "${PMPATH_VG:-}" ] || [ "$_el" -lt 1000 ]; then ok "$1"; else
		not_ok "$1" "took ${_el} ms"
	fi
}
# bad NAME FILE EXPECTED_STDERR: validate fails with exactly that message.
bad() {
	cpu_now
	_t0=$_cpu
	run validate "$2"
	fast "$1: fast" "$_t0"
	is_rc "$1: exit 1" 1
	err_eq "$1: message" "$3"
}

# ---- usage and good banks ----------------------------------------------
run validate --help
is_rc "--help exits 0" 0
out_has "--help shows usage" "Usage: pmpath validate [--quiet] FILE..."

run validate
is_rc "no FILE is a usage error" 2
err_has "no FILE names the problem" "pmpath: validate: no FILE given"

run validate --bogus "$B/good.xml"
is_rc "unknown option is a usage error" 2

run validate questions/core.xml questions/agile.xml "$B/good.xml"
is_rc "shipped banks and good fixture validate" 0
out_has "core bank ok" "questions/core.xml: ok (121 questions in 9 sections)"
out_has "agile bank ok" "questions/agile.xml: ok (8 questions in 1 section)"
out_has "good fixture ok" "$B/good.xml: ok (8 questions in 2 sections)"
if [ -s "$T/err" ]; then not_ok "good banks print nothing on stderr" "$(cat "$T/err")"; else ok "good banks print nothing on stderr"; fi

run validate --quiet questions/core.xml "$B/good.xml"
is_rc "--quiet good banks exit 0" 0
if [ -s "$T/out" ]; then not_ok "--quiet prints nothing" "$(cat "$T/out")"; else ok "--quiet prints nothing"; fi

run validate "$B/good.xml" "$B/min_gt_max.xml"
is_rc "one bad file among good ones: exit 1" 1
out_has "the good one is still reported" "$B/good.xml: ok"

run validate "$B/no-such-file.xml"
is_rc "missing file: exit 1" 1
err_eq "missing file message" "pmpath: cannot open $B/no-such-file.xml: No such file or directory"

# ---- broken banks, one fault each ----------------------------------------
bad "malformed XML" "$B/malformed.xml" \
"pmpath: $B/malformed.xml:6: Opening and ending tag mismatch: text line 5 and question"

bad "unknown element" "$B/unknown_element.xml" \
"pmpath: $B/unknown_element.xml:6: unknown element <hint> (a bank uses bank, section, intro, question, text, help, why, option and anchor)"

bad "duplicate id" "$B/duplicate_id.xml" \
"pmpath: $B/duplicate_id.xml:7: duplicate question id 'role' (first defined at line 4)"

bad "unknown id in when=" "$B/unknown_when_id.xml" \
"pmpath: $B/unknown_when_id.xml:7: question 'q': when=\"pm_mnths > 12\": unknown question id 'pm_mnths' in condition (did you mean 'pm_months'?)"

bad "bad value in condition" "$B/bad_condition_value.xml" \
"pmpath: $B/bad_condition_value.xml:9: question 'q': when=\"role == 'sysadmn'\": 'sysadmn' is not a value of 'role' (did you mean 'sysadmin'?)"

bad "bad type attribute" "$B/bad_type.xml" \
"pmpath: $B/bad_type.xml:4: question 'q': type=\"boolean\" is not valid (use one of: choice, multi, scale, yesno, number, text, list)"

bad "min > max" "$B/min_gt_max.xml" \
"pmpath: $B/min_gt_max.xml:4: question 'hours': min (40) is greater than max (4)"

bad "choice with one option" "$B/one_option.xml" \
"pmpath: $B/one_option.xml:4: question 'q': a choice question needs at least 2 options (has 1)"

bad "truncated file" "$B/truncated.xml" \
"pmpath: $B/truncated.xml:4: AttValue: ' expected"

bad "several problems reported together" "$B/many_problems.xml" \
"pmpath: $B/many_problems.xml:5: question 'pick': default \"blue\" is not a valid answer: 'blue' is not one of the choices; enter a number from 1 to 3 or the start of a choice
pmpath: $B/many_problems.xml:9: question 'pick': duplicate option value 'red' (first defined at line 7)
pmpath: $B/many_problems.xml:11: question 'rate': a scale question needs an <anchor> for each level 1 to 5 (missing: 2, 4, 5)
pmpath: $B/many_problems.xml:11: question 'rate': unknown competency 'schedulng'; did you mean 'scheduling'?
pmpath: $B/many_problems.xml:16: question 'story': min=, max= and unit= are only allowed on number questions (this one is text)
pmpath: $B/many_problems.xml:16: question 'story': competency= is only allowed on scale questions (this one is text)
pmpath: $B/many_problems.xml:19: question 'story_when': evidence=\"risk\" names no competency rated by a scale question before this one
pmpath: $B/many_problems.xml:19: question 'story_when': evidence-kind=\"recency\" needs a choice question with exactly the options this_year, 1_2_years, 3_5_years, older
pmpath: $B/many_problems.xml:23: duplicate section id 's' (first defined at line 4)
pmpath: $B/many_problems.xml:23: section 's': bad condition when=\"pick == 'red' and\": column 18: expected a value after 'and'
pmpath: $B/many_problems.xml:24: question 'last': default \"11\" is not a valid answer: enter a number from 0 to 10"

run validate "$B/core_incomplete.xml"
is_rc "incomplete core bank: exit 1" 1
err_has "core: missing canonical questions named" \
"pmpath: $B/core_incomplete.xml:3: the core bank lacks 11 canonical questions: education (choice), pm_months (number),"
err_has "core: missing competencies named" \
"the core bank lacks the questions of 33 competencies (a scale question ID, ID_ev and ID_ev_when for each): scheduling, budget,"
err_has "core: missing option values named" \
"pmpath: $B/core_incomplete.xml:5: canonical question 'role' lacks the options 'network', 'developer',"
err_has "core: unknown option value named" \
"canonical question 'role' has option 'tester' that pmpath does not know"
err_has "core: wrong type named" \
"pmpath: $B/core_incomplete.xml:10: canonical question 'years_it' must have type number, not text"

# ---- hostile input --------------------------------------------------------
bad "DOCTYPE refused" "$B/doctype.xml" \
"pmpath: $B/doctype.xml:2: DOCTYPE declarations are not allowed in a question bank (remove the <!DOCTYPE ...> line)"

bad "billion laughs refused" "$B/billion_laughs.xml" \
"pmpath: $B/billion_laughs.xml:2: DOCTYPE declarations are not allowed in a question bank (remove the <!DOCTYPE ...> line)"

bad "deep nesting refused" "$B/deep_nesting.xml" \
"pmpath: $B/deep_nesting.xml:2: elements are nested more than 32 levels deep (a bank needs 4: bank, section, question, text)"

bad "invalid UTF-8" "$B/invalid_utf8.xml" \
"pmpath: $B/invalid_utf8.xml:4: invalid UTF-8 (save the file as UTF-8)"

bad "NUL byte" "$B/nul_byte.xml" \
"pmpath: $B/nul_byte.xml:4: the file contains a NUL byte (is it a text file?)"

# External entities: the marker in the target file must never come out.
marker="PMPATH-XXE-MARKER-3f9c1"
bad "XXE (relative SYSTEM id)" "$B/xxe.xml" \
"pmpath: $B/xxe.xml:2: DOCTYPE declarations are not allowed in a question bank (remove the <!DOCTYPE ...> line)"
out_lacks "XXE (relative): marker not in stdout" "$marker"
if grep -qF "$marker" "$T/err"; then not_ok "XXE (relative): marker not in stderr"; else ok "XXE (relative): marker not in stderr"; fi

echo "$marker" >"$T/secret.txt"
cat >"$T/xxe.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE bank [ <!ENTITY % p SYSTEM "file://$T/secret.txt"> %p; <!ENTITY s SYSTEM "file://$T/secret.txt"> ]>
<bank id="x" version="1" title="&s;"><section id="s" title="S"><question id="q" type="text"><text>&s;</text></question></section></bank>
XML
bad "XXE (absolute file:// and parameter entity)" "$T/xxe.xml" \
"pmpath: $T/xxe.xml:2: DOCTYPE declarations are not allowed in a question bank (remove the <!DOCTYPE ...> line)"
out_lacks "XXE (absolute): marker not in stdout" "$marker"
if grep -qF "$marker" "$T/err"; then not_ok "XXE (absolute): marker not in stderr"; else ok "XXE (absolute): marker not in stderr"; fi

# Larger than 4 MiB: made here, not committed.
{ printf '<bank id="big" version="1" title="Big">'; head -c 4194304 /dev/zero | tr '\0' ' '; printf '</bank>\n'; } >"$T/big.xml"
bad "file larger than 4 MiB" "$T/big.xml" "pmpath: $T/big.xml: file is larger than 4 MiB"

# Typical author mistakes in the real core bank (a large file: libxml2
# then repeats some schema errors without a line): every message names
# the file and a line.
n=0
for edit in \
	's|<question id="years_it" type="number"|<question id="years_it" type="numbr"|' \
	's|<section id="background" title="Your background">|<section id="background">|' \
	's|<option value="bachelor">|<option valu="bachelor">|' \
	's|<text>How many years have you worked in IT?</text>||' \
	's|<question id="role" type="choice" required="yes">|<question id="role" type="choice" required="maybe">|' \
	's|<help>Pick the role|<hint>Pick the role|; s|build on.</help>|build on.</hint>|'; do
	n=$((n + 1))
	sed "$edit" "$TOP/questions/core.xml" >"$T/core_bad$n.xml"
	run validate "$T/core_bad$n.xml"
	is_rc "core bank mistake $n is bad data" 1
	if [ -s "$T/err" ] && ! grep -qv "^pmpath: $T/core_bad$n.xml:[0-9][0-9]*: " "$T/err"; then
		ok "core bank mistake $n: every message has file:line"
	else
		not_ok "core bank mistake $n: every message has file:line" "$(head -c 600 "$T/err")"
	fi
done
