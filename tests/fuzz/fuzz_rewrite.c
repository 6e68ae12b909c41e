/*
 * fuzz_rewrite.c - libFuzzer target for the bullet rewriter (src/core/
 * rewrite.c) with the real lexicon from build/catalog.db
 * (PMPATH_FUZZ_CATALOG overrides): rewrite_bullet, the placeholders of
 * each rewrite, filling one, and the job-ad keyword scan, on any bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/lexicon_db.h"
#include "pmpath/rewrite.h"
#include "pmpath/util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct lexicon lx;
static unsigned char *hits;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *cat = getenv("PMPATH_FUZZ_CATALOG");
	(void)argc;
	(void)argv;
	if (lexicon_load(cat ? cat : "build/catalog.db", &lx) != 0) {
		fprintf(stderr, "fuzz_rewrite: build build/catalog.db first (make)\n");
		exit(1);
	}
	hits = xcalloc(lx.nkeywords + 1, 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rw_result r;
	struct errbuf err;
	const char *text = (const char *)data;
	rw_result_init(&r);
	if (rewrite_bullet(&lx, text, size, &r, &err) == 0) {
		for (size_t i = 0; i < r.nrewrites; i++) {
			struct rw_strlist ph = { NULL, 0, 0 }, left = { NULL, 0, 0 };
			struct strbuf out = STRBUF_INIT;
			rewrite_placeholders(r.rewrites[i].text, &ph);
			if (ph.n != r.rewrites[i].placeholders.n)
				__builtin_trap();
			if (ph.n)
				(void)rewrite_fill(r.rewrites[i].text, ph.items[0], "12", &out,
						   &left, &err);
			sb_release(&out);
			rw_strlist_release(&ph);
			rw_strlist_release(&left);
		}
		for (size_t i = 0; i < lx.nkeywords; i++)
			(void)rewrite_evidences_keyword(&lx, &r, i);
	}
	rewrite_scan_keywords(&lx, text, size, hits);
	rw_result_release(&r);
	return 0;
}
