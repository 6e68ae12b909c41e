/*
 * opts.h - options as data (after git's parse-options).
 *
 * A command declares a NULL-terminated array of struct opt; opts_parse()
 * parses argv against it and opts_usage() prints --help from the same
 * table, so what is documented is what is parsed.  Long options take
 * their value as "--name VALUE" or "--name=VALUE".  "--" ends options.
 * Wrong usage is reported as "pmpath: CMD: ..." with exit status 2.
 */
#ifndef PMPATH_OPTS_H
#define PMPATH_OPTS_H

#include <stdio.h>

enum opt_type {
	OPT_FLAG,   /* int *: set to 1 */
	OPT_STRING, /* const char **: the argument */
	OPT_INT,    /* long *: a whole number */
	OPT_LIST,   /* struct opt_list *: repeatable string option */
	OPT_END,
};

struct opt_list {
	const char **items;
	size_t n, alloc;
};
void opt_list_release(struct opt_list *l);

struct opt {
	enum opt_type type;
	char short_name;       /* 0 if none */
	const char *long_name; /* without "--" */
	void *dest;
	const char *argname;   /* e.g. "FILE"; NULL for flags */
	const char *help;      /* one line */
};

#define OPT_END_ROW { OPT_END, 0, NULL, NULL, NULL, NULL }

struct cmd_usage {
	const char *cmd;       /* "report" (or "" for the top level) */
	const char *synopsis;  /* "[--format FMT] [-o FILE]" */
	const char *summary;   /* one sentence */
	const char *details;   /* further paragraphs, or NULL */
};

/*
 * Parse argv[1..argc-1]; collects operands (non-option words) into
 * argv[0..*nrest-1] in order (argv is rearranged).  Handles --help and -h
 * by printing usage to stdout and exiting 0.  Exits 2 on an unknown option
 * or a missing or malformed value.
 */
void opts_parse(int argc, char **argv, const struct opt *opts,
		const struct cmd_usage *u, int *nrest);
void opts_usage(FILE *fp, const struct opt *opts, const struct cmd_usage *u);

#endif
