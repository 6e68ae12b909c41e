/*
 * rewrite_json.c - the JSON form of one analysed bullet (the PRODUCT.md
 * contract: original, problems, competencies, rewrites, placeholders; plus
 * context, activity, quality figures and notes), shared by `pmpath
 * rewrite` and `pmpath report`.
 */
#include "pmpath/json.h"
#include "pmpath/out.h"
#include "pmpath/rewrite.h"
#include "pmpath/banned.h"

static void jw_strlist(struct jw *w, const struct rw_strlist *l)
{
	jw_arr(w);
	for (size_t i = 0; i < l->n; i++)
		jw_str(w, l->items[i]);
	jw_end(w);
}

void rewrite_json(struct jw *w, const struct rw_result *r, const char *context)
{
	jw_obj(w);
	jw_key(w, "original");
	jw_str(w, r->original);
	if (context) {
		jw_key(w, "context");
		jw_str(w, context);
	}
	jw_key(w, "problems");
	jw_strlist(w, &r->problems);
	jw_key(w, "competencies");
	jw_arr(w);
	for (size_t i = 0; i < r->ncomps; i++)
		jw_str(w, r->comps[i]);
	jw_end(w);
	jw_key(w, "rewrites");
	jw_arr(w);
	for (size_t i = 0; i < r->nrewrites; i++)
		jw_str(w, r->rewrites[i].text);
	jw_end(w);
	jw_key(w, "placeholders");
	if (r->nrewrites)
		jw_strlist(w, &r->rewrites[0].placeholders);
	else {
		jw_arr(w);
		jw_end(w);
	}
	jw_key(w, "rewrite_placeholders");
	jw_arr(w);
	for (size_t i = 0; i < r->nrewrites; i++)
		jw_strlist(w, &r->rewrites[i].placeholders);
	jw_end(w);
	jw_key(w, "activity");
	jw_str(w, r->activity);
	jw_key(w, "english");
	jw_bool(w, r->english);
	jw_key(w, "already_strong");
	jw_bool(w, r->strong);
	jw_key(w, "quality_before");
	jw_int(w, r->quality_before);
	jw_key(w, "quality_after");
	jw_int(w, r->quality_after);
	jw_key(w, "quality_moves");
	jw_strlist(w, &r->moves);
	jw_key(w, "notes");
	jw_strlist(w, &r->notes);
	jw_end(w);
}

