/* test_util.c - strbuf, number parsing, UTF-8 and the JSON writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/json.h"
#include "pmpath/util.h"

static void test_strbuf(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	(void)state;
	sb_adds(&sb, "a");
	sb_addf(&sb, "%d-%s", 42, "x");
	assert_string_equal(sb.buf, "a42-x");
	sb_addnc(&sb, ' ', 3);
	sb_rtrim(&sb);
	assert_string_equal(sb.buf, "a42-x");
	for (int i = 0; i < 1000; i++)
		sb_addc(&sb, 'z');
	assert_int_equal(sb.len, 1005);
	char *s = sb_detach(&sb);
	assert_int_equal(strlen(s), 1005);
	assert_int_equal(sb.len, 0);
	free(s);
}

static void test_numbers(void **state)
{
	double d;
	long l;
	(void)state;
	assert_int_equal(str_to_double(" 12.5 ", &d), 0);
	assert_true(d == 12.5);
	assert_int_equal(str_to_double("12abc", &d), -1);
	assert_int_equal(str_to_double("", &d), -1);
	assert_int_equal(str_to_double("inf", &d), -1);
	assert_int_equal(str_to_double("0x10", &d), -1);
	assert_int_equal(str_to_long("-7", &l), 0);
	assert_int_equal(l, -7);
	assert_int_equal(str_to_long("7.5", &l), -1);
}

static void test_utf8(void **state)
{
	(void)state;
	assert_true(utf8_valid("caf\xC3\xA9", 5));
	assert_false(utf8_valid("\xC3", 1));          /* truncated */
	assert_false(utf8_valid("\xC0\xAF", 2));      /* overlong */
	assert_false(utf8_valid("\xED\xA0\x80", 3));  /* surrogate */
	assert_int_equal(utf8_width("caf\xC3\xA9"), 4);
}

static void test_json(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct jw w;
	(void)state;
	jw_init(&w, &sb, 0);
	jw_arr(&w);
	jw_obj(&w);
	jw_key(&w, "code");
	jw_str(&w, "P\"M\\P\n<\x01>");
	jw_key(&w, "n");
	jw_num(&w, 35);
	jw_key(&w, "x");
	jw_num(&w, 0.5);
	jw_key(&w, "ok");
	jw_bool(&w, 1);
	jw_key(&w, "none");
	jw_arr(&w);
	jw_end(&w);
	jw_end(&w);
	jw_str(&w, "bad\xFFutf");
	jw_end(&w);
	assert_string_equal(sb.buf,
		"[{\"code\":\"P\\\"M\\\\P\\n<\\u0001>\",\"n\":35,\"x\":0.5,"
		"\"ok\":true,\"none\":[]},\"bad\xEF\xBF\xBDutf\"]");
	sb_release(&sb);
}

static void test_wrap(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	(void)state;
	sb_wrap(&sb, "one two three four five", 10, "- ", "  ");
	assert_string_equal(sb.buf, "- one two\n  three\n  four\n  five\n");
	sb_reset(&sb);
	sb_wrap(&sb, "caf\xC3\xA9 caf\xC3\xA9\nnext", 9, "", "");
	assert_string_equal(sb.buf, "caf\xC3\xA9 caf\xC3\xA9\nnext\n");
	sb_reset(&sb);
	sb_wrap(&sb, "averyveryverylongword x", 8, "", "> ");
	assert_string_equal(sb.buf, "averyveryverylongword\n> x\n");
	sb_release(&sb);
}

static void test_suggest(void **state)
{
	struct suggest s;
	const char *ids[] = { "pm_months", "pm_edu_hours", "role" };
	(void)state;
	suggest_init(&s, "pm_mnths");
	for (size_t i = 0; i < 3; i++)
		suggest_try(&s, ids[i]);
	assert_string_equal(s.best, "pm_months");
	suggest_init(&s, "zzz");
	for (size_t i = 0; i < 3; i++)
		suggest_try(&s, ids[i]);
	assert_null(s.best);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strbuf),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_suggest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
