/*
 * score.c - competency scores from self-ratings and evidence (pure core).
 *
 * For each catalog competency with an applicable, answered rating:
 *   base      = rating / 5 * 100
 *   strength  = evidence strength 0..1: the example text's specific
 *               signals (people, duration, measured result, named system)
 *               times the recency factor; 0 without an example
 *   score     = base                                     (rating < evidence_min_rating)
 *             = base * (w0 + (1 - w0) * strength)        (otherwise, w0 =
 *                                                         rating_without_evidence)
 * so evidence can only raise a score, never lower it.  Confidence rises
 * with evidence strength, is nudged by what the user's IT role usually
 * reaches, and falls when every rating is the same.  Every number comes
 * from the catalog's score_weight rows; each score keeps lines saying how
 * it was reached.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/flow.h"
#include "pmpath/score.h"
#include "pmpath/banned.h"

int weights_load(const struct catalog *cat, const struct weight_ref *refs, size_t n,
		 struct errbuf *err)
{
	for (size_t i = 0; i < n; i++)
		if (catalog_weight(cat, refs[i].name, refs[i].dst) < 0) {
			errbuf_set(err, 0,
				   "catalog lacks scoring weight '%s' (add it to data/catalog/70-scoring.sql and rebuild)",
				   refs[i].name);
			return -1;
		}
	return 0;
}

const char *score_level_name(int level)
{
	static const char *const names[] = { "none", "awareness", "basic",
					     "intermediate", "advanced", "expert" };
	return level >= 0 && level <= 5 ? names[level] : "?";
}

/* Weights this file uses (data/catalog/70-scoring.sql explains each). */
struct sw {
	double ev_min_rating, no_ev, text_base, per_signal, min_chars;
	double rec_this_year, rec_1_2, rec_3_5, rec_older, rec_unknown;
	double conf_rating_only, conf_ev_gain, conf_low_rating, conf_flat;
	double flat_min, conf_role_prior, role_prior_gap;
};

static int sw_load(const struct catalog *cat, struct sw *w, struct errbuf *err)
{
	const struct weight_ref refs[] = {
		{ "evidence_min_rating", &w->ev_min_rating },
		{ "rating_without_evidence", &w->no_ev },
		{ "evidence_text_base", &w->text_base },
		{ "evidence_per_signal", &w->per_signal },
		{ "evidence_min_chars", &w->min_chars },
		{ "recency_this_year", &w->rec_this_year },
		{ "recency_1_2_years", &w->rec_1_2 },
		{ "recency_3_5_years", &w->rec_3_5 },
		{ "recency_older", &w->rec_older },
		{ "recency_unknown", &w->rec_unknown },
		{ "confidence_rating_only", &w->conf_rating_only },
		{ "confidence_evidence_gain", &w->conf_ev_gain },
		{ "confidence_low_rating", &w->conf_low_rating },
		{ "confidence_flat_pattern", &w->conf_flat },
		{ "flat_pattern_min_ratings", &w->flat_min },
		{ "confidence_role_prior", &w->conf_role_prior },
		{ "role_prior_gap", &w->role_prior_gap },
	};
	return weights_load(cat, refs, ARRAY_SIZE(refs), err);
}

/* Value of question qi if it applies and has a value, else NULL. */
static const char *qvalue(const struct bank *b, const struct answer_set *a, size_t qi)
{
	if (!flow_applies(b, a, qi))
		return NULL;
	return answers_value(a, b->questions[qi].id);
}

/* Value of the question called id if it applies and has a value. */
static const char *idvalue(const struct bank *b, const struct answer_set *a,
			   const char *id)
{
	long qi = bank_find(b, id);
	return qi < 0 ? NULL : qvalue(b, a, (size_t)qi);
}

/* --- evidence text signals ----------------------------------------- */

enum { SIG_PEOPLE, SIG_DURATION, SIG_RESULT, SIG_SYSTEM, NSIG };
static const char *const sig_names[NSIG] = { "team size", "duration",
					     "measured result", "named system" };

struct token {
	char w[32];      /* lower case, truncated */
	int number;      /* digits or a number word */
	int upper;       /* had an upper-case letter */
	int caps;        /* two or more upper-case letters */
	int mixed;       /* letters and digits */
	int sent_start;  /* first word of a sentence */
};

/* 1 if w is in the NULL-terminated list. */
static int in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return 1;
	return 0;
}

static const char *const number_words[] = {
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
	"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", NULL
};
static const char *const people_words[] = {
	"people", "person", "persons", "engineers", "engineer", "developers",
	"devs", "admins", "administrators", "users", "staff", "members", "team",
	"teams", "colleagues", "stakeholders", "departments", "sites", "offices",
	"vendors", "suppliers", "customers", "clients", "contractors", "testers",
	"analysts", "squads", "groups", "employees", "technicians", "agents",
	"reports", "managers", "partners", "branches", "stores", NULL
};
static const char *const time_words[] = {
	"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"quarter", "quarters", "sprint", "sprints", "weekend", "weekends",
	"night", "nights", "shift", "shifts", NULL
};
static const char *const change_words[] = {
	"reduced", "reduce", "reducing", "cut", "saved", "saving", "savings",
	"increased", "improved", "decreased", "lowered", "raised", "dropped",
	"eliminated", "shortened", "faster", "fewer",
	"grew", "boosted", "avoided", "recovered", "zero", NULL
};
static const char *const ratio_words[] = {
	"percent", "halved", "doubled", "tripled", "usd", "eur", "gbp",
	"dollars", "euros", "pounds", "k", NULL
};

/* Split text into word tokens (ASCII letters and digits). */
static size_t tokenize(const char *s, struct token *t, size_t max)
{
	size_t n = 0;
	int sentence = 1;
	while (*s && n < max) {
		unsigned char ch = (unsigned char)*s;
		if (isalnum(ch) && ch < 128) {
			struct token *k = &t[n++];
			size_t len = 0;
			int digits = 0, letters = 0, ups = 0;
			memset(k, 0, sizeof(*k));
			while (*s && isalnum((unsigned char)*s) && (unsigned char)*s < 128) {
				unsigned char c = (unsigned char)*s++;
				if (isdigit(c))
					digits++;
				else
					letters++;
				if (isupper(c))
					ups++;
				if (len + 1 < sizeof(k->w))
					k->w[len++] = (char)tolower(c);
			}
			k->w[len] = '\0';
			k->upper = ups > 0;
			k->caps = ups >= 2;
			k->mixed = digits && letters;
			k->number = (digits && !letters) || in_list(k->w, number_words);
			k->sent_start = sentence;
			sentence = 0;
			continue;
		}
		if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == ':')
			sentence = 1;
		s++;
	}
	return n;
}

/* Set sig[SIG_*] for the signals found in text; returns how many. */
static int text_signals(const char *text, int sig[NSIG])
{
	struct token t[256];
	size_t n = tokenize(text, t, ARRAY_SIZE(t));
	int any_number = 0, change = 0, count = 0;

	memset(sig, 0, sizeof(int) * NSIG);
	for (size_t i = 0; i < n; i++) {
		any_number |= t[i].number;
		change |= in_list(t[i].w, change_words);
		if (in_list(t[i].w, ratio_words) && (i == 0 || t[i - 1].number ||
						     strcmp(t[i].w, "k") != 0))
			sig[SIG_RESULT] = 1;
		if (t[i].number) {
			for (size_t j = i + 1; j < n && j <= i + 3; j++) {
				if (in_list(t[j].w, people_words))
					sig[SIG_PEOPLE] = 1;
				if (j <= i + 2 && in_list(t[j].w, time_words))
					sig[SIG_DURATION] = 1;
			}
		}
		if (i + 2 < n && !strcmp(t[i].w, "team") && !strcmp(t[i + 1].w, "of") &&
		    t[i + 2].number)
			sig[SIG_PEOPLE] = 1;
		if (t[i].mixed || t[i].caps ||
		    (t[i].upper && !t[i].sent_start && strcmp(t[i].w, "i") != 0))
			sig[SIG_SYSTEM] = 1;
	}
	if (strchr(text, '%') || strstr(text, "\xE2\x82\xAC") || strstr(text, "\xC2\xA3"))
		sig[SIG_RESULT] = 1;
	for (const char *p = text; (p = strchr(p, '$')) != NULL; p++)
		if (isdigit((unsigned char)p[1]))
			sig[SIG_RESULT] = 1;
	if (change && any_number)
		sig[SIG_RESULT] = 1;
	for (int k = 0; k < NSIG; k++)
		count += sig[k];
	return count;
}

/* --- scores ------------------------------------------------------------ */

/* Append one explanation line (printf-style) to cs. */
static void PM_PRINTF(3, 4) explain(struct comp_score *cs, size_t *alloc, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	ALLOC_GROW(cs->explain, cs->nexplain + 1, *alloc);
	cs->explain[cs->nexplain++] = sb_detach(&sb);
}

/* Add a flag (takes ownership of s). */
static void flag_add(struct score_result *r, size_t *alloc, char *s)
{
	ALLOC_GROW(r->flags, r->nflags + 1, *alloc);
	r->flags[r->nflags++] = s;
}

static double clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* Recency factor of a recency answer and its weight name. */
static double recency_factor(const struct sw *w, const char *v, const char **name,
			     const char **label)
{
	if (v && !strcmp(v, "this_year")) {
		*name = "recency_this_year";
		*label = "this year";
		return w->rec_this_year;
	}
	if (v && !strcmp(v, "1_2_years")) {
		*name = "recency_1_2_years";
		*label = "1-2 years ago";
		return w->rec_1_2;
	}
	if (v && !strcmp(v, "3_5_years")) {
		*name = "recency_3_5_years";
		*label = "3-5 years ago";
		return w->rec_3_5;
	}
	if (v && !strcmp(v, "older")) {
		*name = "recency_older";
		*label = "more than 5 years ago";
		return w->rec_older;
	}
	*name = "recency_unknown";
	*label = "not given";
	return w->rec_unknown;
}

/* Level the user's IT role usually reaches in comp, or 0 if none listed. */
static int role_typical(const struct catalog *cat, const char *role, const char *comp)
{
	const struct cat_it_role *r = role ? catalog_it_role(cat, role) : NULL;
	if (!r)
		return 0;
	for (size_t i = 0; i < r->nstrengths; i++)
		if (!strcmp(r->strengths[i].comp, comp))
			return r->strengths[i].level;
	return 0;
}

/*
 * Score competency cs from rating question rq (index) and the evidence
 * questions of the bank.  Returns the rating (0..5) or -1 when not asked.
 */
static int score_one(const struct catalog *cat, const struct bank *b,
		     const struct answer_set *a, const struct sw *w,
		     const char *role, struct comp_score *cs, size_t *xalloc)
{
	const char *rv = NULL, *text = NULL, *when = NULL;
	long rating;
	double base, strength = 0, factor = 1, conf;
	int typical;

	for (size_t i = 0; i < b->nquestions; i++) {
		const struct question *q = &b->questions[i];
		if (q->type == Q_SCALE && q->competency && !strcmp(q->competency, cs->comp)) {
			if (!rv)
				rv = qvalue(b, a, i);
		} else if (q->evidence_for && !strcmp(q->evidence_for, cs->comp)) {
			const char *v = qvalue(b, a, i);
			if (q->evidence_kind == EV_EXAMPLE && !text)
				text = v;
			else if (q->evidence_kind == EV_RECENCY && !when)
				when = v;
		}
	}
	if (!rv || str_to_long(rv, &rating) < 0 || rating < 0 || rating > 5)
		return -1;

	cs->asked = 1;
	base = (double)rating / 5.0 * 100.0;
	explain(cs, xalloc, "self-rating %ld/5 (%s) \xE2\x86\x92 %.0f", rating,
		score_level_name((int)rating), base);
	if ((double)rating < w->ev_min_rating) {
		conf = w->conf_low_rating;
		explain(cs, xalloc, "no example needed below %.0f/5; confidence %.2f (weight confidence_low_rating)",
			w->ev_min_rating, conf);
	} else {
		if (text && (double)strlen(text) >= w->min_chars) {
			int sig[NSIG], n = text_signals(text, sig);
			const char *rname, *rlabel;
			double rf = recency_factor(w, when, &rname, &rlabel);
			struct strbuf names = STRBUF_INIT;
			for (int k = 0; k < NSIG; k++)
				if (sig[k])
					sb_addf(&names, "%s%s", names.len ? ", " : "", sig_names[k]);
			strength = clamp(w->text_base + w->per_signal * n, 0, 1);
			explain(cs, xalloc,
				"evidence: %s (%d of %d signals) \xE2\x86\x92 strength %.2f (evidence_text_base %.2f + %d \xC3\x97 evidence_per_signal %.2f, at most 1)",
				n ? names.buf : "an example without specifics", n, NSIG, strength,
				w->text_base, n, w->per_signal);
			sb_release(&names);
			strength *= rf;
			explain(cs, xalloc, "recency %s \xC3\x97%.2f (weight %s) \xE2\x86\x92 strength %.2f",
				rlabel, rf, rname, strength);
			factor = w->no_ev + (1 - w->no_ev) * strength;
			explain(cs, xalloc,
				"evidence factor %.2f + %.2f \xC3\x97 %.2f = \xC3\x97%.2f \xE2\x86\x92 %.0f",
				w->no_ev, 1 - w->no_ev, strength, factor, base * factor);
		} else {
			factor = w->no_ev;
			explain(cs, xalloc,
				"no example for a rating of %.0f+: \xC3\x97%.2f (weight rating_without_evidence) \xE2\x86\x92 %.0f",
				w->ev_min_rating, factor, base * factor);
		}
		conf = w->conf_rating_only + w->conf_ev_gain * strength;
		explain(cs, xalloc,
			"confidence %.2f = confidence_rating_only %.2f + confidence_evidence_gain %.2f \xC3\x97 strength %.2f",
			conf, w->conf_rating_only, w->conf_ev_gain, strength);
	}
	typical = role_typical(cat, role, cs->comp);
	if (typical) {
		if (rating <= typical) {
			conf += w->conf_role_prior;
			explain(cs, xalloc,
				"your IT role usually reaches level %d here: confidence +%.2f (weight confidence_role_prior)",
				typical, w->conf_role_prior);
		} else if ((double)(rating - typical) >= w->role_prior_gap) {
			conf -= w->conf_role_prior;
			explain(cs, xalloc,
				"rating well above the level %d your IT role usually reaches: confidence -%.2f (weight confidence_role_prior)",
				typical, w->conf_role_prior);
		}
	}
	cs->score = clamp(base * factor, 0, 100);
	cs->confidence = clamp(conf, 0, 1);
	return (int)rating;
}

int score_compute(const struct catalog *cat, const struct bank *b,
		  const struct answer_set *a, struct score_result *out,
		  struct errbuf *err)
{
	struct sw w;
	size_t falloc = 0, nsame = 0, no_example = 0;
	int first = -1, same = 1;
	const char *role;
	double csum = 0;

	memset(out, 0, sizeof(*out));
	if (sw_load(cat, &w, err) < 0)
		return -1;
	role = idvalue(b, a, "role");
	out->n = cat->ncomps;
	out->items = xcalloc(cat->ncomps ? cat->ncomps : 1, sizeof(*out->items));
	for (size_t i = 0; i < cat->ncomps; i++) {
		struct comp_score *cs = &out->items[i];
		size_t xalloc = 0;
		int r;
		cs->comp = cat->comps[i].id;
		r = score_one(cat, b, a, &w, role, cs, &xalloc);
		if (r < 0)
			continue;
		out->nasked++;
		if ((double)r >= w.ev_min_rating && cs->score < (double)r / 5.0 * 100.0)
			no_example++;
		if (first < 0)
			first = r;
		else if (r != first)
			same = 0;
		nsame++;
	}
	if (first >= 0 && same && (double)nsame >= w.flat_min) {
		out->flat_pattern = 1;
		for (size_t i = 0; i < out->n; i++) {
			struct comp_score *cs = &out->items[i];
			size_t xalloc = cs->nexplain;
			if (!cs->asked)
				continue;
			cs->confidence = clamp(cs->confidence * w.conf_flat, 0, 1);
			explain(cs, &xalloc,
				"every rating is the same: confidence \xC3\x97%.2f (weight confidence_flat_pattern)",
				w.conf_flat);
		}
		flag_add(out, &falloc,
			 xasprintf("All %zu of your ratings are the same (%d/5, %s). Few people are "
				   "equally strong at everything: look at each one again against its "
				   "examples. Until then these scores are less certain.",
				   nsame, first, score_level_name(first)));
	}
	if (no_example)
		flag_add(out, &falloc,
			 xasprintf("%zu rating%s of %.0f or more %s no specific example, so %s counted "
				   "lower: self-ratings tend to be generous unless backed by a concrete case.",
				   no_example, no_example == 1 ? "" : "s", w.ev_min_rating,
				   no_example == 1 ? "has" : "have", no_example == 1 ? "it is" : "they are"));
	if (out->nasked < out->n)
		flag_add(out, &falloc,
			 xasprintf("%zu of %zu competencies were not rated; they count as unknown, which "
				   "lowers the overall confidence, not the scores.",
				   out->n - out->nasked, out->n));
	for (size_t i = 0; i < out->n; i++)
		csum += out->items[i].confidence;
	out->confidence = out->n ? csum / (double)out->n : 0;
	return 0;
}

void score_result_release(struct score_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->items[i].nexplain; j++)
			free(r->items[i].explain[j]);
		free(r->items[i].explain);
	}
	free(r->items);
	for (size_t i = 0; i < r->nflags; i++)
		free(r->flags[i]);
	free(r->flags);
	memset(r, 0, sizeof(*r));
}

const struct comp_score *score_find(const struct score_result *r, const char *comp)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->items[i].comp, comp))
			return &r->items[i];
	return NULL;
}
