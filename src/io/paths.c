/*
 * paths.c - locate the data directory (catalog and banks) and the user
 * database (see include/pmpath/paths.h for the search order).
 */
#include "pmpath/paths.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

#ifndef PMPATH_DATADIR
#define PMPATH_DATADIR "/usr/local/share/pmpath"
#endif

static int file_exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Directory of the running binary (caller frees), or NULL. */
static char *exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	char *slash;
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return xstrdup(buf);
}

/* Fill d from a share-style root holding catalog.db and questions/. */
static int try_root(struct datadirs *d, const char *root)
{
	char *cat = xasprintf("%s/catalog.db", root);
	char *q = xasprintf("%s/questions", root);
	char *core = xasprintf("%s/core.xml", q);
	int ok = file_exists(cat) && file_exists(core);
	free(core);
	if (!ok) {
		free(cat);
		free(q);
		return 0;
	}
	d->catalog = cat;
	d->questions = q;
	return 1;
}

int paths_data(struct datadirs *d)
{
	const char *env = getenv("PMPATH_DATADIR");
	char *dir;
	d->catalog = d->questions = NULL;
	if (env && *env) {
		if (try_root(d, env))
			return 0;
		return error("PMPATH_DATADIR=%s has no catalog.db and questions/core.xml", env);
	}
	dir = exe_dir();
	if (dir) {
		/* Build tree: build/pmpath, build/catalog.db, questions/ beside build/. */
		char *cat = xasprintf("%s/catalog.db", dir);
		char *q = xasprintf("%s/../questions", dir);
		char *core = xasprintf("%s/core.xml", q);
		if (file_exists(cat) && file_exists(core)) {
			char real[PATH_MAX];
			d->catalog = cat;
			d->questions = realpath(q, real) ? xstrdup(real) : xstrdup(q);
			free(q);
			free(core);
			free(dir);
			return 0;
		}
		free(cat);
		free(q);
		free(core);
		{
			char *root = xasprintf("%s/../share/pmpath", dir);
			int ok = try_root(d, root);
			free(root);
			free(dir);
			if (ok)
				return 0;
		}
	}
	if (try_root(d, PMPATH_DATADIR))
		return 0;
	return error("cannot find pmpath's data (catalog.db and questions/); "
		     "run 'make' in the source tree, 'make install', or set PMPATH_DATADIR");
}

void paths_data_release(struct datadirs *d)
{
	free(d->catalog);
	free(d->questions);
	d->catalog = d->questions = NULL;
}

char *paths_userdb(const char *opt)
{
	const char *env = getenv("PMPATH_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	if (opt && *opt)
		return xstrdup(opt);
	if (env && *env)
		return xstrdup(env);
	/* XDG: a relative XDG_DATA_HOME is invalid and must be ignored. */
	if (xdg && xdg[0] == '/')
		return xasprintf("%s/pmpath/pmpath.db", xdg);
	if (!home || !*home)
		home = ".";
	return xasprintf("%s/.local/share/pmpath/pmpath.db", home);
}

char *paths_display(const char *path)
{
	char cwd[PATH_MAX];
	char real[PATH_MAX];
	size_t n;
	if (!realpath(path, real) || !getcwd(cwd, sizeof(cwd)))
		return xstrdup(path);
	n = strlen(cwd);
	if (!strncmp(real, cwd, n) && real[n] == '/')
		return xstrdup(real + n + 1);
	return xstrdup(path);
}
