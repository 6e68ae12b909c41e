# pmpath catalog: listings, detail, JSON and errors.
. "$(dirname "$0")/lib.sh"

# The data directory needs questions/core.xml beside the catalog; until the
# bank exists in this tree, point PMPATH_DATADIR at the built catalog and
# an empty bank file.
if [ ! -f "$TOP/questions/core.xml" ]; then
	mkdir -p "$T/data/questions"
	ln -s "$TOP/build/catalog.db" "$T/data/catalog.db"
	: >"$T/data/questions/core.xml"
	export PMPATH_DATADIR="$T/data"
fi

run catalog certs
is_rc "catalog certs exits 0" 0
n=$(grep -c ' — .*(.*)$' "$T/out")
if [ "$n" -eq 9 ]; then ok "catalog certs lists nine"; else not_ok "catalog certs lists nine" "found $n"; fi
for code in CAPM PMP PMI-ACP PRINCE2-F PRINCE2-P PSM1 CSM PROJECT+ GOOGLE-PM; do
	out_has "catalog certs lists $code" "$code — "
done
out_has "PMP eligibility in plain words" "Eligible with: a four-year degree, 36 months leading projects in the last 8"
out_has "fees cite a source" "USD 405 (PMI members) [src_pmp_fees_visualfoodie]"
long=$(awk 'length($0) > 80 && $0 !~ /https?:/' "$T/out" | head -3)
if [ -z "$long" ]; then ok "catalog certs fits 80 columns"; else not_ok "catalog certs fits 80 columns" "$long"; fi

run catalog certs PMP
is_rc "catalog certs PMP exits 0" 0
out_has "PMP detail shows 36 months" "36 months leading projects in the last 8 years"
out_has "PMP detail shows 35 hours" "35 hours of PM education or an active CAPM"
out_has "PMP detail shows the 2026 weights" " 41%  Process"
out_has "PMP detail lists sources with dates" "checked 2026-11-22"
out_has "PMP detail records the disputed question count" "Sources disagree"

run catalog competencies troubleshooting
is_rc "competency detail exits 0" 0
out_has "competency shows its PM phrase" "root-cause analysis and issue resolution"
out_has "competency shows level 5" "5 expert"

run catalog roles
is_rc "catalog roles exits 0" 0
out_has "roles lists a stepping stone" "operations_lead — Operations / team lead (stepping stone)"
run catalog roles sysadmin
out_has "IT role shows tasks in PM words" "as a PM: "
run catalog resources
is_rc "catalog resources exits 0" 0
out_has "resources count contact hours" "counts 35 h toward PMP (pm_edu_hours)"

run catalog certs --format json
is_rc "catalog certs json exits 0" 0
out_has "json has the code key" '"code": "PMP"'
if command -v python3 >/dev/null 2>&1; then
	if python3 -m json.tool "$T/out" >/dev/null 2>&1; then ok "catalog certs json parses"
	else not_ok "catalog certs json parses" "$(head -c 300 "$T/out")"; fi
fi

run catalog certs XYZ
is_rc "unknown certification exits 1" 1
err_eq "unknown certification message" "pmpath: catalog: no certification 'XYZ' (known: CAPM, PMP, PMI-ACP, PRINCE2-F, PRINCE2-P, PSM1, CSM, PROJECT+, GOOGLE-PM)"

run catalog nonsense
is_rc "unknown subcommand is a usage error" 2
run catalog
is_rc "missing subcommand is a usage error" 2
run catalog certs --format xml
is_rc "unknown format is a usage error" 2
run catalog certs PMP extra
is_rc "too many arguments is a usage error" 2
run catalog --help
is_rc "catalog --help exits 0" 0
out_has "catalog --help shows usage" "competencies|certs|roles|resources"

mkdir -p "$T/bad/questions"
: >"$T/bad/questions/core.xml"
printf 'not a database at all, only text\n' >"$T/bad/catalog.db"
export PMPATH_DATADIR="$T/bad"
run catalog certs
is_rc "a broken catalog is a data error" 1
err_has "a broken catalog is named" "is not a pmpath catalog"
