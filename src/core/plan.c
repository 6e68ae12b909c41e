/*
 * plan.c - build the week-by-week training plan (see plan.h).
 *
 * Three stages:
 *   1. select: the target cert's own items, enough contact-hour courses to
 *      meet its eligibility rules, the items that best close the gaps
 *      (weighted by the exam domains), and every prerequisite of those;
 *   2. order: a stable topological order by phase (study, application,
 *      practice exams, review), alternating study with on-the-job steps;
 *   3. lay out: fill weeks of `hours_per_week` from the start date, the
 *      application as soon as eligible, then practice exams and a review
 *      week ending right before the exam.
 * All hours are handled as whole hundredths ("centihours") so that week
 * budgets and totals add up exactly.
 */
#include "pmpath/plan.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pmpath/elig.h"
#include "pmpath/banned.h"

enum phase { PH_STUDY = 0, PH_APPLY = 1, PH_AFTER_APPLY = 2, PH_PRACTICE = 3, PH_REVIEW = 4 };

/* A selected item. */
struct unit {
	const struct cat_resource *r; /* NULL for the generated review week */
	const char *id, *title, *kind;
	int64_t ch;                   /* centihours */
	double contact;               /* toward the target cert */
	int cfact;                    /* CF_* of that contact, or -1 */
	int phase;                    /* enum phase (after prerequisites) */
	int otj;                      /* on-the-job step */
	int contact_course;           /* chosen to meet a contact-hour rule */
	int covers;                   /* (candidates) meets the whole shortfall */
	double value;                 /* gap-closing value */
	int rank;                     /* catalog index */
};

enum { CF_PM = 0, CF_AGILE = 1, CF_COURSE = 2, CF_N = 3 };
static const char *const cf_names[CF_N] = { "pm_edu_hours", "agile_edu_hours", "course" };

/* One eligibility path of the target cert, as the plan sees it. */
struct path_state {
	const struct cat_path *p;
	int feasible;                 /* no requirement that study cannot meet */
	struct pm_date months_date;   /* when its experience months are met */
	int months_bound;             /* months_date after the start */
	double need[CF_N];            /* contact needs not already waived */
	int needs[CF_N];
	int cset;                     /* contact needs met ... */
	struct pm_date cdate;         /* ... from this date */
};

struct builder {
	const struct plan_input *in;
	const struct catalog *cat;
	const struct cat_cert *cert;          /* target cert, or NULL */
	const struct cat_target_role *role;   /* target role, or NULL */
	int has_exam;                         /* cert target with an exam */
	struct unit *u;
	size_t nu, alloc;
	double have[CF_N];                    /* contact hours before the plan */
	struct path_state *paths;
	size_t npaths;
	char **notes;
	size_t nnotes, notes_alloc;
	char *review_title;                   /* generated review (owned) */
};

/* Layout position and result. */
struct wk {
	int64_t ch;
	struct plan_item *items;
	size_t n, alloc;
};

struct layout {
	struct builder *b;
	int64_t H;
	int wi;                       /* current week index (0-based) */
	int64_t used;                 /* centihours used in week wi */
	struct wk *w;
	size_t nw;
	double cum[CF_N];
	struct path_state *ps;        /* copy of the builder's paths */
	int app_placed, app_week;
	char *placed;                 /* per unit */
	int64_t total;
	struct plan_milestone *ms;
	size_t nms, ms_alloc;
};

/* ---- small helpers -------------------------------------------------- */

static int64_t to_ch(double h)
{
	int64_t c = (int64_t)llround(h * 100.0);
	return c < 1 ? 1 : c;
}

static double from_ch(int64_t c)
{
	return (double)c / 100.0;
}

static int cf_index(const char *fact)
{
	for (int i = 0; i < CF_N; i++)
		if (fact && !strcmp(fact, cf_names[i]))
			return i;
	return -1;
}

static struct pm_date week_date(const struct plan_input *in, int wi)
{
	return date_add_days(in->start, (int64_t)wi * 7);
}

static void add_note(struct builder *b, char *note)
{
	for (size_t i = 0; i < b->nnotes; i++)
		if (!strcmp(b->notes[i], note)) {
			free(note);
			return;
		}
	ALLOC_GROW(b->notes, b->nnotes + 1, b->notes_alloc);
	b->notes[b->nnotes++] = note;
}

static int is_done(const struct plan_input *in, const char *id)
{
	for (size_t i = 0; i < in->ndone; i++)
		if (!strcmp(in->done[i], id))
			return 1;
	return 0;
}

static const struct cat_resource *find_resource(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->nresources; i++)
		if (!strcmp(c->resources[i].id, id))
			return &c->resources[i];
	return NULL;
}

static int has_str(char *const *v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return 1;
	return 0;
}

/* 1 if the user holds cert `code` (given as code or certs_held value). */
static int holds(const struct builder *b, const char *code)
{
	const struct plan_facts *f = &b->in->facts;
	const char *ans = NULL;
	if (!code)
		return 0;
	for (size_t i = 0; i < b->cat->ncerts; i++)
		if (!strcasecmp(b->cat->certs[i].code, code))
			ans = b->cat->certs[i].answer_value;
	for (size_t i = 0; i < f->ncerts_held; i++)
		if (!strcasecmp(f->certs_held[i], code) ||
		    (ans && !strcasecmp(f->certs_held[i], ans)))
			return 1;
	return 0;
}

static int edu_rank(const struct catalog *c, const char *v)
{
	for (size_t i = 0; v && i < c->nedu; i++)
		if (!strcmp(c->edu[i].value, v))
			return c->edu[i].rank;
	return 0;
}

/* The contact row of resource r for cert code, or NULL. */
static const struct cat_resource_contact *contact_row(const struct cat_resource *r,
						      const char *cert)
{
	for (size_t i = 0; cert && i < r->ncontact; i++)
		if (!strcmp(r->contact[i].cert, cert))
			return &r->contact[i];
	return NULL;
}

static int kind_phase(const char *kind)
{
	if (!strcmp(kind, "application"))
		return PH_APPLY;
	if (!strcmp(kind, "practice_exam"))
		return PH_PRACTICE;
	if (!strcmp(kind, "review"))
		return PH_REVIEW;
	return PH_STUDY;
}

/* ---- stage 1: selection --------------------------------------------- */

/* Weight of competency `comp` for the target: domain weights x gap. */
static double comp_weight(const struct builder *b, const char *comp)
{
	double gap = 0, w = 0;
	for (size_t i = 0; i < b->in->ngaps; i++)
		if (b->in->gaps[i].comp && !strcmp(b->in->gaps[i].comp, comp))
			gap = b->in->gaps[i].gap;
	if (gap <= 0)
		return 0;
	if (!b->cert || !b->cert->ndomains)
		return gap;
	for (size_t d = 0; d < b->cert->ndomains; d++) {
		const struct cat_domain *dom = &b->cert->domains[d];
		double sum = 0;
		for (size_t k = 0; k < dom->ncomps; k++)
			sum += dom->comps[k].weight;
		for (size_t k = 0; k < dom->ncomps; k++)
			if (sum > 0 && !strcmp(dom->comps[k].comp, comp))
				w += dom->weight / 100.0 * (dom->comps[k].weight / sum) * gap;
	}
	return w;
}

static double item_value(const struct builder *b, const struct cat_resource *r)
{
	double v = 0;
	for (size_t i = 0; i < r->ncomps; i++)
		v += r->comps[i].strength * comp_weight(b, r->comps[i].comp);
	return v;
}

static struct unit *find_unit(struct builder *b, const char *id)
{
	for (size_t i = 0; i < b->nu; i++)
		if (!strcmp(b->u[i].id, id))
			return &b->u[i];
	return NULL;
}

/* Add resource r as a unit unless done or already there. */
static void add_unit(struct builder *b, const struct cat_resource *r, int contact_course)
{
	struct unit *u;
	const struct cat_resource_contact *cr;
	if (is_done(b->in, r->id) || find_unit(b, r->id))
		return;
	ALLOC_GROW(b->u, b->nu + 1, b->alloc);
	u = &b->u[b->nu++];
	memset(u, 0, sizeof(*u));
	u->r = r;
	u->id = r->id;
	u->title = r->title;
	u->kind = r->kind;
	u->ch = to_ch(r->hours);
	cr = b->cert ? contact_row(r, b->cert->code) : NULL;
	u->contact = cr ? cr->hours : 0;
	u->cfact = cr ? cf_index(cr->fact) : -1;
	if (u->cfact < 0)
		u->contact = 0;
	u->phase = kind_phase(r->kind);
	u->otj = !strcmp(r->kind, "on_the_job");
	u->contact_course = contact_course;
	u->value = item_value(b, r);
	u->rank = (int)(r - b->cat->resources);
}

/*
 * 1 if the user's education already covers resource r: it is a course that
 * counts contact hours toward the target, and the hours the user has of
 * that kind already reach what the course gives.  Such a course is not
 * scheduled just because another item lists it as a prerequisite.
 */
static int prior_covers(const struct builder *b, const struct cat_resource *r)
{
	const struct cat_resource_contact *cr = b->cert ? contact_row(r, b->cert->code) : NULL;
	int k = cr ? cf_index(cr->fact) : -1;
	return k >= 0 && k != CF_COURSE && b->have[k] + 1e-9 >= cr->hours;
}

/* Set have[] from the answers and the done items. */
static void count_have(struct builder *b)
{
	const struct plan_facts *f = &b->in->facts;
	b->have[CF_PM] = f->pm_edu_hours > 0 ? f->pm_edu_hours : 0;
	b->have[CF_AGILE] = f->agile_edu_hours > 0 ? f->agile_edu_hours : 0;
	b->have[CF_COURSE] = 0;
	if (!b->cert)
		return;
	for (size_t i = 0; i < b->in->ndone; i++) {
		const struct cat_resource *r = find_resource(b->cat, b->in->done[i]);
		const struct cat_resource_contact *cr = r ? contact_row(r, b->cert->code) : NULL;
		int k = cr ? cf_index(cr->fact) : -1;
		if (k >= 0)
			b->have[k] += cr->hours;
	}
}

/* Work out which eligibility paths study can reach, and their month dates. */
static void eval_paths(struct builder *b)
{
	const struct plan_facts *f = &b->in->facts;
	if (!b->cert)
		return;
	b->npaths = b->cert->npaths;
	b->paths = xcalloc(b->npaths ? b->npaths : 1, sizeof(*b->paths));
	for (size_t i = 0; i < b->npaths; i++) {
		struct path_state *ps = &b->paths[i];
		const struct cat_path *p = &b->cert->paths[i];
		ps->p = p;
		ps->feasible = 1;
		ps->months_date = b->in->start;
		for (size_t k = 0; k < p->nreqs; k++) {
			const struct cat_req *q = &p->reqs[k];
			double have_m = -1;
			int cf;
			if (q->alt_cert && holds(b, q->alt_cert))
				continue;
			if (!strcmp(q->fact, "pm_months"))
				have_m = f->pm_months;
			else if (!strcmp(q->fact, "agile_months"))
				have_m = f->agile_months;
			if (have_m >= 0) {
				if (have_m < q->need_num) {
					int months = (int)ceil(q->need_num - have_m - 1e-9);
					struct pm_date d = date_add_months(b->in->start, months);
					if (date_cmp(d, ps->months_date) > 0)
						ps->months_date = d;
					ps->months_bound = 1;
				}
				continue;
			}
			if (!strcmp(q->fact, "education")) {
				int need = edu_rank(b->cat, q->need_text);
				if (!f->education)
					add_note(b, xasprintf("%s: assumes your education meets its "
							      "rules (education not answered)",
							      b->cert->code));
				else if (edu_rank(b->cat, f->education) < need)
					ps->feasible = 0;
				continue;
			}
			if (!strcmp(q->fact, "certs_held")) {
				if (!holds(b, q->need_text))
					ps->feasible = 0;
				continue;
			}
			cf = !strcmp(q->fact, "course") ? CF_COURSE : cf_index(q->fact);
			if (cf == CF_COURSE) {
				if (f->course_done || b->have[CF_COURSE] > 0)
					continue;
				ps->needs[cf] = 1;
				ps->need[cf] = 0; /* set once the course is chosen */
				continue;
			}
			if (cf < 0) {
				ps->feasible = 0;
				continue;
			}
			if (b->have[cf] + 1e-9 >= q->need_num)
				continue;
			ps->needs[cf] = 1;
			if (q->need_num > ps->need[cf])
				ps->need[cf] = q->need_num;
		}
	}
}

/* Best first: more gap-closing value; then (contact courses) one that
 * covers the whole shortfall; then fewer hours; then catalog order. */
static int cmp_value_rank(const void *a, const void *b)
{
	const struct unit *x = a, *y = b;
	if (x->value != y->value)
		return x->value > y->value ? -1 : 1;
	if (x->covers != y->covers)
		return y->covers - x->covers;
	if (x->ch != y->ch)
		return x->ch < y->ch ? -1 : 1;
	return x->rank - y->rank;
}

/* Candidates (as scratch units) among resources matching `pred`. */
static int pick_best(struct builder *b, int (*pred)(const struct builder *,
						    const struct cat_resource *, int),
		     int arg, int max, int need_value, double deficit)
{
	struct unit *cand = NULL;
	size_t n = 0, alloc = 0;
	int added = 0;
	for (size_t i = 0; i < b->cat->nresources; i++) {
		const struct cat_resource *r = &b->cat->resources[i];
		int extra = 0;
		if (is_done(b->in, r->id) || find_unit(b, r->id) || !pred(b, r, arg))
			continue;
		/* A fallback pick must not drag in prerequisites of its own. */
		for (size_t k = 0; !need_value && deficit <= 0 && k < r->nprereqs; k++)
			if (!is_done(b->in, r->prereqs[k]) && !find_unit(b, r->prereqs[k]))
				extra = 1;
		if (extra)
			continue;
		ALLOC_GROW(cand, n + 1, alloc);
		memset(&cand[n], 0, sizeof(cand[n]));
		cand[n].r = r;
		cand[n].value = item_value(b, r);
		cand[n].rank = (int)i;
		cand[n].ch = to_ch(r->hours);
		if (deficit > 0 && b->cert) {
			const struct cat_resource_contact *cr = contact_row(r, b->cert->code);
			cand[n].covers = cr && cr->hours + 1e-9 >= deficit;
		}
		n++;
	}
	if (n)
		qsort(cand, n, sizeof(*cand), cmp_value_rank);
	for (size_t i = 0; i < n && added < max; i++) {
		if (need_value && cand[i].value <= 0)
			break;
		add_unit(b, cand[i].r, 0);
		added++;
	}
	free(cand);
	return added;
}

/* Resource counts contact hours of fact cf toward the target cert. */
static int pred_contact(const struct builder *b, const struct cat_resource *r, int cf)
{
	const struct cat_resource_contact *cr = contact_row(r, b->cert->code);
	return cr && cf_index(cr->fact) == cf;
}

/* Resource may serve the target: general, or for the target (role's) cert. */
static int for_target(const struct builder *b, const struct cat_resource *r)
{
	if (!r->ncerts)
		return 1;
	if (b->cert)
		return has_str(r->certs, r->ncerts, b->cert->code);
	return b->role && b->role->ncerts &&
	       has_str(r->certs, r->ncerts, b->role->certs[0]);
}

/* Study candidate (course or reading) for closing gaps. */
static int pred_gap_study(const struct builder *b, const struct cat_resource *r, int unused)
{
	(void)unused;
	if (strcmp(r->kind, "course") && strcmp(r->kind, "reading"))
		return 0;
	if (b->cert && contact_row(r, b->cert->code))
		return 0; /* an alternative contact-hour course: chosen by need only */
	return for_target(b, r);
}

static int pred_gap_otj(const struct builder *b, const struct cat_resource *r, int unused)
{
	(void)unused;
	return !strcmp(r->kind, "on_the_job") && for_target(b, r);
}

/* Choose the items; returns 0 or -1 with err set. */
static int select_items(struct builder *b, struct errbuf *err)
{
	const struct catalog *c = b->cat;
	int changed, have_otj = 0;

	/* The target cert's own items, except alternative contact courses. */
	if (b->cert) {
		for (size_t i = 0; i < c->nresources; i++) {
			const struct cat_resource *r = &c->resources[i];
			if (!has_str(r->certs, r->ncerts, b->cert->code))
				continue;
			if (contact_row(r, b->cert->code))
				continue;
			if (!b->has_exam && (kind_phase(r->kind) != PH_STUDY))
				continue;
			add_unit(b, r, 0);
		}
		/* Contact-hour courses, best for the gaps first, until each
		 * feasible path's need is covered. */
		for (int cf = 0; cf < CF_N; cf++) {
			double deficit = 0;
			int want = 0;
			for (size_t p = 0; p < b->npaths; p++) {
				if (!b->paths[p].feasible || !b->paths[p].needs[cf])
					continue;
				want = 1;
				if (b->paths[p].need[cf] - b->have[cf] > deficit)
					deficit = b->paths[p].need[cf] - b->have[cf];
			}
			if (!want)
				continue;
			if (cf == CF_COURSE) {
				size_t before = b->nu;
				if (!pick_best(b, pred_contact, cf, 1, 0, 1))
					add_note(b, xasprintf("%s: no item in the catalog provides its "
							      "mandatory course", b->cert->code));
				else
					b->u[before].contact_course = 1;
				continue;
			}
			/* First the courses another chosen item requires anyway. */
			for (size_t i = 0; i < b->nu && deficit > 1e-9; i++) {
				const struct cat_resource *r = b->u[i].r;
				for (size_t k = 0; r && k < r->nprereqs && deficit > 1e-9; k++) {
					const struct cat_resource *q = find_resource(c, r->prereqs[k]);
					size_t before = b->nu;
					if (!q || !pred_contact(b, q, cf))
						continue;
					add_unit(b, q, 1);
					if (b->nu > before)
						deficit -= b->u[before].contact;
					r = b->u[i].r; /* b->u may have moved */
				}
			}
			while (deficit > 1e-9) {
				size_t before = b->nu;
				if (!pick_best(b, pred_contact, cf, 1, 0, deficit))
					break;
				b->u[before].contact_course = 1;
				deficit -= b->u[before].contact;
			}
			if (deficit > 1e-9)
				add_note(b, xasprintf("%s: the catalog's courses give %g fewer %s "
						      "than the rule needs",
						      b->cert->code, deficit, cf_names[cf]));
		}
	}
	/* Items that close the biggest gaps, and on-the-job evidence. */
	pick_best(b, pred_gap_study, 0, 3, 1, 0);
	pick_best(b, pred_gap_otj, 0, 2, 1, 0);
	for (size_t i = 0; i < b->nu; i++)
		have_otj |= b->u[i].otj;
	if (!have_otj)
		pick_best(b, pred_gap_otj, 0, 1, 0, 0);

	/* Prerequisites, transitively. */
	do {
		changed = 0;
		for (size_t i = 0; i < b->nu; i++) {
			const struct cat_resource *r = b->u[i].r;
			for (size_t k = 0; r && k < r->nprereqs; k++) {
				const struct cat_resource *q;
				if (is_done(b->in, r->prereqs[k]) || find_unit(b, r->prereqs[k]))
					continue;
				q = find_resource(c, r->prereqs[k]);
				if (!q) {
					errbuf_set(err, 0, "catalog: item '%s' requires unknown item '%s'",
						   r->id, r->prereqs[k]);
					return -1;
				}
				if (prior_covers(b, q))
					continue;
				add_unit(b, q, 0);
				changed = 1;
				r = b->u[i].r; /* b->u may have moved */
			}
		}
	} while (changed);

	/* Course needs are the chosen course items' contact. */
	for (size_t p = 0; p < b->npaths; p++)
		if (b->paths[p].needs[CF_COURSE]) {
			double sum = 0;
			for (size_t i = 0; i < b->nu; i++)
				if (b->u[i].cfact == CF_COURSE)
					sum += b->u[i].contact;
			if (sum <= 0)
				b->paths[p].feasible = 0;
			b->paths[p].need[CF_COURSE] = sum;
		}
	return 0;
}

/* ---- stage 2: order ------------------------------------------------- */

static int unit_index(const struct builder *b, const char *id)
{
	for (size_t i = 0; i < b->nu; i++)
		if (!strcmp(b->u[i].id, id))
			return (int)i;
	return -1;
}

/* Reorder b->u topologically; returns 0 or -1 (cycle) with err set. */
static int order_items(struct builder *b, struct errbuf *err)
{
	size_t n = b->nu;
	struct unit *out = xcalloc(n ? n : 1, sizeof(*out));
	char *done = xcalloc(n ? n : 1, 1);
	int last_study_kind = 0; /* want study first (otj == 0), then on-the-job */
	for (size_t k = 0; k < n; k++) {
		int best = -1;
		for (size_t i = 0; i < n; i++) {
			const struct cat_resource *r = b->u[i].r;
			int ready = !done[i], phase = b->u[i].phase;
			for (size_t q = 0; ready && r && q < r->nprereqs; q++) {
				int j = unit_index(b, r->prereqs[q]);
				if (j >= 0 && !done[j])
					ready = 0;
			}
			if (!ready)
				continue;
			/* A unit cannot come in an earlier phase than its prerequisites. */
			for (size_t q = 0; r && q < r->nprereqs; q++) {
				int j = unit_index(b, r->prereqs[q]);
				if (j >= 0 && b->u[j].phase > phase)
					phase = b->u[j].phase == PH_APPLY ? PH_AFTER_APPLY
									 : b->u[j].phase;
			}
			b->u[i].phase = phase;
			if (best < 0) {
				best = (int)i;
				continue;
			}
			{
				const struct unit *x = &b->u[i], *y = &b->u[best];
				int xw = x->phase == PH_STUDY && x->otj == last_study_kind;
				int yw = y->phase == PH_STUDY && y->otj == last_study_kind;
				if (x->phase != y->phase) {
					if (x->phase < y->phase)
						best = (int)i;
				} else if (xw != yw) {
					if (xw)
						best = (int)i;
				} else if (x->contact_course != y->contact_course) {
					if (x->contact_course)
						best = (int)i;
				} else if (x->rank < y->rank) {
					best = (int)i;
				}
			}
		}
		if (best < 0) {
			struct strbuf sb = STRBUF_INIT;
			for (size_t i = 0; i < n; i++)
				if (!done[i])
					sb_addf(&sb, "%s%s", sb.len ? ", " : "", b->u[i].id);
			errbuf_set(err, 0, "catalog: prerequisite cycle among items %s", sb.buf);
			sb_release(&sb);
			free(out);
			free(done);
			return -1;
		}
		done[best] = 1;
		out[k] = b->u[best];
		if (out[k].phase == PH_STUDY)
			last_study_kind = !out[k].otj;
	}
	memcpy(b->u, out, n * sizeof(*out));
	free(out);
	free(done);
	return 0;
}

/* ---- stage 3: layout ------------------------------------------------ */

static struct wk *week_at(struct layout *L, int wi)
{
	if ((size_t)wi >= L->nw) {
		size_t nn = (size_t)wi + 1;
		L->w = xrealloc(L->w, nn * sizeof(*L->w));
		memset(L->w + L->nw, 0, (nn - L->nw) * sizeof(*L->w));
		L->nw = nn;
	}
	return &L->w[wi];
}

static void add_ms(struct layout *L, enum plan_ms_kind k, struct pm_date d,
		   const char *item, char *text)
{
	struct plan_milestone *m;
	ALLOC_GROW(L->ms, L->nms + 1, L->ms_alloc);
	m = &L->ms[L->nms++];
	m->kind = k;
	m->date = d;
	m->week = (int)(date_days_between(L->b->in->start, d) / 7) + 1;
	m->item = item ? xstrdup(item) : NULL;
	m->text = text;
}

/* Earliest date some feasible path is met given what is scheduled so far;
 * 0 and *d set, or -1 if none is (yet). */
static int elig_now(const struct layout *L, struct pm_date *d)
{
	int found = 0;
	if (!L->b->cert || !L->b->npaths) {
		*d = L->b->in->start;
		return 0;
	}
	for (size_t i = 0; i < L->b->npaths; i++) {
		const struct path_state *ps = &L->ps[i];
		struct pm_date e;
		if (!ps->feasible || !ps->cset)
			continue;
		e = date_cmp(ps->months_date, ps->cdate) > 0 ? ps->months_date : ps->cdate;
		if (!found || date_cmp(e, *d) < 0)
			*d = e;
		found = 1;
	}
	return found ? 0 : -1;
}

/* Mark paths whose contact needs are met now, from `when`. */
static void check_contact(struct layout *L, struct pm_date when)
{
	for (size_t i = 0; i < L->b->npaths; i++) {
		struct path_state *ps = &L->ps[i];
		int met = 1;
		if (!ps->feasible || ps->cset)
			continue;
		for (int cf = 0; cf < CF_N; cf++)
			if (ps->needs[cf] && L->cum[cf] + 1e-9 < ps->need[cf])
				met = 0;
		if (met) {
			ps->cset = 1;
			ps->cdate = when;
		}
	}
}

/* Schedule unit `ui` from the current position, splitting across weeks. */
static void place(struct layout *L, size_t ui)
{
	const struct unit *u = &L->b->u[ui];
	int64_t rem = u->ch;
	double cgiven = 0;
	int parts = 0, first_wi = -1;
	while (rem > 0) {
		int64_t take;
		struct wk *w;
		struct plan_item *it;
		if (L->used >= L->H) {
			L->wi++;
			L->used = 0;
		}
		take = L->H - L->used < rem ? L->H - L->used : rem;
		w = week_at(L, L->wi);
		if (first_wi < 0)
			first_wi = L->wi;
		ALLOC_GROW(w->items, w->n + 1, w->alloc);
		it = &w->items[w->n++];
		memset(it, 0, sizeof(*it));
		it->id = xstrdup(u->id);
		it->title = xstrdup(u->title);
		it->kind = xstrdup(u->kind);
		it->hours = from_ch(take);
		it->item_hours = from_ch(u->ch);
		it->part = ++parts;
		rem -= take;
		it->contact_hours = rem > 0 ? u->contact * (double)take / (double)u->ch
					    : u->contact - cgiven;
		cgiven += it->contact_hours;
		w->ch += take;
		L->used += take;
		L->total += take;
		if (u->cfact >= 0) {
			L->cum[u->cfact] += it->contact_hours;
			check_contact(L, week_date(L->b->in, L->wi + 1));
		}
	}
	/* Every part knows how many there are. */
	for (int wi = first_wi; wi <= L->wi; wi++)
		for (size_t k = 0; k < L->w[wi].n; k++)
			if (!strcmp(L->w[wi].items[k].id, u->id))
				L->w[wi].items[k].nparts = parts;
	L->placed[ui] = 1;
}

/* The index of the application unit, or -1. */
static int app_unit(const struct builder *b)
{
	for (size_t i = 0; i < b->nu; i++)
		if (b->u[i].phase == PH_APPLY)
			return (int)i;
	return -1;
}

/* Place the application now if eligible by the current week and its
 * prerequisites are scheduled. */
static void try_application(struct layout *L, int force)
{
	int ai = app_unit(L->b);
	struct pm_date e;
	const struct cat_resource *r;
	int cw;
	if (ai < 0 || L->app_placed || elig_now(L, &e) < 0)
		return;
	r = L->b->u[ai].r;
	for (size_t q = 0; r && q < r->nprereqs; q++) {
		int j = unit_index(L->b, r->prereqs[q]);
		if (j >= 0 && !L->placed[j])
			return;
	}
	cw = L->used >= L->H ? L->wi + 1 : L->wi;
	if (date_cmp(e, week_date(L->b->in, cw)) > 0) {
		int64_t days;
		if (!force)
			return;
		/* Wait for the first week starting on or after eligibility. */
		days = date_days_between(L->b->in->start, e);
		L->wi = (int)((days + 6) / 7);
		L->used = 0;
	}
	L->app_week = L->used >= L->H ? L->wi + 1 : L->wi;
	place(L, (size_t)ai);
	L->app_placed = 1;
	add_ms(L, PLAN_MS_APPLICATION, week_date(L->b->in, L->app_week), L->b->u[ai].id,
	       /* The week's items name the step itself (its title). */
	       xasprintf("submit the %s application", L->b->cert->code));
}

static int64_t phase_ch(const struct builder *b, int phase)
{
	int64_t s = 0;
	for (size_t i = 0; i < b->nu; i++)
		if (b->u[i].phase == phase)
			s += b->u[i].ch;
	return s;
}

static void layout_release(struct layout *L)
{
	for (size_t i = 0; i < L->nw; i++) {
		for (size_t k = 0; k < L->w[i].n; k++) {
			free(L->w[i].items[k].id);
			free(L->w[i].items[k].title);
			free(L->w[i].items[k].kind);
		}
		free(L->w[i].items);
	}
	free(L->w);
	for (size_t i = 0; i < L->nms; i++) {
		free(L->ms[i].item);
		free(L->ms[i].text);
	}
	free(L->ms);
	free(L->ps);
	free(L->placed);
	memset(L, 0, sizeof(*L));
}

static int cmp_ms(const void *a, const void *b)
{
	const struct plan_milestone *x = a, *y = b;
	int c = date_cmp(x->date, y->date);
	return c ? c : (int)x->kind - (int)y->kind;
}

/*
 * Lay the ordered units out at H centihours a week.  With `exam` the tail
 * ends right before that date; without, at the earliest date.  Fills the
 * schedule part of *p.  Returns 1 if everything fits, 0 if not.
 */
static int layout_run(struct builder *b, int64_t H, const struct pm_date *exam,
		      struct plan *p)
{
	struct layout L = { 0 };
	const struct plan_input *in = b->in;
	struct pm_date e, exam_day;
	int fits = 1, reach, k = 0, rs = 0;
	int64_t P, R;
	size_t gen_review = (size_t)-1;

	L.b = b;
	L.H = H;
	L.placed = xcalloc(b->nu ? b->nu : 1, 1);
	L.ps = xcalloc(b->npaths ? b->npaths : 1, sizeof(*L.ps));
	if (b->npaths)
		memcpy(L.ps, b->paths, b->npaths * sizeof(*L.ps));
	memcpy(L.cum, b->have, sizeof(L.cum));
	check_contact(&L, in->start);

	/* The generated review week takes one full week. */
	for (size_t i = 0; i < b->nu; i++)
		if (!b->u[i].r && b->u[i].phase == PH_REVIEW) {
			b->u[i].ch = H;
			gen_review = i;
		}

	/* Study, with the application as soon as eligible. */
	try_application(&L, 0);
	for (size_t i = 0; i < b->nu; i++) {
		if (b->u[i].phase != PH_STUDY)
			continue;
		place(&L, i);
		try_application(&L, 0);
	}
	try_application(&L, 1);
	for (size_t i = 0; i < b->nu; i++) {
		if (b->u[i].phase != PH_AFTER_APPLY)
			continue;
		if (L.app_placed)
			place(&L, i);
		else
			add_note(b, xasprintf("%s is left out: it follows the application, "
					      "which this plan cannot reach", b->u[i].title));
	}

	reach = elig_now(&L, &e) == 0;
	if (b->cert && b->npaths) {
		int already = 0;
		for (size_t i = 0; i < b->npaths; i++)
			if (L.ps[i].feasible && L.ps[i].cset &&
			    !date_cmp(L.ps[i].cdate, in->start) &&
			    !date_cmp(L.ps[i].months_date, in->start))
				already = 1;
		p->elig = already ? PLAN_ELIG_ALREADY
			: reach ? PLAN_ELIG_SCHEDULED : PLAN_ELIG_UNREACHABLE;
		if (reach)
			p->eligible_from = already ? in->start : e;
		if (p->elig == PLAN_ELIG_SCHEDULED)
			add_ms(&L, PLAN_MS_ELIGIBLE, e, NULL,
			       xasprintf("eligible to sit the %s exam", b->cert->code));
	} else {
		p->elig = PLAN_ELIG_NONE;
	}

	/* Practice exams and review, ending right before the exam. */
	P = phase_ch(b, PH_PRACTICE);
	R = phase_ch(b, PH_REVIEW);
	if (b->has_exam && (reach || !b->npaths)) {
		int rw = (int)((R + H - 1) / H), pw = (int)((P + H - 1) / H);
		if (exam) {
			exam_day = *exam;
			k = (int)(date_days_between(in->start, *exam) / 7);
			if (date_days_between(in->start, *exam) < 0)
				k = -1;
		} else {
			/* Forward: practice from here, review in a fresh week. */
			int64_t used = L.used, wi = L.wi;
			if (P > 0) {
				int64_t t = used + P;
				if (used >= H) {
					wi++;
					t = P;
				}
				wi += (t - 1) / H;
				used = t - ((t - 1) / H) * H;
			}
			if (used > 0)
				wi++;
			k = (int)wi + rw;
			if (b->npaths) {
				int64_t d = date_days_between(in->start, e);
				int ke = (int)((d + 6) / 7);
				if (ke > k)
					k = ke;
			}
			exam_day = week_date(in, k);
		}
		rs = k - rw;
		if (rs < 0 || (b->npaths && date_cmp(e, exam_day) > 0)) {
			fits = 0;
		} else {
			int ps = rs - pw, cw = L.used >= H ? L.wi + 1 : L.wi;
			if (ps > cw || (ps == cw && L.used >= H)) {
				L.wi = ps;
				L.used = 0;
			}
			for (size_t i = 0; i < b->nu; i++)
				if (b->u[i].phase == PH_PRACTICE)
					place(&L, i);
			if (L.used > 0 ? L.wi >= rs : L.wi > rs)
				fits = 0;
			if (fits && (L.wi < rs || L.used > 0)) {
				L.wi = rs;
				L.used = 0;
			}
			if (R > 0)
				add_ms(&L, PLAN_MS_REVIEW, week_date(in, rs), NULL,
				       xasprintf("review week for the %s exam", b->cert->code));
			for (size_t i = 0; i < b->nu; i++)
				if (b->u[i].phase == PH_REVIEW)
					place(&L, i);
			if (b->npaths && b->u && app_unit(b) >= 0 && !L.app_placed)
				fits = 0;
			p->has_exam = 1;
			p->exam = exam_day;
			add_ms(&L, PLAN_MS_EXAM, exam_day, NULL,
			       xasprintf("%s exam", b->cert->code));
		}
	} else {
		if (b->has_exam && exam)
			fits = 0;
		/* No exam: practice exams still help, review is pointless. */
		for (size_t i = 0; i < b->nu; i++)
			if (b->u[i].phase == PH_PRACTICE)
				place(&L, i);
	}
	if (gen_review != (size_t)-1)
		b->u[gen_review].ch = 0;

	/* Hand the result over. */
	for (size_t i = 0; i < L.nw; i++)
		if (L.w[i].n)
			p->nweeks++;
	p->weeks = xcalloc(p->nweeks ? p->nweeks : 1, sizeof(*p->weeks));
	p->nweeks = 0;
	for (size_t i = 0; i < L.nw; i++) {
		struct plan_week *pw;
		if (!L.w[i].n)
			continue;
		pw = &p->weeks[p->nweeks++];
		pw->week = (int)i + 1;
		pw->start = week_date(in, (int)i);
		pw->hours = from_ch(L.w[i].ch);
		pw->items = L.w[i].items;
		pw->nitems = L.w[i].n;
		L.w[i].items = NULL;
		L.w[i].n = 0;
	}
	p->total_hours = from_ch(L.total);
	if (L.nms)
		qsort(L.ms, L.nms, sizeof(*L.ms), cmp_ms);
	p->milestones = L.ms;
	p->nmilestones = L.nms;
	L.ms = NULL;
	L.nms = 0;
	/* Which path gave the eligibility date, and whether months set it. */
	if (p->elig == PLAN_ELIG_SCHEDULED || p->elig == PLAN_ELIG_ALREADY) {
		for (size_t i = 0; i < b->npaths; i++) {
			const struct path_state *ps = &L.ps[i];
			struct pm_date pe;
			if (!ps->feasible || !ps->cset)
				continue;
			pe = date_cmp(ps->months_date, ps->cdate) > 0 ? ps->months_date : ps->cdate;
			if (date_cmp(pe, p->eligible_from))
				continue;
			p->elig_path = xstrdup(ps->p->label);
			if (ps->months_bound && date_cmp(ps->months_date, ps->cdate) >= 0) {
				char buf[PM_DATE_BUFSZ];
				add_note(b, xasprintf("%s: eligibility on %s assumes you keep "
						      "gaining project experience every month "
						      "from the start date",
						      b->cert->code,
						      date_format(ps->months_date, buf)));
			}
			break;
		}
	}
	p->hours_per_week = from_ch(H);
	p->fits = fits;
	layout_release(&L);
	return fits;
}

/* ---- the plan ------------------------------------------------------- */

static void release_schedule(struct plan *p)
{
	for (size_t i = 0; i < p->nweeks; i++) {
		for (size_t k = 0; k < p->weeks[i].nitems; k++) {
			free(p->weeks[i].items[k].id);
			free(p->weeks[i].items[k].title);
			free(p->weeks[i].items[k].kind);
		}
		free(p->weeks[i].items);
	}
	free(p->weeks);
	p->weeks = NULL;
	p->nweeks = 0;
	for (size_t i = 0; i < p->nmilestones; i++) {
		free(p->milestones[i].item);
		free(p->milestones[i].text);
	}
	free(p->milestones);
	p->milestones = NULL;
	p->nmilestones = 0;
	free(p->elig_path);
	p->elig_path = NULL;
}

void plan_release(struct plan *p)
{
	if (!p)
		return;
	release_schedule(p);
	free(p->target);
	free(p->target_name);
	for (size_t i = 0; i < p->ncontact; i++) {
		free(p->contact[i].cert);
		free(p->contact[i].fact);
	}
	free(p->contact);
	free(p->currency);
	for (size_t i = 0; i < p->ndone; i++)
		free(p->done[i]);
	free(p->done);
	for (size_t i = 0; i < p->nnotes; i++)
		free(p->notes[i]);
	free(p->notes);
	memset(p, 0, sizeof(*p));
}

const char *plan_ms_name(enum plan_ms_kind k)
{
	switch (k) {
	case PLAN_MS_ELIGIBLE: return "eligible";
	case PLAN_MS_APPLICATION: return "application";
	case PLAN_MS_REVIEW: return "review";
	case PLAN_MS_EXAM: return "exam";
	}
	return "?";
}

const char *plan_elig_name(enum plan_elig e)
{
	switch (e) {
	case PLAN_ELIG_NONE: return "none";
	case PLAN_ELIG_ALREADY: return "already";
	case PLAN_ELIG_SCHEDULED: return "scheduled";
	case PLAN_ELIG_UNREACHABLE: return "unreachable";
	}
	return "?";
}

double plan_contact_total(const struct plan *p, const char *cert, const char *fact)
{
	for (size_t i = 0; i < p->ncontact; i++)
		if (!strcmp(p->contact[i].cert, cert) && !strcmp(p->contact[i].fact, fact))
			return p->contact[i].have + p->contact[i].planned;
	return -1;
}

/* Add to (or create) the contact entry cert/fact. */
static struct plan_contact *contact_entry(struct plan *p, const char *cert, const char *fact,
					  double have)
{
	struct plan_contact *c;
	for (size_t i = 0; i < p->ncontact; i++)
		if (!strcmp(p->contact[i].cert, cert) && !strcmp(p->contact[i].fact, fact))
			return &p->contact[i];
	p->contact = xrealloc(p->contact, (p->ncontact + 1) * sizeof(*p->contact));
	c = &p->contact[p->ncontact++];
	memset(c, 0, sizeof(*c));
	c->cert = xstrdup(cert);
	c->fact = xstrdup(fact);
	c->have = have;
	return c;
}

/* Contact hours per cert: the target's rule, and every cert an item counts for. */
static void fill_contact(struct builder *b, struct plan *p)
{
	if (b->cert) {
		for (int cf = 0; cf < CF_N; cf++) {
			double need = 0;
			int any = 0;
			const struct cat_req *waived = NULL;
			for (size_t i = 0; i < b->cert->npaths; i++)
				for (size_t k = 0; k < b->cert->paths[i].nreqs; k++) {
					const struct cat_req *q = &b->cert->paths[i].reqs[k];
					if (cf_index(q->fact) != cf)
						continue;
					any = 1;
					/* Met by a certificate held ("or an active
					 * CAPM"): no hours are asked of this user. */
					if (q->alt_cert && holds(b, q->alt_cert)) {
						waived = q;
						continue;
					}
					if (cf != CF_COURSE && q->need_num > need)
						need = q->need_num;
				}
			if (waived && need == 0)
				add_note(b, xasprintf("%s: your %s meets \"%s\"; the hours "
						      "planned prepare for the exam",
						      b->cert->code, waived->alt_cert, waived->text));
			for (size_t i = 0; i < b->nu; i++)
				if (b->u[i].cfact == cf && b->u[i].contact > 0)
					any = 1;
			if (!any)
				continue;
			if (cf == CF_COURSE)
				for (size_t i = 0; i < b->npaths; i++)
					if (b->paths[i].need[cf] > need)
						need = b->paths[i].need[cf];
			contact_entry(p, b->cert->code, cf_names[cf], b->have[cf])->need = need;
		}
	}
	/* Other certs the scheduled items count toward. */
	for (size_t w = 0; w < p->nweeks; w++)
		for (size_t k = 0; k < p->weeks[w].nitems; k++) {
			const struct plan_item *it = &p->weeks[w].items[k];
			const struct cat_resource *r = find_resource(b->cat, it->id);
			if (!r || it->part != it->nparts)
				continue; /* count a split item once, at its last part */
			for (size_t c = 0; c < r->ncontact; c++) {
				const struct cat_resource_contact *cr = &r->contact[c];
				/* Hours toward a cert already held serve nothing. */
				if (cf_index(cr->fact) < 0 || holds(b, cr->cert))
					continue;
				contact_entry(p, cr->cert, cr->fact, 0)->planned += cr->hours;
			}
		}
	/* For other certs, "have" is the answers' hours (done items counted
	 * only toward the target, where we know their rows). */
	for (size_t i = 0; i < p->ncontact; i++) {
		struct plan_contact *c = &p->contact[i];
		if (b->cert && !strcmp(c->cert, b->cert->code))
			continue;
		c->have = !strcmp(c->fact, "pm_edu_hours") ? b->in->facts.pm_edu_hours
			: !strcmp(c->fact, "agile_edu_hours") ? b->in->facts.agile_edu_hours
			: 0;
		if (c->have < 0)
			c->have = 0;
	}
}

/* Cost of the scheduled items (each once), in the first currency met. */
static void fill_cost(struct builder *b, struct plan *p)
{
	int mixed = 0;
	for (size_t i = 0; i < b->nu; i++) {
		const struct cat_resource *r = b->u[i].r;
		int scheduled = 0;
		if (!r)
			continue;
		for (size_t w = 0; w < p->nweeks && !scheduled; w++)
			for (size_t k = 0; k < p->weeks[w].nitems; k++)
				if (!strcmp(p->weeks[w].items[k].id, r->id))
					scheduled = 1;
		if (!scheduled || (r->cost_low == 0 && r->cost_high == 0))
			continue;
		if (!p->currency)
			p->currency = xstrdup(r->currency);
		if (strcmp(p->currency, r->currency)) {
			mixed = 1;
			continue;
		}
		p->cost_low += r->cost_low;
		p->cost_high += r->cost_high;
	}
	if (mixed)
		add_note(b, xasprintf("costs in currencies other than %s are not included "
				      "in the total", p->currency));
}

static void builder_release(struct builder *b)
{
	free(b->u);
	free(b->paths);
	for (size_t i = 0; i < b->nnotes; i++)
		free(b->notes[i]);
	free(b->notes);
	free(b->review_title);
}

/* Find the target: a cert code (any case) or a target role id. */
static int find_target(struct builder *b, const char *t)
{
	for (size_t i = 0; i < b->cat->ncerts; i++)
		if (!strcasecmp(b->cat->certs[i].code, t)) {
			b->cert = &b->cat->certs[i];
			b->has_exam = !strcmp(b->cert->kind, "certification");
			return 0;
		}
	for (size_t i = 0; i < b->cat->ntargets; i++)
		if (!strcmp(b->cat->targets[i].id, t)) {
			b->role = &b->cat->targets[i];
			return 0;
		}
	return -1;
}

/* Add the generated review week when the cert has no review item. */
static void add_review(struct builder *b)
{
	struct unit *u;
	if (!b->has_exam)
		return;
	for (size_t i = 0; i < b->nu; i++)
		if (b->u[i].phase == PH_REVIEW)
			return;
	for (size_t i = 0; i < b->in->ndone; i++) {
		const struct cat_resource *r = find_resource(b->cat, b->in->done[i]);
		if (r && !strcmp(r->kind, "review") &&
		    has_str(r->certs, r->ncerts, b->cert->code))
			return;
	}
	b->review_title = xasprintf("Review week: revisit the weakest %s exam domains "
				    "and every practice question you missed",
				    b->cert->code);
	ALLOC_GROW(b->u, b->nu + 1, b->alloc);
	u = &b->u[b->nu++];
	memset(u, 0, sizeof(*u));
	u->id = "plan_review_week";
	u->title = b->review_title;
	u->kind = "review";
	u->cfact = -1;
	u->phase = PH_REVIEW;
	u->rank = (int)b->cat->nresources;
}

int plan_build(const struct plan_input *in, struct plan *out, struct errbuf *err)
{
	struct builder b = { 0 };
	double H = in->facts.hours_per_week;
	int64_t Hc;

	memset(out, 0, sizeof(*out));
	if (!(H > 0) || H > PLAN_MAX_HOURS_PER_WEEK) {
		errbuf_set(err, 0, "hours per week must be more than 0 and at most %d",
			   PLAN_MAX_HOURS_PER_WEEK);
		return -1;
	}
	Hc = (int64_t)llround(H * 100.0);
	if (Hc < 1)
		Hc = 1;
	b.in = in;
	b.cat = in->cat;
	if (!in->target || find_target(&b, in->target) < 0) {
		errbuf_set(err, 0, "unknown target '%s' (a certification code such as PMP, "
			   "or a target role id such as technical_pm)",
			   in->target ? in->target : "");
		return -1;
	}
	if (in->has_exam_date && !b.has_exam) {
		errbuf_set(err, 0, "'%s' has no exam: --exam-date needs a certification target",
			   in->target);
		return -1;
	}
	for (size_t i = 0; i < in->ndone; i++)
		if (!find_resource(b.cat, in->done[i])) {
			errbuf_set(err, 0, "unknown item '%s' (see 'pmpath catalog' for item ids)",
				   in->done[i]);
			return -1;
		}

	count_have(&b);
	eval_paths(&b);
	if (select_items(&b, err) < 0 || order_items(&b, err) < 0) {
		builder_release(&b);
		return -1;
	}
	add_review(&b);

	out->target = xstrdup(b.cert ? b.cert->code : b.role->id);
	out->target_name = xstrdup(b.cert ? b.cert->name : b.role->name);
	out->target_is_cert = b.cert != NULL;
	out->start = in->start;
	out->has_exam_date = in->has_exam_date;
	out->exam_date = in->exam_date;

	if (in->has_exam_date) {
		if (!layout_run(&b, Hc, &in->exam_date, out)) {
			struct plan scratch;
			/* Show the plan at the current hours, and what would fit. */
			release_schedule(out);
			layout_run(&b, Hc, NULL, out);
			out->fits = 0;
			out->has_earliest = out->has_exam;
			out->earliest_exam_date = out->exam;
			for (int h = (int)floor(H) + 1; h <= PLAN_MAX_HOURS_PER_WEEK; h++) {
				int ok;
				memset(&scratch, 0, sizeof(scratch));
				ok = layout_run(&b, (int64_t)h * 100, &in->exam_date, &scratch);
				release_schedule(&scratch);
				if (ok) {
					out->hours_per_week_needed = h;
					break;
				}
			}
		}
	} else {
		layout_run(&b, Hc, NULL, out);
		out->fits = 1;
	}
	out->hours_per_week = H;
	if (out->elig == PLAN_ELIG_UNREACHABLE) {
		for (size_t i = 0; i < b.cert->npaths; i++)
			for (size_t k = 0; k < b.cert->paths[i].nreqs; k++) {
				const struct cat_req *q = &b.cert->paths[i].reqs[k];
				if ((!strcmp(q->fact, "education") && in->facts.education &&
				     edu_rank(b.cat, in->facts.education) <
					     edu_rank(b.cat, q->need_text)) ||
				    (!strcmp(q->fact, "certs_held") && !holds(&b, q->need_text) &&
				     !(q->alt_cert && holds(&b, q->alt_cert))))
					add_note(&b, xasprintf("%s (%s): study alone cannot meet \"%s\"",
							       b.cert->code, b.cert->paths[i].label,
							       q->text));
			}
		/* A prerequisite certificate the user can sit now (no rules of
		 * its own) is the way in: say which plan to follow first. */
		for (size_t i = 0; i < b.cert->npaths; i++)
			for (size_t k = 0; k < b.cert->paths[i].nreqs; k++) {
				const struct cat_req *q = &b.cert->paths[i].reqs[k];
				const struct cat_cert *pre = NULL;
				if (strcmp(q->fact, "certs_held") != 0 || !q->need_text)
					continue;
				for (size_t c = 0; c < b.cat->ncerts; c++)
					if (!strcasecmp(b.cat->certs[c].code, q->need_text))
						pre = &b.cat->certs[c];
				if (pre && pre->npaths == 0 && !holds(&b, pre->code))
					add_note(&b, xasprintf("%s: pass the %s exam first (pmpath plan "
							       "--target %s), then plan %s again",
							       b.cert->code, pre->code, pre->code,
							       b.cert->code));
			}
		add_note(&b, xasprintf("%s: no eligibility path can be met, so the plan has "
				       "no exam", b.cert->code));
	}
	fill_contact(&b, out);
	fill_cost(&b, out);
	for (size_t i = 0; i < in->ndone; i++) {
		out->done = xrealloc(out->done, (out->ndone + 1) * sizeof(*out->done));
		out->done[out->ndone++] = xstrdup(in->done[i]);
	}
	out->notes = b.notes;
	out->nnotes = b.nnotes;
	b.notes = NULL;
	b.nnotes = 0;
	builder_release(&b);
	return 0;
}

void plan_facts_from(const struct catalog *cat, const struct facts *f, const char *target,
		     struct plan_facts *pf)
{
	const struct cat_cert *c = NULL;
	pf->hours_per_week = f->hours_per_week.known ? f->hours_per_week.v : 0;
	pf->pm_months = f->pm_months.known ? f->pm_months.v : 0;
	pf->agile_months = f->agile_months.known ? f->agile_months.v : 0;
	pf->pm_edu_hours = f->pm_edu_hours.known ? f->pm_edu_hours.v : 0;
	pf->agile_edu_hours = f->agile_edu_hours.known ? f->agile_edu_hours.v : 0;
	pf->education = f->education;
	pf->certs_held = (const char *const *)f->certs;
	pf->ncerts_held = f->ncerts;
	pf->course_done = 0;
	/* The target's mandatory course, if the answers say it is done. */
	for (size_t i = 0; i < cat->ncerts; i++)
		if (!strcasecmp(cat->certs[i].code, target))
			c = &cat->certs[i];
	for (size_t p = 0; c && p < c->npaths; p++)
		for (size_t r = 0; r < c->paths[p].nreqs; r++) {
			const struct cat_req *q = &c->paths[p].reqs[r];
			if (strcmp(q->fact, "course") || !q->need_text)
				continue;
			for (size_t k = 0; k < f->ncourses; k++)
				if (!strcmp(f->courses[k], q->need_text))
					pf->course_done = 1;
		}
}
