/*
 * report_html.c - the report as one self-contained HTML page: inline CSS
 * (screen, phone and print) and an inline SVG bar chart of each score
 * against the target role's level.  Built with libxml2's tree API, so
 * every string the user gave is escaped by the serializer; no script, no
 * network, no external file.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include "pmpath/report.h"
#include "pmpath/banned.h"

#define X(s) ((const xmlChar *)(s))

static const char css[] =
	":root{--ink:#1d2433;--muted:#5b6475;--line:#d9dee8;--bar:#2f6fde;--target:#d9480f;"
	"--ok:#237a3b;--no:#b3261e}"
	"*{box-sizing:border-box}"
	"body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
	"color:var(--ink);background:#fff}"
	"main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}"
	"h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;"
	"padding-bottom:.25rem;border-bottom:2px solid var(--line)}"
	".meta{color:var(--muted);margin:0}"
	"dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:0}"
	"dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}"
	"table{border-collapse:collapse;width:100%;font-size:.95rem}"
	"th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid var(--line);"
	"vertical-align:top}td.n,th.n{text-align:right;white-space:nowrap}"
	".chart{width:100%;height:auto;display:block;margin:.5rem 0 1rem}.chart.narrow{display:none}"
	".chart text{font:12px system-ui,sans-serif;fill:var(--ink)}"
	".chart .bg{fill:#eef1f6}.chart .bar{fill:var(--bar)}.chart .target{stroke:var(--target);"
	"stroke-width:3}"
	".legend{color:var(--muted);font-size:.9rem}"
	".legend .t{color:var(--target);font-weight:bold}"
	".cert{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem;margin:.6rem 0;"
	"break-inside:avoid}.cert.rec{border:2px solid var(--bar)}"
	".cert h3{margin:0;font-size:1.05rem}.tag{display:inline-block;font-size:.8rem;"
	"padding:0 .4rem;border-radius:.3rem;margin-left:.3rem;vertical-align:middle}"
	".tag.ok{background:#e3f4e8;color:var(--ok)}.tag.no{background:#fbe9e7;color:var(--no)}"
	".tag.rec{background:#e4ecfb;color:var(--bar)}"
	"ul{padding-left:1.2rem}li{margin:.15rem 0;overflow-wrap:anywhere}"
	".slot{background:#fff3bf;padding:0 .15rem;border-radius:.2rem}"
	".before{color:var(--muted)}"
	"@media (max-width:30rem){body{font-size:15px}main{padding:1rem .75rem 2rem}"
	"dl{grid-template-columns:1fr}dt{font-weight:bold;color:var(--ink)}"
	"table{font-size:.85rem}th,td{padding:.25rem .2rem}th.n{white-space:normal}"
	".chart.wide{display:none}.chart.narrow{display:block}}"
	"@media print{body{font-size:10.5pt}main{max-width:none;padding:0}"
	".chart.wide{display:block}.chart.narrow{display:none}"
	"h2{break-after:avoid}section{break-inside:avoid-page}.cert{break-inside:avoid}"
	"a{color:inherit;text-decoration:none}}";

static xmlNodePtr el(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, X(name), text ? X(text) : NULL);
}

static xmlNodePtr elc(xmlNodePtr parent, const char *name, const char *cls, const char *text)
{
	xmlNodePtr n = el(parent, name, text);
	xmlNewProp(n, X("class"), X(cls));
	return n;
}

static void attrf(xmlNodePtr n, const char *name, double v)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%.1f", v);
	xmlNewProp(n, X(name), X(buf));
}

static void text(xmlNodePtr n, const char *s)
{
	xmlAddChild(n, xmlNewText(X(s)));
}

/* Text with each [..] placeholder wrapped in <mark class="slot">. */
static void text_slots(xmlNodePtr n, const char *s)
{
	while (*s) {
		const char *open = strchr(s, '[');
		const char *close = open ? strchr(open, ']') : NULL;
		if (!open || !close) {
			text(n, s);
			return;
		}
		if (open > s) {
			char *pre = xstrndup(s, (size_t)(open - s));
			text(n, pre);
			free(pre);
		}
		{
			char *slot = xstrndup(open, (size_t)(close - open) + 1);
			elc(n, "mark", "slot", slot);
			free(slot);
		}
		s = close + 1;
	}
}

static xmlNodePtr section(xmlNodePtr main, const char *id, const char *title)
{
	xmlNodePtr s = el(main, "section", NULL);
	xmlNewProp(s, X("id"), X(id));
	el(s, "h2", title);
	return s;
}

/*
 * The bar chart of score against the target level.  Two layouts: "wide"
 * (name beside the bar, 600 units across) for screens and print, "narrow"
 * (name above the bar, 360 units) for phones, where the wide one would
 * shrink its text to about 7 px; the stylesheet shows one of them.
 */
static void chart_one(xmlNodePtr parent, const struct report *r, int narrow)
{
	const double row = narrow ? 40 : 24, label_w = narrow ? 0 : 230, bar_w = 300, top = 6;
	const double bar_y = narrow ? 19 : 3, text_y = narrow ? 13 : 15;
	const double num_y = narrow ? bar_y + 12 : 15;
	const size_t max_cols = narrow ? 48 : 30;
	double h = top * 2 + row * (double)r->ncomps;
	char vb[64], *aria;
	xmlNodePtr svg = xmlNewChild(parent, NULL, X("svg"), NULL);
	snprintf(vb, sizeof(vb), "0 0 %d %.0f", narrow ? 360 : 600, h);
	xmlNewProp(svg, X("xmlns"), X("http://www.w3.org/2000/svg"));
	xmlNewProp(svg, X("viewBox"), X(vb));
	xmlNewProp(svg, X("class"), X(narrow ? "chart narrow" : "chart wide"));
	xmlNewProp(svg, X("role"), X("img"));
	aria = xasprintf("Bar chart of %zu competency scores out of 100%s", r->ncomps,
			 r->gaps.target ? ", with the target role's level marked" : "");
	xmlNewProp(svg, X("aria-label"), X(aria));
	free(aria);
	for (size_t i = 0; i < r->ncomps; i++) {
		const struct report_comp *c = &r->comps[i];
		double y = top + row * (double)i;
		xmlNodePtr n;
		char num[16], label[64];
		const char *nm = c->comp->name;
		/* At most 30 characters fit beside the bar (48 above it); the
		 * table below has the full name, and <title> gives it on hover. */
		if (utf8_width(nm) > max_cols) {
			size_t b = 0, cols = 0;
			while (nm[b] && cols < max_cols - 1) {
				b++;
				while (((unsigned char)nm[b] & 0xC0) == 0x80)
					b++;
				cols++;
			}
			snprintf(label, sizeof(label), "%.*s\xE2\x80\xA6", (int)b, nm);
		} else {
			snprintf(label, sizeof(label), "%s", nm);
		}
		n = el(svg, "text", label);
		el(n, "title", nm);
		attrf(n, "x", 0);
		attrf(n, "y", y + text_y);
		n = elc(svg, "rect", "bg", NULL);
		attrf(n, "x", label_w);
		attrf(n, "y", y + bar_y);
		attrf(n, "width", bar_w);
		attrf(n, "height", 16);
		n = elc(svg, "rect", "bar", NULL);
		attrf(n, "x", label_w);
		attrf(n, "y", y + bar_y);
		attrf(n, "width", bar_w * c->score->score / 100.0);
		attrf(n, "height", 16);
		if (c->target_level >= 0) {
			double tx = label_w + bar_w * c->target_level / 5.0;
			n = elc(svg, "line", "target", NULL);
			attrf(n, "x1", tx);
			attrf(n, "x2", tx);
			attrf(n, "y1", y + bar_y - 2);
			attrf(n, "y2", y + bar_y + 18);
		}
		snprintf(num, sizeof(num), "%.0f", c->score->score);
		n = el(svg, "text", num);
		attrf(n, "x", label_w + bar_w + 8);
		attrf(n, "y", y + num_y);
	}
}

static void chart(xmlNodePtr parent, const struct report *r)
{
	chart_one(parent, r, 0);
	chart_one(parent, r, 1);
}

static void competencies(xmlNodePtr main, const struct report *r, int explain)
{
	xmlNodePtr s = section(main, "competencies", "Competencies"), p, table, tr;
	if (!r->ncomps) {
		el(s, "p", "No competency rated yet: run pmpath assess.");
		return;
	}
	chart(s, r);
	p = elc(s, "p", "legend", "Score 0-100 from your ratings and the evidence behind them.");
	if (r->gaps.target) {
		text(p, " ");
		elc(p, "span", "t", "|");
		text(p, " marks the level your target role asks for.");
	}
	table = el(s, "table", NULL);
	tr = el(table, "tr", NULL);
	el(tr, "th", "Competency");
	elc(tr, "th", "n", "Score");
	elc(tr, "th", "n", "Confidence");
	elc(tr, "th", "n", "Target level");
	if (r->previous_started)
		elc(tr, "th", "n", "Change");
	for (size_t i = 0; i < r->ncomps; i++) {
		const struct report_comp *c = &r->comps[i];
		char buf[32];
		xmlNodePtr td;
		tr = el(table, "tr", NULL);
		td = el(tr, "td", c->comp->name);
		if (explain && c->score->nexplain) {
			xmlNodePtr ul = el(td, "ul", NULL);
			for (size_t k = 0; k < c->score->nexplain; k++)
				el(ul, "li", c->score->explain[k]);
		}
		snprintf(buf, sizeof(buf), "%.0f", c->score->score);
		elc(tr, "td", "n", buf);
		snprintf(buf, sizeof(buf), "%.2f", c->score->confidence);
		elc(tr, "td", "n", buf);
		if (c->target_level >= 0)
			snprintf(buf, sizeof(buf), "%d", c->target_level);
		else
			snprintf(buf, sizeof(buf), "-");
		elc(tr, "td", "n", buf);
		if (r->previous_started) {
			if (c->has_previous)
				snprintf(buf, sizeof(buf), "%+.0f", c->score->score - c->previous);
			else
				snprintf(buf, sizeof(buf), "new");
			elc(tr, "td", "n", buf);
		}
	}
}

static void certs(xmlNodePtr main, const struct report *r, int explain)
{
	xmlNodePtr s = section(main, "certifications", "Certifications");
	for (size_t i = 0; i < r->rec.n; i++) {
		const struct cert_rec *c = &r->rec.items[i];
		xmlNodePtr card = elc(s, "div", c->recommended ? "cert rec" : "cert", NULL);
		xmlNodePtr h = el(card, "h3", NULL);
		xmlNodePtr ul;
		char *t = xasprintf("%s: %s", c->cert->code, c->cert->name);
		char buf[48];
		text(h, t);
		free(t);
		if (c->recommended)
			elc(h, "span", "tag rec", "recommended");
		elc(h, "span", c->elig.eligible ? "tag ok" : "tag no",
		    c->elig.held ? "held" : c->elig.eligible ? "eligible" : "not eligible yet");
		snprintf(buf, sizeof(buf), "Readiness %.0f/100", c->ready.value);
		el(card, "p", buf);
		ul = el(card, "ul", NULL);
		for (size_t k = 0; k < c->elig.nmissing; k++) {
			char *m = xasprintf("Missing: %s", c->elig.missing[k].text);
			el(ul, "li", m);
			free(m);
		}
		for (size_t k = 0; k < c->nreasons && (explain || k < 2); k++)
			el(ul, "li", c->reasons[k]);
		if (explain) {
			for (size_t k = 0; k < c->ready.nexplain; k++)
				el(ul, "li", c->ready.explain[k]);
			for (size_t k = 0; k < c->nexplain; k++)
				el(ul, "li", c->explain[k]);
		}
		if (!ul->children) {
			xmlUnlinkNode(ul);
			xmlFreeNode(ul);
		}
	}
}

static void list_section(xmlNodePtr main, const char *id, const char *title,
			 char *const *items, size_t n)
{
	xmlNodePtr ul;
	if (!n)
		return;
	ul = el(section(main, id, title), "ul", NULL);
	for (size_t i = 0; i < n; i++)
		el(ul, "li", items[i]);
}

static void plan_section(xmlNodePtr main, const struct plan *p)
{
	char *t = xasprintf("Training plan: %s", p->target_name ? p->target_name : p->target);
	xmlNodePtr s = section(main, "plan", t), ul, table, tr;
	char buf[64], date[11];
	free(t);
	ul = el(s, "ul", NULL);
	date_format(p->start, date);
	t = xasprintf("Starts %s, %g hours a week; %g hours in all.", date, p->hours_per_week,
		      p->total_hours);
	el(ul, "li", t);
	free(t);
	for (size_t i = 0; i < p->nmilestones; i++) {
		date_format(p->milestones[i].date, date);
		t = xasprintf("%s (week %d): %s", date, p->milestones[i].week, p->milestones[i].text);
		el(ul, "li", t);
		free(t);
	}
	if (p->currency) {
		t = xasprintf("Cost of the items: %d to %d %s.", p->cost_low, p->cost_high, p->currency);
		el(ul, "li", t);
		free(t);
	}
	for (size_t i = 0; i < p->nnotes; i++)
		el(ul, "li", p->notes[i]);
	table = el(s, "table", NULL);
	tr = el(table, "tr", NULL);
	elc(tr, "th", "n", "Week");
	el(tr, "th", "Starts");
	elc(tr, "th", "n", "Hours");
	el(tr, "th", "What to do");
	for (size_t w = 0; w < p->nweeks; w++) {
		const struct plan_week *wk = &p->weeks[w];
		xmlNodePtr td;
		tr = el(table, "tr", NULL);
		snprintf(buf, sizeof(buf), "%d", wk->week);
		elc(tr, "td", "n", buf);
		date_format(wk->start, date);
		el(tr, "td", date);
		snprintf(buf, sizeof(buf), "%g", wk->hours);
		elc(tr, "td", "n", buf);
		td = el(tr, "td", NULL);
		for (size_t k = 0; k < wk->nitems; k++) {
			const struct plan_item *it = &wk->items[k];
			if (k)
				el(td, "br", NULL);
			t = it->nparts > 1
				? xasprintf("%s (%g h, part %d of %d)", it->title, it->hours, it->part,
					    it->nparts)
				: xasprintf("%s (%g h)", it->title, it->hours);
			text(td, t);
			free(t);
		}
	}
}

/* One role line; with f (--explain), a nested list of how its fit was
 * computed. */
static void fit_item(xmlNodePtr ul, const char *text, const struct role_fit *f)
{
	xmlNodePtr li = el(ul, "li", text);
	if (f && f->nexplain) {
		xmlNodePtr sub = el(li, "ul", NULL);
		for (size_t k = 0; k < f->nexplain; k++)
			el(sub, "li", f->explain[k]);
	}
}

static void body(xmlNodePtr main, const struct report *r, int explain)
{
	xmlNodePtr header = el(main, "header", NULL), s, ul;
	char *t = xasprintf("pmpath report: %s", r->profile);
	el(header, "h1", t);
	free(t);
	t = xasprintf("Generated %s from the assessment started %.10s%s. Catalog %s, facts "
		      "checked %s.", r->generated, r->session_started,
		      r->session_complete ? "" : " (not finished: results are partial)",
		      r->cat->data_version, r->cat->data_date);
	elc(header, "p", "meta", t);
	free(t);

	if (r->nsummary) {
		xmlNodePtr dl = el(section(main, "profile", "Profile"), "dl", NULL);
		for (size_t i = 0; i < r->nsummary; i++) {
			el(dl, "dt", r->summary[i].label);
			el(dl, "dd", r->summary[i].value);
		}
	}
	if (r->pro_summary)
		text_slots(el(section(main, "summary", "Professional summary"), "p", NULL),
			   r->pro_summary);
	competencies(main, r, explain);
	if (r->gaps.nstrengths) {
		ul = el(section(main, "strengths", "Strengths"), "ul", NULL);
		for (size_t i = 0; i < r->gaps.nstrengths; i++) {
			const struct strength *st = &r->gaps.strengths[i];
			char *l = xasprintf("%s (%s, %.0f)", st->comp->pm_phrase, st->comp->name,
					    st->score);
			el(ul, "li", l);
			free(l);
		}
	}
	if (r->gaps.ngaps) {
		char *h = xasprintf("Gaps toward %s", r->gaps.target ? r->gaps.target->name :
				    "your target");
		ul = el(section(main, "gaps", h), "ul", NULL);
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
			el(ul, "li", l);
			free(l);
		}
		if (unrated.len) {
			char *l = xasprintf("Not rated yet: %s.", unrated.buf);
			el(ul, "li", l);
			free(l);
		}
		sb_release(&unrated);
	}
	list_section(main, "warnings", "Watch out for", r->gaps.warnings, r->gaps.nwarnings);
	certs(main, r, explain);
	if (r->fits.target || r->fits.best_now) {
		ul = el(section(main, "roles", "Roles"), "ul", NULL);
		if (r->fits.target) {
			char *l = xasprintf("Your target, %s: fit %.0f/100%s.",
					    r->fits.target->role->name, r->fits.target->fit,
					    r->fits.target->fits_now ? ", within reach now" : "");
			fit_item(ul, l, explain ? r->fits.target : NULL);
			free(l);
		}
		if (r->fits.best_now && r->fits.best_now != r->fits.target) {
			char *l = xasprintf("Fits you now: %s (fit %.0f/100).",
					    r->fits.best_now->role->name, r->fits.best_now->fit);
			fit_item(ul, l, explain ? r->fits.best_now : NULL);
			free(l);
		}
		if (r->fits.step) {
			char *l = xasprintf("Stepping stone: %s", r->fits.step->note);
			el(ul, "li", l);
			free(l);
		}
	}
	if (r->nbullets) {
		s = section(main, "bullets", "Resume bullets");
		el(s, "p", "Fill each highlighted slot with your own figure, or drop the phrase.");
		ul = el(s, "ul", NULL);
		for (size_t i = 0; i < r->nbullets; i++) {
			const struct rw_result *b = &r->bullets[i];
			xmlNodePtr li = el(ul, "li", NULL), sub;
			elc(li, "span", "before", b->original);
			if (!b->nrewrites)
				continue;
			sub = el(li, "ul", NULL);
			for (size_t k = 0; k < b->nrewrites; k++)
				text_slots(el(sub, "li", NULL), b->rewrites[k].text);
		}
	}
	if (r->naccepted) {
		s = section(main, "accepted", "Your accepted bullets");
		ul = el(s, "ul", NULL);
		for (size_t i = 0; i < r->naccepted; i++) {
			xmlNodePtr li = el(ul, "li", NULL);
			text_slots(li, r->accepted[i].text);
			elc(el(li, "div", NULL), "span", "before", r->accepted[i].original);
		}
	}
	if (r->has_plan)
		plan_section(main, &r->plan);
	list_section(main, "flags", "About your answers", r->scores.flags, r->scores.nflags);
	s = section(main, "method", "How this was computed");
	for (size_t i = 0; i < r->nmethod; i++)
		el(s, "p", r->method[i]);
}

int report_html(struct strbuf *out, const struct report *r, int explain, struct errbuf *err)
{
	htmlDocPtr doc = htmlNewDocNoDtD(NULL, NULL);
	xmlNodePtr html, head, meta, main;
	xmlChar *mem = NULL;
	int size = 0;
	char *title;
	if (!doc) {
		errbuf_set(err, 0, "cannot create the HTML document (out of memory?)");
		return -1;
	}
	html = xmlNewNode(NULL, X("html"));
	xmlNewProp(html, X("lang"), X("en"));
	xmlDocSetRootElement(doc, html);
	head = el(html, "head", NULL);
	meta = el(head, "meta", NULL);
	xmlNewProp(meta, X("charset"), X("utf-8"));
	meta = el(head, "meta", NULL);
	xmlNewProp(meta, X("name"), X("viewport"));
	xmlNewProp(meta, X("content"), X("width=device-width, initial-scale=1"));
	title = xasprintf("pmpath report: %s", r->profile);
	el(head, "title", title);
	free(title);
	el(head, "style", css);
	main = el(el(html, "body", NULL), "main", NULL);
	body(main, r, explain);

	htmlDocDumpMemoryFormat(doc, &mem, &size, 1);
	xmlFreeDoc(doc);
	if (!mem || size <= 0) {
		xmlFree(mem);
		errbuf_set(err, 0, "cannot serialise the HTML report");
		return -1;
	}
	sb_adds(out, "<!DOCTYPE html>\n");
	sb_add(out, mem, (size_t)size);
	xmlFree(mem);
	return 0;
}
