/* test_answers_file.c - the answers-file reader: a table of inputs with
 * the entries or the exact messages they give, then the file reading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pmpath/answers_file.h"
#include "pmpath/util.h"

/* Capture what `fn` prints on stderr while it runs. */
struct call {
	const char *buf;
	size_t len;
	const char *path; /* answers_file_read when set */
	struct af_entries *out;
	int rc;
};

static void run_call(struct call *c)
{
	if (c->path)
		c->rc = answers_file_read(c->path, NULL, c->out);
	else
		c->rc = answers_text_parse(c->buf, c->len, "a.txt", c->out);
}

/* Run the call with stderr redirected; returns what was printed. */
static char *captured(struct call *c)
{
	FILE *tmp = tmpfile();
	int saved = dup(2);
	struct strbuf sb = STRBUF_INIT;
	char buf[512];
	size_t n;
	assert_non_null(tmp);
	fflush(stderr);
	dup2(fileno(tmp), 2);
	run_call(c);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	sb_init(&sb);
	while ((n = fread(buf, 1, sizeof(buf), tmp)) > 0)
		sb_add(&sb, buf, n);
	fclose(tmp);
	return sb_detach(&sb);
}

#define S(lit) lit, sizeof(lit) - 1

static const struct {
	const char *name;
	const char *in;
	size_t len;
	const char *want; /* "id=value@line|..." or NULL on error */
	const char *err;  /* exact stderr */
} cases[] = {
	{ "simple", S("role = developer\nyears_it=12\n"),
	  "role=developer@1|years_it=12@2|", "" },
	{ "no final newline", S("role = qa"), "role=qa@1|", "" },
	{ "empty file", S(""), "", "" },
	{ "comments and blanks", S("# my answers\n\n   \n  # indented\nrole = qa\n\t\n"),
	  "role=qa@5|", "" },
	{ "crlf", S("role = qa\r\nskills = scrum, jira\r\n"),
	  "role=qa@1|skills=scrum, jira@2|", "" },
	{ "bom", S("\xEF\xBB\xBFrole = qa\n"), "role=qa@1|", "" },
	{ "bom only at start", S("role = qa\n\xEF\xBB\xBFx = 1\n"), NULL,
	  "pmpath: a.txt:2: '\xEF\xBB\xBFx' is not a question id (lowercase letters, digits "
	  "and '_', starting with a letter)\n" },
	{ "hash inside value kept", S("tools = C#, F#\nrole = qa # note\n"),
	  "tools=C#, F#@1|role=qa # note@2|", "" },
	{ "empty value is skip", S("certs_held =\nbudget =   \n"),
	  "certs_held=@1|budget=@2|", "" },
	{ "equals in value", S("note = a=b\n"), "note=a=b@1|", "" },
	{ "utf-8 value", S("bullets = l\xC3\xA9" "d 3 teams\n"), "bullets=l\xC3\xA9" "d 3 teams@1|",
	  "" },
	{ "missing equals", S("role developer\n"), NULL,
	  "pmpath: a.txt:1: expected 'id = value' (no '=' on the line)\n" },
	{ "missing id", S("  = developer\n"), NULL,
	  "pmpath: a.txt:1: no question id before '='\n" },
	{ "bad id", S("Role = qa\nyears-it = 3\n1x = 2\n"), NULL,
	  "pmpath: a.txt:1: 'Role' is not a question id (lowercase letters, digits and '_', "
	  "starting with a letter)\n"
	  "pmpath: a.txt:2: 'years-it' is not a question id (lowercase letters, digits and "
	  "'_', starting with a letter)\n"
	  "pmpath: a.txt:3: '1x' is not a question id (lowercase letters, digits and '_', "
	  "starting with a letter)\n" },
	{ "long bad id shortened",
	  S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xC3\xA9xxxxxxxxx = 1\n"), NULL,
	  "pmpath: a.txt:1: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' is not a question id "
	  "(lowercase letters, digits and '_', starting with a letter)\n" },
	{ "duplicates", S("# x\n\nrole = qa\nyears_it = 1\nrole = dba\nyears_it = 2\nrole = x\n"),
	  NULL,
	  "pmpath: a.txt:5: 'role' given twice (first at line 3)\n"
	  "pmpath: a.txt:6: 'years_it' given twice (first at line 4)\n"
	  "pmpath: a.txt:7: 'role' given twice (first at line 3)\n" },
	{ "nul byte", S("role = q\0a\nyears_it = 1\n"), NULL,
	  "pmpath: a.txt:1: NUL byte in the line (is this a text file?)\n" },
	{ "invalid utf-8", S("a = 1\nrole = caf\xE9\n"), NULL,
	  "pmpath: a.txt:2: invalid UTF-8 (save the file as UTF-8)\n" },
	{ "overlong utf-8", S("role = \xC0\xAF\n"), NULL,
	  "pmpath: a.txt:1: invalid UTF-8 (save the file as UTF-8)\n" },
	{ "errors sorted, all shown", S("role = qa\nbad\nrole = x\n\xFF\n"), NULL,
	  "pmpath: a.txt:2: expected 'id = value' (no '=' on the line)\n"
	  "pmpath: a.txt:3: 'role' given twice (first at line 1)\n"
	  "pmpath: a.txt:4: invalid UTF-8 (save the file as UTF-8)\n" },
};

static void check_entries(const struct af_entries *e, const char *want)
{
	struct strbuf sb = STRBUF_INIT;
	sb_init(&sb);
	for (size_t i = 0; i < e->n; i++)
		sb_addf(&sb, "%s=%s@%d|", e->items[i].id, e->items[i].value, e->items[i].line);
	assert_string_equal(sb.buf, want);
	sb_release(&sb);
}

static void test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct af_entries e = AF_ENTRIES_INIT;
		struct call c = { cases[i].in, cases[i].len, NULL, &e, 0 };
		char *err = captured(&c);
		print_message("case: %s\n", cases[i].name);
		assert_string_equal(err, cases[i].err);
		if (cases[i].want) {
			assert_int_equal(c.rc, 0);
			check_entries(&e, cases[i].want);
		} else {
			assert_int_equal(c.rc, -1);
			assert_int_equal(e.n, 0);
			assert_null(e.items);
		}
		af_entries_release(&e);
		free(err);
	}
}

/* A line over the limit is an error; one at the limit is fine. */
static void test_long_lines(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct af_entries e = AF_ENTRIES_INIT;
	struct call c;
	char *err;
	(void)state;
	sb_adds(&sb, "text = ");
	sb_addnc(&sb, 'x', AF_MAX_LINE - sb.len);
	sb_adds(&sb, "\r\nrole = qa\n");
	c = (struct call){ sb.buf, sb.len, NULL, &e, 0 };
	err = captured(&c);
	assert_string_equal(err, "");
	assert_int_equal(c.rc, 0);
	assert_int_equal(e.n, 2);
	assert_int_equal(strlen(e.items[0].value), AF_MAX_LINE - 7);
	af_entries_release(&e);
	free(err);

	sb_reset(&sb);
	sb_adds(&sb, "role = qa\ntext = ");
	sb_addnc(&sb, 'x', AF_MAX_LINE);
	sb_adds(&sb, "\n");
	c = (struct call){ sb.buf, sb.len, NULL, &e, 0 };
	err = captured(&c);
	assert_string_equal(err, "pmpath: a.txt:2: line longer than 65536 bytes\n");
	assert_int_equal(c.rc, -1);
	assert_int_equal(e.n, 0);
	free(err);
	sb_release(&sb);
}

/* Many errors: the first AF_MAX_ERRORS and a count of the rest. */
static void test_error_cap(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct af_entries e = AF_ENTRIES_INIT;
	struct call c;
	char *err, *last;
	(void)state;
	for (int i = 0; i < 25; i++)
		sb_adds(&sb, "nonsense\n");
	c = (struct call){ sb.buf, sb.len, NULL, &e, 0 };
	err = captured(&c);
	assert_int_equal(c.rc, -1);
	last = strstr(err, "pmpath: a.txt:20:");
	assert_non_null(last);
	assert_null(strstr(err, "pmpath: a.txt:21:"));
	assert_non_null(strstr(err, "pmpath: a.txt: 5 more errors not shown\n"));
	free(err);
	sb_release(&sb);
}

/* Appending keeps what the caller already had, also on error. */
static void test_append(void **state)
{
	struct af_entries e = AF_ENTRIES_INIT;
	struct call c = { S("role = qa\n"), NULL, &e, 0 };
	char *err = captured(&c);
	(void)state;
	free(err);
	c = (struct call){ S("x = 1\nbroken\n"), NULL, &e, 0 };
	err = captured(&c);
	assert_int_equal(c.rc, -1);
	assert_int_equal(e.n, 1);
	assert_string_equal(e.items[0].id, "role");
	free(err);
	af_entries_release(&e);
}

static void test_files(void **state)
{
	char dir[] = "/tmp/pmpath-test-af-XXXXXX";
	struct af_entries e = AF_ENTRIES_INIT;
	struct call c = { NULL, 0, NULL, &e, 0 };
	char *path, *err, *want;
	FILE *f;
	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/answers.txt", dir);

	c.path = path;
	err = captured(&c);
	want = xasprintf("pmpath: %s: cannot read: No such file or directory\n", path);
	assert_string_equal(err, want);
	assert_int_equal(c.rc, -1);
	free(err);
	free(want);

	c.path = dir;
	err = captured(&c);
	want = xasprintf("pmpath: %s: cannot read: Is a directory\n", dir);
	assert_string_equal(err, want);
	free(err);
	free(want);

	f = fopen(path, "w");
	assert_non_null(f);
	fputs("\xEF\xBB\xBF# test\r\nrole = sysadmin\r\nskills = scrum,jira\r\n", f);
	fclose(f);
	c.path = path;
	err = captured(&c);
	assert_string_equal(err, "");
	assert_int_equal(c.rc, 0);
	check_entries(&e, "role=sysadmin@2|skills=scrum,jira@3|");
	af_entries_release(&e);
	free(err);

	f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 0; i <= AF_MAX_FILE / 1024; i++) {
		char line[1024];
		memset(line, '#', sizeof(line) - 1);
		line[sizeof(line) - 1] = '\n';
		fwrite(line, 1, sizeof(line), f);
	}
	fclose(f);
	err = captured(&c);
	want = xasprintf("pmpath: %s: larger than 4 MiB; is this an answers file?\n", path);
	assert_string_equal(err, want);
	assert_int_equal(c.rc, -1);
	free(err);
	free(want);

	unlink(path);
	rmdir(dir);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_error_cap),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
