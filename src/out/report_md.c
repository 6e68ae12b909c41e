/*
 * report_md.c - the report as Markdown that pastes cleanly into a GitHub
 * issue or a notes app: headings, lists and one table, with user text
 * escaped so it cannot break the layout.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/plan_out.h"
#include "pmpath/report.h"
#include "pmpath/banned.h"

/* Append s with Markdown's active characters escaped; newlines become
 * spaces (a bullet stays on one line). */
static void md_text(struct strbuf *o, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|~", *s))
			sb_addc(o, '\\');
		sb_addc(o, *s == '\n' || *s == '\r' ? ' ' : *s);
	}
}

/* A 10-cell bar for a table cell. */
static void md_bar(struct strbuf *o, double score)
{
	int filled = (int)lround(score / 10.0);
	for (int i = 0; i < 10; i++)
		sb_adds(o, i < filled ? "\u2588" : "\u2591");
}

/* --explain lines as a nested list under the item they explain. */
static void md_explain(struct strbuf *o, char *const *lines, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		sb_adds(o, "     - ");
		md_text(o, lines[k]);
		sb_addc(o, '\n');
	}
}

void report_markdown(struct strbuf *o, const struct report *r, int explain)
{
	sb_adds(o, "# pmpath report: ");
	md_text(o, r->profile);
	sb_addf(o, "\n\n_Generated %s from the assessment started %.10s%s; catalog %s, facts "
		   "checked %s._\n", r->generated, r->session_started,
		r->session_complete ? "" : " (not finished: results are partial)",
		r->cat->data_version, r->cat->data_date);

	if (r->nsummary) {
		sb_adds(o, "\n## Profile\n\n");
		for (size_t i = 0; i < r->nsummary; i++) {
			sb_addf(o, "- **%s:** ", r->summary[i].label);
			md_text(o, r->summary[i].value);
			sb_addc(o, '\n');
		}
	}
	if (r->pro_summary) {
		sb_adds(o, "\n## Professional summary\n\n");
		md_text(o, r->pro_summary);
		sb_addc(o, '\n');
	}

	sb_adds(o, "\n## Competencies\n\n");
	if (r->ncomps) {
		sb_adds(o, "| Competency | Score | | Confidence | Target level |");
		if (r->previous_started)
			sb_adds(o, " Change |");
		sb_adds(o, "\n| --- | ---: | --- | ---: | ---: |");
		if (r->previous_started)
			sb_adds(o, " ---: |");
		sb_addc(o, '\n');
		for (size_t i = 0; i < r->ncomps; i++) {
			const struct report_comp *c = &r->comps[i];
			sb_adds(o, "| ");
			md_text(o, c->comp->name);
			sb_addf(o, " | %.0f | ", c->score->score);
			md_bar(o, c->score->score);
			sb_addf(o, " | %.2f | ", c->score->confidence);
			if (c->target_level >= 0)
				sb_addf(o, "%d", c->target_level);
			sb_adds(o, " |");
			if (r->previous_started) {
				if (c->has_previous)
					sb_addf(o, " %+.0f |", c->score->score - c->previous);
				else
					sb_adds(o, " new |");
			}
			sb_addc(o, '\n');
		}
		if (explain) {
			sb_adds(o, "\n<details><summary>How each score was reached</summary>\n\n");
			for (size_t i = 0; i < r->ncomps; i++) {
				const struct report_comp *c = &r->comps[i];
				sb_adds(o, "- **");
				md_text(o, c->comp->name);
				sb_adds(o, "**\n");
				for (size_t k = 0; k < c->score->nexplain; k++) {
					sb_adds(o, "  - ");
					md_text(o, c->score->explain[k]);
					sb_addc(o, '\n');
				}
			}
			sb_adds(o, "\n</details>\n");
		}
	} else {
		sb_adds(o, "No competency rated yet.\n");
	}

	if (r->gaps.nstrengths) {
		sb_adds(o, "\n## Strengths\n\n");
		for (size_t i = 0; i < r->gaps.nstrengths; i++) {
			const struct strength *s = &r->gaps.strengths[i];
			sb_adds(o, "- ");
			md_text(o, s->comp->pm_phrase);
			sb_adds(o, " (");
			md_text(o, s->comp->name);
			sb_addf(o, ", %.0f)\n", s->score);
		}
	}
	if (r->gaps.ngaps) {
		sb_adds(o, "\n## Gaps");
		if (r->gaps.target) {
			sb_adds(o, " toward ");
			md_text(o, r->gaps.target->name);
		}
		sb_adds(o, "\n\n");
		size_t unrated = 0;
		for (size_t i = 0; i < r->gaps.ngaps; i++) {
			const struct gap *g = &r->gaps.gaps[i];
			if (!g->asked) {
				unrated++;
				continue;
			}
			sb_adds(o, "- ");
			md_text(o, g->comp->name);
			sb_addf(o, ": level %d needed, you are at %.1f\n", g->need, g->have);
		}
		if (unrated) {
			sb_adds(o, "- Not rated yet: ");
			for (size_t i = 0, k = 0; i < r->gaps.ngaps; i++) {
				if (r->gaps.gaps[i].asked)
					continue;
				if (k++)
					sb_adds(o, ", ");
				md_text(o, r->gaps.gaps[i].comp->name);
			}
			sb_addc(o, '\n');
		}
	}
	if (r->gaps.nwarnings) {
		sb_adds(o, "\n## Watch out for\n\n");
		for (size_t i = 0; i < r->gaps.nwarnings; i++) {
			sb_adds(o, "- ");
			md_text(o, r->gaps.warnings[i]);
			sb_addc(o, '\n');
		}
	}

	sb_adds(o, "\n## Certifications\n\n");
	for (size_t i = 0; i < r->rec.n; i++) {
		const struct cert_rec *c = &r->rec.items[i];
		sb_addf(o, "%zu. **%s** ", i + 1, c->cert->code);
		md_text(o, c->cert->name);
		sb_addf(o, ": %s, readiness %.0f/100%s\n",
			c->elig.held ? "held" : c->elig.eligible ? "eligible" : "not eligible yet",
			c->ready.value, c->recommended ? " (**recommended**)" : "");
		for (size_t k = 0; k < c->elig.nmissing; k++) {
			sb_adds(o, "   - Missing: ");
			md_text(o, c->elig.missing[k].text);
			sb_addc(o, '\n');
		}
		for (size_t k = 0; k < c->nreasons && (explain || k < 2); k++) {
			sb_adds(o, "   - ");
			md_text(o, c->reasons[k]);
			sb_addc(o, '\n');
		}
		if (explain) {
			md_explain(o, c->ready.explain, c->ready.nexplain);
			md_explain(o, c->explain, c->nexplain);
		}
	}

	if (r->fits.target || r->fits.best_now) {
		sb_adds(o, "\n## Roles\n\n");
		if (r->fits.target) {
			sb_adds(o, "- Your target, ");
			md_text(o, r->fits.target->role->name);
			sb_addf(o, ": fit %.0f/100%s\n", r->fits.target->fit,
				r->fits.target->fits_now ? ", within reach now" : "");
			if (explain)
				md_explain(o, r->fits.target->explain, r->fits.target->nexplain);
		}
		if (r->fits.best_now && r->fits.best_now != r->fits.target) {
			sb_adds(o, "- Fits you now: ");
			md_text(o, r->fits.best_now->role->name);
			sb_addf(o, " (fit %.0f/100)\n", r->fits.best_now->fit);
			if (explain)
				md_explain(o, r->fits.best_now->explain, r->fits.best_now->nexplain);
		}
		if (r->fits.step) {
			sb_adds(o, "- Stepping stone: ");
			md_text(o, r->fits.step->note);
			sb_addc(o, '\n');
		}
	}

	if (r->nbullets) {
		sb_adds(o, "\n## Resume bullets\n\nFill each `[..]` with your own figure or drop "
			   "the phrase.\n\n");
		for (size_t i = 0; i < r->nbullets; i++) {
			const struct rw_result *b = &r->bullets[i];
			sb_adds(o, "- You wrote: ");
			md_text(o, b->original);
			sb_addc(o, '\n');
			for (size_t k = 0; k < b->nrewrites; k++) {
				sb_addf(o, "  - Option %zu: ", k + 1);
				md_text(o, b->rewrites[k].text);
				sb_addc(o, '\n');
			}
		}
	}

	if (r->naccepted) {
		sb_adds(o, "\n## Your accepted bullets\n\n");
		for (size_t i = 0; i < r->naccepted; i++) {
			sb_adds(o, "- ");
			md_text(o, r->accepted[i].text);
			sb_adds(o, "\n  - From: ");
			md_text(o, r->accepted[i].original);
			sb_addc(o, '\n');
		}
	}

	if (r->has_plan) {
		/* The plan's own headings, one level down. */
		struct strbuf pm = STRBUF_INIT;
		const char *p;
		plan_write_text(&pm, &r->plan, 1);
		sb_addc(o, '\n');
		for (p = pm.buf; *p;) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
			if (*p == '#')
				sb_addc(o, '#');
			sb_add(o, p, n);
			p += n;
		}
		sb_release(&pm);
	}

	sb_adds(o, "\n## How this was computed\n\n");
	for (size_t i = 0; i < r->nmethod; i++) {
		md_text(o, r->method[i]);
		sb_adds(o, "\n\n");
	}
	sb_rtrim(o);
	sb_addc(o, '\n');
}
