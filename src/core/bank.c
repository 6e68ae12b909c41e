/*
 * bank.c - helpers over the question bank model: lookups by id and value,
 * type names, and releasing a bank with everything it owns (pure core).
 */
#include <stdlib.h>
#include <string.h>

#include "pmpath/bank.h"
#include "pmpath/util.h"
#include "pmpath/expr.h"
#include "pmpath/banned.h"

/* Index of the question with this id, or -1 (linear scan, banks are small). */
struct id_ref {
	const char *id;
	size_t i;
};

static int cmp_id_ref(const void *a, const void *b)
{
	const struct id_ref *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

void bank_index(struct bank *b)
{
	struct id_ref *r;
	free(b->by_id);
	b->by_id = NULL;
	if (!b->nquestions)
		return;
	r = xcalloc(b->nquestions, sizeof(*r));
	for (size_t i = 0; i < b->nquestions; i++) {
		r[i].id = b->questions[i].id ? b->questions[i].id : "";
		r[i].i = i;
	}
	qsort(r, b->nquestions, sizeof(*r), cmp_id_ref);
	b->by_id = xcalloc(b->nquestions, sizeof(*b->by_id));
	for (size_t i = 0; i < b->nquestions; i++)
		b->by_id[i] = r[i].i;
	free(r);
}

long bank_find(const struct bank *b, const char *id)
{
	if (!b || !id)
		return -1;
	if (b->by_id) {
		/* The first question with this id: lower bound by (id, index). */
		size_t lo = 0, hi = b->nquestions;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			const char *m = b->questions[b->by_id[mid]].id;
			if (strcmp(m ? m : "", id) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < b->nquestions && b->questions[b->by_id[lo]].id &&
		    !strcmp(b->questions[b->by_id[lo]].id, id))
			return (long)b->by_id[lo];
		return -1;
	}
	for (size_t i = 0; i < b->nquestions; i++)
		if (b->questions[i].id && !strcmp(b->questions[i].id, id))
			return (long)i;
	return -1;
}

/* Option of q whose value is `value`, or NULL. */
const struct bank_option *bank_option_find(const struct question *q, const char *value)
{
	if (!q || !value)
		return NULL;
	for (size_t i = 0; i < q->noptions; i++)
		if (q->options[i].value && !strcmp(q->options[i].value, value))
			return &q->options[i];
	return NULL;
}

/* The type as spelled in the XML type attribute ("choice", "multi", ...). */
const char *qtype_name(enum qtype t)
{
	switch (t) {
	case Q_CHOICE:
		return "choice";
	case Q_MULTI:
		return "multi";
	case Q_SCALE:
		return "scale";
	case Q_YESNO:
		return "yesno";
	case Q_NUMBER:
		return "number";
	case Q_TEXT:
		return "text";
	case Q_LIST:
		return "list";
	}
	return "unknown";
}

/* Free the strings, options and condition of one question (not q itself). */
static void question_release(struct question *q)
{
	free(q->id);
	free(q->text);
	free(q->help);
	free(q->why);
	free(q->default_value);
	free(q->unit);
	for (size_t i = 0; i < q->noptions; i++) {
		free(q->options[i].value);
		free(q->options[i].label);
	}
	free(q->options);
	for (size_t i = 0; i < ARRAY_SIZE(q->anchors); i++)
		free(q->anchors[i]);
	free(q->competency);
	free(q->evidence_for);
	free(q->when_src);
	expr_free(q->when);
}

/* Release everything the bank owns, then the bank itself. NULL is fine. */
void bank_free(struct bank *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->nquestions; i++)
		question_release(&b->questions[i]);
	free(b->questions);
	for (size_t i = 0; i < b->nsections; i++) {
		free(b->sections[i].id);
		free(b->sections[i].title);
		free(b->sections[i].intro);
		free(b->sections[i].when_src);
		expr_free(b->sections[i].when);
	}
	free(b->sections);
	free(b->by_id);
	free(b->id);
	free(b->version);
	free(b->title);
	free(b->hash);
	free(b->path);
	free(b);
}
