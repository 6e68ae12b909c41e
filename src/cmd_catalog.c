/*
 * cmd_catalog.c - `pmpath catalog`: show what the catalog knows
 * (competencies, certifications, roles, learning resources), as text
 * wrapped at 80 columns or as JSON.
 *
 *   pmpath catalog competencies|certs|roles|resources [ID] [--format text|json]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/json.h"
#include "pmpath/opts.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

#define WIDTH 80

/* Names of the proficiency levels 0..5 (the `level` table; the catalog
 * integrity test checks the two agree). */
static const char *const level_names[6] = {
	"not needed", "awareness", "basic", "intermediate", "advanced", "expert",
};

/* ---- text helpers ---------------------------------------------------- */

/*
 * Append `text` to sb, wrapped at WIDTH columns; the first line starts
 * after `first` (already written, of width `col`), continuation lines are
 * indented by `indent` spaces.  Ends with a newline.
 */
static void wrap(struct strbuf *sb, size_t col, size_t indent, const char *text)
{
	const char *p = text ? text : "";
	int first_word = 1;
	while (*p) {
		const char *end;
		size_t w;
		char *word;
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		end = p;
		while (*end && *end != ' ')
			end++;
		word = xstrndup(p, (size_t)(end - p));
		w = utf8_width(word);
		if (!first_word && col + 1 + w > WIDTH) {
			sb_addc(sb, '\n');
			sb_addnc(sb, ' ', indent);
			col = indent;
		} else if (!first_word) {
			sb_addc(sb, ' ');
			col++;
		}
		sb_adds(sb, word);
		col += w;
		free(word);
		first_word = 0;
		p = end;
	}
	sb_addc(sb, '\n');
}

/* Append "LABEL text" with text wrapped under itself after `indent`. */
static void wrap_label(struct strbuf *sb, size_t indent, const char *label, const char *text)
{
	sb_addnc(sb, ' ', indent);
	sb_adds(sb, label);
	wrap(sb, indent + utf8_width(label), indent + utf8_width(label), text);
}

/* Join the requirement texts of every path: "a, b, and c; or d and e". */
static void eligibility_words(struct strbuf *sb, const struct cat_cert *k)
{
	if (!k->npaths) {
		sb_adds(sb, !strcmp(k->kind, "learning_route") ? "open enrolment, no prerequisites"
							       : "no prerequisites");
		return;
	}
	for (size_t i = 0; i < k->npaths; i++) {
		const struct cat_path *p = &k->paths[i];
		if (i)
			sb_adds(sb, "; or ");
		for (size_t j = 0; j < p->nreqs; j++) {
			if (j && j + 1 == p->nreqs)
				sb_adds(sb, p->nreqs > 2 ? ", and " : " and ");
			else if (j)
				sb_adds(sb, ", ");
			sb_adds(sb, p->reqs[j].text);
		}
	}
}

/* Number of facts of `k` with key `key`. */
static size_t fact_count(const struct cat_cert *k, const char *key)
{
	size_t n = 0;
	for (size_t i = 0; i < k->nfacts; i++)
		n += !strcmp(k->facts[i].key, key);
	return n;
}

/* First fact of `k` with key `key`, or NULL. */
static const struct cat_fact *fact_get(const struct cat_cert *k, const char *key)
{
	for (size_t i = 0; i < k->nfacts; i++)
		if (!strcmp(k->facts[i].key, key))
			return &k->facts[i];
	return NULL;
}

/* Append "VALUE [source]" for the first fact `key` ("+N more" if several). */
static int add_fact(struct strbuf *sb, const struct cat_cert *k, const char *key,
		    const char *prefix, const char *suffix)
{
	const struct cat_fact *f = fact_get(k, key);
	size_t n = fact_count(k, key);
	if (!f)
		return 0;
	sb_addf(sb, "%s%s%s [%s]", prefix, f->value, suffix, f->source);
	if (n > 1)
		sb_addf(sb, " (sources disagree: %zu values)", n);
	return 1;
}

/* The one-paragraph summary of a cert used by the list view. */
static void cert_text_short(struct strbuf *sb, const struct catalog *c, const struct cat_cert *k)
{
	struct strbuf line = STRBUF_INIT;
	static const char *const fee_keys[] = { "fee_member", "fee_nonmember", "fee" };
	static const char *const fee_what[] = { " (PMI members)", " (non-members)", "" };
	int any = 0;
	(void)c;
	sb_addf(sb, "%s \xE2\x80\x94 %s (%s)\n", k->code, k->name, k->body);

	eligibility_words(&line, k);
	wrap_label(sb, 2, "Eligible with: ", line.buf);
	sb_reset(&line);

	any |= add_fact(&line, k, "exam_questions", "", " questions");
	any |= add_fact(&line, k, "exam_minutes", any ? ", " : "", " minutes");
	any |= add_fact(&line, k, "passing", any ? ", pass: " : "pass: ", "");
	if (any) {
		wrap_label(sb, 2, "Exam: ", line.buf);
	} else if (add_fact(&line, k, "format", "", "")) {
		wrap_label(sb, 2, "Format: ", line.buf);
	}
	sb_reset(&line);

	any = 0;
	for (size_t i = 0; i < ARRAY_SIZE(fee_keys); i++)
		any |= add_fact(&line, k, fee_keys[i], any ? "; " : "", fee_what[i]);
	if (any)
		wrap_label(sb, 2, "Fees: ", line.buf);
	sb_release(&line);
}

/* Full detail of one cert, with facts, notes and the sources cited. */
static void cert_text_full(struct strbuf *sb, const struct catalog *c, const struct cat_cert *k)
{
	const char **cited = NULL;
	size_t ncited = 0, alloc = 0;
	struct strbuf line = STRBUF_INIT;

#define CITE(id)                                                              \
	do {                                                                  \
		size_t ci_;                                                   \
		for (ci_ = 0; ci_ < ncited && strcmp(cited[ci_], (id)); ci_++) \
			;                                                     \
		if (ci_ == ncited) {                                          \
			ALLOC_GROW(cited, ncited + 1, alloc);                 \
			cited[ncited++] = (id);                               \
		}                                                             \
	} while (0)

	sb_addf(sb, "%s \xE2\x80\x94 %s (%s)\n", k->code, k->name, k->body);
	sb_addf(&line, "%s, level: %s, suits: %s", k->kind, k->level, k->environment);
	wrap_label(sb, 2, "Kind: ", line.buf);
	sb_adds(sb, "  ");
	wrap(sb, 2, 2, k->summary);

	sb_adds(sb, "\nEligibility\n");
	if (!k->npaths)
		sb_adds(sb, "  No prerequisites.\n");
	for (size_t i = 0; i < k->npaths; i++) {
		const struct cat_path *p = &k->paths[i];
		sb_addf(sb, "  Path %d: %s [%s]\n", p->path, p->label, p->source);
		CITE(p->source);
		for (size_t j = 0; j < p->nreqs; j++) {
			const struct cat_req *r = &p->reqs[j];
			wrap_label(sb, 4, "- ", r->text);
		}
	}

	sb_adds(sb, "\nFacts\n");
	for (size_t i = 0; i < k->nfacts; i++) {
		const struct cat_fact *f = &k->facts[i];
		sb_reset(&line);
		sb_addf(&line, "%s [%s]", f->value, f->source);
		if (f->note)
			sb_addf(&line, " \xE2\x80\x94 %s", f->note);
		sb_addf(sb, "  %-15s ", f->key);
		wrap(sb, 2 + (strlen(f->key) > 15 ? strlen(f->key) : 15) + 1, 18, line.buf);
		CITE(f->source);
	}

	sb_adds(sb, "\nExam domains\n");
	for (size_t i = 0; i < k->ndomains; i++) {
		const struct cat_domain *d = &k->domains[i];
		sb_reset(&line);
		sb_addf(&line, "%s [%s]; draws on:", d->name, d->source);
		for (size_t j = 0; j < d->ncomps; j++)
			sb_addf(&line, "%s %s", j ? "," : "", d->comps[j].comp);
		sb_addf(sb, "  %3d%%  ", d->weight);
		wrap(sb, 8, 8, line.buf);
		CITE(d->source);
	}

	sb_adds(sb, "\nSources\n");
	for (size_t i = 0; i < ncited; i++) {
		const struct cat_source *s = catalog_source(c, cited[i]);
		if (!s)
			continue;
		sb_reset(&line);
		sb_addf(&line, "%s, %s; checked %s", s->title, s->publisher, s->checked);
		if (s->url)
			sb_addf(&line, "; %s", s->url);
		sb_addf(sb, "  [%s] ", s->id);
		wrap(sb, 4 + strlen(s->id), 6, line.buf);
	}
#undef CITE
	free(cited);
	sb_release(&line);
}

static void comp_text(struct strbuf *sb, const struct cat_comp *k, int full)
{
	if (!full) {
		sb_addf(sb, "  %-25s %s\n", k->id, k->name);
		return;
	}
	sb_addf(sb, "%s \xE2\x80\x94 %s\n", k->id, k->name);
	sb_addf(sb, "  Area: %s; group: %s\n", k->area, k->grp);
	wrap_label(sb, 2, "In PM words: ", k->pm_phrase);
	sb_adds(sb, "  ");
	wrap(sb, 2, 2, k->description);
	sb_adds(sb, "\nLevels\n");
	for (int lv = 1; lv <= 5; lv++) {
		char label[32];
		snprintf(label, sizeof(label), "%d %-13s", lv, level_names[lv]);
		wrap_label(sb, 2, label, k->anchors[lv] ? k->anchors[lv] : "");
	}
}

static void target_text(struct strbuf *sb, const struct catalog *c,
			const struct cat_target_role *t, int full)
{
	struct strbuf line = STRBUF_INIT;
	sb_addf(sb, "%s \xE2\x80\x94 %s%s\n", t->id, t->name,
		t->in_question ? "" : " (stepping stone)");
	sb_adds(sb, "  ");
	wrap(sb, 2, 2, t->description);
	sb_addf(sb, "  Typical project-leading experience asked for: %d months\n", t->min_pm_months);
	for (size_t i = 0; i < t->ncerts; i++)
		sb_addf(&line, "%s%s", i ? ", " : "", t->certs[i]);
	if (t->ncerts)
		wrap_label(sb, 2, "Certifications, best first: ", line.buf);
	for (size_t i = 0; i < c->nsteps; i++)
		if (!strcmp(c->steps[i].from_role, t->id)) {
			sb_reset(&line);
			sb_addf(&line, "%s: %s", c->steps[i].to_role, c->steps[i].note);
			wrap_label(sb, 2, "Leads on to ", line.buf);
		}
	if (full) {
		sb_adds(sb, "\nLevels needed\n");
		for (size_t i = 0; i < t->nlevels; i++) {
			int lv = t->levels[i].level;
			sb_addf(sb, "  %-25s %d %s\n", t->levels[i].comp, lv,
				lv >= 0 && lv <= 5 ? level_names[lv] : "?");
		}
	}
	sb_release(&line);
}

static void it_role_text(struct strbuf *sb, const struct cat_it_role *r, int full)
{
	struct strbuf line = STRBUF_INIT;
	sb_addf(sb, "%s \xE2\x80\x94 %s\n", r->id, r->name);
	sb_adds(sb, "  ");
	wrap(sb, 2, 2, r->description);
	for (size_t i = 0; i < r->nstrengths; i++)
		sb_addf(&line, "%s%s (%d)", i ? ", " : "", r->strengths[i].comp, r->strengths[i].level);
	wrap_label(sb, 2, "Typical strengths: ", line.buf);
	if (full) {
		sb_adds(sb, "\nEveryday tasks that are already project work\n");
		for (size_t i = 0; i < r->ntasks; i++) {
			wrap_label(sb, 2, "- ", r->tasks[i].task);
			sb_reset(&line);
			sb_addf(&line, "%s (%s)", r->tasks[i].pm_framing, r->tasks[i].comp);
			wrap_label(sb, 4, "as a PM: ", line.buf);
		}
	}
	sb_release(&line);
}

static void resource_text(struct strbuf *sb, const struct cat_resource *r, int full)
{
	struct strbuf line = STRBUF_INIT;
	sb_addf(sb, "%s \xE2\x80\x94 %s\n", r->id, r->title);
	sb_addf(&line, "%s; ", r->kind);
	sb_add_number(&line, r->hours);
	if (r->cost_high == 0)
		sb_adds(&line, " h; free");
	else if (r->cost_low == r->cost_high)
		sb_addf(&line, " h; %s %d", r->currency, r->cost_low);
	else
		sb_addf(&line, " h; %s %d-%d", r->currency, r->cost_low, r->cost_high);
	for (size_t i = 0; i < r->ncontact; i++) {
		sb_addf(&line, "; counts ");
		sb_add_number(&line, r->contact[i].hours);
		sb_addf(&line, " h toward %s (%s)", r->contact[i].cert, r->contact[i].fact);
	}
	wrap_label(sb, 2, "", line.buf);
	if (r->ncerts) {
		sb_reset(&line);
		for (size_t i = 0; i < r->ncerts; i++)
			sb_addf(&line, "%s%s", i ? ", " : "", r->certs[i]);
		wrap_label(sb, 2, "Prepares for: ", line.buf);
	}
	if (full) {
		sb_adds(sb, "  ");
		wrap(sb, 2, 2, r->description);
		if (r->ncomps) {
			sb_reset(&line);
			for (size_t i = 0; i < r->ncomps; i++)
				sb_addf(&line, "%s%s (%d)", i ? ", " : "", r->comps[i].comp,
					r->comps[i].strength);
			wrap_label(sb, 2, "Builds: ", line.buf);
		}
		if (r->nprereqs) {
			sb_reset(&line);
			for (size_t i = 0; i < r->nprereqs; i++)
				sb_addf(&line, "%s%s", i ? ", " : "", r->prereqs[i]);
			wrap_label(sb, 2, "After: ", line.buf);
		}
		if (r->source)
			sb_addf(sb, "  Source: [%s]\n", r->source);
	}
	sb_release(&line);
}

/* ---- JSON ------------------------------------------------------------ */

static void jw_kv(struct jw *w, const char *k, const char *v)
{
	jw_key(w, k);
	jw_str(w, v);
}

static void jw_source(struct jw *w, const struct cat_source *s)
{
	jw_obj(w);
	jw_kv(w, "id", s->id);
	jw_kv(w, "title", s->title);
	jw_kv(w, "publisher", s->publisher);
	jw_kv(w, "url", s->url);
	jw_kv(w, "checked", s->checked);
	jw_end(w);
}

static void comp_json(struct jw *w, const struct cat_comp *k)
{
	jw_obj(w);
	jw_kv(w, "id", k->id);
	jw_kv(w, "name", k->name);
	jw_kv(w, "area", k->area);
	jw_kv(w, "group", k->grp);
	jw_kv(w, "description", k->description);
	jw_kv(w, "pm_phrase", k->pm_phrase);
	jw_key(w, "anchors");
	jw_arr(w);
	for (int lv = 1; lv <= 5; lv++) {
		jw_obj(w);
		jw_key(w, "level");
		jw_int(w, lv);
		jw_kv(w, "name", level_names[lv]);
		jw_kv(w, "text", k->anchors[lv]);
		jw_end(w);
	}
	jw_end(w);
	jw_end(w);
}

static void cert_json(struct jw *w, const struct catalog *c, const struct cat_cert *k, int full)
{
	const char *env = k->environment;
	jw_obj(w);
	jw_kv(w, "code", k->code);
	jw_kv(w, "name", k->name);
	jw_kv(w, "body", k->body);
	jw_kv(w, "kind", k->kind);
	jw_kv(w, "answer_value", k->answer_value);
	jw_kv(w, "level", k->level);
	jw_kv(w, "summary", k->summary);
	jw_key(w, "environment");
	jw_arr(w);
	while (*env) {
		size_t n = strcspn(env, ",");
		char *one = xstrndup(env, n);
		jw_str(w, one);
		free(one);
		env += n;
		if (*env == ',')
			env++;
	}
	jw_end(w);
	jw_key(w, "eligibility");
	jw_arr(w);
	for (size_t i = 0; i < k->npaths; i++) {
		const struct cat_path *p = &k->paths[i];
		jw_obj(w);
		jw_key(w, "path");
		jw_int(w, p->path);
		jw_kv(w, "label", p->label);
		jw_kv(w, "source", p->source);
		jw_key(w, "requirements");
		jw_arr(w);
		for (size_t j = 0; j < p->nreqs; j++) {
			const struct cat_req *r = &p->reqs[j];
			jw_obj(w);
			jw_kv(w, "fact", r->fact);
			jw_kv(w, "op", r->op);
			jw_key(w, "need");
			if (r->need_text)
				jw_str(w, r->need_text);
			else
				jw_num(w, r->need_num);
			jw_kv(w, "alt_cert", r->alt_cert);
			jw_kv(w, "unit", r->unit);
			jw_kv(w, "text", r->text);
			jw_end(w);
		}
		jw_end(w);
		jw_end(w);
	}
	jw_end(w);
	jw_key(w, "facts");
	jw_arr(w);
	for (size_t i = 0; i < k->nfacts; i++) {
		jw_obj(w);
		jw_kv(w, "key", k->facts[i].key);
		jw_kv(w, "value", k->facts[i].value);
		jw_kv(w, "source", k->facts[i].source);
		jw_kv(w, "note", k->facts[i].note);
		jw_end(w);
	}
	jw_end(w);
	jw_key(w, "domains");
	jw_arr(w);
	for (size_t i = 0; i < k->ndomains; i++) {
		const struct cat_domain *d = &k->domains[i];
		jw_obj(w);
		jw_kv(w, "id", d->id);
		jw_kv(w, "name", d->name);
		jw_key(w, "weight");
		jw_int(w, d->weight);
		jw_kv(w, "source", d->source);
		jw_key(w, "competencies");
		jw_arr(w);
		for (size_t j = 0; j < d->ncomps; j++) {
			jw_obj(w);
			jw_kv(w, "id", d->comps[j].comp);
			jw_key(w, "weight");
			jw_num(w, d->comps[j].weight);
			jw_end(w);
		}
		jw_end(w);
		jw_end(w);
	}
	jw_end(w);
	if (full) {
		/* Every source the cert cites, once, in catalog order. */
		jw_key(w, "sources");
		jw_arr(w);
		for (size_t s = 0; s < c->nsources; s++) {
			const char *id = c->sources[s].id;
			int used = 0;
			for (size_t i = 0; i < k->nfacts && !used; i++)
				used = !strcmp(k->facts[i].source, id);
			for (size_t i = 0; i < k->npaths && !used; i++)
				used = !strcmp(k->paths[i].source, id);
			for (size_t i = 0; i < k->ndomains && !used; i++)
				used = !strcmp(k->domains[i].source, id);
			if (used)
				jw_source(w, &c->sources[s]);
		}
		jw_end(w);
	}
	jw_end(w);
}

static void target_json(struct jw *w, const struct catalog *c, const struct cat_target_role *t)
{
	jw_obj(w);
	jw_kv(w, "id", t->id);
	jw_kv(w, "name", t->name);
	jw_kv(w, "description", t->description);
	jw_key(w, "in_question");
	jw_bool(w, t->in_question);
	jw_key(w, "min_pm_months");
	jw_int(w, t->min_pm_months);
	jw_key(w, "certs");
	jw_arr(w);
	for (size_t i = 0; i < t->ncerts; i++)
		jw_str(w, t->certs[i]);
	jw_end(w);
	jw_key(w, "levels");
	jw_obj(w);
	for (size_t i = 0; i < t->nlevels; i++) {
		jw_key(w, t->levels[i].comp);
		jw_int(w, t->levels[i].level);
	}
	jw_end(w);
	jw_key(w, "next");
	jw_arr(w);
	for (size_t i = 0; i < c->nsteps; i++)
		if (!strcmp(c->steps[i].from_role, t->id)) {
			jw_obj(w);
			jw_kv(w, "to", c->steps[i].to_role);
			jw_kv(w, "note", c->steps[i].note);
			jw_end(w);
		}
	jw_end(w);
	jw_end(w);
}

static void it_role_json(struct jw *w, const struct cat_it_role *r)
{
	jw_obj(w);
	jw_kv(w, "id", r->id);
	jw_kv(w, "name", r->name);
	jw_kv(w, "description", r->description);
	jw_key(w, "strengths");
	jw_obj(w);
	for (size_t i = 0; i < r->nstrengths; i++) {
		jw_key(w, r->strengths[i].comp);
		jw_int(w, r->strengths[i].level);
	}
	jw_end(w);
	jw_key(w, "tasks");
	jw_arr(w);
	for (size_t i = 0; i < r->ntasks; i++) {
		jw_obj(w);
		jw_kv(w, "task", r->tasks[i].task);
		jw_kv(w, "pm_framing", r->tasks[i].pm_framing);
		jw_kv(w, "competency", r->tasks[i].comp);
		jw_end(w);
	}
	jw_end(w);
	jw_end(w);
}

static void resource_json(struct jw *w, const struct cat_resource *r)
{
	jw_obj(w);
	jw_kv(w, "id", r->id);
	jw_kv(w, "title", r->title);
	jw_kv(w, "kind", r->kind);
	jw_key(w, "hours");
	jw_num(w, r->hours);
	jw_key(w, "cost_low");
	jw_int(w, r->cost_low);
	jw_key(w, "cost_high");
	jw_int(w, r->cost_high);
	jw_kv(w, "currency", r->currency);
	jw_kv(w, "description", r->description);
	jw_kv(w, "source", r->source);
	jw_key(w, "contact");
	jw_arr(w);
	for (size_t i = 0; i < r->ncontact; i++) {
		jw_obj(w);
		jw_kv(w, "cert", r->contact[i].cert);
		jw_kv(w, "fact", r->contact[i].fact);
		jw_key(w, "hours");
		jw_num(w, r->contact[i].hours);
		jw_end(w);
	}
	jw_end(w);
	jw_key(w, "competencies");
	jw_obj(w);
	for (size_t i = 0; i < r->ncomps; i++) {
		jw_key(w, r->comps[i].comp);
		jw_int(w, r->comps[i].strength);
	}
	jw_end(w);
	jw_key(w, "certs");
	jw_arr(w);
	for (size_t i = 0; i < r->ncerts; i++)
		jw_str(w, r->certs[i]);
	jw_end(w);
	jw_key(w, "prereqs");
	jw_arr(w);
	for (size_t i = 0; i < r->nprereqs; i++)
		jw_str(w, r->prereqs[i]);
	jw_end(w);
	jw_end(w);
}

/* ---- the subcommands ------------------------------------------------- */

/* Report an unknown ID with the known ones; returns PM_EXIT_DATA. */
static int unknown_id(const char *what, const char *id, struct strbuf *known)
{
	error("catalog: no %s '%s' (known: %s)", what, id, known->buf);
	return PM_EXIT_DATA;
}

static int show_competencies(const struct catalog *c, const char *id, int json, struct strbuf *out)
{
	struct jw w;
	jw_init(&w, out, 1);
	if (id) {
		const struct cat_comp *k = catalog_comp(c, id);
		if (!k) {
			struct strbuf known = STRBUF_INIT;
			int rc;
			for (size_t i = 0; i < c->ncomps; i++)
				sb_addf(&known, "%s%s", i ? ", " : "", c->comps[i].id);
			rc = unknown_id("competency", id, &known);
			sb_release(&known);
			return rc;
		}
		if (json)
			comp_json(&w, k);
		else
			comp_text(out, k, 1);
		return PM_EXIT_OK;
	}
	if (json) {
		jw_arr(&w);
		for (size_t i = 0; i < c->ncomps; i++)
			comp_json(&w, &c->comps[i]);
		jw_end(&w);
		return PM_EXIT_OK;
	}
	for (size_t i = 0; i < c->ncomps; i++) {
		if (!i || strcmp(c->comps[i].grp, c->comps[i - 1].grp))
			sb_addf(out, "%s%s\n", i ? "\n" : "", c->comps[i].grp);
		comp_text(out, &c->comps[i], 0);
	}
	sb_adds(out, "\nRun 'pmpath catalog competencies ID' for the five levels of one.\n");
	return PM_EXIT_OK;
}

static int show_certs(const struct catalog *c, const char *id, int json, struct strbuf *out)
{
	struct jw w;
	jw_init(&w, out, 1);
	if (id) {
		const struct cat_cert *k = catalog_cert(c, id);
		if (!k) {
			struct strbuf known = STRBUF_INIT;
			int rc;
			for (size_t i = 0; i < c->ncerts; i++)
				sb_addf(&known, "%s%s", i ? ", " : "", c->certs[i].code);
			rc = unknown_id("certification", id, &known);
			sb_release(&known);
			return rc;
		}
		if (json)
			cert_json(&w, c, k, 1);
		else
			cert_text_full(out, c, k);
		return PM_EXIT_OK;
	}
	if (json) {
		jw_arr(&w);
		for (size_t i = 0; i < c->ncerts; i++)
			cert_json(&w, c, &c->certs[i], 0);
		jw_end(&w);
		return PM_EXIT_OK;
	}
	for (size_t i = 0; i < c->ncerts; i++) {
		if (i)
			sb_addc(out, '\n');
		cert_text_short(out, c, &c->certs[i]);
	}
	sb_addf(out, "\nFacts checked up to %s (catalog %s). [ids] name sources;\n"
		"run 'pmpath catalog certs CODE' for every fact, note and source.\n",
		c->data_date, c->data_version);
	return PM_EXIT_OK;
}

static int show_roles(const struct catalog *c, const char *id, int json, struct strbuf *out)
{
	struct jw w;
	jw_init(&w, out, 1);
	if (id) {
		const struct cat_target_role *t = catalog_target(c, id);
		const struct cat_it_role *r = catalog_it_role(c, id);
		if (!t && !r) {
			struct strbuf known = STRBUF_INIT;
			int rc;
			for (size_t i = 0; i < c->ntargets; i++)
				sb_addf(&known, "%s%s", known.len ? ", " : "", c->targets[i].id);
			for (size_t i = 0; i < c->nit_roles; i++)
				sb_addf(&known, "%s%s", known.len ? ", " : "", c->it_roles[i].id);
			rc = unknown_id("role", id, &known);
			sb_release(&known);
			return rc;
		}
		if (t && json)
			target_json(&w, c, t);
		else if (t)
			target_text(out, c, t, 1);
		else if (json)
			it_role_json(&w, r);
		else
			it_role_text(out, r, 1);
		return PM_EXIT_OK;
	}
	if (json) {
		jw_obj(&w);
		jw_key(&w, "target_roles");
		jw_arr(&w);
		for (size_t i = 0; i < c->ntargets; i++)
			target_json(&w, c, &c->targets[i]);
		jw_end(&w);
		jw_key(&w, "it_roles");
		jw_arr(&w);
		for (size_t i = 0; i < c->nit_roles; i++)
			it_role_json(&w, &c->it_roles[i]);
		jw_end(&w);
		jw_end(&w);
		return PM_EXIT_OK;
	}
	sb_adds(out, "Target roles\n\n");
	for (size_t i = 0; i < c->ntargets; i++) {
		target_text(out, c, &c->targets[i], 0);
		sb_addc(out, '\n');
	}
	sb_adds(out, "IT roles people come from\n\n");
	for (size_t i = 0; i < c->nit_roles; i++) {
		if (i)
			sb_addc(out, '\n');
		it_role_text(out, &c->it_roles[i], 0);
	}
	sb_adds(out, "\nRun 'pmpath catalog roles ID' for levels needed or everyday tasks.\n");
	return PM_EXIT_OK;
}

static int show_resources(const struct catalog *c, const char *id, int json, struct strbuf *out)
{
	struct jw w;
	jw_init(&w, out, 1);
	if (id) {
		const struct cat_resource *r = catalog_resource(c, id);
		if (!r) {
			struct strbuf known = STRBUF_INIT;
			int rc;
			for (size_t i = 0; i < c->nresources; i++)
				sb_addf(&known, "%s%s", i ? ", " : "", c->resources[i].id);
			rc = unknown_id("resource", id, &known);
			sb_release(&known);
			return rc;
		}
		if (json)
			resource_json(&w, r);
		else
			resource_text(out, r, 1);
		return PM_EXIT_OK;
	}
	if (json) {
		jw_arr(&w);
		for (size_t i = 0; i < c->nresources; i++)
			resource_json(&w, &c->resources[i]);
		jw_end(&w);
		return PM_EXIT_OK;
	}
	for (size_t i = 0; i < c->nresources; i++) {
		if (i)
			sb_addc(out, '\n');
		resource_text(out, &c->resources[i], 0);
	}
	return PM_EXIT_OK;
}

int cmd_catalog(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *format = "text";
	int nrest = 0, rc, json;
	struct catalog *c;
	struct strbuf out = STRBUF_INIT;
	static const char *const subs[] = { "competencies", "certs", "roles", "resources" };
	int (*const fns[])(const struct catalog *, const char *, int, struct strbuf *) = {
		show_competencies, show_certs, show_roles, show_resources,
	};
	size_t which;
	const struct opt opts[] = {
		{ OPT_STRING, 0, "format", &format, "FMT", "output format: text (default) or json" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"catalog", "competencies|certs|roles|resources [ID]\n"
		"                      [--format text|json]",
		"What pmpath knows: competencies, certifications, roles and learning resources.",
		"Without ID, lists everything of that kind; with ID, shows one in full\n"
		"(for a certification: every fact with its source and check date).",
	};

	opts_parse(argc, argv, opts, &usage, &nrest);
	if (strcmp(format, "text") && strcmp(format, "json")) {
		fprintf(stderr, "pmpath: catalog: unknown format '%s' (use text or json)\n"
			"Try 'pmpath catalog --help' for more information.\n", format);
		return PM_EXIT_USAGE;
	}
	json = !strcmp(format, "json");
	if (nrest < 1 || nrest > 2) {
		fprintf(stderr, "pmpath: catalog: %s\nTry 'pmpath catalog --help' for more information.\n",
			nrest < 1 ? "say what to show: competencies, certs, roles or resources"
				  : "too many arguments");
		return PM_EXIT_USAGE;
	}
	for (which = 0; which < ARRAY_SIZE(subs) && strcmp(argv[0], subs[which]); which++)
		;
	if (which == ARRAY_SIZE(subs)) {
		fprintf(stderr, "pmpath: catalog: unknown subcommand '%s' (use competencies, certs,"
			" roles or resources)\nTry 'pmpath catalog --help' for more information.\n",
			argv[0]);
		return PM_EXIT_USAGE;
	}

	c = ctx_catalog(ctx);
	if (!c)
		return PM_EXIT_DATA;
	rc = fns[which](c, nrest == 2 ? argv[1] : NULL, json, &out);
	if (rc == PM_EXIT_OK) {
		if (json)
			sb_addc(&out, '\n');
		fputs(out.buf ? out.buf : "", stdout);
	}
	sb_release(&out);
	catalog_free(c);
	return rc;
}
