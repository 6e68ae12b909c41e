/*
 * tui_probe.c - test helper (not installed): reads lines through the tui
 * wrapper and reports each result on its own line, for
 * tests/e2e/tui_basic.exp and the pipe tests.
 *
 *   q1 is pre-filled with "draft"; every question completes over
 *   sysadmin, security, developer, devops.  Output per read:
 *   "LINE[text]", "INTERRUPT", "ERROR" or "EOF" (then exit 0).
 */
#include <stdio.h>
#include <stdlib.h>

#include "pmpath/tui.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

int main(void)
{
	static const char *const words[] = { "sysadmin", "security", "developer",
					     "devops", NULL };
	struct tui *t = tui_open();
	printf("MODE %s\n", tui_is_terminal(t) ? "terminal" : "pipe");
	for (int q = 1; q < 100; q++) {
		char prompt[16];
		char *line;
		enum tui_rc rc;
		snprintf(prompt, sizeof(prompt), "q%d> ", q);
		rc = tui_read(t, prompt, q == 1 ? "draft" : NULL, words, &line);
		if (rc == TUI_LINE) {
			printf("LINE[%s]\n", line);
			tui_history_add(t, line);
			free(line);
		} else if (rc == TUI_INTERRUPT) {
			printf("INTERRUPT\n");
		} else if (rc == TUI_ERROR) {
			printf("ERROR\n");
		} else {
			printf("EOF\n");
			break;
		}
		fflush(stdout);
	}
	tui_close(t);
	return fclose(stdout) == 0 ? 0 : 1;
}
