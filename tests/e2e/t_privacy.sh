# Privacy: the database (and its WAL files) and every file pmpath writes
# (report -o, profile export -o, plan --ics) are created 0600 whatever the
# umask; answer text never appears in error messages; `profile delete`
# removes the answers from the database file's bytes (VACUUM).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
MARK=QUOKKAPRIVATE4417
sed "s/^accomplishments = .*/accomplishments = Led the $MARK migration of 40 servers in 6 weeks/" \
	tests/fixtures/answers/sysadmin_complete.txt >"$T/ans.txt"
umask 000
run assess --answers "$T/ans.txt"
is_rc "assessment with a private answer" 0
mode() {
	_m=$(stat -c %a "$2" 2>/dev/null)
	if [ "$_m" = 600 ]; then ok "$1 is 0600"; else not_ok "$1 is 0600" "mode ${_m:-missing} for $2"; fi
}
mode "database (umask 000)" "$PMPATH_DB"
for f in "$PMPATH_DB-wal" "$PMPATH_DB-shm"; do
	[ -f "$f" ] && mode "$(basename "$f")" "$f"
done
for fmt in text markdown html json; do
	run report --format "$fmt" -o "$T/report.$fmt"
	is_rc "report --format $fmt -o" 0
	mode "report -o ($fmt)" "$T/report.$fmt"
done
run profile export -o "$T/profile.xml"
is_rc "profile export -o" 0
mode "profile export -o" "$T/profile.xml"
run plan --target CAPM --hours-per-week 6 --ics "$T/plan.ics"
is_rc "plan --ics" 0
mode "plan --ics" "$T/plan.ics"
umask 022

# Errors never echo stored answers.
for args in "report -o /dev/full" "profile export -o /dev/full" "report --format nope" \
	"assess --answers $T/none.txt" "profile import $T/profile.xml"; do
	# shellcheck disable=SC2086
	run $args
	if grep -qF "$MARK" "$T/err"; then not_ok "no answer text in the error of: $args" "$(head -c 300 "$T/err")"; else
		ok "no answer text in the error of: $args"
	fi
done

# Delete removes the text from the file itself.
if cat "$PMPATH_DB" "$PMPATH_DB-wal" 2>/dev/null | grep -qaF "$MARK"; then
	ok "the private answer is in the database bytes before the delete"
else
	not_ok "the private answer is in the database bytes before the delete"
fi
run profile delete default --yes
is_rc "profile delete" 0
if cat "$PMPATH_DB" "$PMPATH_DB-wal" 2>/dev/null | grep -qaF "$MARK"; then
	not_ok "deleted answer text gone from the database bytes"
else
	ok "deleted answer text gone from the database bytes"
fi
run report
is_rc "report after delete has nothing to show" 1
