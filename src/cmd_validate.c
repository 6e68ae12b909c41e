/*
 * cmd_validate.c - `pmpath validate FILE...`: check question banks against
 * the schema (questions/bank.rng) and the loader's semantic rules, so bank
 * authors see every problem with its file and line before users do.
 */
#include <stdio.h>
#include <stdlib.h>

#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"
#include "pmpath/cli.h"
#include "pmpath/opts.h"
#include "pmpath/paths.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

/*
 * Validate each FILE; print "FILE: ok (N questions in M sections)" for
 * the good ones unless --quiet.  Returns 0 when all are valid, 1 when any
 * is not, 2 without a FILE.
 */
int cmd_validate(int argc, char **argv, struct pm_ctx *ctx)
{
	int quiet = 0, nfiles = 0, failed = 0;
	char *schema;
	const struct opt opts[] = {
		{ OPT_FLAG, 'q', "quiet", &quiet, NULL, "print nothing for valid files" },
		OPT_END_ROW,
	};
	const struct cmd_usage usage = {
		"validate", "[--quiet] FILE...",
		"Check question bank files against the bank schema and rules.",
		"Every problem is reported as FILE:LINE: message.  Exit status 0 if\n"
		"every FILE is valid, 1 if any is not.",
	};

	opts_parse(argc, argv, opts, &usage, &nfiles);
	if (nfiles == 0) {
		error("validate: no FILE given");
		fprintf(stderr, "Try 'pmpath validate --help' for more information.\n");
		return PM_EXIT_USAGE;
	}
	schema = ctx_schema_path(ctx);
	if (!schema)
		return PM_EXIT_DATA;
	for (int i = 0; i < nfiles; i++) {
		char *disp = paths_display(argv[i]);
		struct bank *b = bank_load_file(argv[i], disp, schema);
		if (!b) {
			failed = 1;
		} else {
			if (!quiet)
				printf("%s: ok (%zu question%s in %zu section%s)\n", disp,
				       b->nquestions, b->nquestions == 1 ? "" : "s",
				       b->nsections, b->nsections == 1 ? "" : "s");
			bank_free(b);
		}
		free(disp);
	}
	free(schema);
	return failed ? PM_EXIT_DATA : PM_EXIT_OK;
}
