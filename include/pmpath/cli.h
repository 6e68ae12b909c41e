/*
 * cli.h - what every subcommand receives, and the subcommands themselves.
 *
 * Adding a command (after git's builtin.h):
 *   1. write src/cmd_NAME.c with `int cmd_NAME(int argc, char **argv,
 *      struct pm_ctx *ctx)`: an option table, opts_parse(), then calls
 *      into the core and the writers; return an enum pm_exit value;
 *   2. declare it below and add a row to the table in src/main.c;
 *   3. add end-to-end tests under tests/e2e/;
 *   4. document it in README.md, data/pmpath.1 and the bash completion.
 * The Makefile picks up new source files by itself.
 */
#ifndef PMPATH_CLI_H
#define PMPATH_CLI_H

#include "pmpath/paths.h"

struct store;
struct catalog;

/* State shared by all commands; set up by main() from global options. */
struct pm_ctx {
	const char *db_opt;   /* --db PATH, or NULL */
	const char *profile;  /* --profile NAME ("default") */
	int color;            /* 1: stdout is a terminal and NO_COLOR is unset */
	int stdin_tty;        /* 1: standard input is a terminal */
	struct datadirs data; /* catalog and banks (resolved lazily) */
	int data_ok;          /* data resolved */
};

/* Resolve data locations once; 0 or -1 after printing why. */
int ctx_data(struct pm_ctx *ctx);
/* Open the user database named by --db/PMPATH_DB/XDG; NULL after printing why. */
struct store *ctx_store(struct pm_ctx *ctx);
/* Load the catalog; NULL after printing why. */
struct catalog *ctx_catalog(struct pm_ctx *ctx);
/* Path of bank NAME ("core") in the data dir, or NAME itself if it
 * contains a '/' or ends in ".xml".  Caller frees. */
char *ctx_bank_path(struct pm_ctx *ctx, const char *name);
/*
 * The profile's answers for bank `bank_id`: nth = 0 the latest completed
 * session (or, when none is completed, the open one), nth = 1, 2, ... the
 * completed sessions before it.  Fills *a and, if info is not NULL,
 * *info (release with session_info_release).  Returns 0, 1 when there is
 * no such session (nothing printed), -1 after printing an error.
 */
struct answer_set;
struct session_info;
int ctx_answers(struct pm_ctx *ctx, const char *bank_id, int nth, struct answer_set *a,
		struct session_info *info);
/* Path of questions/bank.rng.  Caller frees. */
char *ctx_schema_path(struct pm_ctx *ctx);

int cmd_assess(int argc, char **argv, struct pm_ctx *ctx);
int cmd_catalog(int argc, char **argv, struct pm_ctx *ctx);
int cmd_certs(int argc, char **argv, struct pm_ctx *ctx);
int cmd_plan(int argc, char **argv, struct pm_ctx *ctx);
int cmd_profile(int argc, char **argv, struct pm_ctx *ctx);
int cmd_report(int argc, char **argv, struct pm_ctx *ctx);
int cmd_rewrite(int argc, char **argv, struct pm_ctx *ctx);
int cmd_validate(int argc, char **argv, struct pm_ctx *ctx);

#endif
