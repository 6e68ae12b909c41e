/*
 * opts.c - parse command-line options from a table and print --help from
 * the same table (see include/pmpath/opts.h).
 */
#include "pmpath/opts.h"

#include <stdlib.h>
#include <string.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

void opt_list_release(struct opt_list *l)
{
	free(l->items);
	l->items = NULL;
	l->n = l->alloc = 0;
}

static PM_NORETURN PM_PRINTF(2, 3) void opt_fail(const struct cmd_usage *u,
						   const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	fflush(stdout);
	if (u->cmd && *u->cmd)
		fprintf(stderr, "pmpath: %s: %s\n", u->cmd, sb.buf);
	else
		fprintf(stderr, "pmpath: %s\n", sb.buf);
	if (u->cmd && *u->cmd)
		fprintf(stderr, "Try 'pmpath %s --help' for more information.\n", u->cmd);
	else
		fprintf(stderr, "Try 'pmpath --help' for more information.\n");
	sb_release(&sb);
	exit(PM_EXIT_USAGE);
}

static void opt_store(const struct opt *o, const char *val, const struct cmd_usage *u)
{
	switch (o->type) {
	case OPT_FLAG:
		*(int *)o->dest = 1;
		break;
	case OPT_STRING:
		*(const char **)o->dest = val;
		break;
	case OPT_INT: {
		long v;
		if (str_to_long(val, &v) < 0)
			opt_fail(u, "--%s needs a whole number", o->long_name);
		*(long *)o->dest = v;
		break;
	}
	case OPT_LIST: {
		struct opt_list *l = o->dest;
		ALLOC_GROW(l->items, l->n + 1, l->alloc);
		l->items[l->n++] = val;
		break;
	}
	case OPT_END:
		break;
	}
}

void opts_parse(int argc, char **argv, const struct opt *opts,
		const struct cmd_usage *u, int *nrest)
{
	int out = 0;
	int only_operands = 0;
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		const struct opt *o = NULL;
		const char *val = NULL;
		if (only_operands || a[0] != '-' || a[1] == '\0') {
			argv[out++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_operands = 1;
			continue;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			opts_usage(stdout, opts, u);
			exit(fflush(stdout) || ferror(stdout) ? PM_EXIT_DATA : PM_EXIT_OK);
		}
		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			for (const struct opt *p = opts; p->type != OPT_END; p++)
				if (p->long_name && strlen(p->long_name) == len &&
				    !strncmp(p->long_name, name, len))
					o = p;
			if (!o)
				opt_fail(u, "unknown option '%s'", a);
			if (eq) {
				if (o->type == OPT_FLAG)
					opt_fail(u, "option '--%s' takes no value", o->long_name);
				val = eq + 1;
			}
		} else {
			for (const struct opt *p = opts; p->type != OPT_END; p++)
				if (p->short_name && p->short_name == a[1])
					o = p;
			if (!o || (a[2] && o->type == OPT_FLAG))
				opt_fail(u, "unknown option '%s'", a);
			if (a[2])
				val = a + 2;
		}
		if (o->type != OPT_FLAG && !val) {
			if (i + 1 >= argc)
				opt_fail(u, "option '%s' needs a value", a);
			val = argv[++i];
		}
		opt_store(o, val, u);
	}
	argv[out] = NULL;
	*nrest = out;
}

void opts_usage(FILE *fp, const struct opt *opts, const struct cmd_usage *u)
{
	size_t width = 0;
	if (u->cmd && *u->cmd)
		fprintf(fp, "Usage: pmpath %s %s\n\n%s\n", u->cmd, u->synopsis, u->summary);
	else
		fprintf(fp, "Usage: pmpath %s\n\n%s\n", u->synopsis, u->summary);
	if (u->details)
		fprintf(fp, "\n%s\n", u->details);
	for (const struct opt *p = opts; p->type != OPT_END; p++) {
		size_t w = strlen(p->long_name) + 2 + (p->argname ? strlen(p->argname) + 1 : 0);
		if (w > width)
			width = w;
	}
	fprintf(fp, "\nOptions:\n");
	for (const struct opt *p = opts; p->type != OPT_END; p++) {
		struct strbuf sb = STRBUF_INIT;
		sb_addf(&sb, "--%s", p->long_name);
		if (p->argname)
			sb_addf(&sb, " %s", p->argname);
		if (p->short_name)
			fprintf(fp, "  -%c, ", p->short_name);
		else
			fprintf(fp, "      ");
		fprintf(fp, "%-*s  %s\n", (int)width, sb.buf, p->help);
		sb_release(&sb);
	}
	fprintf(fp, "  -h, %-*s  %s\n", (int)width, "--help", "show this help and exit");
}
