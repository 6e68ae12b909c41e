/*
 * report_json.c - the report as one JSON object (PRODUCT.md contract):
 * profile, competencies (id, name, score, confidence), strengths, gaps,
 * certifications (as `pmpath certs`), bullets (as `pmpath rewrite`),
 * accepted_bullets (original, text: what the user accepted), plan (as `pmpath plan`, null when none); plus warnings, roles,
 * professional_summary and method.  Keys are documented in README.md.
 */
#include <math.h>

#include "pmpath/json.h"
#include "pmpath/out.h"
#include "pmpath/plan_out.h"
#include "pmpath/report.h"
#include "pmpath/banned.h"

/* A number rounded to 2 decimals. */
static void num2(struct jw *w, double v)
{
	jw_num(w, round(v * 100.0) / 100.0);
}

void report_json(struct strbuf *out, const struct report *r, int explain)
{
	struct jw w;
	jw_init(&w, out, 1);
	jw_obj(&w);

	jw_key(&w, "profile");
	jw_obj(&w);
	jw_key(&w, "name");
	jw_str(&w, r->profile);
	jw_key(&w, "generated");
	jw_str(&w, r->generated);
	jw_key(&w, "session_started");
	jw_str(&w, r->session_started);
	jw_key(&w, "complete");
	jw_bool(&w, r->session_complete);
	jw_key(&w, "catalog_version");
	jw_str(&w, r->cat->data_version);
	jw_key(&w, "catalog_date");
	jw_str(&w, r->cat->data_date);
	jw_key(&w, "facts");
	jw_arr(&w);
	for (size_t i = 0; i < r->nsummary; i++) {
		jw_obj(&w);
		jw_key(&w, "label");
		jw_str(&w, r->summary[i].label);
		jw_key(&w, "value");
		jw_str(&w, r->summary[i].value);
		jw_end(&w);
	}
	jw_end(&w);
	jw_end(&w);

	jw_key(&w, "professional_summary");
	jw_str(&w, r->pro_summary);

	jw_key(&w, "competencies");
	jw_arr(&w);
	for (size_t i = 0; i < r->ncomps; i++) {
		const struct report_comp *c = &r->comps[i];
		jw_obj(&w);
		jw_key(&w, "id");
		jw_str(&w, c->comp->id);
		jw_key(&w, "name");
		jw_str(&w, c->comp->name);
		jw_key(&w, "score");
		jw_int(&w, (int64_t)lround(c->score->score));
		jw_key(&w, "confidence");
		num2(&w, c->score->confidence);
		jw_key(&w, "target_level");
		if (c->target_level >= 0)
			jw_int(&w, c->target_level);
		else
			jw_null(&w);
		if (r->previous_started) {
			jw_key(&w, "previous_score");
			if (c->has_previous)
				jw_int(&w, (int64_t)lround(c->previous));
			else
				jw_null(&w);
		}
		if (explain) {
			jw_key(&w, "explain");
			json_strv(&w, c->score->explain, c->score->nexplain);
		}
		jw_end(&w);
	}
	jw_end(&w);
	if (r->previous_started) {
		jw_key(&w, "compared_with");
		jw_str(&w, r->previous_started);
	}

	jw_key(&w, "strengths");
	jw_arr(&w);
	for (size_t i = 0; i < r->gaps.nstrengths; i++) {
		const struct strength *s = &r->gaps.strengths[i];
		jw_obj(&w);
		jw_key(&w, "id");
		jw_str(&w, s->comp->id);
		jw_key(&w, "name");
		jw_str(&w, s->comp->name);
		jw_key(&w, "pm_phrase");
		jw_str(&w, s->comp->pm_phrase);
		jw_key(&w, "score");
		jw_int(&w, (int64_t)lround(s->score));
		jw_end(&w);
	}
	jw_end(&w);

	jw_key(&w, "gaps");
	jw_arr(&w);
	for (size_t i = 0; i < r->gaps.ngaps; i++) {
		const struct gap *g = &r->gaps.gaps[i];
		jw_obj(&w);
		jw_key(&w, "id");
		jw_str(&w, g->comp->id);
		jw_key(&w, "name");
		jw_str(&w, g->comp->name);
		jw_key(&w, "need");
		jw_int(&w, g->need);
		jw_key(&w, "have");
		if (g->asked)
			num2(&w, g->have);
		else
			jw_null(&w);
		jw_end(&w);
	}
	jw_end(&w);
	jw_key(&w, "target_role");
	jw_str(&w, r->gaps.target ? r->gaps.target->id : NULL);

	jw_key(&w, "warnings");
	json_strv(&w, r->gaps.warnings, r->gaps.nwarnings);

	jw_key(&w, "certifications");
	certs_json(&w, &r->rec, NULL, explain);

	jw_key(&w, "roles");
	jw_arr(&w);
	for (size_t i = 0; i < r->fits.n; i++) {
		const struct role_fit *f = &r->fits.items[i];
		jw_obj(&w);
		jw_key(&w, "id");
		jw_str(&w, f->role->id);
		jw_key(&w, "name");
		jw_str(&w, f->role->name);
		jw_key(&w, "fit");
		jw_int(&w, (int64_t)lround(f->fit));
		jw_key(&w, "fits_now");
		jw_bool(&w, f->fits_now);
		if (explain) {
			jw_key(&w, "explain");
			json_strv(&w, f->explain, f->nexplain);
		}
		jw_end(&w);
	}
	jw_end(&w);
	jw_key(&w, "stepping_stone");
	if (r->fits.step) {
		jw_obj(&w);
		jw_key(&w, "from");
		jw_str(&w, r->fits.step->from_role);
		jw_key(&w, "to");
		jw_str(&w, r->fits.step->to_role);
		jw_key(&w, "note");
		jw_str(&w, r->fits.step->note);
		jw_end(&w);
	} else {
		jw_null(&w);
	}

	jw_key(&w, "bullets");
	jw_arr(&w);
	for (size_t i = 0; i < r->nbullets; i++)
		rewrite_json(&w, &r->bullets[i], NULL);
	jw_end(&w);
	jw_key(&w, "accepted_bullets");
	jw_arr(&w);
	for (size_t i = 0; i < r->naccepted; i++) {
		jw_obj(&w);
		jw_key(&w, "original");
		jw_str(&w, r->accepted[i].original);
		jw_key(&w, "text");
		jw_str(&w, r->accepted[i].text);
		jw_end(&w);
	}
	jw_end(&w);

	jw_key(&w, "plan");
	if (r->has_plan)
		plan_write_json(&w, &r->plan);
	else
		jw_null(&w);

	jw_key(&w, "flags");
	json_strv(&w, r->scores.flags, r->scores.nflags);
	jw_key(&w, "method");
	json_strv(&w, r->method, r->nmethod);
	jw_end(&w);
}
