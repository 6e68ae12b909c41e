/*
 * bank.c - helpers over the question bank model: lookups by id and value,
 * type names, and releasing a bank with everything it owns (pure core).
 */
#include <stdlib.h>
#include <string.h>

#include "pmpath/bank.h"
#include "pmpath/expr.h"
#include "pmpath/banned.h"

/* Index of the question with this id, or -1 (linear scan, banks are small). */
long bank_find(const struct bank *b, const char *id)
{
	if (!b || !id)
		return -1;
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
	free(b->id);
	free(b->version);
	free(b->title);
	free(b->hash);
	free(b->path);
	free(b);
}
