/*
 * answers.c - the answers of one session (a small array keyed by question
 * id) and the parsing of what a user typed into canonical values, with a
 * helpful message when the input does not fit the question (pure core).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/answers.h"
#include "pmpath/banned.h"

#define TEXT_MAX 2000

/* Start with an empty set. */
void answers_init(struct answer_set *set)
{
	set->items = NULL;
	set->n = set->alloc = 0;
}

/* Free every answer and the array; the set is empty afterwards. */
void answers_release(struct answer_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->items[i].qid);
		free(set->items[i].value);
	}
	free(set->items);
	answers_init(set);
}

/* Index of the answer to qid, or -1. */
static long answers_index(const struct answer_set *set, const char *qid)
{
	if (!set || !qid)
		return -1;
	for (size_t i = 0; i < set->n; i++)
		if (!strcmp(set->items[i].qid, qid))
			return (long)i;
	return -1;
}

/* The answer to qid, or NULL. */
const struct answer *answers_get(const struct answer_set *set, const char *qid)
{
	long i = answers_index(set, qid);
	return i < 0 ? NULL : &set->items[i];
}

/* The value of qid if answered with a value, else NULL. */
const char *answers_value(const struct answer_set *set, const char *qid)
{
	const struct answer *a = answers_get(set, qid);
	return a && a->status == ANS_VALUE ? a->value : NULL;
}

/* Insert or replace the answer to qid (copies the strings). */
void answers_put(struct answer_set *set, const char *qid, const char *value,
		 enum answer_status status)
{
	long i = answers_index(set, qid);
	char *v = xstrdup(status == ANS_VALUE && value ? value : "");
	if (i >= 0) {
		free(set->items[i].value);
		set->items[i].value = v;
		set->items[i].status = status;
		return;
	}
	ALLOC_GROW(set->items, set->n + 1, set->alloc);
	set->items[set->n].qid = xstrdup(qid);
	set->items[set->n].value = v;
	set->items[set->n].status = status;
	set->n++;
}

/* Remove the answer to qid, keeping the others in order; 1 if removed. */
int answers_remove(struct answer_set *set, const char *qid)
{
	long i = answers_index(set, qid);
	if (i < 0)
		return 0;
	free(set->items[i].qid);
	free(set->items[i].value);
	memmove(&set->items[i], &set->items[i + 1],
		(set->n - (size_t)i - 1) * sizeof(set->items[0]));
	set->n--;
	return 1;
}

/* ------------------------------------------------------------- parsing */

/* 1 if s is one or more ASCII digits and nothing else. */
static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* Case-insensitive ASCII equality. */
static int str_ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

/*
 * Resolve one choice typed as `item` (trimmed, non-empty): an exact value,
 * a 1-based number, an exact label, or a unique prefix of a label or
 * value.  Returns the option index or -1 with a message in err.
 */
static long resolve_choice(const struct question *q, const char *item, struct errbuf *err)
{
	struct strbuf sb = STRBUF_INIT;
	long found = -1;
	size_t nfound = 0;

	for (size_t i = 0; i < q->noptions; i++)
		if (str_ieq(q->options[i].value, item))
			return (long)i;
	if (all_digits(item)) {
		long n;
		if (!str_to_long(item, &n) && n >= 1 && (size_t)n <= q->noptions)
			return n - 1;
		errbuf_set(err, 0, "there is no choice %.20s; enter a number from 1 to %zu",
			   item, q->noptions);
		return -1;
	}
	for (size_t i = 0; i < q->noptions; i++)
		if (q->options[i].label && str_ieq(q->options[i].label, item))
			return (long)i;
	for (size_t i = 0; i < q->noptions; i++) {
		const struct bank_option *o = &q->options[i];
		if (str_istarts_with(o->value, item) ||
		    (o->label && str_istarts_with(o->label, item))) {
			if (nfound)
				sb_adds(&sb, ", ");
			sb_adds(&sb, o->value);
			found = (long)i;
			nfound++;
		}
	}
	if (nfound == 1) {
		sb_release(&sb);
		return found;
	}
	if (nfound > 1)
		errbuf_set(err, 0, "'%.40s' matches several choices: %s; type more letters or the number",
			   item, sb.buf);
	else
		errbuf_set(err, 0, "'%.40s' is not one of the choices; enter a number from 1 to %zu or the start of a choice",
			   item, q->noptions);
	sb_release(&sb);
	return -1;
}

/* Parse "N-M" (blanks allowed around the numbers); 1 if it is a range. */
static int parse_range(const char *s, long *lo, long *hi)
{
	const char *dash = strchr(s, '-');
	char *a, *b;
	int ok;
	if (!dash || dash == s)
		return 0;
	a = xstrndup(s, (size_t)(dash - s));
	b = xstrdup(dash + 1);
	str_trim(a);
	str_trim(b);
	ok = all_digits(a) && all_digits(b) && !str_to_long(a, lo) && !str_to_long(b, hi);
	free(a);
	free(b);
	return ok;
}

/* Multi: comma-separated numbers, ranges, values or prefixes, in bank order. */
static int parse_multi(const struct question *q, const char *in, char **out,
		       struct errbuf *err)
{
	char *sel = xcalloc(q->noptions ? q->noptions : 1, 1);
	struct strbuf sb = STRBUF_INIT;
	const char *p = in;
	int any = 0, rc = -1;

	for (;;) {
		const char *end = strchr(p, ',');
		char *item = end ? xstrndup(p, (size_t)(end - p)) : xstrdup(p);
		long lo, hi;
		str_trim(item);
		if (!*item) {
			/* an empty item ("1,,3" or a trailing comma) is ignored */
		} else if (parse_range(item, &lo, &hi)) {
			if (lo > hi) {
				errbuf_set(err, 0, "'%.40s' is not a valid range; write the lower number first",
					   item);
				free(item);
				goto out;
			}
			if (lo < 1 || (size_t)hi > q->noptions) {
				errbuf_set(err, 0, "there is no choice %ld; enter numbers from 1 to %zu",
					   lo < 1 ? lo : hi, q->noptions);
				free(item);
				goto out;
			}
			for (long k = lo; k <= hi; k++)
				sel[k - 1] = 1;
			any = 1;
		} else {
			long i = resolve_choice(q, item, err);
			if (i < 0) {
				free(item);
				goto out;
			}
			sel[i] = 1;
			any = 1;
		}
		free(item);
		if (!end)
			break;
		p = end + 1;
	}
	if (!any) {
		errbuf_set(err, 0, "an answer is needed: choose one or more, e.g. 1,3-5");
		goto out;
	}
	/* The option valued "none" ("None of these") excludes the others. */
	{
		size_t nsel = 0, none = q->noptions;
		for (size_t i = 0; i < q->noptions; i++) {
			nsel += sel[i] != 0;
			if (!strcmp(q->options[i].value, "none"))
				none = i;
		}
		if (none < q->noptions && sel[none] && nsel > 1) {
			errbuf_set(err, 0, "'%.60s' cannot go with other choices; choose "
				   "either it or the others", q->options[none].label);
			goto out;
		}
	}
	for (size_t i = 0; i < q->noptions; i++)
		if (sel[i]) {
			if (sb.len)
				sb_addc(&sb, ',');
			sb_adds(&sb, q->options[i].value);
		}
	*out = sb_detach(&sb);
	rc = 0;
out:
	sb_release(&sb);
	free(sel);
	return rc;
}

/* Append a number in canonical form ("12", "7.5", never "-0"). */
static void add_canonical_number(struct strbuf *sb, double v)
{
	char buf[64];
	if (v == 0)
		v = 0; /* turns -0 into 0 */
	if (v > -1e15 && v < 1e15 && v == (double)(long long)v) {
		sb_add_number(sb, v);
		return;
	}
	snprintf(buf, sizeof(buf), "%.12g", v);
	sb_adds(sb, buf);
}

/* Number within the question's bounds; the message names the unit. */
static int parse_number(const struct question *q, const char *in, char **out,
			struct errbuf *err)
{
	struct strbuf sb = STRBUF_INIT;
	double v;
	if (!str_to_double(in, &v) && (!q->has_min || v >= q->min) &&
	    (!q->has_max || v <= q->max)) {
		add_canonical_number(&sb, v);
		*out = sb_detach(&sb);
		return 0;
	}
	if (q->has_min && q->has_max) {
		sb_adds(&sb, "enter a number from ");
		add_canonical_number(&sb, q->min);
		sb_adds(&sb, " to ");
		add_canonical_number(&sb, q->max);
	} else if (q->has_min) {
		sb_adds(&sb, "enter a number of at least ");
		add_canonical_number(&sb, q->min);
	} else if (q->has_max) {
		sb_adds(&sb, "enter a number of at most ");
		add_canonical_number(&sb, q->max);
	} else {
		sb_adds(&sb, "enter a number");
	}
	if (q->unit)
		sb_addf(&sb, " (%s)", q->unit);
	errbuf_set(err, 0, "%s", sb.buf);
	sb_release(&sb);
	return -1;
}

/* One line of text: valid UTF-8, no control characters, at most TEXT_MAX bytes. */
static int parse_text(const char *in, char **out, struct errbuf *err)
{
	char *s;
	size_t n;
	if (!utf8_valid(in, strlen(in))) {
		errbuf_set(err, 0, "the answer is not valid UTF-8");
		return -1;
	}
	s = str_trim(xstrdup(in));
	n = strlen(s);
	if (!n) {
		free(s);
		errbuf_set(err, 0, "an answer is needed");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		/* C0 controls, DEL, and C1 controls (U+0080..U+009F = C2 80..C2 9F) */
		if (c < 0x20 || c == 0x7f ||
		    (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] < 0xa0)) {
			free(s);
			errbuf_set(err, 0, "the answer contains a control character; type plain text on one line");
			return -1;
		}
	}
	if (n > TEXT_MAX) {
		free(s);
		errbuf_set(err, 0, "the answer is too long (%zu bytes; at most %d)", n, TEXT_MAX);
		return -1;
	}
	*out = s;
	return 0;
}

/* Turn what the user typed for q into its canonical value (see answers.h). */
int answer_parse(const struct question *q, const char *input, char **out,
		 struct errbuf *err)
{
	char *in;
	int rc = -1;
	long n;

	*out = NULL;
	if (q->type == Q_TEXT || q->type == Q_LIST)
		return parse_text(input ? input : "", out, err);
	in = str_trim(xstrdup(input ? input : ""));
	if (!*in) {
		errbuf_set(err, 0, "an answer is needed");
		free(in);
		return -1;
	}
	switch (q->type) {
	case Q_CHOICE:
		n = resolve_choice(q, in, err);
		if (n >= 0) {
			*out = xstrdup(q->options[n].value);
			rc = 0;
		}
		break;
	case Q_MULTI:
		rc = parse_multi(q, in, out, err);
		break;
	case Q_SCALE:
		if (all_digits(in) && !str_to_long(in, &n) && n >= 0 && n <= 5) {
			*out = xasprintf("%ld", n);
			rc = 0;
		} else {
			errbuf_set(err, 0, "enter a level from 0 to 5");
		}
		break;
	case Q_YESNO:
		if (str_ieq(in, "y") || str_ieq(in, "yes")) {
			*out = xstrdup("yes");
			rc = 0;
		} else if (str_ieq(in, "n") || str_ieq(in, "no")) {
			*out = xstrdup("no");
			rc = 0;
		} else {
			errbuf_set(err, 0, "answer yes or no (y/n)");
		}
		break;
	case Q_NUMBER:
		rc = parse_number(q, in, out, err);
		break;
	case Q_TEXT:
	case Q_LIST:
		break; /* handled above */
	}
	free(in);
	return rc;
}

/* The label of value v in q, or v itself. */
static const char *label_of(const struct question *q, const char *v)
{
	const struct bank_option *o = bank_option_find(q, v);
	return o && o->label ? o->label : v;
}

/* Human-readable form of a stored value; caller frees. */
char *answer_display(const struct question *q, const char *value)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;

	if (!value)
		return xstrdup("");
	switch (q->type) {
	case Q_CHOICE:
		return xstrdup(label_of(q, value));
	case Q_MULTI:
		p = value;
		while (*p) {
			const char *end = strchr(p, ',');
			char *v = end ? xstrndup(p, (size_t)(end - p)) : xstrdup(p);
			if (sb.len)
				sb_adds(&sb, ", ");
			sb_adds(&sb, label_of(q, v));
			free(v);
			if (!end)
				break;
			p = end + 1;
		}
		break;
	case Q_LIST:
		for (p = value; *p; p++) {
			if (*p == '\n')
				sb_adds(&sb, "; ");
			else
				sb_addc(&sb, *p);
		}
		break;
	case Q_NUMBER:
		sb_adds(&sb, value);
		if (q->unit && *value) {
			/* Units are written in the plural ("months"): 1 month. */
			size_t n = strlen(q->unit);
			if (!strcmp(value, "1") && n > 1 && q->unit[n - 1] == 's')
				sb_addf(&sb, " %.*s", (int)(n - 1), q->unit);
			else
				sb_addf(&sb, " %s", q->unit);
		}
		break;
	case Q_SCALE:
		sb_adds(&sb, value);
		if (*value)
			sb_adds(&sb, " of 5");
		break;
	case Q_YESNO:
	case Q_TEXT:
		sb_adds(&sb, value);
		break;
	}
	if (!sb.buf)
		return xstrdup("");
	return sb_detach(&sb);
}
