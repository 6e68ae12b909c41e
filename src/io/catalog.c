/*
 * catalog.c - read the catalog database (build/catalog.db) into the plain
 * structs of include/pmpath/catalog.h, and look things up in them.
 *
 * The database is opened read-only; every query is a prepared statement.
 * Child rows (facts, paths, anchors, ...) are read with one statement per
 * child table that is reset and re-bound for each parent.  Arrays keep
 * the catalog's order: `sort` columns where the table has one, otherwise
 * the order the rows were written in the SQL files (rowid).
 */
#include "pmpath/catalog.h"

#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

/* Loader state: the open database and where it came from. */
struct loader {
	sqlite3 *db;
	const char *path;
};

/* Report the database's last error for `what`; returns -1. */
static int db_error(struct loader *l, const char *what)
{
	return error("%s: cannot read the catalog (%s): %s; rebuild it with 'make'",
		     l->path, what, sqlite3_errmsg(l->db));
}

/* Prepare `sql`; NULL after reporting. */
static sqlite3_stmt *prep(struct loader *l, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(l->db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_error(l, sql);
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

/* Column i as a fresh string, or NULL for SQL NULL. */
static char *col_str(sqlite3_stmt *st, int i)
{
	const unsigned char *v = sqlite3_column_text(st, i);
	return v ? xstrdup((const char *)v) : NULL;
}

/* Column i as a fresh string; "" for SQL NULL (for NOT NULL columns). */
static char *col_str0(sqlite3_stmt *st, int i)
{
	char *s = col_str(st, i);
	return s ? s : xstrdup("");
}

/* Reset st and bind one text parameter. */
static void rebind(sqlite3_stmt *st, const char *a)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
}

/* Reset st and bind a text and an integer parameter. */
static void rebind2(sqlite3_stmt *st, const char *a, int b)
{
	rebind(st, a);
	sqlite3_bind_int(st, 2, b);
}

/* Reset st and bind two text parameters. */
static void rebind_ss(sqlite3_stmt *st, const char *a, const char *b)
{
	rebind(st, a);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
}

/* 1 if table `name` exists, 0 if not, -1 on error (not reported: the
 * caller decides what the failure means). */
static int has_table(struct loader *l, const char *name)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(l->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
			       -1, &st, NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Finish a row loop: 0 if the statement ran to completion, else -1. */
static int step_done(struct loader *l, int rc, const char *what)
{
	if (rc != SQLITE_DONE)
		return db_error(l, what);
	return 0;
}

static int load_meta(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st = prep(l, "SELECT key, value FROM meta");
	int rc;
	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 0);
		char **dst = NULL;
		if (k && !strcmp(k, "data_version"))
			dst = &c->data_version;
		else if (k && !strcmp(k, "data_date"))
			dst = &c->data_date;
		if (dst) {
			free(*dst);
			*dst = col_str(st, 1);
		}
	}
	rc = step_done(l, rc, "meta");
	sqlite3_finalize(st);
	if (rc < 0)
		return -1;
	if (!c->data_version)
		c->data_version = xstrdup("unknown");
	if (!c->data_date)
		c->data_date = xstrdup("unknown");
	return 0;
}

static int load_sources(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st = prep(l, "SELECT id, title, publisher, url, checked FROM source ORDER BY id");
	size_t alloc = 0;
	int rc;
	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_source *s;
		ALLOC_GROW(c->sources, c->nsources + 1, alloc);
		s = &c->sources[c->nsources++];
		s->id = col_str0(st, 0);
		s->title = col_str0(st, 1);
		s->publisher = col_str0(st, 2);
		s->url = col_str(st, 3);
		s->checked = col_str0(st, 4);
	}
	rc = step_done(l, rc, "source");
	sqlite3_finalize(st);
	return rc;
}

static int load_comps(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st = prep(l, "SELECT id, name, area, grp, description, pm_phrase FROM competency ORDER BY sort, id");
	sqlite3_stmt *an = prep(l, "SELECT level, text FROM anchor WHERE competency = ?1");
	size_t alloc = 0;
	int rc, ret = -1;
	if (!st || !an)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_comp *k;
		int arc;
		ALLOC_GROW(c->comps, c->ncomps + 1, alloc);
		k = &c->comps[c->ncomps++];
		memset(k, 0, sizeof(*k));
		k->id = col_str0(st, 0);
		k->name = col_str0(st, 1);
		k->area = col_str0(st, 2);
		k->grp = col_str0(st, 3);
		k->description = col_str0(st, 4);
		k->pm_phrase = col_str0(st, 5);
		rebind(an, k->id);
		while ((arc = sqlite3_step(an)) == SQLITE_ROW) {
			int lv = sqlite3_column_int(an, 0);
			if (lv >= 1 && lv <= 5) {
				free(k->anchors[lv]);
				k->anchors[lv] = col_str0(an, 1);
			}
		}
		if (step_done(l, arc, "anchor") < 0)
			goto out;
	}
	ret = step_done(l, rc, "competency");
out:
	sqlite3_finalize(st);
	sqlite3_finalize(an);
	return ret;
}

static int load_edu(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st = prep(l, "SELECT value, label, rank FROM education_level ORDER BY rank");
	size_t alloc = 0;
	int rc;
	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_edu *e;
		ALLOC_GROW(c->edu, c->nedu + 1, alloc);
		e = &c->edu[c->nedu++];
		e->value = col_str0(st, 0);
		e->label = col_str0(st, 1);
		e->rank = sqlite3_column_int(st, 2);
	}
	rc = step_done(l, rc, "education_level");
	sqlite3_finalize(st);
	return rc;
}

/* The statements that read one certification's children. */
struct cert_stmts {
	sqlite3_stmt *fact, *path, *req, *dom, *dcomp;
};

/* Read facts, paths (with requirements) and domains of cert `k`. */
static int load_cert_children(struct loader *l, struct cert_stmts *s, struct cat_cert *k)
{
	size_t alloc = 0;
	int rc;

	rebind(s->fact, k->code);
	while ((rc = sqlite3_step(s->fact)) == SQLITE_ROW) {
		struct cat_fact *f;
		ALLOC_GROW(k->facts, k->nfacts + 1, alloc);
		f = &k->facts[k->nfacts++];
		f->key = col_str0(s->fact, 0);
		f->value = col_str0(s->fact, 1);
		f->source = col_str0(s->fact, 2);
		f->note = col_str(s->fact, 3);
	}
	if (rc != SQLITE_DONE)
		return db_error(l, "cert_fact");

	alloc = 0;
	rebind(s->path, k->code);
	while ((rc = sqlite3_step(s->path)) == SQLITE_ROW) {
		struct cat_path *p;
		size_t ralloc = 0;
		int rrc;
		ALLOC_GROW(k->paths, k->npaths + 1, alloc);
		p = &k->paths[k->npaths++];
		memset(p, 0, sizeof(*p));
		p->path = sqlite3_column_int(s->path, 0);
		p->label = col_str0(s->path, 1);
		p->source = col_str0(s->path, 2);
		rebind2(s->req, k->code, p->path);
		while ((rrc = sqlite3_step(s->req)) == SQLITE_ROW) {
			struct cat_req *r;
			ALLOC_GROW(p->reqs, p->nreqs + 1, ralloc);
			r = &p->reqs[p->nreqs++];
			r->fact = col_str0(s->req, 0);
			r->op = col_str0(s->req, 1);
			r->need_num = sqlite3_column_double(s->req, 2);
			r->need_text = col_str(s->req, 3);
			r->alt_cert = col_str(s->req, 4);
			r->unit = col_str(s->req, 5);
			r->text = col_str0(s->req, 6);
		}
		if (rrc != SQLITE_DONE)
			return db_error(l, "elig_req");
	}
	if (rc != SQLITE_DONE)
		return db_error(l, "elig_path");

	alloc = 0;
	rebind(s->dom, k->code);
	while ((rc = sqlite3_step(s->dom)) == SQLITE_ROW) {
		struct cat_domain *d;
		size_t calloc_ = 0;
		int crc;
		ALLOC_GROW(k->domains, k->ndomains + 1, alloc);
		d = &k->domains[k->ndomains++];
		memset(d, 0, sizeof(*d));
		d->id = col_str0(s->dom, 0);
		d->name = col_str0(s->dom, 1);
		d->weight = sqlite3_column_int(s->dom, 2);
		d->source = col_str0(s->dom, 3);
		rebind_ss(s->dcomp, k->code, d->id);
		while ((crc = sqlite3_step(s->dcomp)) == SQLITE_ROW) {
			struct cat_domain_comp *dc;
			ALLOC_GROW(d->comps, d->ncomps + 1, calloc_);
			dc = &d->comps[d->ncomps++];
			dc->comp = col_str0(s->dcomp, 0);
			dc->weight = sqlite3_column_double(s->dcomp, 1);
		}
		if (crc != SQLITE_DONE)
			return db_error(l, "domain_competency");
	}
	if (rc != SQLITE_DONE)
		return db_error(l, "cert_domain");
	return 0;
}

static int load_certs(struct loader *l, struct catalog *c)
{
	struct cert_stmts s;
	sqlite3_stmt *st;
	size_t alloc = 0;
	int rc = SQLITE_DONE, ret = -1;

	st = prep(l, "SELECT code, name, body, kind, answer_value, environment, level, summary"
		     " FROM cert ORDER BY sort, code");
	s.fact = prep(l, "SELECT key, value, source, note FROM cert_fact WHERE cert = ?1 ORDER BY rowid");
	s.path = prep(l, "SELECT path, label, source FROM elig_path WHERE cert = ?1 ORDER BY path");
	s.req = prep(l, "SELECT fact, op, need_num, need_text, alt_cert, unit, text FROM elig_req"
			" WHERE cert = ?1 AND path = ?2 ORDER BY seq");
	s.dom = prep(l, "SELECT id, name, weight, source FROM cert_domain WHERE cert = ?1 ORDER BY rowid");
	s.dcomp = prep(l, "SELECT competency, weight FROM domain_competency"
			  " WHERE cert = ?1 AND domain = ?2 ORDER BY weight DESC, rowid");
	if (!st || !s.fact || !s.path || !s.req || !s.dom || !s.dcomp)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_cert *k;
		ALLOC_GROW(c->certs, c->ncerts + 1, alloc);
		k = &c->certs[c->ncerts++];
		memset(k, 0, sizeof(*k));
		k->code = col_str0(st, 0);
		k->name = col_str0(st, 1);
		k->body = col_str0(st, 2);
		k->kind = col_str0(st, 3);
		k->answer_value = col_str(st, 4);
		k->environment = col_str0(st, 5);
		k->level = col_str0(st, 6);
		k->summary = col_str0(st, 7);
		if (load_cert_children(l, &s, k) < 0)
			goto out;
	}
	ret = step_done(l, rc, "cert");
out:
	sqlite3_finalize(st);
	sqlite3_finalize(s.fact);
	sqlite3_finalize(s.path);
	sqlite3_finalize(s.req);
	sqlite3_finalize(s.dom);
	sqlite3_finalize(s.dcomp);
	return ret;
}

/* Append rows (text, int) of `st` to a level-need array. */
static int read_needs(struct loader *l, sqlite3_stmt *st, struct cat_level_need **arr,
		      size_t *n, const char *what)
{
	size_t alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_level_need *ln;
		ALLOC_GROW(*arr, *n + 1, alloc);
		ln = &(*arr)[(*n)++];
		ln->comp = col_str0(st, 0);
		ln->level = sqlite3_column_int(st, 1);
	}
	return step_done(l, rc, what);
}

/* Append the text column 0 of every row of `st` to a string array. */
static int read_strings(struct loader *l, sqlite3_stmt *st, char ***arr, size_t *n,
			const char *what)
{
	size_t alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ALLOC_GROW(*arr, *n + 1, alloc);
		(*arr)[(*n)++] = col_str0(st, 0);
	}
	return step_done(l, rc, what);
}

static int load_it_roles(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st = prep(l, "SELECT id, name, description FROM it_role ORDER BY rowid");
	sqlite3_stmt *str = prep(l, "SELECT competency, level FROM it_role_strength"
				    " WHERE role = ?1 ORDER BY level DESC, rowid");
	sqlite3_stmt *tk = prep(l, "SELECT task, pm_framing, competency FROM it_role_task"
				   " WHERE role = ?1 ORDER BY rowid");
	size_t alloc = 0;
	int rc = SQLITE_DONE, ret = -1;
	if (!st || !str || !tk)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_it_role *r;
		size_t talloc = 0;
		int trc;
		ALLOC_GROW(c->it_roles, c->nit_roles + 1, alloc);
		r = &c->it_roles[c->nit_roles++];
		memset(r, 0, sizeof(*r));
		r->id = col_str0(st, 0);
		r->name = col_str0(st, 1);
		r->description = col_str0(st, 2);
		rebind(str, r->id);
		if (read_needs(l, str, &r->strengths, &r->nstrengths, "it_role_strength") < 0)
			goto out;
		rebind(tk, r->id);
		while ((trc = sqlite3_step(tk)) == SQLITE_ROW) {
			struct cat_role_task *t;
			ALLOC_GROW(r->tasks, r->ntasks + 1, talloc);
			t = &r->tasks[r->ntasks++];
			t->task = col_str0(tk, 0);
			t->pm_framing = col_str0(tk, 1);
			t->comp = col_str0(tk, 2);
		}
		if (step_done(l, trc, "it_role_task") < 0)
			goto out;
	}
	ret = step_done(l, rc, "it_role");
out:
	sqlite3_finalize(st);
	sqlite3_finalize(str);
	sqlite3_finalize(tk);
	return ret;
}

static int load_targets(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st = prep(l, "SELECT id, name, description, in_question, min_pm_months"
				   " FROM target_role ORDER BY sort, id");
	sqlite3_stmt *lv = prep(l, "SELECT t.competency, t.level FROM target_role_level t"
				   " JOIN competency c ON c.id = t.competency"
				   " WHERE t.role = ?1 ORDER BY c.sort, c.id");
	sqlite3_stmt *ce = prep(l, "SELECT cert FROM target_role_cert WHERE role = ?1 ORDER BY rank, cert");
	sqlite3_stmt *sp = prep(l, "SELECT from_role, to_role, note FROM target_role_step ORDER BY rowid");
	size_t alloc = 0;
	int rc = SQLITE_DONE, ret = -1;
	if (!st || !lv || !ce || !sp)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_target_role *t;
		ALLOC_GROW(c->targets, c->ntargets + 1, alloc);
		t = &c->targets[c->ntargets++];
		memset(t, 0, sizeof(*t));
		t->id = col_str0(st, 0);
		t->name = col_str0(st, 1);
		t->description = col_str0(st, 2);
		t->in_question = sqlite3_column_int(st, 3);
		t->min_pm_months = sqlite3_column_int(st, 4);
		rebind(lv, t->id);
		if (read_needs(l, lv, &t->levels, &t->nlevels, "target_role_level") < 0)
			goto out;
		rebind(ce, t->id);
		if (read_strings(l, ce, &t->certs, &t->ncerts, "target_role_cert") < 0)
			goto out;
	}
	if (step_done(l, rc, "target_role") < 0)
		goto out;
	alloc = 0;
	while ((rc = sqlite3_step(sp)) == SQLITE_ROW) {
		struct cat_step *s;
		ALLOC_GROW(c->steps, c->nsteps + 1, alloc);
		s = &c->steps[c->nsteps++];
		s->from_role = col_str0(sp, 0);
		s->to_role = col_str0(sp, 1);
		s->note = col_str0(sp, 2);
	}
	ret = step_done(l, rc, "target_role_step");
out:
	sqlite3_finalize(st);
	sqlite3_finalize(lv);
	sqlite3_finalize(ce);
	sqlite3_finalize(sp);
	return ret;
}

/* The statements that read one resource's children. */
struct res_stmts {
	sqlite3_stmt *contact, *comp, *cert, *prereq;
};

static int load_resource_children(struct loader *l, struct res_stmts *s, struct cat_resource *r)
{
	size_t alloc = 0;
	int rc;
	rebind(s->contact, r->id);
	while ((rc = sqlite3_step(s->contact)) == SQLITE_ROW) {
		struct cat_resource_contact *x;
		ALLOC_GROW(r->contact, r->ncontact + 1, alloc);
		x = &r->contact[r->ncontact++];
		x->cert = col_str0(s->contact, 0);
		x->fact = col_str0(s->contact, 1);
		x->hours = sqlite3_column_double(s->contact, 2);
	}
	if (step_done(l, rc, "resource_contact") < 0)
		return -1;
	alloc = 0;
	rebind(s->comp, r->id);
	while ((rc = sqlite3_step(s->comp)) == SQLITE_ROW) {
		struct cat_resource_comp *x;
		ALLOC_GROW(r->comps, r->ncomps + 1, alloc);
		x = &r->comps[r->ncomps++];
		x->comp = col_str0(s->comp, 0);
		x->strength = sqlite3_column_int(s->comp, 1);
	}
	if (step_done(l, rc, "resource_competency") < 0)
		return -1;
	rebind(s->cert, r->id);
	if (read_strings(l, s->cert, &r->certs, &r->ncerts, "resource_cert") < 0)
		return -1;
	rebind(s->prereq, r->id);
	return read_strings(l, s->prereq, &r->prereqs, &r->nprereqs, "resource_prereq");
}

static int load_resources(struct loader *l, struct catalog *c)
{
	struct res_stmts s;
	sqlite3_stmt *st;
	size_t alloc = 0;
	int rc = SQLITE_DONE, ret = -1;
	st = prep(l, "SELECT id, title, kind, currency, description, source, hours, cost_low, cost_high"
		     " FROM resource ORDER BY sort, id");
	s.contact = prep(l, "SELECT cert, fact, hours FROM resource_contact WHERE resource = ?1 ORDER BY rowid");
	s.comp = prep(l, "SELECT competency, strength FROM resource_competency"
			 " WHERE resource = ?1 ORDER BY strength DESC, rowid");
	s.cert = prep(l, "SELECT r.cert FROM resource_cert r JOIN cert c ON c.code = r.cert"
			 " WHERE r.resource = ?1 ORDER BY c.sort");
	s.prereq = prep(l, "SELECT requires FROM resource_prereq WHERE resource = ?1 ORDER BY rowid");
	if (!st || !s.contact || !s.comp || !s.cert || !s.prereq)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_resource *r;
		ALLOC_GROW(c->resources, c->nresources + 1, alloc);
		r = &c->resources[c->nresources++];
		memset(r, 0, sizeof(*r));
		r->id = col_str0(st, 0);
		r->title = col_str0(st, 1);
		r->kind = col_str0(st, 2);
		r->currency = col_str0(st, 3);
		r->description = col_str0(st, 4);
		r->source = col_str(st, 5);
		r->hours = sqlite3_column_double(st, 6);
		r->cost_low = sqlite3_column_int(st, 7);
		r->cost_high = sqlite3_column_int(st, 8);
		if (load_resource_children(l, &s, r) < 0)
			goto out;
	}
	ret = step_done(l, rc, "resource");
out:
	sqlite3_finalize(st);
	sqlite3_finalize(s.contact);
	sqlite3_finalize(s.comp);
	sqlite3_finalize(s.cert);
	sqlite3_finalize(s.prereq);
	return ret;
}

/* Scoring weights; an empty or absent score_weight table gives none. */
static int load_weights(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st;
	size_t alloc = 0;
	int rc, have = has_table(l, "score_weight");
	if (have < 0)
		return db_error(l, "score_weight");
	if (have == 0)
		return 0;
	st = prep(l, "SELECT name, value, note FROM score_weight ORDER BY name");
	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_weight *w;
		ALLOC_GROW(c->weights, c->nweights + 1, alloc);
		w = &c->weights[c->nweights++];
		w->name = col_str0(st, 0);
		w->value = sqlite3_column_double(st, 1);
		w->note = col_str0(st, 2);
	}
	rc = step_done(l, rc, "score_weight");
	sqlite3_finalize(st);
	return rc;
}

/* Pitfalls (common mistakes) with the competencies that trigger them. */
static int load_pitfalls(struct loader *l, struct catalog *c)
{
	sqlite3_stmt *st;
	size_t alloc = 0;
	int rc, have = has_table(l, "pitfall");
	if (have < 0)
		return db_error(l, "pitfall");
	if (have == 0)
		return 0;
	st = prep(l, "SELECT id, high_comp, low_comp, text FROM pitfall ORDER BY sort, id");
	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_pitfall *p;
		ALLOC_GROW(c->pitfalls, c->npitfalls + 1, alloc);
		p = &c->pitfalls[c->npitfalls++];
		p->id = col_str0(st, 0);
		p->high = col_str(st, 1); /* NULL: no condition */
		p->low = col_str0(st, 2);
		p->text = col_str0(st, 3);
	}
	rc = step_done(l, rc, "pitfall");
	sqlite3_finalize(st);
	return rc;
}

struct catalog *catalog_load(const char *path)
{
	struct loader l = { NULL, path };
	struct catalog *c;
	int rc;

	rc = sqlite3_open_v2(path, &l.db, SQLITE_OPEN_READONLY, NULL);
	if (rc != SQLITE_OK) {
		error("%s: cannot open the catalog: %s; run 'make' to build it",
		      path, l.db ? sqlite3_errmsg(l.db) : sqlite3_errstr(rc));
		sqlite3_close(l.db);
		return NULL;
	}
	/* A file that is not SQLite fails here too ("file is not a database"). */
	rc = has_table(&l, "meta");
	if (rc != 1) {
		if (rc == 0 || sqlite3_errcode(l.db) == SQLITE_NOTADB)
			error("%s is not a pmpath catalog (build one with 'make')", path);
		else
			db_error(&l, "meta");
		sqlite3_close(l.db);
		return NULL;
	}

	c = xcalloc(1, sizeof(*c));
	c->path = xstrdup(path);
	if (load_meta(&l, c) < 0 || load_sources(&l, c) < 0 || load_comps(&l, c) < 0 ||
	    load_edu(&l, c) < 0 || load_certs(&l, c) < 0 || load_it_roles(&l, c) < 0 ||
	    load_targets(&l, c) < 0 || load_resources(&l, c) < 0 || load_weights(&l, c) < 0 ||
	    load_pitfalls(&l, c) < 0) {
		sqlite3_close(l.db);
		catalog_free(c);
		return NULL;
	}
	sqlite3_close(l.db);
	return c;
}

/* Free an array of n strings and the array. */
static void free_strings(char **a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(a[i]);
	free(a);
}

static void free_cert(struct cat_cert *k)
{
	free(k->code); free(k->name); free(k->body); free(k->kind);
	free(k->answer_value); free(k->environment); free(k->level); free(k->summary);
	for (size_t i = 0; i < k->nfacts; i++) {
		free(k->facts[i].key); free(k->facts[i].value);
		free(k->facts[i].source); free(k->facts[i].note);
	}
	free(k->facts);
	for (size_t i = 0; i < k->npaths; i++) {
		struct cat_path *p = &k->paths[i];
		for (size_t j = 0; j < p->nreqs; j++) {
			struct cat_req *r = &p->reqs[j];
			free(r->fact); free(r->op); free(r->need_text);
			free(r->alt_cert); free(r->unit); free(r->text);
		}
		free(p->reqs);
		free(p->label); free(p->source);
	}
	free(k->paths);
	for (size_t i = 0; i < k->ndomains; i++) {
		struct cat_domain *d = &k->domains[i];
		for (size_t j = 0; j < d->ncomps; j++)
			free(d->comps[j].comp);
		free(d->comps);
		free(d->id); free(d->name); free(d->source);
	}
	free(k->domains);
}

static void free_resource(struct cat_resource *r)
{
	free(r->id); free(r->title); free(r->kind); free(r->currency);
	free(r->description); free(r->source);
	for (size_t i = 0; i < r->ncontact; i++) {
		free(r->contact[i].cert); free(r->contact[i].fact);
	}
	free(r->contact);
	for (size_t i = 0; i < r->ncomps; i++)
		free(r->comps[i].comp);
	free(r->comps);
	free_strings(r->certs, r->ncerts);
	free_strings(r->prereqs, r->nprereqs);
}

void catalog_free(struct catalog *c)
{
	if (!c)
		return;
	free(c->path); free(c->data_version); free(c->data_date);
	for (size_t i = 0; i < c->nsources; i++) {
		struct cat_source *s = &c->sources[i];
		free(s->id); free(s->title); free(s->publisher); free(s->url); free(s->checked);
	}
	free(c->sources);
	for (size_t i = 0; i < c->ncomps; i++) {
		struct cat_comp *k = &c->comps[i];
		free(k->id); free(k->name); free(k->area); free(k->grp);
		free(k->description); free(k->pm_phrase);
		for (int lv = 0; lv < 6; lv++)
			free(k->anchors[lv]);
	}
	free(c->comps);
	for (size_t i = 0; i < c->nedu; i++) {
		free(c->edu[i].value); free(c->edu[i].label);
	}
	free(c->edu);
	for (size_t i = 0; i < c->ncerts; i++)
		free_cert(&c->certs[i]);
	free(c->certs);
	for (size_t i = 0; i < c->nit_roles; i++) {
		struct cat_it_role *r = &c->it_roles[i];
		free(r->id); free(r->name); free(r->description);
		for (size_t j = 0; j < r->nstrengths; j++)
			free(r->strengths[j].comp);
		free(r->strengths);
		for (size_t j = 0; j < r->ntasks; j++) {
			free(r->tasks[j].task); free(r->tasks[j].pm_framing); free(r->tasks[j].comp);
		}
		free(r->tasks);
	}
	free(c->it_roles);
	for (size_t i = 0; i < c->ntargets; i++) {
		struct cat_target_role *t = &c->targets[i];
		free(t->id); free(t->name); free(t->description);
		for (size_t j = 0; j < t->nlevels; j++)
			free(t->levels[j].comp);
		free(t->levels);
		free_strings(t->certs, t->ncerts);
	}
	free(c->targets);
	for (size_t i = 0; i < c->nsteps; i++) {
		free(c->steps[i].from_role); free(c->steps[i].to_role); free(c->steps[i].note);
	}
	free(c->steps);
	for (size_t i = 0; i < c->npitfalls; i++) {
		free(c->pitfalls[i].id); free(c->pitfalls[i].high);
		free(c->pitfalls[i].low); free(c->pitfalls[i].text);
	}
	free(c->pitfalls);
	for (size_t i = 0; i < c->nresources; i++)
		free_resource(&c->resources[i]);
	free(c->resources);
	for (size_t i = 0; i < c->nweights; i++) {
		free(c->weights[i].name); free(c->weights[i].note);
	}
	free(c->weights);
	free(c);
}

const struct cat_comp *catalog_comp(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->ncomps; i++)
		if (!strcmp(c->comps[i].id, id))
			return &c->comps[i];
	return NULL;
}

const struct cat_cert *catalog_cert(const struct catalog *c, const char *code)
{
	for (size_t i = 0; code && i < c->ncerts; i++)
		if (!strcmp(c->certs[i].code, code))
			return &c->certs[i];
	return NULL;
}

const struct cat_cert *catalog_cert_by_answer(const struct catalog *c, const char *v)
{
	for (size_t i = 0; v && i < c->ncerts; i++)
		if (c->certs[i].answer_value && !strcmp(c->certs[i].answer_value, v))
			return &c->certs[i];
	return NULL;
}

const struct cat_target_role *catalog_target(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->ntargets; i++)
		if (!strcmp(c->targets[i].id, id))
			return &c->targets[i];
	return NULL;
}

const struct cat_it_role *catalog_it_role(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->nit_roles; i++)
		if (!strcmp(c->it_roles[i].id, id))
			return &c->it_roles[i];
	return NULL;
}

const struct cat_resource *catalog_resource(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->nresources; i++)
		if (!strcmp(c->resources[i].id, id))
			return &c->resources[i];
	return NULL;
}

const struct cat_source *catalog_source(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->nsources; i++)
		if (!strcmp(c->sources[i].id, id))
			return &c->sources[i];
	return NULL;
}

int catalog_edu_rank(const struct catalog *c, const char *value)
{
	for (size_t i = 0; value && i < c->nedu; i++)
		if (!strcmp(c->edu[i].value, value))
			return c->edu[i].rank;
	return 0;
}

int catalog_weight(const struct catalog *c, const char *name, double *out)
{
	for (size_t i = 0; name && i < c->nweights; i++)
		if (!strcmp(c->weights[i].name, name)) {
			*out = c->weights[i].value;
			return 0;
		}
	return -1;
}
