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
#include "pmpath/out.h"
#include "pmpath/opts.h"
#include "pmpath/recommend.h"
#include "pmpath/score.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

#define WIDTH 80

/* Print text wrapped at WIDTH: `first` before the first line, `indent`
 * spaces before the others. */
static void wrap(FILE *fp, const char *first, size_t indent, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	char rest[32];
	snprintf(rest, sizeof(rest), "%*s", (int)(indent < sizeof(rest) ? indent : sizeof(rest) - 1), "");
	sb_wrap(&sb, text, WIDTH, first, rest);
	fputs(sb.buf, fp);
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
		if (r->elig.held) {
			printf("    Eligible: %s (you already hold it)\n", yes);
		} else if (r->elig.eligible) {
			char *line = xasprintf("%s (%s)", yes, r->elig.note);
			wrap(stdout, "    Eligible: ", 6, line);
			free(line);
		} else {
			printf("    Eligible: %s\n", no);
		}
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
		  "show how each score, readiness and rank was reached" },
		{ OPT_STRING, 0, "cert", &cert, "CODE", "show only this certification (e.g. PMP)" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"certs", "[--format text|json] [--explain] [--cert CODE]",
		"Which certification fits you, whether you are eligible today, what is missing.",
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

	lrc = ctx_answers(ctx, "core", 0, &a, NULL);
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
		if (!strcmp(format, "json")) {
			struct strbuf sb = STRBUF_INIT;
			struct jw w;
			jw_init(&w, &sb, 1);
			certs_json(&w, &rec, only, explain);
			fputs(sb.buf, stdout);
			sb_release(&sb);
		}
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
