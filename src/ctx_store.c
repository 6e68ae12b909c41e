/*
 * ctx_store.c - open the user database a command works on (its own file
 * so that commands without a store do not link SQLite's user side).
 */
#include <stdlib.h>

#include "pmpath/store.h"
#include "pmpath/cli.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

struct store *ctx_store(struct pm_ctx *ctx)
{
	char *path = paths_userdb(ctx->db_opt);
	struct store *st = store_open(path);
	free(path);
	return st;
}

