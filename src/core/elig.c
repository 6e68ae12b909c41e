/*
 * elig.c - facts from a session's answers and certification eligibility
 * by the catalog's rules (pure core: no I/O).  See include/pmpath/elig.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/elig.h"
#include "pmpath/flow.h"
#include "pmpath/banned.h"

/* Value of canonical question `id` if it applies and has a value, else NULL. */
static const char *applied_value(const struct bank *b, const struct answer_set *a,
				 const char *id)
{
	long qi = bank_find(b, id);
	if (qi < 0 || !flow_applies(b, a, (size_t)qi))
		return NULL;
	return answers_value(a, id);
}

/* Copy a choice answer, or NULL when unknown. */
static char *fact_text(const struct bank *b, const struct answer_set *a, const char *id)
{
	const char *v = applied_value(b, a, id);
	return v && *v ? xstrdup(v) : NULL;
}

/* Read a numeric answer into *out (known only for a valid number >= 0). */
static void fact_num(const struct bank *b, const struct answer_set *a, const char *id,
		     struct fnum *out)
{
	const char *v = applied_value(b, a, id);
	double d;
	out->known = 0;
	out->v = 0;
	if (v && str_to_double(v, &d) == 0 && d >= 0 && isfinite(d)) {
		out->known = 1;
		out->v = d;
	}
}

/* Split a multi answer ("a,b") into *items, leaving out "none". */
static void fact_list(const struct bank *b, const struct answer_set *a, const char *id,
		      int *known, char ***items, size_t *n)
{
	const char *v = applied_value(b, a, id);
	size_t alloc = 0;
	*known = 0;
	*items = NULL;
	*n = 0;
	if (!v)
		return;
	*known = 1;
	while (*v) {
		const char *end = strchr(v, ',');
		size_t len = end ? (size_t)(end - v) : strlen(v);
		char *item = xstrndup(v, len);
		str_trim(item);
		if (*item && strcmp(item, "none") != 0) {
			ALLOC_GROW(*items, *n + 1, alloc);
			(*items)[(*n)++] = item;
		} else {
			free(item);
		}
		v += len;
		if (*v == ',')
			v++;
	}
}

void facts_extract(const struct bank *b, const struct answer_set *a, struct facts *out)
{
	memset(out, 0, sizeof(*out));
	out->role = fact_text(b, a, "role");
	out->education = fact_text(b, a, "education");
	out->environment = fact_text(b, a, "environment");
	out->target_role = fact_text(b, a, "target_role");
	fact_num(b, a, "years_it", &out->years_it);
	fact_num(b, a, "pm_months", &out->pm_months);
	fact_num(b, a, "pm_edu_hours", &out->pm_edu_hours);
	fact_num(b, a, "agile_months", &out->agile_months);
	fact_num(b, a, "agile_edu_hours", &out->agile_edu_hours);
	fact_num(b, a, "hours_per_week", &out->hours_per_week);
	fact_list(b, a, "certs_held", &out->certs_known, &out->certs, &out->ncerts);
	fact_list(b, a, "course_done", &out->courses_known, &out->courses, &out->ncourses);
}

/* Free a string array of n items. */
static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void facts_release(struct facts *f)
{
	free(f->role);
	free(f->education);
	free(f->environment);
	free(f->target_role);
	free_strv(f->certs, f->ncerts);
	free_strv(f->courses, f->ncourses);
	memset(f, 0, sizeof(*f));
}

int facts_has_cert(const struct facts *f, const char *answer_value)
{
	if (!answer_value)
		return 0;
	for (size_t i = 0; i < f->ncerts; i++)
		if (!strcmp(f->certs[i], answer_value))
			return 1;
	return 0;
}

/* 1 if course_done lists value v. */
static int facts_has_course(const struct facts *f, const char *v)
{
	for (size_t i = 0; i < f->ncourses; i++)
		if (!strcmp(f->courses[i], v))
			return 1;
	return 0;
}

const struct fnum *facts_num(const struct facts *f, const char *name)
{
	static const struct {
		const char *name;
		size_t off;
	} nums[] = {
		{ "years_it", offsetof(struct facts, years_it) },
		{ "pm_months", offsetof(struct facts, pm_months) },
		{ "pm_edu_hours", offsetof(struct facts, pm_edu_hours) },
		{ "agile_months", offsetof(struct facts, agile_months) },
		{ "agile_edu_hours", offsetof(struct facts, agile_edu_hours) },
		{ "hours_per_week", offsetof(struct facts, hours_per_week) },
	};
	for (size_t i = 0; i < ARRAY_SIZE(nums); i++)
		if (!strcmp(nums[i].name, name))
			return (const struct fnum *)(const void *)((const char *)f + nums[i].off);
	return NULL;
}

/* The certs_held value of cert `code` (its answer_value), or NULL. */
static const char *cert_answer(const struct catalog *cat, const char *code)
{
	const struct cat_cert *c = code ? catalog_cert(cat, code) : NULL;
	return c ? c->answer_value : NULL;
}

/* 1 if s is a value id ([a-z0-9_]+). */
static int is_value_id(const char *s)
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

/*
 * The course_done value confirming a course requirement: need_text itself
 * when it is a value id, else "<answer_value of the cert>_course" (the
 * bank's convention: csm_course for CSM).  Caller frees.
 */
static char *course_value(const struct cat_cert *c, const struct cat_req *r)
{
	if (is_value_id(r->need_text))
		return xstrdup(r->need_text);
	return xasprintf("%s_course", c->answer_value ? c->answer_value : "cert");
}

/* Outcome of one requirement. */
struct req_eval {
	int met, unknown;
	double shortfall; /* relative, 0..1 */
	int numeric_short; /* known number below its need */
};

/* Evaluate requirement r of cert c; -1 with err on a malformed rule. */
static int req_eval(const struct catalog *cat, const struct cat_cert *c,
		    const struct cat_req *r, const struct facts *f,
		    struct req_eval *ev, struct errbuf *err)
{
	const struct fnum *num;
	memset(ev, 0, sizeof(*ev));
	if (r->alt_cert && facts_has_cert(f, cert_answer(cat, r->alt_cert))) {
		ev->met = 1;
		return 0;
	}
	if ((num = facts_num(f, r->fact)) != NULL) {
		if (strcmp(r->op, ">=") != 0)
			goto bad_op;
		if (!num->known) {
			ev->unknown = 1;
			ev->shortfall = 1;
		} else if (num->v >= r->need_num) {
			ev->met = 1;
		} else {
			ev->numeric_short = 1;
			ev->shortfall = r->need_num > 0 ? (r->need_num - num->v) / r->need_num : 1;
		}
		return 0;
	}
	ev->shortfall = 1;
	if (!strcmp(r->fact, "education")) {
		int need = catalog_edu_rank(cat, r->need_text ? r->need_text : "");
		if (strcmp(r->op, ">=") != 0)
			goto bad_op;
		if (!need) {
			errbuf_set(err, 0, "%s: education requirement names unknown level '%s'",
				   c->code, r->need_text ? r->need_text : "");
			return -1;
		}
		if (!f->education || !catalog_edu_rank(cat, f->education))
			ev->unknown = 1;
		else if (catalog_edu_rank(cat, f->education) >= need)
			ev->met = 1;
	} else if (!strcmp(r->fact, "certs_held")) {
		const char *v = cert_answer(cat, r->need_text);
		if (strcmp(r->op, "has") != 0)
			goto bad_op;
		if (!v)
			v = r->need_text;
		if (!f->certs_known)
			ev->unknown = 1;
		else if (facts_has_cert(f, v))
			ev->met = 1;
	} else if (!strcmp(r->fact, "course")) {
		char *v = course_value(c, r);
		if (strcmp(r->op, "done") != 0) {
			free(v);
			goto bad_op;
		}
		if (!f->courses_known)
			ev->unknown = 1;
		else if (facts_has_course(f, v))
			ev->met = 1;
		free(v);
	} else {
		errbuf_set(err, 0, "%s: eligibility rule names unknown fact '%s'", c->code, r->fact);
		return -1;
	}
	if (ev->met)
		ev->shortfall = 0;
	return 0;
bad_op:
	errbuf_set(err, 0, "%s: eligibility rule on '%s' has unsupported operator '%s'",
		   c->code, r->fact, r->op);
	return -1;
}

/* Label of education value v ("Associate degree"), or v itself. */
static const char *edu_label(const struct catalog *cat, const char *v)
{
	for (size_t i = 0; i < cat->nedu; i++)
		if (!strcmp(cat->edu[i].value, v))
			return cat->edu[i].label;
	return v;
}

/* Fill missing item m for unmet requirement r. */
static void missing_fill(const struct catalog *cat, const struct cat_cert *c,
			 const struct cat_path *p, const struct cat_req *r,
			 const struct facts *f, const struct req_eval *ev,
			 struct elig_missing *m)
{
	struct strbuf sb = STRBUF_INIT;
	const struct fnum *num = facts_num(f, r->fact);

	memset(m, 0, sizeof(*m));
	m->kind = r->fact;
	if (num) {
		m->need_is_num = 1;
		m->need_num = r->need_num;
	} else {
		m->need_text = xstrdup(r->need_text ? r->need_text : "");
	}
	if (c->npaths > 1 && p->label)
		sb_addf(&sb, "%s %s: ", c->code, p->label);
	sb_adds(&sb, r->text);
	sb_adds(&sb, " \xE2\x80\x94 ");
	if (ev->unknown) {
		sb_adds(&sb, !strcmp(r->fact, "course") ? "not confirmed yet (question not answered)"
							 : "not answered yet");
	} else if (num) {
		m->have_known = m->have_is_num = 1;
		m->have_num = num->v;
		sb_adds(&sb, "you have ");
		sb_add_number(&sb, num->v);
		if (r->unit)
			sb_addf(&sb, " %s", r->unit);
	} else if (!strcmp(r->fact, "education")) {
		m->have_known = 1;
		m->have_text = xstrdup(f->education);
		sb_addf(&sb, "your highest education: %s", edu_label(cat, f->education));
	} else if (!strcmp(r->fact, "certs_held")) {
		struct strbuf h = STRBUF_INIT;
		m->have_known = 1;
		for (size_t i = 0; i < f->ncerts; i++)
			sb_addf(&h, "%s%s", i ? "," : "", f->certs[i]);
		m->have_text = f->ncerts ? sb_detach(&h) : xstrdup("none");
		sb_release(&h);
		sb_adds(&sb, "you do not hold it yet");
	} else {
		m->have_known = 1;
		m->have_text = xstrdup("not done");
		sb_adds(&sb, "not done yet");
	}
	m->text = sb_detach(&sb);
}

int elig_check(const struct catalog *cat, const struct cat_cert *c,
	       const struct facts *f, struct elig_result *out, struct errbuf *err)
{
	size_t best = (size_t)-1, best_unmet = 0;
	double best_short = 0;

	memset(out, 0, sizeof(*out));
	out->cert = c;
	if (c->answer_value && facts_has_cert(f, c->answer_value)) {
		out->eligible = out->held = 1;
		out->note = xstrdup("you already hold it");
		return 0;
	}
	if (!c->npaths) {
		out->eligible = 1;
		out->note = xstrdup("no formal prerequisites");
		return 0;
	}
	/* Pick the path that holds, else the closest one. */
	for (size_t i = 0; i < c->npaths; i++) {
		const struct cat_path *p = &c->paths[i];
		size_t unmet = 0;
		double shortfall = 0;
		for (size_t j = 0; j < p->nreqs; j++) {
			struct req_eval ev;
			if (req_eval(cat, c, &p->reqs[j], f, &ev, err) < 0)
				return -1;
			if (!ev.met) {
				unmet++;
				shortfall += ev.shortfall;
			}
		}
		if (best == (size_t)-1 || unmet < best_unmet ||
		    (unmet == best_unmet && shortfall < best_short)) {
			best = i;
			best_unmet = unmet;
			best_short = shortfall;
		}
	}
	{
		const struct cat_path *p = &c->paths[best];
		size_t alloc = 0;
		out->path = p->path;
		out->path_label = p->label;
		out->nunmet = best_unmet;
		out->shortfall = best_short;
		out->eligible = best_unmet == 0;
		out->only_numeric = best_unmet > 0;
		for (size_t j = 0; j < p->nreqs; j++) {
			struct req_eval ev;
			if (req_eval(cat, c, &p->reqs[j], f, &ev, err) < 0)
				return -1;
			if (ev.met)
				continue;
			if (!ev.numeric_short)
				out->only_numeric = 0;
			ALLOC_GROW(out->missing, out->nmissing + 1, alloc);
			missing_fill(cat, c, p, &p->reqs[j], f, &ev, &out->missing[out->nmissing++]);
		}
		if (out->eligible)
			out->note = p->label ? xasprintf("eligible %s", p->label)
					     : xstrdup("eligible");
	}
	return 0;
}

void elig_result_release(struct elig_result *r)
{
	for (size_t i = 0; i < r->nmissing; i++) {
		free(r->missing[i].need_text);
		free(r->missing[i].have_text);
		free(r->missing[i].text);
	}
	free(r->missing);
	free(r->note);
	memset(r, 0, sizeof(*r));
}
