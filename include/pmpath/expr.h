/*
 * expr.h - the condition language of question banks (pure core).
 *
 *   expr  := or ;  or := and {"or" and} ;  and := not {"and" not}
 *   not   := "not" not | cmp
 *   cmp   := term [("=="|"!="|"<"|"<="|">"|">=") term]
 *          | term ["not"] "in" (IDENT | "(" literal {"," literal} ")")
 *   term  := NUMBER | 'string' | "string" | IDENT | "answered(" IDENT ")"
 *          | "(" expr ")"
 * IDENT names a question.  `'pmp' in certs_held` tests membership in a
 * multiple-choice answer; `role in ('dba','qa')` tests a value against a
 * list.  Comparing with a number compares numerically.  An unanswered
 * question makes a comparison unknown; a condition that is unknown at the
 * end counts as false (the question is not asked).
 * Also: `multi_id in ('a','b')` is true if any selected value is listed; a
 * yes/no question id alone means `id == 'yes'`.  Nesting of parentheses
 * and "not" is limited to 64 levels, the source to 4096 bytes.
 */
#ifndef PMPATH_EXPR_H
#define PMPATH_EXPR_H

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/util.h"

struct expr;

enum tri { TRI_FALSE = 0, TRI_TRUE = 1, TRI_UNKNOWN = 2 };

/*
 * Parse `src`.  Returns the tree (free with expr_free) or NULL with a
 * message in err ("column 12: expected ')' after list").
 */
struct expr *expr_parse(const char *src, struct errbuf *err);
void expr_free(struct expr *e);

/*
 * Check the expression against a bank: every identifier names a question
 * of `b` that comes before question index `before` (use b->nquestions for
 * "any"), string literals compared with choice/multi questions are among
 * their option values, numbers are compared only with number/scale
 * questions, "in IDENT" names a multi question.  Returns 0 or -1 with a
 * message in err (with a suggestion where one is close).
 */
int expr_check(const struct expr *e, const struct bank *b, size_t before,
	       struct errbuf *err);

/* Evaluate against answers; the bank gives each identifier's type. */
enum tri expr_eval(const struct expr *e, const struct bank *b,
		   const struct answer_set *a);

/* Call fn(id, ud) for each identifier the expression names. */
void expr_each_id(const struct expr *e, void (*fn)(const char *id, void *ud),
		  void *ud);

#endif
