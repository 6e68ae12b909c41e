# pmpath certs: usage, no answers, and the personas of
# tests/fixtures/personas (answers file -> assess -> certs --format json;
# eligibility of every cert, the single recommended code and every missing
# requirement must match NAME.expected: lines "CODE eligible|not-eligible",
# "recommended CODE" and "missing CODE KIND need=NEED have=HAVE", where
# HAVE is null for a question not answered yet).
. "$(dirname "$0")/lib.sh"

run certs --help
is_rc "certs --help exits 0" 0
out_has "certs --help shows usage" "--format"

run certs --format yaml
is_rc "certs: unknown format is a usage error" 2

run certs
is_rc "certs without answers exits 1" 1
err_eq "certs without answers says what to do" \
	"pmpath: no answers yet for profile 'default'; run 'pmpath assess' first"

run assess --help
if [ "$rc" -ne 0 ]; then
	echo "# pmpath assess is not built yet: persona checks not run" >&2
	exit 0
fi

for ans in "$FIX"/personas/*.answers; do
	name=$(basename "$ans" .answers)
	export PMPATH_DB="$T/$name.db"
	run assess --answers "$ans"
	is_rc "$name: assess --answers" 0
	run certs --format json
	is_rc "$name: certs --format json exits 0" 0
	if ! jq -e 'type == "array" and length > 0 and all(.[]; has("code") and has("name")
		and (.eligible | type == "boolean") and (.missing | type == "array")
		and (.readiness | type == "number" and . >= 0 and . <= 100)
		and (.recommended | type == "boolean") and (.reasons | type == "array"))' \
		"$T/out" >/dev/null; then
		not_ok "$name: JSON has the contract's keys" "$(head -c 400 "$T/out")"
	else
		ok "$name: JSON has the contract's keys"
	fi
	jq -r '(.[] | "\(.code) \(if .eligible then "eligible" else "not-eligible" end)"),
		"recommended \([.[] | select(.recommended) | .code] | if length == 0 then "none" else join(",") end)",
		(.[] | .code as $c | .missing[] | "missing \($c) \(.kind) need=\(.need) have=\(.have)")' \
		"$T/out" | sort >"$T/got"
	sort "$FIX/personas/$name.expected" >"$T/want"
	if cmp -s "$T/want" "$T/got"; then ok "$name: eligibility, missing items and recommendation"; else
		not_ok "$name: eligibility, missing items and recommendation" "$(diff "$T/want" "$T/got")"
	fi
	jq -e 'all(.[]; .eligible or (.missing | length > 0))' "$T/out" >/dev/null &&
		ok "$name: every ineligible cert says what is missing" ||
		not_ok "$name: every ineligible cert says what is missing"
	run certs
	is_rc "$name: certs (text) exits 0" 0
	if awk 'length($0) > 80 { exit 1 }' "$T/out"; then ok "$name: text fits 80 columns"; else
		not_ok "$name: text fits 80 columns"; fi
	run certs --explain --cert pmp
	is_rc "$name: certs --explain --cert pmp" 0
	out_has "$name: explain shows the weights" "(weight rec_"
done
export PMPATH_DB="$T/support_lead.db"
run certs --cert NOPE
is_rc "certs --cert unknown code is a usage error" 2
err_has "certs --cert names the known codes" "known: CAPM"
