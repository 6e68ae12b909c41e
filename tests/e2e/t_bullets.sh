# Accepted resume bullets: --non-interactive never prompts, --accepted
# (text and JSON), --from-profile, the report shows them, export/import
# round trip, and bad input gets exit 1 with a clear message.  The
# interactive walk itself is tests/e2e/rewrite_tty.exp.
. "$(dirname "$0")/lib.sh"
PF="$FIX/profiles"

# ---- nothing accepted yet ---------------------------------------------------
run rewrite --accepted
is_rc "--accepted with nothing stored exits 0" 0
out_has "--accepted says there is nothing yet" "No accepted bullets for profile 'default' yet"
run rewrite --accepted --format json
is_rc "--accepted --format json exits 0" 0
if [ "$(tr -d ' \n' <"$T/out")" = "[]" ]; then ok "--accepted json is an empty array"; else
	not_ok "--accepted json is an empty array" "$(cat "$T/out")"; fi
run rewrite --accepted "handled backups"
is_rc "--accepted with a bullet is a usage error" 2
err_has "says --accepted takes no bullets" "pmpath: rewrite: --accepted takes no bullets"

# ---- --from-profile: errors first ------------------------------------------
run rewrite --from-profile --non-interactive
is_rc "--from-profile without an assessment exits 1" 1
err_eq "names the missing assessment" \
	"pmpath: rewrite: profile 'default' has no saved assessment; run 'pmpath assess' first"
printf 'role = sysadmin\n' >"$T/noacc.txt"
run assess --answers "$T/noacc.txt" --profile noacc
run --profile noacc rewrite --from-profile --non-interactive
is_rc "--from-profile without accomplishments exits 1" 1
err_has "says there are no accomplishments" "lists no accomplishments"

# ---- assess on a pipe never offers the walk ----------------------------------
run_in "" --profile piped assess --answers "$FIX/answers/sysadmin_complete.txt"
is_rc "assess with accomplishments on a pipe" 0
out_lacks "assess on a pipe does not offer the rewrite walk" "Rewrite your"

# ---- import a profile with accepted bullets --------------------------------
run profile import "$PF/bullets.xml"
is_rc "import a profile with bullets" 0
out_has "import counts the bullets" "2 accepted bullets"
run --profile bullets rewrite --accepted
is_rc "--accepted lists the imported bullets" 0
out_has "--accepted text shows the final text" "1. Coordinated server upgrades across 4 teams & cut downtime by [X]%"
out_has "--accepted text shows the original" "   from: Handled server upgrades"
run --profile bullets rewrite --accepted --format json
is_rc "--accepted --format json" 0
if python3 - "$T/out" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert [b["text"] for b in a] == ["Coordinated server upgrades across 4 teams & cut downtime by [X]%",
                                  "Ran nightly backups of 200 VMs with <1% failures"], a
assert a[1]["original"] == "Responsible for backups of 200 VMs"
assert a[0]["created"] == "2024-03-02T10:00:00Z"
PY
then ok "--accepted json has original, text, created in order"; else
	not_ok "--accepted json has original, text, created in order" "$(cat "$T/out")"; fi

# ---- --from-profile and --non-interactive ----------------------------------
run --profile bullets rewrite --from-profile --non-interactive
is_rc "--from-profile --non-interactive exits 0" 0
out_has "takes the first accomplishment" "Bullet 1: Handled server upgrades"
out_has "takes the second accomplishment" "Bullet 2: Responsible for backups of 200 VMs"
out_lacks "never prompts" "Use which rewrite"
run --profile bullets rewrite --from-profile --format json
is_rc "--from-profile --format json" 0
if python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a) == 2 and a[1]["original"].startswith("Responsible")' "$T/out"; then
	ok "--from-profile json has both bullets"; else not_ok "--from-profile json has both bullets" "$(head -c 300 "$T/out")"; fi

# ---- the report --------------------------------------------------------------
for fmt in text markdown html; do
	run --profile bullets report --format $fmt
	is_rc "report $fmt with accepted bullets" 0
	out_has "report $fmt shows an accepted bullet" "Coordinated server upgrades across 4 teams"
done
run --profile bullets report --format text
out_has "text report has the section" "YOUR ACCEPTED BULLETS"
run --profile bullets report --format json
if python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["professional_summary"]; assert "Recent work: ran nightly backups of 200 VMs with <1% failures." in s, s' "$T/out"
then ok "the summary's recent work is the latest accepted bullet"
else not_ok "the summary's recent work is the latest accepted bullet" "$(head -c 300 "$T/out")"; fi
run --profile bullets report --format html
out_has "html report escapes the bullet" "with &lt;1% failures"
run --profile bullets report --format json
if python3 - "$T/out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ab = r["accepted_bullets"]
assert ab == [{"original": "Handled server upgrades",
               "text": "Coordinated server upgrades across 4 teams & cut downtime by [X]%"},
              {"original": "Responsible for backups of 200 VMs",
               "text": "Ran nightly backups of 200 VMs with <1% failures"}], ab
PY
then ok "report json accepted_bullets: original and text"; else
	not_ok "report json accepted_bullets: original and text" "$(head -c 300 "$T/err")"; fi
run --profile noacc report --format json
if python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["accepted_bullets"] == []' "$T/out"; then
	ok "report json without bullets has an empty array"; else
	not_ok "report json without bullets has an empty array"; fi

# ---- export -> import round trip -----------------------------------------------
run profile export bullets -o "$T/exp1.xml"
is_rc "export a profile with bullets" 0
if xmllint --noout --relaxng "$TOP/data/profile.rng" "$T/exp1.xml" 2>/dev/null; then
	ok "the export is valid against profile.rng"; else not_ok "the export is valid against profile.rng"; fi
run profile import "$T/exp1.xml" --as copy
is_rc "import the export under another name" 0
run profile export copy -o "$T/exp2.xml"
sed 's/name="copy"/name="bullets"/' "$T/exp2.xml" >"$T/exp2b.xml"
if cmp -s "$T/exp1.xml" "$T/exp2b.xml"; then ok "bullets round-trip byte for byte"; else
	not_ok "bullets round-trip byte for byte" "$(diff "$T/exp1.xml" "$T/exp2b.xml" | head -5)"; fi
run profile delete copy --yes
is_rc "delete the copy" 0
run --profile copy rewrite --accepted
out_has "deleting a profile deletes its bullets" "No accepted bullets for profile 'copy'"

# ---- bad input --------------------------------------------------------------
run profile import "$PF/bullet_no_original.xml" --as broken
is_rc "a bullet without <original> is refused" 1
err_has "names file, line and what is missing" "bullet_no_original.xml:9: <bullet>: <original> is missing"
run profile import "$PF/bullet_control.xml" --as broken
is_rc "a bullet with an escape character is refused" 1
err_has "names the file and line" "bullet_control.xml:15:"
run --profile broken rewrite --accepted
out_has "a refused import stores no bullet" "No accepted bullets for profile 'broken'"
run rewrite --accepted --format yaml
is_rc "--accepted with an unknown format is a usage error" 2
run --profile bullets rewrite --non-interactive "$(printf 'bad\377')"
is_rc "a bullet that is not UTF-8 exits 1" 1
err_has "says why" "pmpath: rewrite: argument 1: invalid UTF-8 at byte 4"
