/*
 * ctx.c - helpers every command uses to reach the data directory, the
 * catalog and the user database.
 */
#include <stdlib.h>
#include <string.h>

#include "pmpath/cli.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

int ctx_data(struct pm_ctx *ctx)
{
	if (ctx->data_ok)
		return 0;
	if (paths_data(&ctx->data) < 0)
		return -1;
	ctx->data_ok = 1;
	return 0;
}

char *ctx_bank_path(struct pm_ctx *ctx, const char *name)
{
	if (strchr(name, '/') || str_ends_with(name, ".xml"))
		return xstrdup(name);
	if (ctx_data(ctx) < 0)
		return NULL;
	return xasprintf("%s/%s.xml", ctx->data.questions, name);
}

char *ctx_schema_path(struct pm_ctx *ctx)
{
	if (ctx_data(ctx) < 0)
		return NULL;
	return xasprintf("%s/bank.rng", ctx->data.questions);
}
