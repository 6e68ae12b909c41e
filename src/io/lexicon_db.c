/*
 * lexicon_db.c - load the resume-bullet lexicon (tables lex_* of
 * data/catalog/60-lexicon.sql) from the catalog database into a struct
 * lexicon, read-only, with prepared statements, then compile its index.
 */
#include "pmpath/lexicon_db.h"

#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "pmpath/rewrite.h"
#include "pmpath/util.h"
#include "pmpath/banned.h"

/* Column i as a fresh string ("" for NULL when `keep_null` is 0). */
static char *col(sqlite3_stmt *st, int i, int keep_null)
{
	const unsigned char *v = sqlite3_column_text(st, i);
	if (!v)
		return keep_null ? NULL : xstrdup("");
	return xstrdup((const char *)v);
}

/* Run `sql`, calling `row` for each result row; 0 or -1 after printing. */
static int each_row(sqlite3 *db, const char *path, const char *sql,
		    void (*row)(sqlite3_stmt *st, void *arg), void *arg)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return error("%s: cannot read the lexicon: %s (rebuild it with 'make')", path,
			     sqlite3_errmsg(db));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		row(st, arg);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return error("%s: cannot read the lexicon: %s", path, sqlite3_errmsg(db));
	return 0;
}

struct hint_rows { struct lex_hint_row **v; size_t *n, alloc; };
static void hint_row(sqlite3_stmt *st, void *arg)
{
	struct hint_rows *h = arg;
	ALLOC_GROW(*h->v, *h->n + 1, h->alloc);
	(*h->v)[*h->n].phrase = col(st, 0, 0);
	(*h->v)[*h->n].hint = col(st, 1, 0);
	(*h->v)[*h->n].repl = sqlite3_column_count(st) > 2 ? col(st, 2, 0) : NULL;
	(*h->v)[*h->n].lead = sqlite3_column_count(st) > 3 ? col(st, 3, 0) : NULL;
	(*h->n)++;
}

struct kind_rows { struct lex_kind_row **v; size_t *n, alloc; };
static void kind_row(sqlite3_stmt *st, void *arg)
{
	struct kind_rows *h = arg;
	ALLOC_GROW(*h->v, *h->n + 1, h->alloc);
	(*h->v)[*h->n].word = col(st, 0, 0);
	(*h->v)[*h->n].kind = col(st, 1, 0);
	(*h->n)++;
}

struct lx_alloc { struct lexicon *lx; size_t alloc; };

static void group_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	ALLOC_GROW(lx->groups, lx->ngroups + 1, a->alloc);
	lx->groups[lx->ngroups].id = col(st, 0, 0);
	lx->groups[lx->ngroups].shows = col(st, 1, 0);
	lx->groups[lx->ngroups].strong = sqlite3_column_int(st, 2);
	lx->groups[lx->ngroups].competency = col(st, 3, 1);
	lx->ngroups++;
}

static void verb_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	struct lex_verb_row *v;
	ALLOC_GROW(lx->verbs, lx->nverbs + 1, a->alloc);
	v = &lx->verbs[lx->nverbs++];
	v->base = col(st, 0, 0);
	v->particle = col(st, 1, 0);
	v->past = col(st, 2, 0);
	v->participle = col(st, 3, 1);
	v->third = col(st, 4, 0);
	v->gerund = col(st, 5, 0);
	v->noun = col(st, 6, 1);
	v->grp = col(st, 7, 0);
}

static void activity_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	ALLOC_GROW(lx->acts, lx->nacts + 1, a->alloc);
	memset(&lx->acts[lx->nacts], 0, sizeof(lx->acts[0]));
	lx->acts[lx->nacts].id = col(st, 0, 0);
	lx->acts[lx->nacts].name = col(st, 1, 0);
	lx->nacts++;
}

static struct lex_activity_row *act_by_id(struct lexicon *lx, const char *id)
{
	for (size_t i = 0; i < lx->nacts; i++)
		if (!strcmp(lx->acts[i].id, id))
			return &lx->acts[i];
	return NULL;
}

/* Rows (activity, text) appended to the activity's comps or templates. */
struct act_list { struct lexicon *lx; int templates; };
static void act_list_row(sqlite3_stmt *st, void *arg)
{
	struct act_list *l = arg;
	const unsigned char *id = sqlite3_column_text(st, 0);
	struct lex_activity_row *a = id ? act_by_id(l->lx, (const char *)id) : NULL;
	if (!a)
		return; /* the foreign key makes this impossible */
	if (l->templates) {
		a->templates = xrealloc(a->templates, (a->ntemplates + 1) * sizeof(char *));
		a->templates[a->ntemplates++] = col(st, 1, 0);
	} else {
		a->comps = xrealloc(a->comps, (a->ncomps + 1) * sizeof(char *));
		a->comps[a->ncomps++] = col(st, 1, 0);
	}
}

static void term_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	ALLOC_GROW(lx->terms, lx->nterms + 1, a->alloc);
	lx->terms[lx->nterms].term = col(st, 0, 0);
	lx->terms[lx->nterms].activity = col(st, 1, 0);
	lx->terms[lx->nterms].weight = sqlite3_column_int(st, 2);
	lx->nterms++;
}

static void jargon_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	ALLOC_GROW(lx->jargon, lx->njargon + 1, a->alloc);
	lx->jargon[lx->njargon].term = col(st, 0, 0);
	lx->jargon[lx->njargon].gloss = col(st, 1, 0);
	lx->njargon++;
}

static void keyword_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	ALLOC_GROW(lx->keywords, lx->nkeywords + 1, a->alloc);
	lx->keywords[lx->nkeywords].keyword = col(st, 0, 0);
	lx->keywords[lx->nkeywords].competency = col(st, 1, 0);
	lx->nkeywords++;
}

static void result_row(sqlite3_stmt *st, void *arg)
{
	struct lx_alloc *a = arg;
	struct lexicon *lx = a->lx;
	ALLOC_GROW(lx->results, lx->nresults + 1, a->alloc);
	lx->results[lx->nresults].phrase = col(st, 0, 0);
	lx->results[lx->nresults].standalone = sqlite3_column_int(st, 1);
	lx->nresults++;
}

int lexicon_load(const char *path, struct lexicon *lx)
{
	sqlite3 *db = NULL;
	struct errbuf err = { { 0 }, 0 };
	struct lx_alloc a = { lx, 0 };
	struct hint_rows hw = { &lx->weak, &lx->nweak, 0 }, hb = { &lx->buzz, &lx->nbuzz, 0 };
	struct kind_rows kp = { &lx->passive, &lx->npassive, 0 };
	struct kind_rows ku = { &lx->units, &lx->nunits, 0 };
	struct kind_rows kc = { &lx->classes, &lx->nclasses, 0 };
	struct act_list comps = { lx, 0 }, tmpls = { lx, 1 };
	int rc = 0;

	memset(lx, 0, sizeof(*lx));
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		rc = error("%s: cannot open the catalog: %s (run 'make')", path,
			   db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return rc;
	}
	rc |= each_row(db, path, "SELECT phrase, hint, replacement, lead FROM lex_weak_phrase ORDER BY phrase", hint_row, &hw);
	rc |= each_row(db, path, "SELECT phrase, hint FROM lex_buzzword ORDER BY phrase", hint_row, &hb);
	rc |= each_row(db, path, "SELECT word, kind FROM lex_passive_marker ORDER BY word", kind_row, &kp);
	rc |= each_row(db, path, "SELECT word, kind FROM lex_unit ORDER BY word", kind_row, &ku);
	rc |= each_row(db, path, "SELECT word, class FROM lex_word_class ORDER BY word, class", kind_row, &kc);
	a.alloc = 0;
	rc |= each_row(db, path, "SELECT id, shows, strong, competency FROM lex_verb_group ORDER BY id",
		       group_row, &a);
	a.alloc = 0;
	rc |= each_row(db, path,
		       "SELECT base, particle, past, participle, third, gerund, noun, grp FROM lex_verb "
		       "ORDER BY base, particle DESC", verb_row, &a);
	a.alloc = 0;
	rc |= each_row(db, path, "SELECT id, name FROM lex_activity ORDER BY sort, id", activity_row, &a);
	rc |= each_row(db, path,
		       "SELECT activity, competency FROM lex_activity_competency ORDER BY activity, sort",
		       act_list_row, &comps);
	rc |= each_row(db, path, "SELECT activity, template FROM lex_template ORDER BY activity, rank",
		       act_list_row, &tmpls);
	a.alloc = 0;
	rc |= each_row(db, path, "SELECT term, activity, weight FROM lex_activity_term ORDER BY term",
		       term_row, &a);
	a.alloc = 0;
	rc |= each_row(db, path, "SELECT term, gloss FROM lex_jargon ORDER BY term", jargon_row, &a);
	a.alloc = 0;
	rc |= each_row(db, path, "SELECT keyword, competency FROM lex_pm_keyword ORDER BY keyword",
		       keyword_row, &a);
	a.alloc = 0;
	rc |= each_row(db, path, "SELECT phrase, standalone FROM lex_result_word ORDER BY phrase",
		       result_row, &a);
	sqlite3_close(db);
	if (rc) {
		lexicon_release(lx);
		return -1;
	}
	if (lexicon_compile(lx, &err) < 0) {
		lexicon_release(lx);
		return error("%s: bad lexicon: %s", path, err.msg);
	}
	return 0;
}
