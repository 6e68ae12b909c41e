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


int ctx_answers(struct pm_ctx *ctx, const char *bank_id, int nth, struct answer_set *a,
		struct session_info *info)
{
	struct store *st = ctx_store(ctx);
	struct session_info si = { 0 };
	int64_t pid = 0;
	int rc;
	if (!st)
		return -1;
	rc = store_profile(st, ctx->profile, 0, &pid);
	if (rc == 0) {
		/* The open session counts only when nothing is completed yet. */
		rc = store_session_completed_nth(st, pid, bank_id, nth, &si);
		if (rc == 1 && nth == 0)
			rc = store_session_open_find(st, pid, bank_id, &si);
	}
	if (rc == 0) {
		rc = store_answers_load(st, si.id, a) < 0 ? -1 : 0;
		if (rc == 0 && a->n == 0)
			rc = 1;
	}
	if (rc == 0 && info)
		*info = si;
	else
		session_info_release(&si);
	store_close(st);
	return rc;
}
