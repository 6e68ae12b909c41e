/*
 * test_fuzz_corpus.c - replay every file of the fuzz seed corpora
 * (tests/fuzz/corpus/<target>/) through the fuzz targets themselves, so a
 * crash found by fuzzing and saved there stays fixed.  Under make
 * check-asan this runs with ASan and UBSan, as the fuzzer did.  Each
 * target's source is included with its entry points renamed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LLVMFuzzerTestOneInput fuzz_answers_file_one
#include "../fuzz/fuzz_answers_file.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_bank_one
#include "../fuzz/fuzz_bank.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_expr_one
#define LLVMFuzzerInitialize fuzz_expr_init
#include "../fuzz/fuzz_expr.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_json_resume_one
#include "../fuzz/fuzz_json_resume.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_profile_one
#include "../fuzz/fuzz_profile.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_rewrite_one
#define LLVMFuzzerInitialize fuzz_rewrite_init
#include "../fuzz/fuzz_rewrite.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize

/* Feed every file in tests/fuzz/corpus/<name>/ to one(); returns the count. */
static size_t replay(const char *name, int (*one)(const uint8_t *, size_t))
{
	char dir[256], path[512];
	DIR *d;
	struct dirent *de;
	size_t n = 0;
	snprintf(dir, sizeof(dir), "tests/fuzz/corpus/%s", name);
	d = opendir(dir);
	if (!d)
		fail_msg("cannot open %s (run from the repository root)", dir);
	while ((de = readdir(d)) != NULL) {
		struct strbuf sb = STRBUF_INIT;
		FILE *fp;
		char buf[4096];
		size_t got;
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		fp = fopen(path, "rb");
		assert_non_null(fp);
		while ((got = fread(buf, 1, sizeof(buf), fp)) > 0)
			sb_add(&sb, buf, got);
		fclose(fp);
		/* An exact-size copy, so reading past the end is caught. */
		{
			uint8_t *exact = xmalloc(sb.len ? sb.len : 1);
			if (sb.len)
				memcpy(exact, sb.buf, sb.len);
			assert_int_equal(one(exact, sb.len), 0);
			free(exact);
		}
		sb_release(&sb);
		n++;
	}
	closedir(d);
	return n;
}

static void test_answers_file(void **state)
{
	(void)state;
	assert_true(replay("answers_file", fuzz_answers_file_one) > 0);
}

static void test_bank(void **state)
{
	(void)state;
	assert_true(replay("bank", fuzz_bank_one) > 0);
}

static void test_expr(void **state)
{
	(void)state;
	fuzz_expr_init(NULL, NULL);
	assert_true(replay("expr", fuzz_expr_one) > 0);
	bank_free(core);
	answers_release(&some);
}

static void test_json_resume(void **state)
{
	(void)state;
	assert_true(replay("json_resume", fuzz_json_resume_one) > 0);
}

static void test_profile(void **state)
{
	(void)state;
	assert_true(replay("profile", fuzz_profile_one) >= 4);
}

static void test_rewrite(void **state)
{
	char cat[256];
	const char *b = getenv("PMPATH_BUILD");
	(void)state;
	snprintf(cat, sizeof(cat), "%s/catalog.db", b ? b : "build");
	setenv("PMPATH_FUZZ_CATALOG", cat, 1);
	fuzz_rewrite_init(NULL, NULL);
	assert_true(replay("rewrite", fuzz_rewrite_one) > 0);
	lexicon_release(&lx);
	free(hits);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_answers_file),
		cmocka_unit_test(test_bank),
		cmocka_unit_test(test_expr),
		cmocka_unit_test(test_json_resume),
		cmocka_unit_test(test_profile),
		cmocka_unit_test(test_rewrite),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
