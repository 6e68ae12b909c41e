/*
 * certs_json.c - the JSON form of a certification recommendation (the
 * PRODUCT.md contract: code, name, eligible, missing[kind, need, have,
 * text], readiness, recommended, reasons), shared by `pmpath certs` and
 * `pmpath report`.
 */
#include <string.h>

#include "pmpath/json.h"
#include "pmpath/out.h"
#include "pmpath/banned.h"

/* The JSON form of one missing item. */
static void json_missing(struct jw *w, const struct elig_missing *m)
{
	jw_obj(w);
	jw_key(w, "kind");
	jw_str(w, m->kind);
	jw_key(w, "need");
	if (m->need_is_num)
		jw_num(w, m->need_num);
	else
		jw_str(w, m->need_text);
	jw_key(w, "have");
	if (!m->have_known)
		jw_null(w);
	else if (m->have_is_num)
		jw_num(w, m->have_num);
	else
		jw_str(w, m->have_text);
	jw_key(w, "text");
	jw_str(w, m->text);
	jw_end(w);
}

/* Write a string array as a JSON array. */
void json_strv(struct jw *w, char *const *v, size_t n)
{
	jw_arr(w);
	for (size_t i = 0; i < n; i++)
		jw_str(w, v[i]);
	jw_end(w);
}

void certs_json(struct jw *w, const struct recommendation *rec, const char *only, int explain)
{
	jw_arr(w);
	for (size_t i = 0; i < rec->n; i++) {
		const struct cert_rec *r = &rec->items[i];
		if (only && strcmp(only, r->cert->code) != 0)
			continue;
		jw_obj(w);
		jw_key(w, "code");
		jw_str(w, r->cert->code);
		jw_key(w, "name");
		jw_str(w, r->cert->name);
		jw_key(w, "kind");
		jw_str(w, r->cert->kind);
		jw_key(w, "eligible");
		jw_bool(w, r->elig.eligible);
		jw_key(w, "held");
		jw_bool(w, r->elig.held);
		jw_key(w, "path");
		jw_str(w, r->elig.path_label);
		jw_key(w, "missing");
		jw_arr(w);
		for (size_t k = 0; k < r->elig.nmissing; k++)
			json_missing(w, &r->elig.missing[k]);
		jw_end(w);
		jw_key(w, "readiness");
		jw_int(w, (int64_t)(r->ready.value + 0.5));
		jw_key(w, "readiness_confidence");
		jw_num(w, (double)(int64_t)(r->ready.confidence * 100 + 0.5) / 100);
		jw_key(w, "recommended");
		jw_bool(w, r->recommended);
		jw_key(w, "rank");
		jw_int(w, (int64_t)i + 1);
		jw_key(w, "reasons");
		json_strv(w, r->reasons, r->nreasons);
		if (r->prep_known) {
			jw_key(w, "study_hours");
			jw_num(w, r->prep_hours);
			jw_key(w, "study_weeks");
			jw_num(w, r->prep_weeks);
		}
		if (explain) {
			jw_key(w, "points");
			jw_num(w, (double)(int64_t)(r->total * 10 + (r->total < 0 ? -0.5 : 0.5)) / 10);
			jw_key(w, "explain");
			jw_obj(w);
			jw_key(w, "readiness");
			json_strv(w, r->ready.explain, r->ready.nexplain);
			jw_key(w, "ranking");
			json_strv(w, r->explain, r->nexplain);
			jw_end(w);
		}
		jw_end(w);
	}
	jw_end(w);
}

