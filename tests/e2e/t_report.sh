# pmpath report: the four formats, goldens, escaping, comparison, and a
# render in headless Chromium.  PMPATH_REGEN=1 rewrites the goldens.
. "$(dirname "$0")/lib.sh"
G="$FIX/report"
export PMPATH_TODAY=2026-11-22
norm() { sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/DATE/g' "$1"; }

run assess --answers "$FIX/answers/sysadmin_complete.txt"
is_rc "assess a complete sysadmin profile" 0

for fmt in text markdown; do
	run report --format "$fmt"
	is_rc "report --format $fmt" 0
	norm "$T/out" >"$T/$fmt.norm"
	if [ "${PMPATH_REGEN:-}" = 1 ]; then cp "$T/$fmt.norm" "$G/sysadmin.$fmt"; fi
	if cmp -s "$G/sysadmin.$fmt" "$T/$fmt.norm"; then ok "$fmt report matches its golden"
	else not_ok "$fmt report matches its golden" "$(diff "$G/sysadmin.$fmt" "$T/$fmt.norm" | head -20)"; fi
done
run report
if awk 'length($0) > 80 { exit 1 }' "$T/out"; then ok "text report fits 80 columns"
else not_ok "text report fits 80 columns" "$(awk 'length($0) > 80' "$T/out" | head -3)"; fi
if grep -q "$(printf '\033')" "$T/out"; then not_ok "no colour when piped"; else ok "no colour when piped"; fi

run report --format json
is_rc "report --format json" 0
if jq -e '(.profile|type=="object") and (.competencies|type=="array") and
	(.strengths|type=="array") and (.gaps|type=="array") and
	(.certifications|type=="array") and (.bullets|type=="array") and has("plan") and
	all(.competencies[]; has("id") and has("name") and (.score>=0 and .score<=100) and
	    (.confidence>=0 and .confidence<=1)) and
	all(.certifications[]; has("code") and has("name") and (.eligible|type=="boolean") and
	    (.missing|type=="array") and has("readiness") and (.recommended|type=="boolean") and
	    (.reasons|type=="array"))' "$T/out" >/dev/null; then ok "JSON has the documented keys"
else not_ok "JSON has the documented keys" "$(head -c 400 "$T/out")"; fi

run report --explain
is_rc "report --explain" 0
out_has "explain shows how readiness was summed" "readiness: readiness"
out_has "explain shows the domains behind readiness" "of the exam):"
out_has "explain shows the target role's competency share" "level points the role asks for ="
out_has "explain shows the role fit formula" "fit 88 = 0.70"
run report
out_lacks "plain report has no explanations" "level points the role asks for"
run report --explain --format json
if jq -e '(.roles|length) > 0 and all(.roles[]; (.explain|type=="array") and (.explain|length) > 0)
	and all(.certifications[]; (.explain.readiness|length) > 0)' "$T/out" >/dev/null
then ok "JSON --explain explains every role and every readiness"
else not_ok "JSON --explain explains every role and every readiness" "$(jq -c '[.roles[].explain]' "$T/out" | head -c 300)"; fi
run report --format json
if jq -e 'all(.roles[]; has("explain") | not)' "$T/out" >/dev/null; then ok "JSON without --explain has no role explanations"
else not_ok "JSON without --explain has no role explanations"; fi
for fmt in markdown html; do
	run report --explain --format $fmt
	out_has "$fmt --explain shows role fit" "level points the role asks for"
	out_has "$fmt --explain shows readiness domains" "of the exam):"
done

run report --format html -o "$T/r.html"
is_rc "report --format html -o FILE" 0
[ "$(stat -c %a "$T/r.html")" = 600 ] && ok "report file is created 0600" || not_ok "report file is created 0600"
[ ! -s "$T/out" ] && ok "-o writes nothing to stdout" || not_ok "-o writes nothing to stdout"
grep -q '<svg' "$T/r.html" && ok "HTML has an inline SVG chart" || not_ok "HTML has an inline SVG chart"
if grep -Eq '(src|href)="?(https?:|//)' "$T/r.html"; then not_ok "HTML loads nothing from the network"
else ok "HTML loads nothing from the network"; fi

run report --format pdf
is_rc "unknown format is a usage error" 2
run report -o "$T/no/such/dir/r.txt"
is_rc "unwritable output is bad data" 1
err_has "unwritable output names the path" "$T/no/such/dir/r.txt"

# Hostile strings are escaped in every format.
export PMPATH_DB="$T/hostile.db"
run assess --answers "$FIX/answers/hostile_bullets.txt"
is_rc "assess with hostile bullets" 0
run report --format html
if grep -q "<script>" "$T/out" || grep -q "<b>dashboard" "$T/out"; then
	not_ok "HTML escapes user markup" "$(grep -n 'script\|dashboard' "$T/out" | head -3)"
else ok "HTML escapes user markup"; fi
out_has "HTML keeps the escaped text" "&lt;script&gt;alert('x')&lt;/script&gt;"
out_has "HTML escapes ampersands" "R&amp;D"
run report --format markdown
out_has "Markdown escapes markup" '\<script\>'
out_has "Markdown escapes table pipes" 'a\|b'
run report --format json
if jq -e '.bullets[0].original | test("<script>")' "$T/out" >/dev/null; then
	ok "JSON keeps the text exactly"; else not_ok "JSON keeps the text exactly"; fi

# --compare against an earlier completed assessment.
export PMPATH_DB="$T/compare.db"
run assess --answers "$FIX/answers/sysadmin_complete.txt"
sed 's/^scheduling = .*/scheduling = 4/' "$FIX/answers/sysadmin_complete.txt" >"$T/later.answers"
run assess --restart --answers "$T/later.answers"
run report --compare
is_rc "report --compare" 0
out_has "compare names the earlier assessment" "Changes (+/-) are against the assessment of"
run report --compare --format json
if jq -e 'has("compared_with") and any(.competencies[]; .previous_score != null)' "$T/out" >/dev/null; then
	ok "JSON compare carries previous scores"; else not_ok "JSON compare carries previous scores"; fi

# Render in headless Chromium at phone and desktop widths: no element may
# stick out sideways.  The screenshot is kept in build/ as an artefact.
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then
	not_ok "chromium is installed for the render test" "run: apt-get install chromium"
else
	export PMPATH_DB="$T/hostile.db"
	run report --format html -o "$T/r.html"
	# Headless Chromium will not make a window narrower than 500 px, so the
	# report is laid out in an iframe of the width under test: no element may
	# stick out sideways, and the chart shown must keep its text readable
	# (the phone layout puts names above the bars; text at least 11 px).
	flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$T/chrome"
	for width in 375 1280; do
		python3 - "$T/r.html" "$T/probe.html" "$width" <<'PY'
import html, sys
page = open(sys.argv[1], encoding="utf-8").read()
w = sys.argv[3]
probe = """<script>addEventListener('load',function(){
var d=document.getElementById('f').contentDocument,w=d.documentElement.clientWidth,bad=[];
d.querySelectorAll('body *').forEach(function(e){if(e.getBoundingClientRect().right>w+1)bad.push(e.tagName)});
var vis=[].filter.call(d.querySelectorAll('svg.chart'),function(c){return getComputedStyle(c).display!='none'});
var t=vis.length==1?vis[0].querySelector('text').getBoundingClientRect().height:0;
document.body.setAttribute('data-overflow',bad.length?bad.join(','):'none');
document.body.setAttribute('data-chart',vis.length+' '+(t>=11?'readable':'small:'+t.toFixed(1)));
})</script>"""
open(sys.argv[2], "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><body style="margin:0"><iframe id="f" style="border:0;width:%spx;height:900px" srcdoc="%s"></iframe>%s</body></html>'
    % (w, html.escape(page, quote=True), probe))
PY
		# shellcheck disable=SC2086
		timeout 60 "$CHROME" $flags --window-size=1400,1000 --virtual-time-budget=2000 \
			--dump-dom "file://$T/probe.html" >"$T/dom.html" 2>/dev/null
		if grep -q 'data-overflow="none"' "$T/dom.html"; then ok "no layout overflow at $width px"
		else not_ok "no layout overflow at $width px" "$(grep -o 'data-overflow="[^"]*"' "$T/dom.html")"; fi
		if grep -q 'data-chart="1 readable"' "$T/dom.html"; then ok "one chart shown at $width px, text readable"
		else not_ok "one chart shown at $width px, text readable" "$(grep -o 'data-chart="[^"]*"' "$T/dom.html")"; fi
	done
	art="$TOP/${PMPATH_BUILD:-build}/report-screenshot.png"
	# shellcheck disable=SC2086
	timeout 60 "$CHROME" $flags --window-size=1280,2400 --screenshot="$art" "file://$T/r.html" >/dev/null 2>&1
	[ -s "$art" ] && ok "screenshot rendered ($art)" || not_ok "screenshot rendered"
	# shellcheck disable=SC2086
	timeout 60 "$CHROME" $flags --print-to-pdf="$T/r.pdf" --no-pdf-header-footer "file://$T/r.html" >/dev/null 2>&1
	head -c 5 "$T/r.pdf" 2>/dev/null | grep -q '%PDF' && ok "report prints to PDF" || not_ok "report prints to PDF"
fi
