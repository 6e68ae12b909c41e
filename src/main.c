/*
 * main.c - global options, the command table and exit codes.
 *
 * Global options (--db, --profile) may stand before or after the command
 * name; --help and --version before it.  See include/pmpath/cli.h for how
 * to add a command.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/opts.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

#ifndef PMPATH_VERSION
#define PMPATH_VERSION "0.0.0"
#endif

struct command {
	const char *name;
	int (*fn)(int argc, char **argv, struct pm_ctx *ctx);
	const char *summary;
};

/* Keep sorted by name; `pmpath` alone runs "assess". */
static const struct command commands[] = {
	{ "assess", cmd_assess, "answer the self-assessment questionnaire (the default)" },
	{ "catalog", cmd_catalog, "show the competencies, certifications, roles and resources" },
	{ "certs", cmd_certs, "which certification fits, eligibility and what is missing" },
	{ "plan", cmd_plan, "a week-by-week training plan that fits your hours" },
	{ "profile", cmd_profile, "list, show, export, import or delete profiles" },
	{ "report", cmd_report, "print your scores and how they were reached" },
	{ "rewrite", cmd_rewrite, "rewrite resume bullets in project language" },
	{ "validate", cmd_validate, "check question bank files" },
};

static void top_usage(FILE *fp)
{
	fprintf(fp,
		"Usage: pmpath [--db PATH] [--profile NAME] [COMMAND] [ARGS...]\n"
		"\n"
		"Move from IT work into project management: assess your transferable\n"
		"skills, find the certification that fits, rewrite your resume bullets\n"
		"and plan your training.  Everything stays on this machine.\n"
		"\nCommands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (commands[i].name)
			fprintf(fp, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(fp,
		"\nGlobal options:\n"
		"  --db PATH       user database (default $XDG_DATA_HOME/pmpath/pmpath.db;\n"
		"                  PMPATH_DB overrides the default)\n"
		"  --profile NAME  whose answers to use (default 'default')\n"
		"  -h, --help      show this help and exit\n"
		"  --version       print the version and the catalog's data date\n"
		"\nRun 'pmpath COMMAND --help' for a command's options.\n"
		"NO_COLOR in the environment turns colour off.\n");
}

static int print_version(struct pm_ctx *ctx)
{
	struct catalog *cat;
	printf("pmpath %s\n", PMPATH_VERSION);
	/* The catalog's date says how fresh the certification facts are. */
	if (ctx_data(ctx) == 0 && (cat = catalog_load(ctx->data.catalog))) {
		printf("catalog %s (facts checked %s)\n", cat->data_version, cat->data_date);
		catalog_free(cat);
	}
	return PM_EXIT_OK;
}

/* Check that everything written to stdout reached its destination. */
static int finish_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		error("cannot write the output: %s",
		      "standard output failed (disk full or closed pipe?)");
		return rc ? rc : PM_EXIT_DATA;
	}
	return rc;
}

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (commands[i].name && !strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static int valid_profile_name(const char *s)
{
	if (!*s || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
			return 0;
	return 1;
}

int main(int argc, char **argv)
{
	struct pm_ctx ctx = { 0 };
	const char *no_color = getenv("NO_COLOR");
	char **args = xcalloc((size_t)argc + 1, sizeof(*args));
	int nargs = 0, rc;
	const struct command *cmd = NULL;

	ctx.profile = "default";
	ctx.color = isatty(STDOUT_FILENO) && !(no_color && *no_color);
	ctx.stdin_tty = isatty(STDIN_FILENO);

	/* Pull global options out of argv, wherever they stand before "--". */
	args[nargs++] = argv[0];
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char **dest = NULL;
		const char *val = NULL;
		if (!strcmp(a, "--")) {
			for (; i < argc; i++)
				args[nargs++] = argv[i];
			break;
		}
		if (!strcmp(a, "--db") || !strcmp(a, "--profile")) {
			dest = !strcmp(a, "--db") ? &ctx.db_opt : &ctx.profile;
			if (i + 1 >= argc)
				die_usage("option '%s' needs a value", a);
			val = argv[++i];
		} else if (str_starts_with(a, "--db=")) {
			dest = &ctx.db_opt;
			val = a + 5;
		} else if (str_starts_with(a, "--profile=")) {
			dest = &ctx.profile;
			val = a + 10;
		}
		if (dest) {
			*dest = val;
			continue;
		}
		args[nargs++] = argv[i];
	}
	args[nargs] = NULL;
	if (!valid_profile_name(ctx.profile))
		die_usage("invalid profile name '%s' (letters, digits, '.', '_', '-'; at most 64)",
			  ctx.profile);

	if (nargs >= 2 && args[1][0] == '-') {
		if (!strcmp(args[1], "--help") || !strcmp(args[1], "-h")) {
			top_usage(stdout);
			free(args);
			return finish_stdout(PM_EXIT_OK);
		}
		if (!strcmp(args[1], "--version")) {
			rc = print_version(&ctx);
			paths_data_release(&ctx.data);
			free(args);
			return finish_stdout(rc);
		}
	}
	if (nargs < 2 || args[1][0] == '-') {
		/* No command: the assessment, with any options given. */
		cmd = find_command("assess");
		if (!cmd)
			die_usage("no command given");
		rc = cmd->fn(nargs, args, &ctx);
	} else {
		cmd = find_command(args[1]);
		if (!cmd)
			die_usage("unknown command '%s'", args[1]);
		rc = cmd->fn(nargs - 1, args + 1, &ctx);
	}
	paths_data_release(&ctx.data);
	free(args);
	return finish_stdout(rc);
}
