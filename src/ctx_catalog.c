/*
 * ctx_catalog.c - load the catalog for a command.
 */
#include <stdlib.h>

#include "pmpath/catalog.h"
#include "pmpath/cli.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

struct catalog *ctx_catalog(struct pm_ctx *ctx)
{
	if (ctx_data(ctx) < 0)
		return NULL;
	return catalog_load(ctx->data.catalog);
}

