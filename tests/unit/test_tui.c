/* test_tui.c - the line reader on a pipe (standard input replaced with
 * dup2): line ends, limits, bad bytes, nothing printed for prompts.  The
 * terminal side is tests/e2e/tui_basic.exp. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pmpath/tui.h"
#include "pmpath/util.h"

/* Make standard input a pipe that delivers `len` bytes then ends; a child
 * writes them so that inputs larger than the pipe buffer work.  Returns
 * the writer's pid. */
static pid_t feed_stdin(const char *data, size_t len)
{
	int fds[2];
	pid_t pid;
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		while (len > 0) {
			ssize_t n = write(fds[1], data, len);
			if (n <= 0)
				_exit(1);
			data += n;
			len -= (size_t)n;
		}
		_exit(0);
	}
	close(fds[1]);
	assert_int_equal(dup2(fds[0], 0), 0);
	close(fds[0]);
	clearerr(stdin);
	return pid;
}

static void reap(pid_t pid)
{
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Read everything as "LINE[x]", "ERR", "EOF" tokens; stderr and stdout
 * (which must stay empty) are captured. */
static char *read_all(char **err_out)
{
	static const char *const words[] = { "a", NULL };
	struct strbuf sb = STRBUF_INIT;
	FILE *err = tmpfile(), *out = tmpfile();
	int saved_err = dup(2), saved_out = dup(1);
	struct tui *t;
	char buf[4096];
	size_t n;

	assert_non_null(err);
	assert_non_null(out);
	fflush(stdout);
	fflush(stderr);
	dup2(fileno(err), 2);
	dup2(fileno(out), 1);
	t = tui_open();
	sb_init(&sb);
	for (int i = 0; i < 100; i++) {
		char *line;
		enum tui_rc rc = tui_read(t, "prompt> ", "prefill", words, &line);
		if (rc == TUI_LINE) {
			sb_addf(&sb, "LINE[%s]", line);
			tui_history_add(t, line);
			free(line);
			continue;
		}
		assert_null(line);
		if (rc == TUI_ERROR) {
			sb_adds(&sb, "ERR ");
			continue;
		}
		assert_int_equal(rc, TUI_EOF);
		sb_adds(&sb, "EOF");
		break;
	}
	assert_int_equal(tui_is_terminal(t), 0);
	tui_close(t);
	fflush(stdout);
	fflush(stderr);
	dup2(saved_err, 2);
	dup2(saved_out, 1);
	close(saved_err);
	close(saved_out);
	/* No prompt, no pre-fill, nothing at all on stdout. */
	assert_int_equal(ftell(out), 0);
	fclose(out);
	rewind(err);
	{
		struct strbuf e = STRBUF_INIT;
		sb_init(&e);
		while ((n = fread(buf, 1, sizeof(buf), err)) > 0)
			sb_add(&e, buf, n);
		*err_out = sb_detach(&e);
	}
	fclose(err);
	return sb_detach(&sb);
}

#define S(lit) lit, sizeof(lit) - 1

static const struct {
	const char *name;
	const char *in;
	size_t len;
	const char *want;
	const char *err;
} cases[] = {
	{ "empty input", S(""), "EOF", "" },
	{ "lines", S("a\nb c\n"), "LINE[a]LINE[b c]EOF", "" },
	{ "no final newline", S("a\nlast"), "LINE[a]LINE[last]EOF", "" },
	{ "empty lines kept", S("\n\nx\n"), "LINE[]LINE[]LINE[x]EOF", "" },
	{ "crlf", S("a\r\nb\r\n\r\n"), "LINE[a]LINE[b]LINE[]EOF", "" },
	{ "only the last cr goes", S("a\r\r\n"), "LINE[a\r]EOF", "" },
	{ "blanks kept", S("  a  \n"), "LINE[  a  ]EOF", "" },
	{ "utf-8", S("caf\xC3\xA9\n"), "LINE[caf\xC3\xA9]EOF", "" },
	{ "nul byte", S("a\0b\nnext\n"), "ERR LINE[next]EOF",
	  "pmpath: standard input:1: NUL byte in the input\n" },
	{ "invalid utf-8", S("ok\ncaf\xE9\nnext"), "LINE[ok]ERR LINE[next]EOF",
	  "pmpath: standard input:2: not valid UTF-8 (check the terminal or file encoding)\n" },
};

static void test_pipe_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		pid_t pid = feed_stdin(cases[i].in, cases[i].len);
		char *err, *got = read_all(&err);
		reap(pid);
		print_message("case: %s\n", cases[i].name);
		assert_string_equal(got, cases[i].want);
		assert_string_equal(err, cases[i].err);
		free(got);
		free(err);
	}
}

/* A line of exactly TUI_MAX_LINE bytes passes; one byte more does not, and
 * reading resumes at the next line. */
static void test_pipe_long(void **state)
{
	struct strbuf in = STRBUF_INIT;
	char *got, *err, *want;
	pid_t pid;
	(void)state;
	sb_addnc(&in, 'x', TUI_MAX_LINE);
	sb_adds(&in, "\r\n");
	sb_addnc(&in, 'y', TUI_MAX_LINE + 1);
	sb_adds(&in, "\n");
	sb_addnc(&in, 'z', 3 * TUI_MAX_LINE);
	sb_adds(&in, "\nend\n");
	pid = feed_stdin(in.buf, in.len);
	got = read_all(&err);
	reap(pid);
	want = xasprintf("LINE[%.*s]ERR ERR LINE[end]EOF", TUI_MAX_LINE, in.buf);
	assert_string_equal(got, want);
	assert_string_equal(err, "pmpath: standard input:2: line longer than 65536 bytes\n"
				 "pmpath: standard input:3: line longer than 65536 bytes\n");
	free(want);
	free(got);
	free(err);
	sb_release(&in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipe_table),
		cmocka_unit_test(test_pipe_long),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
