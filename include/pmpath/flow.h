/*
 * flow.h - which question comes next (pure core).
 *
 * A question applies when its section's condition and its own condition
 * are true for the current answers.  Answers to questions that no longer
 * apply are kept (a later change of mind may bring them back) but are left
 * out of progress and scoring.
 */
#ifndef PMPATH_FLOW_H
#define PMPATH_FLOW_H

#include <stddef.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"

/* 1 if question index qi applies given the answers. */
int flow_applies(const struct bank *b, const struct answer_set *a, size_t qi);
/* First applicable question at index >= from, or b->nquestions. */
size_t flow_next(const struct bank *b, const struct answer_set *a, size_t from);
/* Last applicable question at index < before, or (size_t)-1 if none. */
size_t flow_prev(const struct bank *b, const struct answer_set *a, size_t before);
/* First applicable question without an answer, or b->nquestions. */
size_t flow_first_unanswered(const struct bank *b, const struct answer_set *a);

struct flow_progress {
	size_t answered; /* applicable questions with an answer (any status) */
	size_t total;    /* applicable questions */
	size_t required_left; /* applicable REQ_YES questions without a value */
};
void flow_progress(const struct bank *b, const struct answer_set *a,
		   struct flow_progress *p);

#endif
