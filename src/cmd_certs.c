/*
 * cmd_certs.c - `pmpath certs`: which certification fits, whether the
 * user is eligible today and exactly what is missing, exam readiness and
 * the ranked recommendation with its reasons.  Reads the profile's latest
 * answers (completed session, else the open one) from the user store,
 * the core bank and the catalog; the judgement itself is the pure core
 * (score.h, elig.h, recommend.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"
#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/elig.h"
#include "pmpath/json.h"
#include "pmpath/opts.h"
#include "pmpath/recommend.h"
#include "pmpath/score.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

#define WIDTH 80

/*
 * Load the profile's latest answers into *a (completed session first,
 * else the open one).  Returns 0, 1 when there are none, -1 on error.
 */
static int load_answers(struct pm_ctx *ctx, const char *bank_id, struct answer_set *a)
{
	struct store *st = ctx_store(ctx);
	struct session_info si = { 0 };
	int64_t pid = 0;
	int rc;

	if (!st)
		return -1;
	rc = store_profile(st, ctx->profile, 0, &pid);
	if (rc == 0) {
		rc = store_session_completed_nth(st, pid, bank_id, 0, &si);
		if (rc == 1)
			rc = store_session_open_find(st, pid, bank_id, &si);
	}
	if (rc == 0) {
		rc = store_answers_load(st, si.id, a) < 0 ? -1 : 0;
		session_info_release(&si);
		if (rc == 0 && a->n == 0)
			rc = 1;
	}
	store_close(st);
	return rc;
}

/* Print text word-wrapped to WIDTH columns: `first` before the first
 * line, `indent` spaces before the others. */
static void wrap(FILE *fp, const char *first, size_t indent, const char *text)
{
	size_t col = utf8_width(first);
	int line_empty = 1;
	fputs(first, fp);
	while (*text) {
		const char *end = text;
		char *word;
		size_t w;
		while (*end && *end != ' ')
			end++;
		word = xstrndup(text, (size_t)(end - text));
		w = utf8_width(word);
		if (!line_empty && col + 1 + w > WIDTH) {
			fputc('\n', fp);
			for (size_t i = 0; i < indent; i++)
				fputc(' ', fp);
			col = indent;
			line_empty = 1;
		}
		if (!line_empty) {
			fputc(' ', fp);
			col++;
		}
		fputs(word, fp);
		col += w;
		line_empty = 0;
		free(word);
		text = end;
		while (*text == ' ')
			text++;
	}
	fputc('\n', fp);
}

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
static void json_strv(struct jw *w, char **v, size_t n)
{
	jw_arr(w);
	for (size_t i = 0; i < n; i++)
		jw_str(w, v[i]);
	jw_end(w);
}

static void print_json(const struct recommendation *rec, const char *only, int explain)
{
	struct strbuf sb = STRBUF_INIT;
	struct jw w;
	jw_init(&w, &sb, 1);
	jw_arr(&w);
	for (size_t i = 0; i < rec->n; i++) {
		const struct cert_rec *r = &rec->items[i];
		if (only && strcmp(only, r->cert->code) != 0)
			continue;
		jw_obj(&w);
		jw_key(&w, "code");
		jw_str(&w, r->cert->code);
		jw_key(&w, "name");
		jw_str(&w, r->cert->name);
		jw_key(&w, "kind");
		jw_str(&w, r->cert->kind);
		jw_key(&w, "eligible");
		jw_bool(&w, r->elig.eligible);
		jw_key(&w, "held");
		jw_bool(&w, r->elig.held);
		jw_key(&w, "path");
		jw_str(&w, r->elig.path_label);
		jw_key(&w, "missing");
		jw_arr(&w);
		for (size_t k = 0; k < r->elig.nmissing; k++)
			json_missing(&w, &r->elig.missing[k]);
		jw_end(&w);
		jw_key(&w, "readiness");
		jw_int(&w, (int64_t)(r->ready.value + 0.5));
		jw_key(&w, "readiness_confidence");
		jw_num(&w, (double)(int64_t)(r->ready.confidence * 100 + 0.5) / 100);
		jw_key(&w, "recommended");
		jw_bool(&w, r->recommended);
		jw_key(&w, "rank");
		jw_int(&w, (int64_t)i + 1);
		jw_key(&w, "reasons");
		json_strv(&w, r->reasons, r->nreasons);
		if (r->prep_known) {
			jw_key(&w, "study_hours");
			jw_num(&w, r->prep_hours);
			jw_key(&w, "study_weeks");
			jw_num(&w, r->prep_weeks);
		}
		if (explain) {
			jw_key(&w, "points");
			jw_num(&w, (double)(int64_t)(r->total * 10 + (r->total < 0 ? -0.5 : 0.5)) / 10);
			jw_key(&w, "explain");
			jw_obj(&w);
			jw_key(&w, "readiness");
			json_strv(&w, r->ready.explain, r->ready.nexplain);
			jw_key(&w, "ranking");
			json_strv(&w, r->explain, r->nexplain);
			jw_end(&w);
		}
		jw_end(&w);
	}
	jw_end(&w);
	fputs(sb.buf, stdout);
	fputc('\n', stdout);
	sb_release(&sb);
}

static void print_text(struct pm_ctx *ctx, const struct catalog *cat,
		       const struct score_result *s, const struct recommendation *rec,
		       const char *only, int explain)
{
	const char *yes = ctx->color ? "yes \xE2\x9C\x93" : "yes";
	const char *no = ctx->color ? "no \xE2\x9C\x97" : "no";

	printf("Certifications for profile '%s'\n", ctx->profile);
	if (rec->top && !only)
		printf("Recommended: %s (%s)\n", rec->top->cert->code, rec->top->cert->name);
	else if (!rec->top && !only)
		printf("Recommended: none applies yet\n");
	if (explain) {
		printf("\nHow your competency scores were reached:\n");
		for (size_t i = 0; i < s->n; i++) {
			const struct comp_score *cs = &s->items[i];
			const struct cat_comp *c = catalog_comp(cat, cs->comp);
			if (!cs->asked)
				continue;
			printf("  %s: %.0f (confidence %.2f)\n", c ? c->name : cs->comp,
			       cs->score, cs->confidence);
			for (size_t k = 0; k < cs->nexplain; k++)
				wrap(stdout, "      ", 6, cs->explain[k]);
		}
	}
	for (size_t i = 0; i < rec->n; i++) {
		const struct cert_rec *r = &rec->items[i];
		char *head;
		if (only && strcmp(only, r->cert->code) != 0)
			continue;
		head = xasprintf("%s%zu. %s - ", r->recommended ? "\n* " : "\n  ", i + 1,
				 r->cert->code);
		wrap(stdout, head, 6, r->cert->name);
		free(head);
		if (r->recommended)
			printf("    Recommended for you.\n");
		if (r->elig.held)
			printf("    Eligible: %s (you already hold it)\n", yes);
		else if (r->elig.eligible)
			printf("    Eligible: %s (%s)\n", yes, r->elig.note);
		else
			printf("    Eligible: %s\n", no);
		for (size_t k = 0; k < r->elig.nmissing; k++) {
			if (k == 0)
				printf("    Missing:\n");
			wrap(stdout, "      - ", 8, r->elig.missing[k].text);
		}
		printf("    Readiness: %.0f/100 (confidence %.2f)\n", r->ready.value,
		       r->ready.confidence);
		for (size_t k = 0; k < r->nreasons; k++) {
			if (k == 0)
				printf("    Why:\n");
			wrap(stdout, "      - ", 8, r->reasons[k]);
		}
		if (explain) {
			printf("    How readiness was reached:\n");
			for (size_t k = 0; k < r->ready.nexplain; k++)
				wrap(stdout, "      ", 6, r->ready.explain[k]);
			printf("    How it ranked (%.1f points):\n", r->total);
			for (size_t k = 0; k < r->nexplain; k++)
				wrap(stdout, "      ", 6, r->explain[k]);
		}
	}
	for (size_t i = 0; i < s->nflags; i++) {
		if (i == 0)
			printf("\nAbout your answers:\n");
		wrap(stdout, "  - ", 4, s->flags[i]);
	}
}

int cmd_certs(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *format = "text", *cert = NULL;
	int explain = 0, nrest = 0, rc = PM_EXIT_DATA, lrc;
	const struct opt opts[] = {
		{ OPT_STRING, 0, "format", &format, "FMT", "output format: text (default) or json" },
		{ OPT_FLAG, 0, "explain", &explain, NULL,
		  "show how each score, readiness figure and ranking was reached" },
		{ OPT_STRING, 0, "cert", &cert, "CODE", "show only this certification (e.g. PMP)" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"certs", "[--format text|json] [--explain] [--cert CODE]",
		"Which certification fits you, whether you are eligible today and what is missing.",
		"Uses the answers of your latest assessment (run 'pmpath assess' first).\n"
		"Certifications are ranked by eligibility, experience, your environment,\n"
		"your target role, readiness and study time; --explain shows the weights.",
	};
	struct answer_set a = ANSWER_SET_INIT;
	struct catalog *cat = NULL;
	struct bank *b = NULL;
	struct facts f;
	struct score_result s;
	struct recommendation rec;
	struct errbuf err = { "", 0 };
	char *bank_path = NULL, *schema = NULL;
	const char *only = NULL;

	opts_parse(argc, argv, opts, &usage, &nrest);
	if (nrest > 0)
		die_usage("certs: unexpected argument '%s'", argv[0]);
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
		die_usage("certs: unknown format '%s' (use text or json)", format);

	lrc = load_answers(ctx, "core", &a);
	if (lrc != 0) {
		if (lrc == 1)
			error("no answers yet for profile '%s'; run 'pmpath assess' first",
			      ctx->profile);
		answers_release(&a);
		return PM_EXIT_DATA;
	}
	if (!(cat = ctx_catalog(ctx)))
		goto out;
	if (cert) {
		for (size_t i = 0; i < cat->ncerts; i++)
			if (!strcasecmp(cat->certs[i].code, cert))
				only = cat->certs[i].code;
		if (!only) {
			struct strbuf known = STRBUF_INIT;
			for (size_t i = 0; i < cat->ncerts; i++)
				sb_addf(&known, "%s%s", i ? ", " : "", cat->certs[i].code);
			error("certs: unknown certification '%s' (known: %s)", cert, known.buf);
			sb_release(&known);
			rc = PM_EXIT_USAGE;
			goto out;
		}
	}
	bank_path = ctx_bank_path(ctx, "core");
	schema = ctx_schema_path(ctx);
	if (!bank_path || !schema || !(b = bank_load_file(bank_path, NULL, schema)))
		goto out;

	facts_extract(b, &a, &f);
	if (score_compute(cat, b, &a, &s, &err) < 0) {
		error("%s", err.msg);
		facts_release(&f);
		goto out;
	}
	if (recommend_certs(cat, &f, &s, &rec, &err) < 0) {
		error("%s", err.msg);
	} else {
		if (!strcmp(format, "json"))
			print_json(&rec, only, explain);
		else
			print_text(ctx, cat, &s, &rec, only, explain);
		recommendation_release(&rec);
		rc = PM_EXIT_OK;
	}
	score_result_release(&s);
	facts_release(&f);
out:
	free(bank_path);
	free(schema);
	bank_free(b);
	catalog_free(cat);
	answers_release(&a);
	return rc;
}
