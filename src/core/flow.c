/*
 * flow.c - which question comes next: a question applies when its
 * section's condition and its own condition are both true for the current
 * answers (an unknown condition counts as false).  Pure core.
 */
#include <stddef.h>

#include "pmpath/expr.h"
#include "pmpath/flow.h"
#include "pmpath/banned.h"

/* 1 if question index qi applies given the answers. */
int flow_applies(const struct bank *b, const struct answer_set *a, size_t qi)
{
	const struct question *q;
	if (!b || qi >= b->nquestions)
		return 0;
	q = &b->questions[qi];
	if (q->section < b->nsections && b->sections[q->section].when &&
	    expr_eval(b->sections[q->section].when, b, a) != TRI_TRUE)
		return 0;
	return !q->when || expr_eval(q->when, b, a) == TRI_TRUE;
}

/* First applicable question at index >= from, or b->nquestions. */
size_t flow_next(const struct bank *b, const struct answer_set *a, size_t from)
{
	for (size_t i = from; i < b->nquestions; i++)
		if (flow_applies(b, a, i))
			return i;
	return b->nquestions;
}

/* Last applicable question at index < before, or (size_t)-1 if none. */
size_t flow_prev(const struct bank *b, const struct answer_set *a, size_t before)
{
	if (before > b->nquestions)
		before = b->nquestions;
	while (before-- > 0)
		if (flow_applies(b, a, before))
			return before;
	return (size_t)-1;
}

/* First applicable question without an answer, or b->nquestions. */
size_t flow_first_unanswered(const struct bank *b, const struct answer_set *a)
{
	for (size_t i = 0; i < b->nquestions; i++)
		if (!answers_get(a, b->questions[i].id) && flow_applies(b, a, i))
			return i;
	return b->nquestions;
}

/* Count applicable, answered and required-but-unanswered questions. */
void flow_progress(const struct bank *b, const struct answer_set *a,
		   struct flow_progress *p)
{
	p->answered = p->total = p->required_left = 0;
	for (size_t i = 0; i < b->nquestions; i++) {
		const struct question *q = &b->questions[i];
		if (!flow_applies(b, a, i))
			continue;
		p->total++;
		if (answers_get(a, q->id))
			p->answered++;
		if (q->required == REQ_YES && !answers_value(a, q->id))
			p->required_left++;
	}
}
