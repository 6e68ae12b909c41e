/*
 * cmd_profile.c - `pmpath profile list|show|export|import|delete`: see
 * and manage the profiles in the user database, and move one to another
 * machine (or to a mentor) as an XML file checked by data/profile.rng.
 *
 * Reading commands never create the database: `pmpath profile list
 * --names`, which the bash completion runs on every TAB, leaves no file
 * behind.  Import writes a whole profile in one transaction; delete
 * asks first on a terminal and then VACUUMs, so the deleted answers are
 * not left in the file's free pages.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pmpath/cli.h"
#include "pmpath/opts.h"
#include "pmpath/paths.h"
#include "pmpath/profile_xml.h"
#include "pmpath/store.h"
#include "pmpath/fileio.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

static const struct cmd_usage list_usage = {
	"profile list", "[--names]",
	"List the profiles with their number of sessions and last activity.", NULL,
};
static const struct cmd_usage show_usage = {
	"profile show", "[NAME]",
	"Summarise the sessions of profile NAME (default: --profile).", NULL,
};
static const struct cmd_usage export_usage = {
	"profile export", "[NAME] [-o FILE]",
	"Write profile NAME (default: --profile) as XML to standard output or FILE.",
	"The file holds every session and answer with its timestamps; 'pmpath\n"
	"profile import' reads it back, on this machine or another.  FILE is\n"
	"created with mode 0600 (the answers are personal).",
};
static const struct cmd_usage import_usage = {
	"profile import", "FILE [--as NAME] [--replace]",
	"Add the profile exported in FILE to the database, all of it or nothing.",
	"An existing profile of the same name is kept unless --replace is given.",
};
static const struct cmd_usage delete_usage = {
	"profile delete", "NAME [--yes]",
	"Delete profile NAME with all its sessions and answers.",
	"On a terminal pmpath asks first; otherwise --yes is required.  The\n"
	"database is compacted afterwards so the answers do not linger in it.",
};

/* Print the usage of every subcommand. */
static void profile_usage(FILE *fp)
{
	const struct cmd_usage *all[] = {
		&list_usage, &show_usage, &export_usage, &import_usage, &delete_usage,
	};
	fprintf(fp, "Usage: pmpath profile SUBCOMMAND [ARGS...]\n\n"
		    "Manage profiles; export and import move one between machines.\n\n"
		    "Subcommands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(all); i++)
		fprintf(fp, "  pmpath %s %s\n      %s\n", all[i]->cmd, all[i]->synopsis,
			all[i]->summary);
	fprintf(fp, "\nRun 'pmpath profile SUBCOMMAND --help' for details.\n");
}

/* Exit-2 error for a subcommand: message, then where to find help. */
static int usage_error(const struct cmd_usage *u, const char *msg)
{
	error("%s: %s", u->cmd, msg);
	fprintf(stderr, "Try 'pmpath %s --help' for more information.\n", u->cmd);
	return PM_EXIT_USAGE;
}

/*
 * Open the user database only if it exists.  Returns 0 with *st set, 1
 * when there is no database yet (*st NULL), -1 after printing why.
 */
static int store_if_exists(struct pm_ctx *ctx, struct store **st)
{
	char *path = paths_userdb(ctx->db_opt);
	struct stat sb;
	int rc = 0;
	*st = NULL;
	if (lstat(path, &sb) < 0 && errno == ENOENT)
		rc = 1;
	else if (!(*st = ctx_store(ctx)))
		rc = -1;
	free(path);
	return rc;
}

/* Print "no profile 'NAME'" for the database of ctx; returns PM_EXIT_DATA. */
static int no_such_profile(struct pm_ctx *ctx, const char *name)
{
	char *path = paths_userdb(ctx->db_opt);
	error("no profile '%s' in %s (see 'pmpath profile list')", name, path);
	free(path);
	return PM_EXIT_DATA;
}

/* Check a NAME operand; returns 0 or PM_EXIT_USAGE after printing why. */
static int check_name(const struct cmd_usage *u, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	int rc;
	if (profile_name_ok(name))
		return 0;
	sb_addf(&sb, "invalid profile name '%s' (letters, digits, '.', '_', '-'; "
		     "at most 64)", name);
	rc = usage_error(u, sb.buf);
	sb_release(&sb);
	return rc;
}

/* `pmpath profile list [--names]`. */
static int profile_list(int argc, char **argv, struct pm_ctx *ctx)
{
	int names = 0, nrest, rc;
	const struct opt opts[] = {
		{ OPT_FLAG, 0, "names", &names, NULL,
		  "only the names, one per line (for scripts and completion)" },
		OPT_END_ROW,
	};
	struct store *st = NULL;
	struct profile_summary *ps = NULL;
	size_t n = 0, width = 7;

	opts_parse(argc, argv, opts, &list_usage, &nrest);
	if (nrest > 0)
		return usage_error(&list_usage, "takes no arguments");
	rc = store_if_exists(ctx, &st);
	if (rc < 0)
		return PM_EXIT_DATA;
	if (rc == 0 && store_profile_summaries(st, &ps, &n) < 0) {
		store_close(st);
		return PM_EXIT_DATA;
	}
	store_close(st);
	if (names) {
		for (size_t i = 0; i < n; i++)
			printf("%s\n", ps[i].name);
	} else if (n == 0) {
		printf("No profiles yet; 'pmpath assess' starts one.\n");
	} else {
		for (size_t i = 0; i < n; i++)
			if (strlen(ps[i].name) > width)
				width = strlen(ps[i].name);
		printf("%-*s  SESSIONS  LAST ACTIVITY\n", (int)width, "PROFILE");
		for (size_t i = 0; i < n; i++)
			printf("%-*s  %8zu  %s\n", (int)width, ps[i].name, ps[i].sessions,
			       ps[i].last);
	}
	profile_summaries_release(ps, n);
	return PM_EXIT_OK;
}

/*
 * Read profile `name` into *d.  Returns 0, or an exit status after
 * printing why (PM_EXIT_DATA also when there is no such profile).
 */
static int read_profile(struct pm_ctx *ctx, const char *name, struct profile_dump *d)
{
	struct store *st = NULL;
	int rc = store_if_exists(ctx, &st);
	if (rc == 0)
		rc = store_profile_read(st, name, d);
	store_close(st);
	if (rc < 0)
		return PM_EXIT_DATA;
	if (rc == 1)
		return no_such_profile(ctx, name);
	return PM_EXIT_OK;
}

/* Number of answers in all sessions of d. */
static size_t count_answers(const struct profile_dump *d)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		n += d->sessions[i].nanswers;
	return n;
}

/* `pmpath profile show [NAME]`. */
static int profile_show(int argc, char **argv, struct pm_ctx *ctx)
{
	const struct opt opts[] = { OPT_END_ROW };
	struct profile_dump d = PROFILE_DUMP_INIT;
	const char *name = ctx->profile;
	size_t bw = 4, vw = 7;
	int nrest, rc;

	opts_parse(argc, argv, opts, &show_usage, &nrest);
	if (nrest > 1)
		return usage_error(&show_usage, "takes at most one NAME");
	if (nrest == 1)
		name = argv[0];
	if ((rc = check_name(&show_usage, name)) != 0)
		return rc;
	if ((rc = read_profile(ctx, name, &d)) != 0)
		return rc;
	printf("Profile '%s', created %s\n", d.name, d.created ? d.created : "?");
	if (d.n == 0) {
		printf("No sessions yet; 'pmpath --profile %s assess' starts one.\n", d.name);
		profile_dump_release(&d);
		return PM_EXIT_OK;
	}
	printf("%zu session%s, %zu answer%s:\n", d.n, d.n == 1 ? "" : "s",
	       count_answers(&d), count_answers(&d) == 1 ? "" : "s");
	for (size_t i = 0; i < d.n; i++) {
		const struct session_info *si = &d.sessions[i].info;
		if (si->bank_id && strlen(si->bank_id) > bw)
			bw = strlen(si->bank_id);
		if (si->bank_version && strlen(si->bank_version) > vw)
			vw = strlen(si->bank_version);
	}
	printf("  %-*s  %-*s  %-20s  %-20s  %s\n", (int)bw, "BANK", (int)vw, "VERSION",
	       "STARTED", "COMPLETED", "ANSWERS");
	for (size_t i = 0; i < d.n; i++) {
		const struct stored_session *ss = &d.sessions[i];
		const struct session_info *si = &ss->info;
		printf("  %-*s  %-*s  %-20s  %-20s  %7zu\n", (int)bw,
		       si->bank_id ? si->bank_id : "", (int)vw,
		       si->bank_version ? si->bank_version : "",
		       si->started ? si->started : "",
		       si->completed ? si->completed : "(not finished)", ss->nanswers);
	}
	profile_dump_release(&d);
	return PM_EXIT_OK;
}

/* fsync the directory holding `path` so a rename in it is durable. */
static void sync_dir_of(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int fd;
	if (!slash) {
		free(dir);
		dir = xstrdup(".");
	} else if (slash == dir) {
		slash[1] = '\0';
	} else {
		*slash = '\0';
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd); /* best effort: some file systems refuse it */
		close(fd);
	}
	free(dir);
}

/*
 * Write n bytes to `path` through a temporary file (mode 0600) in the same
 * directory: written, fsync'ed, then renamed over `path`, so a reader never
 * sees half a file.  On failure the temporary file is removed.  Returns 0
 * or -1 after printing why, naming `path`.
 */
static int write_file_atomic(const char *path, const char *data, size_t n)
{
	char *tmp;
	int fd;
	size_t off = 0;
	int e;
	struct stat st;

	/* A device or pipe (/dev/stdout, /dev/full) is written in place. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return file_write_atomic(path, data, n);
	tmp = xasprintf("%s.XXXXXX", path);
	fd = mkstemp(tmp);

	if (fd < 0) {
		e = errno;
		free(tmp);
		return error("cannot write %s: %s", path, strerror(e));
	}
	if (fchmod(fd, 0600) < 0)
		goto fail;
	while (off < n) {
		ssize_t w = write(fd, data + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			goto fail;
		off += (size_t)w;
	}
	if (fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) < 0)
		goto fail;
	sync_dir_of(path);
	free(tmp);
	return 0;
fail:
	e = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return error("cannot write %s: %s", path, strerror(e));
}

/* `pmpath profile export [NAME] [-o FILE]`. */
static int profile_export(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *file = NULL;
	const struct opt opts[] = {
		{ OPT_STRING, 'o', "output", &file, "FILE",
		  "write to FILE (mode 0600) instead of standard output" },
		OPT_END_ROW,
	};
	struct profile_dump d = PROFILE_DUMP_INIT;
	struct strbuf xml = STRBUF_INIT;
	const char *name = ctx->profile;
	int nrest, rc;

	opts_parse(argc, argv, opts, &export_usage, &nrest);
	if (nrest > 1)
		return usage_error(&export_usage, "takes at most one NAME");
	if (nrest == 1)
		name = argv[0];
	if ((rc = check_name(&export_usage, name)) != 0)
		return rc;
	if (file && !*file)
		return usage_error(&export_usage, "-o needs a file name");
	if ((rc = read_profile(ctx, name, &d)) != 0)
		return rc;
	rc = PM_EXIT_DATA;
	if (profile_xml_write(&d, &xml) < 0)
		goto out;
	if (file && strcmp(file, "-")) {
		if (write_file_atomic(file, xml.buf, xml.len) < 0)
			goto out;
	} else {
		fwrite(xml.buf, 1, xml.len, stdout);
	}
	rc = PM_EXIT_OK;
out:
	sb_release(&xml);
	profile_dump_release(&d);
	return rc;
}

/* Path of profile.rng: beside the banks when installed, in data/ of the
 * source tree when run from the build directory.  NULL after printing. */
static char *profile_schema_path(struct pm_ctx *ctx)
{
	struct stat sb;
	char *p;
	if (ctx_data(ctx) < 0)
		return NULL;
	p = xasprintf("%s/profile.rng", ctx->data.questions);
	if (stat(p, &sb) == 0)
		return p;
	free(p);
	p = xasprintf("%s/../data/profile.rng", ctx->data.questions);
	if (stat(p, &sb) == 0)
		return p;
	free(p);
	error("cannot find profile.rng in %s (reinstall pmpath)", ctx->data.questions);
	return NULL;
}

/* `pmpath profile import FILE [--as NAME] [--replace]`. */
static int profile_import(int argc, char **argv, struct pm_ctx *ctx)
{
	const char *as = NULL;
	int replace = 0, nrest, rc = PM_EXIT_DATA, r;
	const struct opt opts[] = {
		{ OPT_STRING, 0, "as", &as, "NAME", "import under this name instead" },
		{ OPT_FLAG, 0, "replace", &replace, NULL,
		  "overwrite a profile of the same name" },
		OPT_END_ROW,
	};
	struct profile_dump d = PROFILE_DUMP_INIT;
	struct store *st = NULL;
	char *schema = NULL, *disp = NULL;

	opts_parse(argc, argv, opts, &import_usage, &nrest);
	if (nrest == 0)
		return usage_error(&import_usage, "no FILE given");
	if (nrest > 1)
		return usage_error(&import_usage, "takes one FILE");
	if (as && (r = check_name(&import_usage, as)) != 0)
		return r;
	if (!(schema = profile_schema_path(ctx)))
		return PM_EXIT_DATA;
	disp = paths_display(argv[0]);
	if (profile_xml_load(argv[0], disp, schema, &d) < 0)
		goto out;
	if (as) {
		free(d.name);
		d.name = xstrdup(as);
	}
	if (!(st = ctx_store(ctx)))
		goto out;
	r = store_profile_write(st, &d, replace);
	if (r < 0)
		goto out;
	if (r == 1) {
		error("profile '%s' already exists in %s; nothing imported (add --replace "
		      "to overwrite it, or --as NAME to import it under another name)",
		      d.name, store_path(st));
		goto out;
	}
	printf("Imported profile '%s' from %s: %zu session%s, %zu answer%s", d.name,
	       disp, d.n, d.n == 1 ? "" : "s", count_answers(&d),
	       count_answers(&d) == 1 ? "" : "s");
	if (d.bullets.n)
		printf(", %zu accepted bullet%s", d.bullets.n, d.bullets.n == 1 ? "" : "s");
	if (d.has_plan)
		printf(", plan settings");
	if (d.ndone)
		printf(", %zu plan item%s done", d.ndone, d.ndone == 1 ? "" : "s");
	puts(".");
	rc = PM_EXIT_OK;
out:
	store_close(st);
	profile_dump_release(&d);
	free(schema);
	free(disp);
	return rc;
}

/*
 * Ask on the terminal whether to delete profile `name` (with its counts).
 * Returns 1 yes, 0 no.
 */
static int confirm_delete(const char *name, const struct profile_dump *d)
{
	char *line = NULL;
	size_t cap = 0;
	int yes = 0;
	fprintf(stderr, "Delete profile '%s' (%zu session%s, %zu answer%s)? "
			"This cannot be undone. [y/N] ", name, d->n, d->n == 1 ? "" : "s",
		count_answers(d), count_answers(d) == 1 ? "" : "s");
	fflush(stderr);
	if (getline(&line, &cap, stdin) > 0) {
		str_trim(line);
		yes = !strcasecmp(line, "y") || !strcasecmp(line, "yes");
	}
	free(line);
	return yes;
}

/* `pmpath profile delete NAME [--yes]`. */
static int profile_delete(int argc, char **argv, struct pm_ctx *ctx)
{
	int yes = 0, nrest, rc;
	const struct opt opts[] = {
		{ OPT_FLAG, 'y', "yes", &yes, NULL, "do not ask for confirmation" },
		OPT_END_ROW,
	};
	struct profile_dump d = PROFILE_DUMP_INIT;
	struct store *st = NULL;
	const char *name;

	opts_parse(argc, argv, opts, &delete_usage, &nrest);
	if (nrest == 0)
		return usage_error(&delete_usage, "no NAME given");
	if (nrest > 1)
		return usage_error(&delete_usage, "takes one NAME");
	name = argv[0];
	if ((rc = check_name(&delete_usage, name)) != 0)
		return rc;
	if (!yes && !ctx->stdin_tty)
		return usage_error(&delete_usage, "standard input is not a terminal; "
				   "add --yes to delete without asking");
	rc = store_if_exists(ctx, &st);
	if (rc < 0)
		return PM_EXIT_DATA;
	if (rc == 1)
		return no_such_profile(ctx, name);
	rc = store_profile_read(st, name, &d);
	if (rc == 1) {
		store_close(st);
		return no_such_profile(ctx, name);
	}
	if (rc < 0 || (!yes && !confirm_delete(name, &d))) {
		if (rc == 0)
			printf("Profile '%s' kept.\n", name);
		store_close(st);
		profile_dump_release(&d);
		return rc < 0 ? PM_EXIT_DATA : PM_EXIT_OK;
	}
	rc = store_profile_delete(st, name);
	if (rc == 0 && store_vacuum(st) < 0)
		rc = -1;
	if (rc == 0)
		printf("Deleted profile '%s' (%zu session%s, %zu answer%s).\n", name, d.n,
		       d.n == 1 ? "" : "s", count_answers(&d),
		       count_answers(&d) == 1 ? "" : "s");
	else if (rc == 1)
		no_such_profile(ctx, name); /* deleted by another pmpath meanwhile */
	store_close(st);
	profile_dump_release(&d);
	return rc == 0 ? PM_EXIT_OK : PM_EXIT_DATA;
}

int cmd_profile(int argc, char **argv, struct pm_ctx *ctx)
{
	static const struct {
		const char *name;
		int (*fn)(int argc, char **argv, struct pm_ctx *ctx);
	} subs[] = {
		{ "delete", profile_delete }, { "export", profile_export },
		{ "import", profile_import }, { "list", profile_list },
		{ "show", profile_show },
	};
	struct suggest sg;

	if (argc < 2) {
		error("profile: no subcommand given (list, show, export, import or delete)");
		fprintf(stderr, "Try 'pmpath profile --help' for more information.\n");
		return PM_EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		profile_usage(stdout);
		return PM_EXIT_OK;
	}
	for (size_t i = 0; i < ARRAY_SIZE(subs); i++)
		if (!strcmp(argv[1], subs[i].name))
			return subs[i].fn(argc - 1, argv + 1, ctx);
	suggest_init(&sg, argv[1]);
	for (size_t i = 0; i < ARRAY_SIZE(subs); i++)
		suggest_try(&sg, subs[i].name);
	if (sg.best)
		error("profile: unknown subcommand '%s'; did you mean '%s'?", argv[1], sg.best);
	else
		error("profile: unknown subcommand '%s' (list, show, export, import or "
		      "delete)", argv[1]);
	fprintf(stderr, "Try 'pmpath profile --help' for more information.\n");
	return PM_EXIT_USAGE;
}
