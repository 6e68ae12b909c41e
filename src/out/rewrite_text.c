/*
 * rewrite_text.c - the text form of one analysed bullet, shared by
 * `pmpath rewrite` (plain output) and the interactive walk
 * (src/rewrite_session.c).
 */
#include <string.h>

#include "pmpath/out.h"
#include "pmpath/rewrite.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

void rewrite_text_highlighted(struct strbuf *o, const char *s, int color)
{
	if (!color) {
		sb_adds(o, s);
		return;
	}
	for (; *s; s++) {
		if (*s == '[') {
			const char *e = strchr(s, ']');
			if (e) {
				sb_adds(o, "\033[1m");
				sb_add(o, s, (size_t)(e - s) + 1);
				sb_adds(o, "\033[0m");
				s = e;
				continue;
			}
		}
		sb_addc(o, *s);
	}
}

void rewrite_text(struct strbuf *o, const struct rw_result *r, size_t num, const char *context,
		  int color)
{
	sb_addf(o, "Bullet %zu: %s\n", num, r->original);
	if (context)
		sb_addf(o, "  Context: %s\n", context);
	if (r->english && !r->too_long) {
		sb_addf(o, "  Activity: %s", r->activity);
		if (r->ncomps) {
			sb_adds(o, "   Competencies: ");
			for (size_t i = 0; i < r->ncomps; i++)
				sb_addf(o, "%s%s", i ? ", " : "", r->comps[i]);
		}
		sb_addc(o, '\n');
		sb_addf(o, "  Quality: %d -> %d", r->quality_before, r->quality_after);
		for (size_t i = 0; i < r->moves.n; i++)
			sb_addf(o, "%s%s", i ? "; " : " (", r->moves.items[i]);
		sb_adds(o, r->moves.n ? ")\n" : "\n");
	}
	for (size_t i = 0; i < r->notes.n; i++)
		sb_addf(o, "  Note: %s\n", r->notes.items[i]);
	if (r->problems.n) {
		sb_adds(o, "  Problems:\n");
		for (size_t i = 0; i < r->problems.n; i++)
			sb_addf(o, "    - %s\n", r->problems.items[i]);
	}
	if (r->nrewrites) {
		sb_adds(o, "  Rewrites:\n");
		for (size_t i = 0; i < r->nrewrites; i++) {
			sb_addf(o, "    %zu. ", i + 1);
			rewrite_text_highlighted(o, r->rewrites[i].text, color);
			sb_addc(o, '\n');
		}
		if (r->rewrites[0].placeholders.n) {
			sb_adds(o, "  Fill in: ");
			for (size_t i = 0; i < r->rewrites[0].placeholders.n; i++) {
				if (i)
					sb_adds(o, ", ");
				rewrite_text_highlighted(o, r->rewrites[0].placeholders.items[i], color);
			}
			sb_addc(o, '\n');
		}
	}
}
