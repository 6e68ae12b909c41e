/*
 * answers.h - the answers of one session (pure core).
 *
 * Values are stored as canonical text, whatever the question type:
 *   choice: the option value            multi: values joined by ",", in bank order
 *   scale:  "0".."5"                    yesno: "yes" or "no"
 *   number: decimal text ("12", "7.5")  text:  the text (one line)
 *   list:   items joined by "\n"
 * A skipped question or a "don't know" answer has status ANS_SKIPPED or
 * ANS_DONT_KNOW and an empty value.  The set owns its strings.
 */
#ifndef PMPATH_ANSWERS_H
#define PMPATH_ANSWERS_H

#include <stddef.h>

#include "pmpath/bank.h"
#include "pmpath/util.h"

enum answer_status {
	ANS_VALUE = 0,
	ANS_SKIPPED = 1,
	ANS_DONT_KNOW = 2,
};

struct answer {
	char *qid;
	char *value;
	enum answer_status status;
};

struct answer_set {
	struct answer *items;
	size_t n, alloc;
};

#define ANSWER_SET_INIT { NULL, 0, 0 }

void answers_init(struct answer_set *set);
void answers_release(struct answer_set *set);
/* The answer to `qid`, or NULL if none was given. */
const struct answer *answers_get(const struct answer_set *set, const char *qid);
/* Value of `qid` if answered with a value (status ANS_VALUE), else NULL. */
const char *answers_value(const struct answer_set *set, const char *qid);
/* Insert or replace (copies both strings). */
void answers_put(struct answer_set *set, const char *qid, const char *value,
		 enum answer_status status);
/* Remove the answer to qid if any; returns 1 if one was removed. */
int answers_remove(struct answer_set *set, const char *qid);

/*
 * Turn what a user typed for question `q` into the canonical value.
 * Accepts: choices by number (1-based), by value, or by a unique
 * case-insensitive prefix of the label or value; multi as "1,3-5" or
 * "a,b"; yes/no as y/yes/n/no; scale as 0..5; numbers within bounds.
 * Returns 0 and sets *out (caller frees), or -1 with a message for the
 * user in err (e.g. "enter a number from 0 to 60 (years)").
 */
int answer_parse(const struct question *q, const char *input, char **out,
		 struct errbuf *err);

/* Human-readable form of a stored value (labels for choices). Caller frees. */
char *answer_display(const struct question *q, const char *value);

#endif
