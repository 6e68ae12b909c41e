/*
 * paths.h - where pmpath finds its data and keeps the user database.
 *
 * Data directory (catalog.db, the banks questions/NAME.xml, questions/bank.rng), first
 * match wins:
 *   1. $PMPATH_DATADIR
 *   2. the build tree: <dir of binary>/catalog.db with ../questions/core.xml
 *   3. installed: <dir of binary>/../share/pmpath
 *   4. the compiled-in PMPATH_DATADIR (make install PREFIX=...)
 * User database: --db PATH, else $PMPATH_DB, else
 * $XDG_DATA_HOME/pmpath/pmpath.db, else ~/.local/share/pmpath/pmpath.db.
 */
#ifndef PMPATH_PATHS_H
#define PMPATH_PATHS_H

struct datadirs {
	char *catalog;   /* path of catalog.db */
	char *questions; /* directory holding the banks and bank.rng */
};

/* Resolve the data locations; returns 0 or -1 after printing why. */
int paths_data(struct datadirs *out);
void paths_data_release(struct datadirs *d);
/* Path of the user database (caller frees); `opt` is --db or NULL. */
char *paths_userdb(const char *opt);
/* `path` made relative to the working directory when it lies below it
 * (for messages).  Caller frees. */
char *paths_display(const char *path);

#endif
