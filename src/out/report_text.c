/*
 * report_text.c - the report for a terminal or a text file: 80 columns
 * (or narrower), bars for scores, colour only when asked for.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/plan_out.h"
#include "pmpath/report.h"
#include "pmpath/banned.h"

struct tw {
	struct strbuf *out;
	int color;
	size_t width;
};

static void heading(struct tw *t, const char *title)
{
	sb_addf(t->out, "\n%s%s%s\n", t->color ? "\033[1m" : "", title, t->color ? "\033[0m" : "");
}

static void para(struct tw *t, const char *first, const char *rest, const char *text)
{
	sb_wrap(t->out, text, t->width, first, rest);
}

/* A bar of `cells` cells for score 0..100, with '|' at the target level. */
static void bar(struct tw *t, double score, int target, size_t cells)
{
	size_t filled = (size_t)lround(score / 100.0 * (double)cells);
	size_t mark = target >= 0 ? (size_t)lround(target / 5.0 * (double)cells) : (size_t)-1;
	if (mark == cells)
		mark = cells - 1;
	for (size_t i = 0; i < cells; i++) {
		if (i == mark)
			sb_adds(t->out, "|");
		else if (i < filled)
			sb_adds(t->out, t->color ? "\u2588" : "#");
		else
			sb_adds(t->out, t->color ? "\u00b7" : ".");
	}
}

static void competencies(struct tw *t, const struct report *r, int explain)
{
	size_t cells = t->width >= 80 ? 20 : 10;
	size_t name_w = t->width >= 80 ? 38 : 20;
	heading(t, "COMPETENCIES");
	para(t, "  ", "  ", r->fits.target
		 ? "Score 0-100 from your ratings and evidence; '|' marks the level your "
		   "target role asks for; confidence in brackets."
		 : "Score 0-100 from your ratings and evidence; confidence in brackets.");
	for (size_t i = 0; i < r->ncomps; i++) {
		const struct report_comp *c = &r->comps[i];
		const char *nm = c->comp->name;
		size_t cols = 0, bytes = 0;
		/* Cut the name at name_w columns, never inside a UTF-8 sequence. */
		while (nm[bytes] && cols < name_w) {
			bytes++;
			while (((unsigned char)nm[bytes] & 0xC0) == 0x80)
				bytes++;
			cols++;
		}
		sb_adds(t->out, "  ");
		sb_add(t->out, nm, bytes);
		sb_addnc(t->out, ' ', name_w - cols + 1);
		bar(t, c->score->score, c->target_level, cells);
		sb_addf(t->out, " %3.0f [%.2f]", c->score->score, c->score->confidence);
		if (c->has_previous)
			sb_addf(t->out, " %+.0f", c->score->score - c->previous);
		sb_addc(t->out, '\n');
		if (explain)
			for (size_t k = 0; k < c->score->nexplain; k++)
				para(t, "      ", "        ", c->score->explain[k]);
	}
	if (!r->ncomps)
		para(t, "  ", "  ", "No competency rated yet: run 'pmpath assess'.");
	if (r->previous_started) {
		char *s = xasprintf("Changes (+/-) are against the assessment of %.10s.",
				    r->previous_started);
		para(t, "  ", "  ", s);
		free(s);
	}
}

static void certs(struct tw *t, const struct report *r, int explain)
{
	heading(t, "CERTIFICATIONS");
	if (r->rec.top) {
		char *s = xasprintf("Recommended: %s (%s)", r->rec.top->cert->code,
				    r->rec.top->cert->name);
		para(t, "  ", "  ", s);
		free(s);
	} else {
		para(t, "  ", "  ", "No certification stands out yet; see what is missing below.");
	}
	for (size_t i = 0; i < r->rec.n; i++) {
		const struct cert_rec *c = &r->rec.items[i];
		char *head = xasprintf("%s %s - %s: %s, readiness %.0f/100",
				       c->recommended ? "*" : "-", c->cert->code, c->cert->name,
				       c->elig.held ? "held" : c->elig.eligible ? "eligible" :
				       "not eligible yet", c->ready.value);
		sb_addc(t->out, '\n');
		para(t, "  ", "    ", head);
		free(head);
		for (size_t k = 0; k < c->elig.nmissing; k++)
			para(t, "    missing: ", "      ", c->elig.missing[k].text);
		for (size_t k = 0; k < c->nreasons && (explain || k < 2); k++)
			para(t, "    why: ", "      ", c->reasons[k]);
		if (explain) {
			for (size_t k = 0; k < c->ready.nexplain; k++)
				para(t, "    readiness: ", "      ", c->ready.explain[k]);
			for (size_t k = 0; k < c->nexplain; k++)
				para(t, "    ", "      ", c->explain[k]);
		}
	}
}

/* The lines that explain one role's fit figure (--explain). */
static void fit_explain(struct tw *t, const struct role_fit *f)
{
	for (size_t k = 0; k < f->nexplain; k++)
		para(t, "    ", "      ", f->explain[k]);
}

static void roles(struct tw *t, const struct report *r, int explain)
{
	heading(t, "ROLES");
	if (r->fits.target) {
		char *s = xasprintf("Your target, %s: fit %.0f/100%s.", r->fits.target->role->name,
				    r->fits.target->fit,
				    r->fits.target->fits_now ? ", within reach now" : "");
		para(t, "  ", "  ", s);
		free(s);
		if (explain)
			fit_explain(t, r->fits.target);
	}
	if (r->fits.best_now && r->fits.best_now != r->fits.target) {
		char *s = xasprintf("Fits you now: %s (fit %.0f/100).",
				    r->fits.best_now->role->name, r->fits.best_now->fit);
		para(t, "  ", "  ", s);
		free(s);
		if (explain)
			fit_explain(t, r->fits.best_now);
	}
	if (r->fits.step) {
		const struct cat_target_role *from = catalog_target(r->cat, r->fits.step->from_role);
		char *s = xasprintf("Stepping stone: %s. %s", from ? from->name : r->fits.step->from_role,
				    r->fits.step->note);
		para(t, "  ", "  ", s);
		free(s);
	}
}

static void bullets(struct tw *t, const struct report *r)
{
	if (!r->nbullets)
		return;
	heading(t, "RESUME BULLETS");
	for (size_t i = 0; i < r->nbullets; i++) {
		const struct rw_result *b = &r->bullets[i];
		char first[32];
		snprintf(first, sizeof(first), "  %zu. ", i + 1);
		para(t, first, "     ", b->original);
		for (size_t k = 0; k < b->nrewrites; k++)
			para(t, "     -> ", "        ", b->rewrites[k].text);
		for (size_t k = 0; k < b->notes.n; k++)
			para(t, "     note: ", "       ", b->notes.items[k]);
	}
	para(t, "  ", "  ", "Fill each [..] with your own figure, or drop the phrase; pmpath "
		 "never guesses a number for you.");
}

/* The bullets the user accepted in `pmpath rewrite`, as they will use them. */
static void accepted(struct tw *t, const struct report *r)
{
	if (!r->naccepted)
		return;
	heading(t, "YOUR ACCEPTED BULLETS");
	for (size_t i = 0; i < r->naccepted; i++) {
		char first[32];
		snprintf(first, sizeof(first), "  %zu. ", i + 1);
		para(t, first, "     ", r->accepted[i].text);
		para(t, "     from: ", "           ", r->accepted[i].original);
	}
}

void report_text(struct strbuf *out, const struct report *r, int color, int width,
		 int explain)
{
	struct tw t = { out, color, (size_t)(width < 40 ? 40 : width > 80 ? 80 : width) };
	char *line;
	line = xasprintf("pmpath report for profile '%s', %s", r->profile, r->generated);
	para(&t, "", "", line);
	free(line);
	line = xasprintf("Based on the assessment started %.10s%s; catalog %s (facts checked %s).",
			 r->session_started, r->session_complete ? "" : " (not finished yet: "
			 "results are partial)", r->cat->data_version, r->cat->data_date);
	para(&t, "", "", line);
	free(line);

	if (r->nsummary) {
		heading(&t, "PROFILE");
		for (size_t i = 0; i < r->nsummary; i++) {
			char *s = xasprintf("%s: %s", r->summary[i].label, r->summary[i].value);
			para(&t, "  ", "    ", s);
			free(s);
		}
	}
	if (r->pro_summary) {
		heading(&t, "PROFESSIONAL SUMMARY");
		para(&t, "  ", "  ", r->pro_summary);
	}
	competencies(&t, r, explain);
	if (r->gaps.nstrengths) {
		heading(&t, "STRENGTHS");
		for (size_t i = 0; i < r->gaps.nstrengths; i++) {
			const struct strength *s = &r->gaps.strengths[i];
			char *l = xasprintf("%s (%s, %.0f)", s->comp->pm_phrase, s->comp->name, s->score);
			para(&t, "  - ", "    ", l);
			free(l);
		}
	}
	if (r->gaps.ngaps) {
		char *h = xasprintf("GAPS TOWARD %s", r->gaps.target ? r->gaps.target->name : "YOUR TARGET");
		for (char *p = h; *p; p++)
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
		heading(&t, h);
		free(h);
		struct strbuf unrated = STRBUF_INIT;
		for (size_t i = 0; i < r->gaps.ngaps; i++) {
			const struct gap *g = &r->gaps.gaps[i];
			char *l;
			if (!g->asked) {
				sb_addf(&unrated, "%s%s", unrated.len ? ", " : "", g->comp->name);
				continue;
			}
			l = xasprintf("%s: level %d needed, you are at %.1f", g->comp->name,
				      g->need, g->have);
			para(&t, "  - ", "    ", l);
			free(l);
		}
		if (unrated.len) {
			char *l = xasprintf("Not rated yet (run 'pmpath assess' to rate them): %s.",
					    unrated.buf);
			para(&t, "  - ", "    ", l);
			free(l);
		}
		sb_release(&unrated);
	}
	if (r->gaps.nwarnings) {
		heading(&t, "WATCH OUT FOR");
		for (size_t i = 0; i < r->gaps.nwarnings; i++)
			para(&t, "  - ", "    ", r->gaps.warnings[i]);
	}
	certs(&t, r, explain);
	roles(&t, r, explain);
	bullets(&t, r);
	accepted(&t, r);
	if (r->has_plan) {
		heading(&t, "TRAINING PLAN");
		plan_write_text(out, &r->plan, 0);
	}
	if (r->scores.nflags) {
		heading(&t, "ABOUT YOUR ANSWERS");
		for (size_t i = 0; i < r->scores.nflags; i++)
			para(&t, "  - ", "    ", r->scores.flags[i]);
	}
	heading(&t, "HOW THIS WAS COMPUTED");
	for (size_t i = 0; i < r->nmethod; i++)
		para(&t, "  ", "  ", r->method[i]);
}
