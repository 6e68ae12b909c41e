/*
 * rewrite.c - analyse resume bullets and rewrite them from task language
 * into project language, from a struct lexicon (see pmpath/rewrite.h).
 *
 * Pure core: no I/O.  Every bullet is tokenised once; every token is
 * looked up once in a hash of the whole lexicon (words, verb forms, the
 * first word of each phrase), so the work is linear in the bullet.
 *
 * Outline of rewrite_bullet():
 *   1. tokenise (keys are lower-cased, surrounding punctuation removed);
 *   2. find phrases (weak phrases, buzzwords, activity terms, jargon, PM
 *      keywords, result words), numbers and what they count (scope, time,
 *      money, percentages), passive voice, and the leading verb;
 *   3. take the bullet's object: what is left after the weak opener, the
 *      pronoun and the leading verb ("handled server upgrades" -> "server
 *      upgrades"; "helped with migrating X" -> "the migration of X"), so
 *      every number and name of the original is kept verbatim;
 *   4. fill the activity's templates: {object} plus optional scope/result
 *      segments that are dropped when the bullet already gives that fact;
 *   5. score the original and the best rewrite (placeholders counted as
 *      filled) and say what moved the figure.
 */
#include "pmpath/rewrite.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

/* ---- small helpers ---------------------------------------------------- */

void rw_strlist_add(struct rw_strlist *l, const char *s)
{
	ALLOC_GROW(l->items, l->n + 1, l->alloc);
	l->items[l->n++] = xstrdup(s);
}

void rw_strlist_reset(struct rw_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	l->n = 0;
}

void rw_strlist_release(struct rw_strlist *l)
{
	rw_strlist_reset(l);
	free(l->items);
	l->items = NULL;
	l->alloc = 0;
}

static int is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static char lower(char c)
{
	return is_upper((unsigned char)c) ? (char)(c - 'A' + 'a') : c;
}

static char upper(char c)
{
	return is_lower((unsigned char)c) ? (char)(c - 'a' + 'A') : c;
}

/* FNV-1a over n bytes. */
static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* ---- the index -------------------------------------------------------- */

enum ph_kind { PH_WEAK, PH_BUZZ, PH_TERM, PH_KEYWORD, PH_RESULT, PH_JARGON };
enum { VF_BASE = 1, VF_PAST = 2, VF_PART = 4, VF_THIRD = 8, VF_GERUND = 16 };
enum { U_NONE, U_SCOPE, U_TIME, U_MONEY, U_SCOPE_WORD };
enum { C_DET = 1, C_PREP = 2, C_PRONOUN = 4, C_EN = 8, C_FOREIGN = 16 };
#define MAX_PH_TOK 8
#define MAX_VF 4

struct mphrase {
	const char *text;
	uint8_t ntok, kind;
	uint16_t off[MAX_PH_TOK];
	uint8_t len[MAX_PH_TOK];
	uint32_t idx;
};

struct entry {
	const char *w;
	uint32_t wlen, hash;
	uint32_t verb[MAX_VF];
	uint8_t vform[MAX_VF];
	uint8_t nverbs, unit, classes, passive;
	uint32_t *ph;
	uint32_t nph, aph;
};

struct lex_index {
	struct entry *tab;
	size_t cap, used;
	struct mphrase *ph;
	size_t nph, aph;
	int *verb_strong; /* per verb: 1 strong, 0 task, -1 weak */
	int *verb_group;  /* per verb: index into groups */
	int *term_act;    /* per term: activity index */
	int general;      /* index of activity "general" */
};

static struct entry *ix_slot(struct lex_index *ix, const char *w, size_t n, int create)
{
	uint32_t h = hash_bytes(w, n);
	size_t mask = ix->cap - 1, i = h & mask;
	for (;; i = (i + 1) & mask) {
		struct entry *e = &ix->tab[i];
		if (!e->w) {
			if (!create)
				return NULL;
			e->w = w;
			e->wlen = (uint32_t)n;
			e->hash = h;
			ix->used++;
			return e;
		}
		if (e->hash == h && e->wlen == n && !memcmp(e->w, w, n))
			return e;
	}
}

static const struct entry *ix_get(const struct lex_index *ix, const char *w, size_t n)
{
	if (!ix || !n)
		return NULL;
	return ix_slot((struct lex_index *)ix, w, n, 0);
}

/*
 * Entries for w and its singular forms ("tickets" -> "ticket", "processes"
 * -> "process", "policies" -> "policy").  Returns how many (<= 4).
 */
static int ix_get_tol(const struct lex_index *ix, const char *w, size_t n,
		      const struct entry **out)
{
	int k = 0;
	const struct entry *e = ix_get(ix, w, n);
	char buf[64];
	if (e)
		out[k++] = e;
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
		if ((e = ix_get(ix, w, n - 1)))
			out[k++] = e;
		if (w[n - 2] == 'e' && (e = ix_get(ix, w, n - 2)))
			out[k++] = e;
		if (n > 4 && n < sizeof(buf) && w[n - 2] == 'e' && w[n - 3] == 'i') {
			memcpy(buf, w, n - 3);
			buf[n - 3] = 'y';
			if ((e = ix_get(ix, buf, n - 2)))
				out[k++] = e;
		}
	}
	return k;
}

/* Does a bullet token equal a phrase token, allowing a plural on the bullet? */
static int tol_eq(const char *t, size_t tn, const char *p, size_t pn)
{
	if (tn == pn)
		return !memcmp(t, p, pn);
	if (tn == pn + 1 && t[pn] == 's')
		return !memcmp(t, p, pn);
	if (tn == pn + 2 && t[pn] == 'e' && t[pn + 1] == 's')
		return !memcmp(t, p, pn);
	if (pn > 1 && p[pn - 1] == 'y' && tn == pn + 2 && !memcmp(t, p, pn - 1) &&
	    !memcmp(t + pn - 1, "ies", 3))
		return 1;
	return 0;
}

static void ix_grow(struct lex_index *ix)
{
	struct entry *old = ix->tab;
	size_t oldcap = ix->cap;
	ix->cap = oldcap ? oldcap * 2 : 1024;
	ix->tab = xcalloc(ix->cap, sizeof(*ix->tab));
	ix->used = 0;
	for (size_t i = 0; i < oldcap; i++) {
		if (!old[i].w)
			continue;
		struct entry *e = ix_slot(ix, old[i].w, old[i].wlen, 1);
		*e = old[i];
	}
	free(old);
}

static struct entry *ix_add(struct lex_index *ix, const char *w, size_t n)
{
	if ((ix->used + 1) * 2 > ix->cap)
		ix_grow(ix);
	return ix_slot(ix, w, n, 1);
}

static void ix_add_verb(struct lex_index *ix, const char *w, uint32_t v, int form)
{
	struct entry *e;
	if (!w || !*w)
		return;
	e = ix_add(ix, w, strlen(w));
	for (int i = 0; i < e->nverbs; i++) {
		if (e->verb[i] == v) {
			e->vform[i] |= (uint8_t)form;
			return;
		}
	}
	if (e->nverbs < MAX_VF) {
		e->verb[e->nverbs] = v;
		e->vform[e->nverbs++] = (uint8_t)form;
	}
}

/* Add a phrase (lower case, single spaces); -1 if malformed. */
static int ix_add_phrase(struct lex_index *ix, const char *text, int kind, uint32_t idx,
			 struct errbuf *err)
{
	struct mphrase m = { 0 };
	const char *p = text;
	struct entry *e;
	m.text = text;
	m.kind = (uint8_t)kind;
	m.idx = idx;
	while (*p) {
		const char *s = p;
		while (*p && *p != ' ')
			p++;
		if (p == s || m.ntok == MAX_PH_TOK || p - s > 255 || s - text > 65535) {
			errbuf_set(err, 0, "lexicon phrase '%s' is malformed (blank word or too long)", text);
			return -1;
		}
		for (const char *q = s; q < p; q++)
			if (is_upper((unsigned char)*q)) {
				errbuf_set(err, 0, "lexicon phrase '%s' must be lower case", text);
				return -1;
			}
		m.off[m.ntok] = (uint16_t)(s - text);
		m.len[m.ntok++] = (uint8_t)(p - s);
		if (*p == ' ')
			p++;
	}
	if (!m.ntok) {
		errbuf_set(err, 0, "empty lexicon phrase");
		return -1;
	}
	ALLOC_GROW(ix->ph, ix->nph + 1, ix->aph);
	ix->ph[ix->nph] = m;
	e = ix_add(ix, text, m.len[0]);
	ALLOC_GROW(e->ph, e->nph + 1, e->aph);
	e->ph[e->nph++] = (uint32_t)ix->nph;
	ix->nph++;
	return 0;
}

static void index_free(struct lex_index *ix)
{
	if (!ix)
		return;
	for (size_t i = 0; i < ix->cap; i++)
		free(ix->tab[i].ph);
	free(ix->tab);
	free(ix->ph);
	free(ix->verb_strong);
	free(ix->verb_group);
	free(ix->term_act);
	free(ix);
}

static int find_group(const struct lexicon *lx, const char *id)
{
	for (size_t i = 0; i < lx->ngroups; i++)
		if (!strcmp(lx->groups[i].id, id))
			return (int)i;
	return -1;
}

static int find_activity(const struct lexicon *lx, const char *id)
{
	for (size_t i = 0; i < lx->nacts; i++)
		if (!strcmp(lx->acts[i].id, id))
			return (int)i;
	return -1;
}

/* Is the word (lower case) the past form of a strong verb? */
static int strong_past(const struct lexicon *lx, const char *w, size_t n)
{
	const struct entry *e = ix_get(lx->index, w, n);
	if (!e)
		return 0;
	for (int i = 0; i < e->nverbs; i++)
		if ((e->vform[i] & VF_PAST) && lx->index->verb_strong[e->verb[i]] == 1)
			return 1;
	return 0;
}

/* Check one template's syntax; -1 with err set. */
static int check_template(const struct lexicon *lx, const char *act, const char *t,
			  struct errbuf *err)
{
	int nobj = 0, depth = 0;
	size_t n = 0;
	char first[64];
	for (const char *p = t; *p; p++) {
		if (*p == '{') {
			if (!strncmp(p, "{object}", 8)) {
				nobj++;
				p += 7;
				continue;
			}
			if (depth || (strncmp(p, "{s|", 3) && strncmp(p, "{r|", 3))) {
				errbuf_set(err, 0, "template of '%s' has a bad segment: %s", act, t);
				return -1;
			}
			depth = 1;
			p += 2;
		} else if (*p == '}') {
			if (!depth) {
				errbuf_set(err, 0, "template of '%s' has an unbalanced '}': %s", act, t);
				return -1;
			}
			depth = 0;
		} else if (*p == '[') {
			const char *q = strchr(p, ']');
			if (!q) {
				errbuf_set(err, 0, "template of '%s' has an unclosed '[': %s", act, t);
				return -1;
			}
			p = q;
		} else if (is_digit((unsigned char)*p)) {
			errbuf_set(err, 0, "template of '%s' has a digit outside a placeholder: %s", act, t);
			return -1;
		}
	}
	if (nobj != 1 || depth) {
		errbuf_set(err, 0, "template of '%s' needs exactly one {object}: %s", act, t);
		return -1;
	}
	while (t[n] && t[n] != ' ' && n < sizeof(first) - 1) {
		first[n] = lower(t[n]);
		n++;
	}
	if (!strong_past(lx, first, n)) {
		errbuf_set(err, 0, "template of '%s' does not start with a strong past-tense verb of lex_verb: %s",
			   act, t);
		return -1;
	}
	return 0;
}

static int kind_of(const char *s, const char *const *names, int nnames)
{
	for (int i = 0; i < nnames; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

int lexicon_compile(struct lexicon *lx, struct errbuf *err)
{
	static const char *const unit_names[] = { "", "scope", "time", "money", "scope_word" };
	static const char *const class_names[] = { "det", "prep", "pronoun", "en", "foreign" };
	struct lex_index *ix = xcalloc(1, sizeof(*ix));
	index_free(lx->index);
	lx->index = NULL;
	ix->general = -1;
	ix_grow(ix);
	ix->verb_strong = xcalloc(lx->nverbs + 1, sizeof(int));
	ix->verb_group = xcalloc(lx->nverbs + 1, sizeof(int));
	ix->term_act = xcalloc(lx->nterms + 1, sizeof(int));
	lx->index = ix;

	for (size_t i = 0; i < lx->nverbs; i++) {
		const struct lex_verb_row *v = &lx->verbs[i];
		int g = find_group(lx, v->grp);
		if (g < 0) {
			errbuf_set(err, 0, "verb '%s' names an unknown group '%s'", v->base, v->grp);
			return -1;
		}
		ix->verb_group[i] = g;
		ix->verb_strong[i] = lx->groups[g].strong ? 1 : strcmp(v->grp, "weak") ? 0 : -1;
		ix_add_verb(ix, v->base, (uint32_t)i, VF_BASE);
		ix_add_verb(ix, v->past, (uint32_t)i, VF_PAST);
		ix_add_verb(ix, v->participle && *v->participle ? v->participle : v->past,
			    (uint32_t)i, VF_PART);
		ix_add_verb(ix, v->third, (uint32_t)i, VF_THIRD);
		ix_add_verb(ix, v->gerund, (uint32_t)i, VF_GERUND);
	}
	for (size_t i = 0; i < lx->npassive; i++) {
		struct entry *e = ix_add(ix, lx->passive[i].word, strlen(lx->passive[i].word));
		e->passive = !strcmp(lx->passive[i].kind, "aux") ? 1 : 2;
	}
	for (size_t i = 0; i < lx->nunits; i++) {
		int k = kind_of(lx->units[i].kind, unit_names, 5);
		struct entry *e;
		if (k <= 0) {
			errbuf_set(err, 0, "unit '%s' has an unknown kind '%s'", lx->units[i].word,
				   lx->units[i].kind);
			return -1;
		}
		e = ix_add(ix, lx->units[i].word, strlen(lx->units[i].word));
		e->unit = (uint8_t)k;
	}
	for (size_t i = 0; i < lx->nclasses; i++) {
		int k = kind_of(lx->classes[i].kind, class_names, 5);
		struct entry *e;
		if (k < 0) {
			errbuf_set(err, 0, "word '%s' has an unknown class '%s'", lx->classes[i].word,
				   lx->classes[i].kind);
			return -1;
		}
		e = ix_add(ix, lx->classes[i].word, strlen(lx->classes[i].word));
		e->classes |= (uint8_t)(1u << k);
	}
	for (size_t i = 0; i < lx->nacts; i++)
		if (!strcmp(lx->acts[i].id, "general"))
			ix->general = (int)i;
	if (ix->general < 0 || !lx->acts[ix->general].ntemplates) {
		errbuf_set(err, 0, "the lexicon has no activity 'general' with templates");
		return -1;
	}
	for (size_t i = 0; i < lx->nterms; i++) {
		int a = find_activity(lx, lx->terms[i].activity);
		if (a < 0) {
			errbuf_set(err, 0, "term '%s' names an unknown activity '%s'", lx->terms[i].term,
				   lx->terms[i].activity);
			return -1;
		}
		ix->term_act[i] = a;
	}
#define ADD_PHRASES(arr, n, field, kind)                                         \
	for (size_t i = 0; i < (n); i++)                                          \
		if (ix_add_phrase(ix, (arr)[i].field, (kind), (uint32_t)i, err) < 0) \
			return -1;
	ADD_PHRASES(lx->weak, lx->nweak, phrase, PH_WEAK)
	ADD_PHRASES(lx->buzz, lx->nbuzz, phrase, PH_BUZZ)
	ADD_PHRASES(lx->terms, lx->nterms, term, PH_TERM)
	ADD_PHRASES(lx->keywords, lx->nkeywords, keyword, PH_KEYWORD)
	ADD_PHRASES(lx->results, lx->nresults, phrase, PH_RESULT)
	ADD_PHRASES(lx->jargon, lx->njargon, term, PH_JARGON)
#undef ADD_PHRASES
	for (size_t i = 0; i < lx->nacts; i++) {
		for (size_t k = 0; k < lx->acts[i].ntemplates; k++)
			if (check_template(lx, lx->acts[i].id, lx->acts[i].templates[k], err) < 0)
				return -1;
		if (lx->acts[i].ntemplates > RW_MAX_REWRITES) {
			errbuf_set(err, 0, "activity '%s' has more than %d templates", lx->acts[i].id,
				   RW_MAX_REWRITES);
			return -1;
		}
	}
	return 0;
}

static void free_hint_rows(struct lex_hint_row *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(r[i].phrase);
		free(r[i].hint);
		free(r[i].repl);
		free(r[i].lead);
	}
	free(r);
}

static void free_kind_rows(struct lex_kind_row *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(r[i].word);
		free(r[i].kind);
	}
	free(r);
}

void lexicon_release(struct lexicon *lx)
{
	free_hint_rows(lx->weak, lx->nweak);
	free_hint_rows(lx->buzz, lx->nbuzz);
	free_kind_rows(lx->passive, lx->npassive);
	free_kind_rows(lx->units, lx->nunits);
	free_kind_rows(lx->classes, lx->nclasses);
	for (size_t i = 0; i < lx->ngroups; i++) {
		free(lx->groups[i].id);
		free(lx->groups[i].shows);
		free(lx->groups[i].competency);
	}
	free(lx->groups);
	for (size_t i = 0; i < lx->nverbs; i++) {
		struct lex_verb_row *v = &lx->verbs[i];
		free(v->base);
		free(v->particle);
		free(v->past);
		free(v->participle);
		free(v->third);
		free(v->gerund);
		free(v->noun);
		free(v->grp);
	}
	free(lx->verbs);
	for (size_t i = 0; i < lx->nacts; i++) {
		struct lex_activity_row *a = &lx->acts[i];
		free(a->id);
		free(a->name);
		for (size_t k = 0; k < a->ncomps; k++)
			free(a->comps[k]);
		free(a->comps);
		for (size_t k = 0; k < a->ntemplates; k++)
			free(a->templates[k]);
		free(a->templates);
	}
	free(lx->acts);
	for (size_t i = 0; i < lx->nterms; i++) {
		free(lx->terms[i].term);
		free(lx->terms[i].activity);
	}
	free(lx->terms);
	for (size_t i = 0; i < lx->njargon; i++) {
		free(lx->jargon[i].term);
		free(lx->jargon[i].gloss);
	}
	free(lx->jargon);
	for (size_t i = 0; i < lx->nkeywords; i++) {
		free(lx->keywords[i].keyword);
		free(lx->keywords[i].competency);
	}
	free(lx->keywords);
	for (size_t i = 0; i < lx->nresults; i++)
		free(lx->results[i].phrase);
	free(lx->results);
	index_free(lx->index);
	memset(lx, 0, sizeof(*lx));
}

int lexicon_is_strong_verb(const struct lexicon *lx, const char *word, size_t len)
{
	char buf[64];
	const struct entry *e;
	if (!lx->index || len == 0 || len >= sizeof(buf))
		return 0;
	for (size_t i = 0; i < len; i++)
		buf[i] = lower(word[i]);
	e = ix_get(lx->index, buf, len);
	if (!e)
		return 0;
	for (int i = 0; i < e->nverbs; i++)
		if (lx->index->verb_strong[e->verb[i]] == 1)
			return 1;
	return 0;
}

const struct lex_hint_row *lexicon_weak(const struct lexicon *lx, const char *phrase)
{
	for (size_t i = 0; i < lx->nweak; i++)
		if (!strcmp(lx->weak[i].phrase, phrase))
			return &lx->weak[i];
	return NULL;
}

/* ---- tokens and analysis --------------------------------------------- */

enum {
	T_ALNUM = 1,   /* has a letter or digit */
	T_NUM = 2,     /* a quantity: starts with a digit (or currency + digit), or [N] */
	T_PCT = 4,     /* a percentage */
	T_MONEY = 8,   /* a sum */
	T_CAP = 16,    /* starts with an upper-case letter */
	T_PH = 32,     /* a placeholder [..] */
	T_NONASCII = 64,
	T_ALLCAPS = 128,
};

struct tok {
	uint32_t s, e;   /* span in the text, punctuation included */
	uint32_t ks, ke; /* key span (lower case copy, punctuation stripped) */
	uint32_t flags;
	const struct entry *ent; /* lexicon entry of the key (set by analyse()) */
};

struct match {
	uint32_t pos;
	uint8_t ntok, kind;
	uint32_t idx;
};

#define MAX_UNITS 16

/* The analysis of one text. */
struct an {
	const char *text;
	size_t len;
	char *lc;               /* lower-case copy (ASCII folding) */
	size_t lc_alloc;
	struct tok *t;
	size_t nt, at;
	struct match *m;
	size_t nm, am;
	int *act_score;
	size_t aact;
	/* findings */
	int words, p0, person;
	int lead;               /* LEAD_* */
	int lead_verb, lead_ntok;
	int weak_start;         /* index of the weak phrase at p0, or -1 */
	int weak_start_ntok;
	int passive_aux;        /* token index of the auxiliary, or -1 */
	int passive_part;       /* token index of the participle */
	int passive_verb;       /* verb index of the participle, or -1 */
	int has_scope, has_time, has_money, has_pct, has_result, any_number;
	int scope_ph, result_ph; /* scope/result come from placeholders */
	int nunits;
	struct { uint32_t s, n; } units[MAX_UNITS]; /* counted units, singular, in lc */
	int nbuzz, njargon, nweak_other;
	int activity;
	int english;
};

enum { LEAD_NONE, LEAD_WEAK, LEAD_TASK, LEAD_STRONG, LEAD_UNKNOWN };

static void an_release(struct an *a)
{
	free(a->lc);
	free(a->t);
	free(a->m);
	free(a->act_score);
	memset(a, 0, sizeof(*a));
}

static int key_eq(const struct an *a, size_t i, const char *w)
{
	size_t n = strlen(w);
	return a->t[i].ke - a->t[i].ks == n && !memcmp(a->lc + a->t[i].ks, w, n);
}

/*
 * 1 if tokens [from, end) open with a noun phrase naming a group of people
 * ("the payments team", "a tiger team of 5", "the change advisory board"):
 * a group word within the first five tokens that ends the phrase.
 */
static int names_a_group(const struct an *a, size_t from, size_t end)
{
	static const char *const groups[] = { "team", "teams", "squad", "crew", "committee",
					      "board", "group", "taskforce" };
	static const char *const after[] = { "to", "for", "at", "in", "on", "that", "which",
					     "and", "of", "with", "," };
	for (size_t i = from; i < end && i < from + 5; i++) {
		int g = 0, ends = i + 1 == end;
		for (size_t k = 0; k < ARRAY_SIZE(groups); k++)
			g |= key_eq(a, i, groups[k]);
		if (!g)
			continue;
		for (size_t k = 0; !ends && k < ARRAY_SIZE(after); k++)
			ends = key_eq(a, i + 1, after[k]);
		return ends;
	}
	return 0;
}

static const char *key_of(const struct an *a, size_t i, size_t *n)
{
	*n = a->t[i].ke - a->t[i].ks;
	return a->lc + a->t[i].ks;
}

static const struct entry *tok_entry(const struct lexicon *lx, const struct an *a, size_t i)
{
	(void)lx;
	return a->t[i].ent;
}

static int is_open_punct(unsigned char c)
{
	return c == '"' || c == '\'' || c == '(' || c == '`' || c == '*' || c == '_';
}

static int is_close_punct(unsigned char c)
{
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
	       c == ')' || c == '"' || c == '\'' || c == '`' || c == '*' || c == '_';
}

/* Split a->text into tokens and fill their flags. */
static void tokenize(struct an *a)
{
	const char *s = a->text;
	size_t n = a->len, i = 0;
	if (a->lc_alloc < n + 1) {
		a->lc_alloc = n + 1 > 256 ? n + 1 : 256;
		free(a->lc);
		a->lc = xmalloc(a->lc_alloc);
	}
	for (size_t k = 0; k < n; k++)
		a->lc[k] = lower(s[k]);
	a->lc[n] = 0;
	a->nt = 0;
	while (i < n) {
		struct tok t = { 0 };
		size_t ks, ke;
		while (i < n && is_space((unsigned char)s[i]))
			i++;
		if (i >= n)
			break;
		t.s = (uint32_t)i;
		while (i < n && !is_space((unsigned char)s[i]))
			i++;
		t.e = (uint32_t)i;
		ks = t.s;
		ke = t.e;
		if (s[ks] == '[' && memchr(s + ks, ']', ke - ks)) {
			const char *close = memchr(s + ks, ']', ke - ks);
			size_t inner = (size_t)(close - (s + ks)) - 1;
			t.flags |= T_PH | T_ALNUM;
			if ((inner == 1 && (s[ks + 1] == 'N' || s[ks + 1] == 'X')) ||
			    (inner == 2 && s[ks + 1] == '$')) {
				t.flags |= T_NUM;
				if (s[ks + 1] == '$')
					t.flags |= T_MONEY;
				if ((size_t)(close - s) + 1 < ke && close[1] == '%')
					t.flags |= T_PCT;
			}
		} else {
			while (ks < ke && is_open_punct((unsigned char)s[ks]))
				ks++;
			while (ke > ks && is_close_punct((unsigned char)s[ke - 1]))
				ke--;
		}
		t.ks = (uint32_t)ks;
		t.ke = (uint32_t)ke;
		{
			int alpha = 0, upper_n = 0, lower_n = 0;
			for (size_t k = ks; k < ke; k++) {
				unsigned char c = (unsigned char)s[k];
				if (is_alpha(c) || is_digit(c))
					t.flags |= T_ALNUM;
				if (is_alpha(c))
					alpha++;
				if (is_upper(c))
					upper_n++;
				if (is_lower(c))
					lower_n++;
				if (c >= 0x80)
					t.flags |= T_NONASCII | T_ALNUM;
			}
			if (ke > ks && is_upper((unsigned char)s[ks]))
				t.flags |= T_CAP;
			if (upper_n >= 2 && lower_n == 0)
				t.flags |= T_ALLCAPS;
			(void)alpha;
		}
		if (!(t.flags & T_PH) && ke > ks) {
			const unsigned char *k = (const unsigned char *)s + ks;
			size_t kn = ke - ks;
			size_t skip = 0;
			if (*k == '$')
				skip = 1;
			else if (kn >= 2 && k[0] == 0xC2 && k[1] == 0xA3) /* £ */
				skip = 2;
			else if (kn >= 3 && k[0] == 0xE2 && k[1] == 0x82 && k[2] == 0xAC) /* € */
				skip = 3;
			else if (*k == '~' || *k == '+' || *k == '<' || *k == '>')
				skip = 1;
			if (skip < kn && is_digit(k[skip])) {
				t.flags |= T_NUM;
				if (skip && *k != '~' && *k != '+' && *k != '<' && *k != '>')
					t.flags |= T_MONEY;
				if (k[kn - 1] == '%')
					t.flags |= T_PCT;
			}
		}
		ALLOC_GROW(a->t, a->nt + 1, a->at);
		a->t[a->nt++] = t;
	}
}

/* Record every lexicon phrase that starts at each token. */
static void find_phrases(const struct lexicon *lx, struct an *a)
{
	const struct lex_index *ix = lx->index;
	a->nm = 0;
	for (size_t i = 0; i < a->nt; i++) {
		const struct entry *es[4];
		size_t kn, first = a->nm, k;
		const char *key = key_of(a, i, &kn);
		int ne = ix_get_tol(ix, key, kn, es);
		for (int x = 0; x < ne; x++) {
			/* A singular lookup that found the same entry twice adds nothing. */
			int dup = 0;
			for (int y = 0; y < x; y++)
				dup |= es[y] == es[x];
			if (dup)
				continue;
			for (uint32_t p = 0; p < es[x]->nph; p++) {
				const struct mphrase *m = &ix->ph[es[x]->ph[p]];
				int ok = 1;
				if (i + m->ntok > a->nt)
					continue;
				for (int q = 0; q < m->ntok && ok; q++) {
					size_t tn;
					const char *tk = key_of(a, i + (size_t)q, &tn);
					ok = tol_eq(tk, tn, m->text + m->off[q], m->len[q]);
				}
				if (!ok)
					continue;
				/* One match per kind and position: the longest. */
				for (k = first; k < a->nm; k++)
					if (a->m[k].kind == m->kind)
						break;
				if (k < a->nm) {
					if (a->m[k].ntok >= m->ntok)
						continue;
				} else {
					ALLOC_GROW(a->m, a->nm + 1, a->am);
					a->nm++;
				}
				a->m[k].pos = (uint32_t)i;
				a->m[k].ntok = m->ntok;
				a->m[k].kind = m->kind;
				a->m[k].idx = m->idx;
			}
		}
	}
}

/* Singular length of a unit key ("teams" -> 4). */
static size_t singular_len(const char *w, size_t n)
{
	if (n > 4 && !memcmp(w + n - 3, "ies", 3))
		return n - 3; /* compared as a prefix */
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
		return n - 1;
	return n;
}

static void add_unit(struct an *a, uint32_t s, size_t n)
{
	size_t sn = singular_len(a->lc + s, n);
	if (a->nunits < MAX_UNITS) {
		a->units[a->nunits].s = s;
		a->units[a->nunits].n = (uint32_t)sn;
		a->nunits++;
	}
}

static int has_unit(const struct an *a, const char *w, size_t n)
{
	size_t sn = singular_len(w, n);
	for (int i = 0; i < a->nunits; i++)
		if (a->units[i].n == sn && !memcmp(a->lc + a->units[i].s, w, sn))
			return 1;
	return 0;
}

static int unit_kind(const struct lexicon *lx, const char *w, size_t n)
{
	const struct entry *es[4];
	int ne = ix_get_tol(lx->index, w, n, es);
	for (int i = 0; i < ne; i++)
		if (es[i]->unit)
			return es[i]->unit;
	return U_NONE;
}

static int is_year(const struct an *a, size_t i)
{
	size_t n;
	const char *k = key_of(a, i, &n);
	return n == 4 && (k[0] == '1' || k[0] == '2') && is_digit((unsigned char)k[1]) &&
	       is_digit((unsigned char)k[2]) && is_digit((unsigned char)k[3]);
}

/* Numbers: what they count (scope, time, money) and percentages. */
static void find_numbers(const struct lexicon *lx, struct an *a)
{
	for (size_t i = 0; i < a->nt; i++) {
		const struct tok *t = &a->t[i];
		size_t kn;
		const char *k = key_of(a, i, &kn);
		const char *dash;
		int u = U_NONE;
		uint32_t us = 0;
		size_t un = 0;
		if (!(t->flags & T_NUM)) {
			if (t->flags & T_ALNUM && unit_kind(lx, k, kn) == U_SCOPE_WORD)
				a->has_scope = 1;
			if (kn == 1 && k[0] == '%' && i > 0 && (a->t[i - 1].flags & T_NUM))
				a->has_pct = 1;
			if ((key_eq(a, i, "percent") || key_eq(a, i, "pct")) && i > 0 &&
			    (a->t[i - 1].flags & T_NUM))
				a->has_pct = 1;
			continue;
		}
		if (!(t->flags & T_PH) && is_year(a, i))
			continue;
		a->any_number = 1;
		if (t->flags & T_PCT) {
			a->has_pct = 1;
			if (t->flags & T_PH)
				a->result_ph = 1;
			continue;
		}
		if (t->flags & T_MONEY) {
			a->has_money = a->has_scope = 1;
			if (t->flags & T_PH)
				a->scope_ph = 1;
			continue;
		}
		/* "12-person", "6-week" */
		dash = memchr(k, '-', kn);
		if (dash && dash + 1 < k + kn) {
			us = (uint32_t)(dash + 1 - a->lc);
			un = kn - (size_t)(dash + 1 - k);
			u = unit_kind(lx, dash + 1, un);
		}
		if (u == U_NONE && i + 1 < a->nt) {
			size_t nn;
			const char *nk = key_of(a, i + 1, &nn);
			/* "5 new hires", "3 more sites": look one word further. */
			u = unit_kind(lx, nk, nn);
			us = a->t[i + 1].ks;
			un = nn;
			if (u == U_NONE && i + 2 < a->nt && (tok_entry(lx, a, i + 1) &&
							      (tok_entry(lx, a, i + 1)->classes & C_DET))) {
				nk = key_of(a, i + 2, &nn);
				u = unit_kind(lx, nk, nn);
				us = a->t[i + 2].ks;
				un = nn;
			}
		}
		/* A sum: "40k", "1.2M", "$" already handled */
		if (u == U_NONE && kn > 1 && (k[kn - 1] == 'k' || k[kn - 1] == 'm') &&
		    is_digit((unsigned char)k[kn - 2]))
			u = U_MONEY;
		switch (u) {
		case U_TIME:
			a->has_time = a->has_scope = 1;
			add_unit(a, us, un);
			break;
		case U_MONEY:
			a->has_money = a->has_scope = 1;
			break;
		case U_SCOPE:
			a->has_scope = 1;
			add_unit(a, us, un);
			break;
		default:
			/* A count of something unnamed, unless it is a version ("Windows 11"). */
			if (i > 0 && (a->t[i - 1].flags & T_CAP) && !(t->flags & T_PH))
				break;
			if (i + 1 < a->nt && is_lower((unsigned char)a->text[a->t[i + 1].ks])) {
				a->has_scope = 1;
				add_unit(a, a->t[i + 1].ks, a->t[i + 1].ke - a->t[i + 1].ks);
			}
			break;
		}
		if (a->has_scope && (t->flags & T_PH))
			a->scope_ph = 1;
	}
}

/* Is the word at i a participle of a verb (for the passive)?  Returns the
 * verb index, -2 for a participle the lexicon knows only as a word, or -1. */
static int participle_at(const struct lexicon *lx, const struct an *a, size_t i)
{
	const struct entry *e = tok_entry(lx, a, i);
	size_t n;
	const char *k = key_of(a, i, &n);
	if (e) {
		for (int x = 0; x < e->nverbs; x++)
			if (e->vform[x] & VF_PART)
				return (int)e->verb[x];
		if (e->passive == 2)
			return -2;
	}
	if (n > 4 && k[n - 2] == 'e' && k[n - 1] == 'd')
		return -2;
	return -1;
}

static void find_passive(const struct lexicon *lx, struct an *a)
{
	a->passive_aux = -1;
	a->passive_verb = -1;
	for (size_t i = 0; i + 1 < a->nt; i++) {
		const struct entry *e = tok_entry(lx, a, i);
		size_t j = i + 1, n;
		const char *k;
		int v;
		if (!e || e->passive != 1)
			continue;
		k = key_of(a, j, &n);
		if (n > 3 && k[n - 2] == 'l' && k[n - 1] == 'y' && j + 1 < a->nt)
			j++; /* "was successfully upgraded" */
		v = participle_at(lx, a, j);
		if (v == -1)
			continue;
		/* "was responsible", "is based": adjectives are not participles */
		a->passive_aux = (int)i;
		a->passive_part = (int)j;
		a->passive_verb = v;
		return;
	}
}

/* Does the token at i look like the start of an object (so that a base
 * form before it is a verb: "Manage the ...", "Support 300 users")? */
static int objecty(const struct lexicon *lx, const struct an *a, size_t i)
{
	const struct entry *e;
	if (i >= a->nt)
		return 0;
	if (a->t[i].flags & (T_NUM | T_CAP))
		return 1;
	e = tok_entry(lx, a, i);
	return e && (e->classes & C_DET);
}

/* The verb at token i, if it reads as one in this position; fills *form. */
static int verb_at(const struct lexicon *lx, const struct an *a, size_t i, int base_ok,
		   int *ntok)
{
	const struct entry *e;
	if (i >= a->nt || (a->t[i].flags & (T_NUM | T_PH)))
		return -1;
	e = tok_entry(lx, a, i);
	if (!e || !e->nverbs)
		return -1;
	/* Prefer a phrasal verb whose particle follows ("set up", "rolled out"). */
	for (int pass = 0; pass < 2; pass++) {
		for (int x = 0; x < e->nverbs; x++) {
			const struct lex_verb_row *v = &lx->verbs[e->verb[x]];
			int f = e->vform[x];
			int has_particle = v->particle && *v->particle;
			int ok;
			if (pass == 0 && !has_particle)
				continue;
			if (pass == 1 && has_particle)
				continue;
			if (has_particle && !(i + 1 < a->nt && key_eq(a, i + 1, v->particle)))
				continue;
			if (f & VF_PAST)
				ok = 1;
			else if (f & VF_GERUND)
				ok = !(i + 1 < a->nt && key_eq(a, i + 1, "of"));
			else if (f & (VF_BASE | VF_THIRD))
				ok = base_ok || objecty(lx, a, i + 1 + (has_particle ? 1 : 0));
			else
				ok = 0;
			if (ok) {
				*ntok = has_particle ? 2 : 1;
				return (int)e->verb[x];
			}
		}
	}
	return -1;
}

static int verb_strength(const struct lexicon *lx, int v)
{
	return lx->index->verb_strong[v];
}

/* Analyse a->text (already tokenised). */
static void analyse(const struct lexicon *lx, struct an *a)
{
	size_t nacts = lx->nacts;
	int best = -1, best_score = 0;
	uint32_t best_pos = UINT32_MAX;
	uint32_t first_pos_buf[64];
	uint32_t *first_pos = first_pos_buf;
	int nonascii = 0, letters = 0, en = 0, foreign = 0;

	a->words = 0;
	a->p0 = 0;
	a->person = 0;
	a->lead = LEAD_NONE;
	a->lead_verb = -1;
	a->lead_ntok = 0;
	a->weak_start = -1;
	a->weak_start_ntok = 0;
	a->has_scope = a->has_time = a->has_money = a->has_pct = a->has_result = 0;
	a->any_number = a->scope_ph = a->result_ph = 0;
	a->nunits = 0;
	a->nbuzz = a->njargon = a->nweak_other = 0;
	a->activity = lx->index->general;
	a->english = 1;

	for (size_t i = 0; i < a->nt; i++) {
		const struct entry *e;
		size_t kn;
		const char *key = key_of(a, i, &kn);
		a->t[i].ent = ix_get(lx->index, key, kn);
		if (a->t[i].flags & T_ALNUM)
			a->words++;
		for (uint32_t k = a->t[i].ks; k < a->t[i].ke; k++) {
			unsigned char c = (unsigned char)a->text[k];
			if (is_alpha(c))
				letters++;
			else if (c >= 0xC0) {
				letters++;
				nonascii++;
			}
		}
		e = tok_entry(lx, a, i);
		if (e && (e->classes & C_FOREIGN))
			foreign++;
		else if (e && !(a->t[i].flags & T_CAP && i > 0))
			en++;
	}
	if ((letters >= 4 && nonascii * 10 > letters * 3) || (foreign >= 2 && foreign > en))
		a->english = 0;

	/* First-person pronoun at the start. */
	if (a->nt > 1) {
		const struct entry *e = tok_entry(lx, a, 0);
		if (e && (e->classes & C_PRONOUN)) {
			a->person = 1;
			a->p0 = 1;
		}
	}
	find_phrases(lx, a);
	find_numbers(lx, a);
	find_passive(lx, a);

	if (nacts > 64)
		first_pos = xmalloc(nacts * sizeof(*first_pos));
	if (a->aact < nacts) {
		free(a->act_score);
		a->act_score = xmalloc(nacts * sizeof(int));
		a->aact = nacts;
	}
	memset(a->act_score, 0, nacts * sizeof(int));
	for (size_t i = 0; i < nacts; i++)
		first_pos[i] = UINT32_MAX;

	for (size_t i = 0; i < a->nm; i++) {
		const struct match *m = &a->m[i];
		switch (m->kind) {
		case PH_WEAK: {
			/* at the start, or after an auxiliary ("Was tasked with") */
			int at = (int)m->pos - a->p0;
			if (at == 1 && !(key_eq(a, (size_t)a->p0, "was") ||
					 key_eq(a, (size_t)a->p0, "were")))
				at = -1;
			if ((at == 0 || at == 1) && m->ntok + at > a->weak_start_ntok) {
				a->weak_start = (int)m->idx;
				a->weak_start_ntok = m->ntok + at;
			}
			break;
		}
		case PH_TERM: {
			int act = lx->index->term_act[m->idx];
			a->act_score[act] += lx->terms[m->idx].weight;
			if (m->pos < first_pos[act])
				first_pos[act] = m->pos;
			break;
		}
		case PH_RESULT:
			if (lx->results[m->idx].standalone || a->any_number)
				a->has_result = 1;
			break;
		default:
			break;
		}
	}
	if (a->has_pct)
		a->has_result = 1;
	for (size_t i = 0; i < nacts; i++) {
		if (!a->act_score[i])
			continue;
		if (a->act_score[i] > best_score ||
		    (a->act_score[i] == best_score && first_pos[i] < best_pos)) {
			best = (int)i;
			best_score = a->act_score[i];
			best_pos = first_pos[i];
		}
	}
	if (best >= 0)
		a->activity = best;
	if (first_pos != first_pos_buf)
		free(first_pos);

	/* The leading verb. */
	if (a->weak_start >= 0) {
		a->lead = LEAD_WEAK;
	} else if ((size_t)a->p0 < a->nt) {
		int ntok = 0;
		int v = verb_at(lx, a, (size_t)a->p0, a->person, &ntok);
		size_t kn;
		const char *k = key_of(a, (size_t)a->p0, &kn);
		if (v >= 0) {
			int st = verb_strength(lx, v);
			a->lead_verb = v;
			a->lead_ntok = ntok;
			a->lead = st == 1 ? LEAD_STRONG : st == 0 ? LEAD_TASK : LEAD_WEAK;
		} else if (kn > 4 && k[kn - 2] == 'e' && k[kn - 1] == 'd' &&
			   !(a->t[a->p0].flags & T_NUM)) {
			a->lead = LEAD_UNKNOWN;
			a->lead_ntok = 1;
		}
	}
}

/* ---- the quality figure ----------------------------------------------- */

struct quality {
	int verb, weak, passive, scope, result, length, buzz, jargon, person;
};

static void quality_of(const struct an *a, int nweak_total, struct quality *q)
{
	q->verb = a->lead == LEAD_STRONG ? 25 : (a->lead == LEAD_TASK || a->lead == LEAD_UNKNOWN) ? 12 : 0;
	q->weak = nweak_total ? 0 : 15;
	q->passive = a->passive_aux >= 0 ? 0 : 10;
	q->scope = a->has_scope ? 20 : 0;
	q->result = a->has_result ? 20 : 0;
	q->length = (a->words >= 12 && a->words <= 30) ? 10 :
		    ((a->words >= 8 && a->words <= 40) ? 5 : 0);
	q->buzz = -5 * (a->nbuzz > 2 ? 2 : a->nbuzz);
	q->jargon = -3 * (a->njargon > 2 ? 2 : a->njargon);
	q->person = a->person ? -3 : 0;
}

static int quality_total(const struct quality *q)
{
	int t = q->verb + q->weak + q->passive + q->scope + q->result + q->length + q->buzz +
		q->jargon + q->person;
	return t < 0 ? 0 : t > 100 ? 100 : t;
}

/* ---- results ------------------------------------------------------------ */

struct scratch {
	struct an orig, rw;
	struct strbuf obj, rest, tmp, out;
	unsigned char *seen; /* per phrase kind dedupe, sized by lexicon */
	size_t aseen;
};

void rw_result_init(struct rw_result *r)
{
	memset(r, 0, sizeof(*r));
}

static void result_reset(struct rw_result *r)
{
	free(r->original);
	r->original = NULL;
	r->activity = NULL;
	r->english = 1;
	r->too_long = r->strong = r->words = 0;
	rw_strlist_reset(&r->problems);
	rw_strlist_reset(&r->notes);
	rw_strlist_reset(&r->moves);
	r->ncomps = 0;
	for (size_t i = 0; i < r->nrewrites; i++) {
		free(r->rewrites[i].text);
		r->rewrites[i].text = NULL;
		rw_strlist_reset(&r->rewrites[i].placeholders);
	}
	r->nrewrites = 0;
	r->quality_before = r->quality_after = 0;
}

void rw_result_release(struct rw_result *r)
{
	struct scratch *s = r->scratch;
	result_reset(r);
	rw_strlist_release(&r->problems);
	rw_strlist_release(&r->notes);
	rw_strlist_release(&r->moves);
	for (size_t i = 0; i < RW_MAX_REWRITES; i++)
		rw_strlist_release(&r->rewrites[i].placeholders);
	free(r->comps);
	if (s) {
		an_release(&s->orig);
		an_release(&s->rw);
		sb_release(&s->obj);
		sb_release(&s->rest);
		sb_release(&s->tmp);
		sb_release(&s->out);
		free(s->seen);
		free(s);
	}
	memset(r, 0, sizeof(*r));
}

static void add_comp(struct rw_result *r, const char *id)
{
	if (!id || !*id)
		return;
	for (size_t i = 0; i < r->ncomps; i++)
		if (!strcmp(r->comps[i], id))
			return;
	ALLOC_GROW(r->comps, r->ncomps + 1, r->acomps);
	r->comps[r->ncomps++] = id;
}

static void problemf(struct rw_result *r, struct strbuf *tmp, const char *fmt, ...) PM_PRINTF(3, 4);
static void problemf(struct rw_result *r, struct strbuf *tmp, const char *fmt, ...)
{
	va_list ap;
	sb_reset(tmp);
	va_start(ap, fmt);
	sb_vaddf(tmp, fmt, ap);
	va_end(ap);
	rw_strlist_add(&r->problems, tmp->buf);
}

/* Offset of the first invalid UTF-8 byte (or NUL) in s, or -1. */
long rewrite_utf8_error(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		size_t len;
		if (s[i] == 0)
			return (long)i;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		len = (s[i] & 0xE0) == 0xC0 ? 2 : (s[i] & 0xF0) == 0xE0 ? 3 : (s[i] & 0xF8) == 0xF0 ? 4 : 0;
		if (!len || i + len > n || !utf8_valid((const char *)s + i, len))
			return (long)i;
		i += len;
	}
	return -1;
}

const char *rewrite_strip_marker(const char *s, size_t *len)
{
	size_t n = *len;
	for (;;) {
		while (n && is_space((unsigned char)*s)) {
			s++;
			n--;
		}
		if (n && (*s == '-' || *s == '*') && (n == 1 || is_space((unsigned char)s[1]))) {
			s++;
			n--;
			continue;
		}
		if (n >= 3 && !memcmp(s, "\xE2\x80\xA2", 3)) { /* • */
			s += 3;
			n -= 3;
			continue;
		}
		break;
	}
	while (n && is_space((unsigned char)s[n - 1]))
		n--;
	*len = n;
	return s;
}

/* Append text[s..e) to sb, lower-casing the first letter if asked. */
static void add_span(struct strbuf *sb, const char *text, size_t s, size_t e, int lower_first)
{
	if (e <= s)
		return;
	if (sb->len && !is_space((unsigned char)sb->buf[sb->len - 1]))
		sb_addc(sb, ' ');
	if (lower_first) {
		sb_addc(sb, lower(text[s]));
		s++;
	}
	sb_add(sb, text + s, e - s);
}

/* Should the word at token i lose its capital when it no longer starts
 * the sentence?  Only the first word, and only a plain lexicon word. */
static int decap(const struct lexicon *lx, const struct an *a, size_t i)
{
	size_t kn;
	const char *k;
	if (i != 0 || !(a->t[i].flags & T_CAP) || (a->t[i].flags & T_ALLCAPS))
		return 0;
	k = key_of(a, i, &kn);
	for (size_t x = 1; x < a->t[i].ke - a->t[i].ks; x++)
		if (is_upper((unsigned char)a->text[a->t[i].ks + x]))
			return 0;
	(void)k;
	return tok_entry(lx, a, i) != NULL || key_eq(a, i, "server") || key_eq(a, i, "user");
}

/* Trim trailing punctuation and blanks of the object. */
static void trim_object(struct strbuf *sb)
{
	while (sb->len && (is_space((unsigned char)sb->buf[sb->len - 1]) ||
			   strchr(".;,:!", sb->buf[sb->len - 1])))
		sb->buf[--sb->len] = 0;
}

/* Prepositions after which a noun takes no "of" ("the response to X"). */
static const char *const obj_preps[] = { "to", "with", "for", "on", "in", "at", "from", "of", "across" };

/* Append the contents of one strbuf to another. */
static void sb_addsb(struct strbuf *dst, const struct strbuf *src)
{
	sb_add(dst, src->buf, src->len);
}

/* What the bullet is about, once the opener is gone. */
struct object {
	int mode;         /* OBJ_TEMPLATE: templates' verbs; OBJ_KEEP: keep `verb` */
	int verb;         /* verb index (KEEP: its past leads; TEMPLATE: the nominalised verb) */
	const char *own;  /* KEEP with a verb the lexicon lacks: the user's own word */
	size_t own_len;
	const char *part; /* the honest opener of a "took part" phrase, or NULL */
	int task_noun;    /* obj is a hands-on verb made a noun ("the writing of X") */
};
enum { OBJ_TEMPLATE, OBJ_KEEP };

/*
 * Append tokens [from, end) of the original to s->rest: a weak phrase
 * inside is replaced by its stand-in, "by me" after a passive is dropped,
 * and the first word loses its capital when it no longer starts the
 * sentence (decap_first).
 */
static void emit_tokens(const struct lexicon *lx, const struct an *a, struct scratch *s,
			size_t from, size_t end, int decap_first, int drop_by_me)
{
	size_t m = 0;
	for (size_t i = from; i < end; i++) {
		const struct match *wm = NULL;
		while (m < a->nm && a->m[m].pos < i)
			m++;
		for (size_t k = m; k < a->nm && a->m[k].pos == i; k++)
			if (a->m[k].kind == PH_WEAK && i + a->m[k].ntok <= end)
				wm = &a->m[k];
		if (drop_by_me && i + 1 < end && key_eq(a, i, "by") &&
		    (key_eq(a, i + 1, "me") || key_eq(a, i + 1, "myself"))) {
			i++;
			continue;
		}
		if (wm) {
			const char *rep = lx->weak[wm->idx].repl;
			const struct tok *last = &a->t[i + wm->ntok - 1];
			size_t trail = last->e - last->ke; /* punctuation after the phrase */
			if (rep && *rep) {
				if (s->rest.len)
					sb_addc(&s->rest, ' ');
				/* keep a capital if the phrase had one */
				if (a->t[i].flags & T_CAP) {
					sb_addc(&s->rest, upper(rep[0]));
					sb_adds(&s->rest, rep + 1);
				} else {
					sb_adds(&s->rest, rep);
				}
				sb_add(&s->rest, a->text + last->ke, trail);
			} else if (trail) {
				sb_add(&s->rest, a->text + last->ke, trail);
			}
			i += wm->ntok - 1;
			continue;
		}
		add_span(&s->rest, a->text, a->t[i].s, a->t[i].e, i == from && decap_first &&
			 decap(lx, a, i));
	}
	trim_object(&s->rest);
}

/* s->obj = the rest as a noun phrase built on verb v ("the migration of X"). */
static void nominalise(const struct lexicon *lx, struct scratch *s, int v)
{
	const char *noun = lx->verbs[v].noun;
	sb_reset(&s->obj);
	if (noun && *noun) {
		int prep = 0;
		if (s->rest.len) {
			/* "responded to incidents" -> "the response to incidents" */
			const char *sp = memchr(s->rest.buf, ' ', s->rest.len);
			size_t rn = sp ? (size_t)(sp - s->rest.buf) : s->rest.len;
			for (size_t k = 0; k < ARRAY_SIZE(obj_preps); k++)
				if (strlen(obj_preps[k]) == rn && !memcmp(s->rest.buf, obj_preps[k], rn))
					prep = 1;
		}
		sb_addf(&s->obj, "the %s", noun);
		if (s->rest.len)
			sb_addf(&s->obj, " %s%s", prep ? "" : "of ", s->rest.buf);
	} else if (noun) {
		/* light verb: "performed backups" -> "backups" */
		sb_addsb(&s->obj, &s->rest);
	} else {
		sb_addf(&s->obj, "work on %s", lx->verbs[v].gerund);
		if (s->rest.len)
			sb_addf(&s->obj, " %s", s->rest.buf);
	}
}

/*
 * Fill s->rest (the text after the opener, verbatim but for weak phrases)
 * and s->obj (the rest as a noun phrase), and decide whether the rewrites
 * keep the bullet's own verb (the bullet led with a strong one) or use the
 * templates' verbs.
 */
static void build_object_plain(const struct lexicon *lx, const struct an *a, struct scratch *s,
			       struct object *o)
{
	size_t from = (size_t)a->p0, end = a->nt;
	int v = -1, vn = 0, base_ok = 0, on_opener = 0;
	o->mode = OBJ_TEMPLATE;
	o->verb = -1;
	o->own = NULL;
	o->own_len = 0;
	o->part = NULL;
	o->task_noun = 0;
	sb_reset(&s->rest);
	sb_reset(&s->obj);

	if (a->passive_aux >= 0 && a->passive_aux <= a->p0 + 5 && a->passive_verb >= 0 &&
	    a->weak_start < 0 && a->lead != LEAD_STRONG) {
		/* "Servers were upgraded to RHEL 9 by me" -> verb upgrade, rest
		 * "servers to RHEL 9". */
		size_t aux = (size_t)a->passive_aux, part = (size_t)a->passive_part;
		emit_tokens(lx, a, s, from, aux, 1, 0);
		if (part + 1 < end) {
			struct strbuf keep = STRBUF_INIT;
			sb_addsb(&keep, &s->rest);
			sb_reset(&s->rest);
			emit_tokens(lx, a, s, part + 1, end, 0, 1);
			if (keep.len && s->rest.len)
				sb_addc(&keep, ' ');
			sb_addsb(&keep, &s->rest);
			sb_reset(&s->rest);
			sb_addsb(&s->rest, &keep);
			sb_release(&keep);
		}
		v = a->passive_verb;
		goto verb_found;
	}

	if (a->lead == LEAD_NONE && a->weak_start < 0 && from + 2 < end &&
	    (key_eq(a, from, "was") || key_eq(a, from, "were")) &&
	    (key_eq(a, from + 1, "the") || key_eq(a, from + 1, "a") || key_eq(a, from + 1, "an"))) {
		/* a post, not an action: "Was the liaison between IT and marketing"
		 * -> "Served as the liaison ..." (the post as the user named it) */
		o->part = "Served as";
		emit_tokens(lx, a, s, from + 1, end, 0, 0);
		sb_addsb(&s->obj, &s->rest);
		return;
	}
	if (a->lead == LEAD_STRONG) {
		o->mode = OBJ_KEEP;
		o->verb = a->lead_verb;
		emit_tokens(lx, a, s, from + (size_t)a->lead_ntok, end, 0, 0);
		sb_addsb(&s->obj, &s->rest);
		return;
	}
	if (a->lead == LEAD_UNKNOWN) {
		o->mode = OBJ_KEEP;
		o->own = a->text + a->t[from].s;
		o->own_len = a->t[from].e - a->t[from].s;
		emit_tokens(lx, a, s, from + 1, end, 0, 0);
		sb_addsb(&s->obj, &s->rest);
		return;
	}
	if (a->lead == LEAD_WEAK && a->weak_start >= 0) {
		const char *ph = lx->weak[a->weak_start].phrase;
		const char *sp, *last;
		const struct entry *le;
		from += (size_t)a->weak_start_ntok;
		if (*lx->weak[a->weak_start].lead)
			o->part = lx->weak[a->weak_start].lead;
		/* a chain of openers: "tasked with being responsible for helping with" */
		for (;;) {
			size_t at = from, best = 0;
			int idx = -1;
			if (at + 1 < end && key_eq(a, at, "being"))
				at++;
			for (size_t k = 0; k < a->nm; k++)
				if (a->m[k].kind == PH_WEAK && a->m[k].pos == at && a->m[k].ntok > best &&
				    at + a->m[k].ntok < end) {
					best = a->m[k].ntok;
					idx = (int)a->m[k].idx;
				}
			if (idx < 0)
				break;
			from = at + best;
			ph = lx->weak[idx].phrase;
			if (*lx->weak[idx].lead)
				o->part = lx->weak[idx].lead;
		}
		sp = strrchr(ph, ' ');
		last = sp ? sp + 1 : ph;
		on_opener = !strcmp(last, "on");
		le = ix_get(lx->index, last, strlen(last));
		/* "Handled and resolved escalations": the second verb carries it */
		if (from + 2 < end && key_eq(a, from, "and")) {
			int vn2 = 0;
			if (verb_at(lx, a, from + 1, 0, &vn2) >= 0)
				from++;
		}
		base_ok = !(le && (le->classes & C_PREP)) || !strcmp(last, "to");
		/* After a weak opener: "helped migrate", "worked on migrating". */
		v = verb_at(lx, a, from, base_ok, &vn);
		if (v >= 0 && verb_strength(lx, v) < 0 && lx->verbs[v].noun && !*lx->verbs[v].noun) {
			from += (size_t)vn; /* a second light verb ("helped do") */
			v = verb_at(lx, a, from, 1, &vn);
		}
	} else if (a->lead == LEAD_WEAK || a->lead == LEAD_TASK) {
		v = a->lead_verb;
		vn = a->lead_ntok;
	}
	if (v >= 0)
		from += (size_t)vn;
	else if (on_opener && names_a_group(a, from, end))
		/* "Worked on the payments team": a member, not its leader. */
		o->part = "Served on";
	if (v >= 0 && verb_strength(lx, v) < 1 && from + 2 < end && key_eq(a, from, "and")) {
		/* two verbs: "Installed and configured 40 switches" */
		int vn2 = 0, v2 = verb_at(lx, a, from + 1, 0, &vn2);
		if (v2 >= 0) {
			const char *n1 = lx->verbs[v].noun, *n2 = lx->verbs[v2].noun;
			size_t after = from + 1 + (size_t)vn2;
			emit_tokens(lx, a, s, after, end, 0, 0);
			o->verb = v;
			if (n1 && *n1 && n2 && *n2 && strcmp(n1, n2)) {
				/* -> "the installation and configuration of 40 switches" */
				int prep = 0;
				if (s->rest.len) {
					const char *sp = memchr(s->rest.buf, ' ', s->rest.len);
					size_t rn = sp ? (size_t)(sp - s->rest.buf) : s->rest.len;
					for (size_t k = 0; k < ARRAY_SIZE(obj_preps); k++)
						if (strlen(obj_preps[k]) == rn &&
						    !memcmp(s->rest.buf, obj_preps[k], rn))
							prep = 1;
				}
				sb_addf(&s->obj, "the %s and %s", n1, n2);
				if (s->rest.len)
					sb_addf(&s->obj, " %s%s", prep ? "" : "of ", s->rest.buf);
				o->task_noun = verb_strength(lx, v) == 0 || verb_strength(lx, v2) == 0;
			} else {
				/* no nouns for both: keep the user's own words ("Found and
				 * logged 120 defects") */
				o->mode = OBJ_KEEP;
				o->own = a->text + a->t[a->p0].s;
				o->own_len = a->t[after - 1].e - a->t[a->p0].s;
				sb_addsb(&s->obj, &s->rest);
			}
			return;
		}
	}
	emit_tokens(lx, a, s, from, end, v < 0, 0);
	if (v < 0) {
		sb_addsb(&s->obj, &s->rest);
		return;
	}
verb_found:
	o->verb = v;
	if (verb_strength(lx, v) == 1 && !(lx->verbs[v].noun && *lx->verbs[v].noun)) {
		/* a strong verb with no noun ("helped drive X"): keep the verb */
		o->mode = OBJ_KEEP;
		sb_addsb(&s->obj, &s->rest);
		return;
	}
	nominalise(lx, s, v);
	o->task_noun = verb_strength(lx, v) == 0 && lx->verbs[v].noun && *lx->verbs[v].noun;
}

/*
 * build_object_plain(), then, when the bullet opens with a phrase that only
 * says the user took part ("helped with", "participated in"), keep that
 * honest: every rewrite leads with the phrase's `lead` ("Supported",
 * "Collaborated on") and the object as a noun phrase, instead of a template
 * verb that would claim the user led the work.
 */
static void build_object(const struct lexicon *lx, const struct an *a, struct scratch *s,
			 struct object *o)
{
	const char *lead;
	build_object_plain(lx, a, s, o);
	lead = o->part;
	if (!lead)
		return;
	o->mode = OBJ_KEEP;
	o->verb = -1;
	o->own = lead;
	o->own_len = strlen(lead);
	sb_reset(&s->rest);
	if (s->obj.len)
		sb_addsb(&s->rest, &s->obj);
	else
		sb_adds(&s->rest, "[the work]");
}

/* Placeholder kind and unit (the word after it) at text[i] == '['. */
struct ph_info {
	size_t end;        /* index just past the label */
	int num;           /* [N]/[X]/[$X] */
	int pct, money;
	const char *unit;  /* into text, or NULL */
	size_t unit_len;
};

static int ph_parse(const char *t, size_t i, size_t n, struct ph_info *p)
{
	const char *close = memchr(t + i, ']', n - i);
	size_t c, inner;
	memset(p, 0, sizeof(*p));
	if (!close)
		return -1;
	c = (size_t)(close - t);
	inner = c - i - 1;
	p->end = c + 1;
	p->num = (inner == 1 && (t[i + 1] == 'N' || t[i + 1] == 'X')) ||
		 (inner == 2 && t[i + 1] == '$' && t[i + 2] == 'X');
	p->money = inner == 2 && t[i + 1] == '$';
	if (!p->num)
		return 0;
	if (p->end < n && t[p->end] == '%') {
		p->pct = 1;
		p->end++;
		return 0;
	}
	if (p->end + 1 < n && t[p->end] == ' ' && is_alpha((unsigned char)t[p->end + 1])) {
		size_t s = p->end + 1, e = s;
		while (e < n && (is_alpha((unsigned char)t[e]) || t[e] == '-'))
			e++;
		p->unit = t + s;
		p->unit_len = e - s;
		p->end = e;
	}
	return 0;
}

void rewrite_placeholders(const char *text, struct rw_strlist *out)
{
	size_t n = strlen(text);
	for (size_t i = 0; i < n; i++) {
		struct ph_info p;
		char *lab;
		if (text[i] != '[' || ph_parse(text, i, n, &p) < 0)
			continue;
		lab = xstrndup(text + i, p.end - i);
		ALLOC_GROW(out->items, out->n + 1, out->alloc);
		out->items[out->n++] = lab;
		i = p.end - 1;
	}
}

/* Does the bullet name this word anywhere (plural allowed)? */
static int has_word(const struct an *a, const char *w, size_t n)
{
	size_t sn = singular_len(w, n);
	for (size_t i = 0; i < a->nt; i++) {
		size_t kn;
		const char *k = key_of(a, i, &kn);
		if (tol_eq(k, kn, w, sn) || tol_eq(k, kn, w, n))
			return 1;
	}
	return 0;
}

/* Would this piece of template text repeat a fact the bullet gives? */
static int segment_redundant(const struct lexicon *lx, const struct an *a, const char *seg,
			     size_t n, int result_seg)
{
	char low[64];
	if (result_seg && a->has_result)
		return 1;
	for (size_t i = 0; i < n; i++) {
		struct ph_info p;
		if (seg[i] != '[' || ph_parse(seg, i, n, &p) < 0)
			continue;
		if (p.money && a->has_money)
			return 1;
		if (p.unit && p.unit_len < sizeof(low)) {
			int u;
			for (size_t k = 0; k < p.unit_len; k++)
				low[k] = lower(p.unit[k]);
			u = unit_kind(lx, low, p.unit_len);
			if (u == U_TIME && a->has_time)
				return 1;
			if (has_unit(a, low, p.unit_len) || (!result_seg && has_word(a, low, p.unit_len)))
				return 1;
		}
		i = p.end - 1;
	}
	return 0;
}

/*
 * Does the word w (n bytes) frame work as managing it: a form of a verb of
 * the lead, coordinate or plan groups ("Led", "coordinating", "Planned")?
 * Other verbs before a hands-on noun change or double the action
 * ("Produced the maintenance of", "Automated the writing of").
 */
static int frames_work(const struct lexicon *lx, const char *w, size_t n)
{
	char low[40];
	const struct entry *e;
	if (n >= sizeof(low))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = lower(w[i]);
	e = ix_get(lx->index, low, n);
	for (size_t i = 0; e && i < e->nverbs; i++) {
		const char *g = lx->groups[lx->index->verb_group[e->verb[i]]].id;
		if (!strcmp(g, "lead") || !strcmp(g, "coordinate") || !strcmp(g, "plan"))
			return 1;
	}
	return 0;
}

/* Is `w` (n bytes, any case) a form of verb v? */
static int is_form_of(const struct lexicon *lx, int v, const char *w, size_t n)
{
	const struct lex_verb_row *r = &lx->verbs[v];
	const char *forms[5] = { r->base, r->past, r->participle, r->third, r->gerund };
	for (int i = 0; i < 5; i++) {
		if (!forms[i] || strlen(forms[i]) != n)
			continue;
		size_t k = 0;
		while (k < n && lower(w[k]) == forms[i][k])
			k++;
		if (k == n)
			return 1;
	}
	return 0;
}

/*
 * Would a scope segment (" across [N] teams") stack a second "across" or
 * "with" onto text that has one ("250 users across three sites across [N]
 * teams")?  Those read badly; the segment is left out.
 */
static int repeats_prep(const struct strbuf *out, const char *seg, size_t n)
{
	static const char *const preps[] = { " across ", " with " };
	for (size_t i = 0; i < ARRAY_SIZE(preps); i++) {
		size_t pn = strlen(preps[i]);
		if (n >= pn && !memcmp(seg, preps[i], pn) && out->len &&
		    strstr(out->buf, preps[i]))
			return 1;
	}
	/* a word of the segment is already there: "for the support team in a
	 * team of [N] people", "the dev and ops teams across [N] teams", "over
	 * one weekend over [N] weeks" */
	for (size_t i = 0; i < n;) {
		size_t wn = 0;
		char stem[32];
		if (seg[i] == '[') {
			const char *c = memchr(seg + i, ']', n - i);
			i = c ? (size_t)(c - seg) + 1 : n;
			continue;
		}
		while (i + wn < n && is_lower((unsigned char)seg[i + wn]))
			wn++;
		if (!wn) {
			i++;
			continue;
		}
		if (i && seg[i - 1] == ' ' && wn >= 4 && wn + 2 < sizeof(stem)) {
			size_t sn = seg[i + wn - 1] == 's' ? wn - 1 : wn;
			stem[0] = ' ';
			memcpy(stem + 1, seg + i, sn);
			stem[sn + 1] = 0;
			for (const char *f = out->len ? strstr(out->buf, stem) : NULL; f;
			     f = strstr(f + 1, stem)) {
				const char *after = f + sn + 1;
				if (*after == 's')
					after++;
				if (!is_alpha((unsigned char)*after))
					return 1; /* a whole word, singular or plural */
			}
		}
		i += wn;
	}
	return 0;
}

/*
 * Expand template `t` into s->out.  keep: the bullet keeps its own verb
 * (s->rest after `lead`), and only what follows {object} in the template
 * is used.  Returns 0, or -1 when the template does not fit this bullet.
 */
static int expand(const struct lexicon *lx, const struct an *a, struct scratch *s,
		  const struct object *o, const char *t, const char *lead)
{
	const char *objp = strstr(t, "{object}");
	const char *p;
	struct strbuf *out = &s->out;
	sb_reset(out);
	if (o->mode == OBJ_KEEP) {
		sb_adds(out, lead);
		if (s->rest.len) {
			sb_addc(out, ' ');
			sb_add(out, s->rest.buf, s->rest.len);
		}
		p = objp + 8;
	} else {
		/* Fixed text before {object}: placeholders there make the template
		 * result-first ("Reduced downtime by [X]% by ..."). */
		if (memchr(t, '[', (size_t)(objp - t)) && a->has_result)
			return -1;
		if (segment_redundant(lx, a, t, (size_t)(objp - t), 0))
			return -1;
		sb_add(out, t, (size_t)(objp - t));
		{
			/* Word before {object}: a form of the bullet's own verb? */
			size_t e = out->len, b;
			while (e && out->buf[e - 1] == ' ')
				e--;
			b = e;
			while (b && out->buf[b - 1] != ' ')
				b--;
			if (o->verb >= 0 && e > b && is_form_of(lx, o->verb, out->buf + b, e - b))
				sb_add(out, s->rest.buf, s->rest.len);
			else if (o->task_noun && !frames_work(lx, out->buf + b, e - b))
				return -1;
			else if (s->obj.len)
				sb_add(out, s->obj.buf, s->obj.len);
			else
				sb_adds(out, "[the work]");
		}
		p = objp + 8;
	}
	while (*p) {
		if (*p == '{' && (p[1] == 's' || p[1] == 'r') && p[2] == '|') {
			const char *e = strchr(p, '}');
			const char *body = p + 3;
			if (!e)
				return -1;
			if (!segment_redundant(lx, a, body, (size_t)(e - body), p[1] == 'r') &&
			    !(p[1] == 's' && repeats_prep(out, body, (size_t)(e - body))))
				sb_add(out, body, (size_t)(e - body));
			p = e + 1;
		} else {
			const char *e = strchr(p, '{');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			sb_add(out, p, n);
			p += n;
		}
	}
	if (out->len)
		out->buf[0] = upper(out->buf[0]);
	return 0;
}

static void add_rewrite(struct rw_result *r, const char *text)
{
	struct rw_rewrite *w;
	if (r->nrewrites >= RW_MAX_REWRITES)
		return;
	for (size_t i = 0; i < r->nrewrites; i++)
		if (!strcmp(r->rewrites[i].text, text))
			return;
	w = &r->rewrites[r->nrewrites++];
	w->text = xstrdup(text);
	rw_strlist_reset(&w->placeholders);
	rewrite_placeholders(w->text, &w->placeholders);
}

/* The leading verb of a KEEP rewrite: the past form, capitalised. */
static void keep_lead(const struct lexicon *lx, const struct object *o, struct strbuf *sb)
{
	sb_reset(sb);
	if (o->own) {
		sb_add(sb, o->own, o->own_len);
	} else {
		const struct lex_verb_row *v = &lx->verbs[o->verb];
		sb_adds(sb, v->past);
		if (v->particle && *v->particle)
			sb_addf(sb, " %s", v->particle);
	}
	if (sb->len)
		sb->buf[0] = upper(sb->buf[0]);
}

/* Span of the original tokens [i, j) as written. */
static void quote_span(const struct an *a, size_t i, size_t j, struct strbuf *sb)
{
	sb_reset(sb);
	if (j > a->nt)
		j = a->nt;
	if (i >= j)
		return;
	sb_add(sb, a->lc + a->t[i].ks, a->t[j - 1].ke - a->t[i].ks);
}

static void list_problems(const struct lexicon *lx, struct an *a, struct rw_result *r,
			  struct scratch *s, int *nweak_total)
{
	struct strbuf q = STRBUF_INIT;
	size_t nph = lx->nweak + lx->nbuzz + lx->njargon + 1;
	if (s->aseen < nph) {
		free(s->seen);
		s->seen = xmalloc(nph);
		s->aseen = nph;
	}
	memset(s->seen, 0, nph);
	*nweak_total = 0;

	if (a->lead == LEAD_WEAK && a->weak_start >= 0) {
		problemf(r, &s->tmp, "starts with a weak phrase: '%s'", lx->weak[a->weak_start].phrase);
		(*nweak_total)++;
	} else if (a->lead == LEAD_WEAK) {
		quote_span(a, (size_t)a->p0, (size_t)a->p0 + 1, &q);
		problemf(r, &s->tmp, "starts with a weak phrase: '%s'", q.buf);
		(*nweak_total)++;
	} else if (a->lead == LEAD_TASK) {
		quote_span(a, (size_t)a->p0, (size_t)a->p0 + (size_t)a->lead_ntok, &q);
		problemf(r, &s->tmp, "starts with a task verb: '%s' (lead with your part or the outcome)",
			 q.buf);
	} else if (a->lead == LEAD_NONE) {
		problemf(r, &s->tmp, "no action verb at the start");
	}
	if (a->passive_aux >= 0) {
		quote_span(a, (size_t)a->passive_aux, (size_t)a->passive_part + 1, &q);
		problemf(r, &s->tmp, "passive voice ('%s')", q.buf);
	}
	if (!a->has_result)
		problemf(r, &s->tmp, "no measurable result (a number, percentage, time or money saved)");
	if (!a->has_scope)
		problemf(r, &s->tmp, "no scope (how many teams, users, systems, how long, what budget)");
	for (size_t i = 0; i < a->nm; i++) {
		const struct match *m = &a->m[i];
		size_t key;
		if (m->kind == PH_WEAK && (int)m->pos == a->p0 && a->weak_start >= 0)
			continue;
		if (m->kind != PH_WEAK && m->kind != PH_BUZZ && m->kind != PH_JARGON)
			continue;
		/* a shorter weak phrase inside a longer one at the same place */
		if (m->kind == PH_WEAK) {
			int inner = 0;
			for (size_t k = 0; k < a->nm; k++)
				if (k != i && a->m[k].kind == PH_WEAK && a->m[k].pos <= m->pos &&
				    a->m[k].pos + a->m[k].ntok >= m->pos + m->ntok &&
				    a->m[k].ntok > m->ntok)
					inner = 1;
			if (inner || (m->pos < (uint32_t)(a->p0 + a->weak_start_ntok) && a->weak_start >= 0))
				continue;
		}
		key = m->idx + (m->kind == PH_WEAK ? 0 : m->kind == PH_BUZZ ? lx->nweak :
				lx->nweak + lx->nbuzz);
		if (s->seen[key])
			continue;
		s->seen[key] = 1;
		quote_span(a, m->pos, m->pos + m->ntok, &q);
		if (m->kind == PH_WEAK) {
			problemf(r, &s->tmp, "weak phrase: '%s'", q.buf);
			(*nweak_total)++;
			a->nweak_other++;
		} else if (m->kind == PH_BUZZ) {
			problemf(r, &s->tmp, "buzzword: '%s'", q.buf);
			a->nbuzz++;
		} else {
			/* show the term as the user wrote it */
			sb_reset(&q);
			sb_add(&q, a->text + a->t[m->pos].ks,
			       a->t[m->pos + m->ntok - 1].ke - a->t[m->pos].ks);
			problemf(r, &s->tmp,
				 "jargon a non-technical reader may not follow: '%s' (%s; say what it achieved)",
				 q.buf, lx->jargon[m->idx].gloss);
			a->njargon++;
		}
	}
	if (a->words > 30)
		problemf(r, &s->tmp, "too long (%d words; aim for 12-30)", a->words);
	else if (a->words < 8)
		problemf(r, &s->tmp, "too short (%d word%s; aim for 12-30)", a->words,
			 a->words == 1 ? "" : "s");
	if (a->person)
		problemf(r, &s->tmp, "written in the first person ('%.*s'): drop the pronoun",
			 (int)(a->t[0].ke - a->t[0].ks), a->text + a->t[0].ks);
	sb_release(&q);
}

/* Count weak phrases, buzzwords and jargon in an analysed rewrite. */
static int count_flags(const struct an *a, int *nbuzz, int *njargon)
{
	int weak = 0;
	*nbuzz = *njargon = 0;
	for (size_t i = 0; i < a->nm; i++) {
		if (a->m[i].kind == PH_WEAK)
			weak++;
		else if (a->m[i].kind == PH_BUZZ)
			(*nbuzz)++;
		else if (a->m[i].kind == PH_JARGON)
			(*njargon)++;
	}
	return weak;
}

static void add_move(struct rw_result *r, struct strbuf *tmp, int delta, const char *what,
		     int from_ph)
{
	if (!delta)
		return;
	sb_reset(tmp);
	sb_addf(tmp, "%+d %s%s", delta, what, from_ph ? " (once the placeholders are filled)" : "");
	rw_strlist_add(&r->moves, tmp->buf);
}

static void score(const struct lexicon *lx, struct an *a, int nweak_total, struct rw_result *r,
		  struct scratch *s)
{
	struct quality qb, qa;
	struct an *b = &s->rw;
	int nbuzz, njargon, weak;
	quality_of(a, nweak_total, &qb);
	r->quality_before = quality_total(&qb);
	if (!r->nrewrites) {
		r->quality_after = r->quality_before;
		return;
	}
	b->text = r->rewrites[0].text;
	b->len = strlen(b->text);
	tokenize(b);
	analyse(lx, b);
	weak = count_flags(b, &nbuzz, &njargon);
	b->nbuzz = nbuzz;
	b->njargon = njargon;
	quality_of(b, weak, &qa);
	r->quality_after = quality_total(&qa);
	add_move(r, &s->tmp, qa.verb - qb.verb, "action verb at the start", 0);
	add_move(r, &s->tmp, qa.weak - qb.weak, "no weak phrase", 0);
	add_move(r, &s->tmp, qa.passive - qb.passive, "active voice", 0);
	add_move(r, &s->tmp, qa.scope - qb.scope, "scope", qa.scope > qb.scope && b->scope_ph);
	add_move(r, &s->tmp, qa.result - qb.result, "measurable result",
		 qa.result > qb.result && b->result_ph);
	add_move(r, &s->tmp, qa.length - qb.length, "length", 0);
	add_move(r, &s->tmp, qa.buzz - qb.buzz, "buzzwords", 0);
	add_move(r, &s->tmp, qa.jargon - qb.jargon, "jargon", 0);
	add_move(r, &s->tmp, qa.person - qb.person, "first person", 0);
}

void rewrite_too_long(const struct lexicon *lx, const char *text, size_t n, size_t full_len,
		      struct rw_result *r)
{
	struct scratch *s;
	size_t cut = n < RW_MAX_BYTES ? n : RW_MAX_BYTES;
	if (!r->scratch)
		r->scratch = xcalloc(1, sizeof(struct scratch));
	s = r->scratch;
	result_reset(r);
	/* cut at a character boundary */
	while (cut && cut < n && ((unsigned char)text[cut] & 0xC0) == 0x80)
		cut--;
	r->original = xstrndup(text, cut);
	r->too_long = 1;
	r->activity = lx->acts[lx->index->general].id;
	problemf(r, &s->tmp,
		 "too long to analyse (%zu bytes; the limit is %d): split it into shorter bullets",
		 full_len, RW_MAX_BYTES);
}

int rewrite_bullet(const struct lexicon *lx, const char *text, size_t len,
		   struct rw_result *r, struct errbuf *err)
{
	struct scratch *s;
	struct an *a;
	struct object o;
	long bad;
	int nweak_total = 0;
	const struct lex_activity_row *act;

	if (!lx->index)
		BUG("rewrite_bullet() before lexicon_compile()");
	if (!r->scratch)
		r->scratch = xcalloc(1, sizeof(struct scratch));
	s = r->scratch;
	a = &s->orig;
	result_reset(r);

	bad = rewrite_utf8_error(text, len);
	if (bad >= 0) {
		if (text[bad] == 0)
			errbuf_set(err, 0, "NUL byte at byte %ld", bad + 1);
		else
			errbuf_set(err, 0, "invalid UTF-8 at byte %ld", bad + 1);
		return -1;
	}
	text = rewrite_strip_marker(text, &len);
	if (!len) {
		errbuf_set(err, 0, "empty bullet");
		return -1;
	}
	if (len > RW_MAX_BYTES) {
		rewrite_too_long(lx, text, len, len, r);
		return 0;
	}
	r->original = xstrndup(text, len);
	a->text = r->original;
	a->len = len;
	tokenize(a);
	analyse(lx, a);
	r->words = a->words;
	act = &lx->acts[a->activity];
	r->activity = act->id;
	if (!a->english) {
		r->english = 0;
		problemf(r, &s->tmp, "not in English: left unchanged");
		rw_strlist_add(&r->notes,
			       "pmpath rewrites English bullets only; this one is passed through as written");
		return 0;
	}

	/* Competencies: the activity's, the lead verb's, the keywords'. */
	if (a->activity != lx->index->general)
		for (size_t i = 0; i < act->ncomps; i++)
			add_comp(r, act->comps[i]);
	if (a->lead == LEAD_STRONG && a->lead_verb >= 0)
		add_comp(r, lx->groups[lx->index->verb_group[a->lead_verb]].competency);
	for (size_t i = 0; i < a->nm; i++)
		if (a->m[i].kind == PH_KEYWORD)
			add_comp(r, lx->keywords[a->m[i].idx].competency);

	list_problems(lx, a, r, s, &nweak_total);

	build_object(lx, a, s, &o);
	if (o.mode == OBJ_KEEP)
		keep_lead(lx, &o, &s->tmp);

	if (a->lead == LEAD_STRONG && a->has_scope && a->has_result && nweak_total == 0 &&
	    a->passive_aux < 0 && a->nbuzz == 0 && o.mode == OBJ_KEEP) {
		struct strbuf sb = STRBUF_INIT;
		r->strong = 1;
		sb_addsb(&sb, &s->tmp);
		if (s->rest.len)
			sb_addf(&sb, " %s", s->rest.buf);
		add_rewrite(r, sb.buf);
		sb_reset(&sb);
		sb_addf(&sb, "already strong: leads with '%.*s', has scope and a result",
			(int)(a->t[a->p0].ke - a->t[a->p0].ks), a->text + a->t[a->p0].ks);
		rw_strlist_add(&r->notes, sb.buf);
		sb_release(&sb);
	} else {
		char *lead = o.mode == OBJ_KEEP ? xstrdup(s->tmp.buf) : NULL;
		for (size_t i = 0; i < act->ntemplates; i++)
			if (expand(lx, a, s, &o, act->templates[i], lead) == 0)
				add_rewrite(r, s->out.buf);
		/* Too few (every template redundant): fall back on "general". */
		if (r->nrewrites < 2 && a->activity != lx->index->general) {
			const struct lex_activity_row *g = &lx->acts[lx->index->general];
			for (size_t i = 0; i < g->ntemplates && r->nrewrites < 2; i++)
				if (expand(lx, a, s, &o, g->templates[i], lead) == 0)
					add_rewrite(r, s->out.buf);
		}
		free(lead);
	}
	score(lx, a, nweak_total, r, s);
	return 0;
}

/* ---- filling placeholders ---------------------------------------------- */

static int valid_count(const char *v)
{
	const char *p = v;
	int digits = 0;
	for (; *p; p++) {
		if (is_digit((unsigned char)*p))
			digits++;
		else if (*p == ',' && digits && is_digit((unsigned char)p[1]))
			continue;
		else if (*p == '+' && !p[1] && digits)
			continue;
		else
			return 0;
	}
	return digits > 0 && digits <= 12;
}

static int valid_number(const char *v)
{
	double d;
	char *c = xstrdup(v);
	size_t n = strlen(c);
	int ok;
	if (n && c[n - 1] == '%')
		c[n - 1] = 0;
	ok = str_to_double(c, &d) == 0 && d >= 0 && d <= 100000;
	free(c);
	return ok;
}

/* "$50,000", "40k", "€1.2M", "£300": writes the normalised sum to out. */
static int valid_money(const char *v, struct strbuf *out)
{
	const char *p = v;
	const char *sym = "$";
	size_t symlen = 1;
	int digits = 0, dot = 0;
	if (*p == '$') {
		p++;
	} else if (!strncmp(p, "\xE2\x82\xAC", 3)) {
		sym = p;
		symlen = 3;
		p += 3;
	} else if (!strncmp(p, "\xC2\xA3", 2)) {
		sym = p;
		symlen = 2;
		p += 2;
	}
	const char *num = p;
	for (; *p; p++) {
		if (is_digit((unsigned char)*p))
			digits++;
		else if (*p == ',' && digits && is_digit((unsigned char)p[1]))
			continue;
		else if (*p == '.' && digits && !dot && is_digit((unsigned char)p[1]))
			dot = 1;
		else
			break;
	}
	if (*p && strcmp(p, "k") && strcmp(p, "K") && strcmp(p, "M") && strcmp(p, "m") &&
	    strcmp(p, "bn"))
		return 0;
	if (!digits || digits > 12)
		return 0;
	sb_add(out, sym, symlen);
	sb_adds(out, num);
	return 1;
}

/* 1 if s holds a control character: C0 (tab and line ends included),
 * DEL, or C1 (U+0080..U+009F, "\xC2\x80".."\xC2\x9F" in UTF-8). */
static int has_control_char(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F || (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			return 1;
	return 0;
}

static int fill_at(const char *text, size_t at, const char *value, struct strbuf *out,
		   struct rw_strlist *left, struct errbuf *err);

int rewrite_fill(const char *text, const char *placeholder, const char *value,
		 struct strbuf *out, struct rw_strlist *left, struct errbuf *err)
{
	size_t n = strlen(text), pl = strlen(placeholder);
	struct ph_info p;
	sb_reset(out);
	rw_strlist_reset(left);
	for (size_t i = 0; i < n; i++)
		if (text[i] == '[' && ph_parse(text, i, n, &p) == 0 && p.end - i == pl &&
		    !memcmp(text + i, placeholder, pl))
			return fill_at(text, i, value, out, left, err);
	errbuf_set(err, 0, "placeholder '%s' is not in the text", placeholder);
	return -1;
}

int rewrite_fill_nth(const char *text, size_t nth, const char *value, struct strbuf *out,
		     struct rw_strlist *left, struct errbuf *err)
{
	size_t n = strlen(text), k = 0;
	struct ph_info p;
	sb_reset(out);
	rw_strlist_reset(left);
	/* The same walk as rewrite_placeholders(), so indexes agree. */
	for (size_t i = 0; i < n; i++) {
		if (text[i] != '[' || ph_parse(text, i, n, &p) < 0)
			continue;
		if (k++ == nth)
			return fill_at(text, i, value, out, left, err);
		i = p.end - 1;
	}
	errbuf_set(err, 0, "the text has no placeholder number %zu", nth + 1);
	return -1;
}

/* Fill the placeholder starting at text[at] == '['; see rewrite_fill(). */
static int fill_at(const char *text, size_t at, const char *value, struct strbuf *out,
		   struct rw_strlist *left, struct errbuf *err)
{
	size_t n = strlen(text);
	struct strbuf val;
	const char *v;
	size_t vlen;
	struct ph_info p;
	sb_init(&val);
	if (ph_parse(text, at, n, &p) < 0)
		BUG("fill_at: no placeholder at %zu", at);
	vlen = strlen(value);
	v = value;
	while (vlen && is_space((unsigned char)*v)) {
		v++;
		vlen--;
	}
	while (vlen && is_space((unsigned char)v[vlen - 1]))
		vlen--;
	sb_add(&val, v, vlen);
	if (!vlen || vlen > 60 || !utf8_valid(val.buf, val.len) || strpbrk(val.buf, "[]") ||
	    has_control_char(val.buf)) {
		/* Never echo bytes a terminal would act on. */
		int echo = utf8_valid(val.buf, val.len) && !has_control_char(val.buf);
		errbuf_set(err, 0, "%s%s%s is not a usable value (1-60 characters of text, no "
			   "brackets or control characters)", echo ? "'" : "", echo ? val.buf :
			   "the text", echo ? "'" : "");
		sb_release(&val);
		return -1;
	}
	{
		struct strbuf norm = STRBUF_INIT;
		int ok;
		if (p.money) {
			ok = valid_money(val.buf, &norm);
			if (!ok)
				errbuf_set(err, 0, "'%s' is not a sum of money (for example 50000, $50,000, 40k)",
					   val.buf);
		} else if (p.num && p.pct) {
			ok = valid_number(val.buf);
			if (ok) {
				if (val.buf[val.len - 1] == '%')
					val.buf[--val.len] = 0;
				sb_addsb(&norm, &val);
			} else {
				errbuf_set(err, 0, "'%s' is not a percentage (a number such as 25 or 12.5)",
					   val.buf);
			}
		} else if (p.num && text[at + 1] == 'X') {
			ok = valid_number(val.buf);
			if (ok)
				sb_addsb(&norm, &val);
			else
				errbuf_set(err, 0, "'%s' is not a number", val.buf);
		} else if (p.num) {
			ok = valid_count(val.buf);
			if (ok)
				sb_addsb(&norm, &val);
			else
				errbuf_set(err, 0, "'%s' is not a whole number (for example 12, 1,200 or 40+)",
					   val.buf);
		} else {
			ok = 1;
			sb_addsb(&norm, &val);
		}
		if (!ok) {
			sb_release(&norm);
			sb_release(&val);
			return -1;
		}
		/* Replace only the bracket; keep "%" and the unit word. */
		{
			const char *close = memchr(text + at, ']', n - at);
			sb_add(out, text, at);
			sb_addsb(out, &norm);
			sb_adds(out, close + 1);
		}
		sb_release(&norm);
	}
	sb_release(&val);
	rewrite_placeholders(out->buf, left);
	return 0;
}

/* ---- job ads ------------------------------------------------------------ */

void rewrite_scan_keywords(const struct lexicon *lx, const char *text, size_t len,
			   unsigned char *hits)
{
	struct an a = { 0 };
	size_t start = 0;
	/* Line by line: keywords never span lines, and memory stays bounded. */
	while (start < len) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) : len;
		a.text = text + start;
		a.len = end - start;
		tokenize(&a);
		find_phrases(lx, &a);
		for (size_t i = 0; i < a.nm; i++)
			if (a.m[i].kind == PH_KEYWORD)
				hits[a.m[i].idx] = 1;
		start = end + 1;
	}
	an_release(&a);
}

int rewrite_evidences_keyword(const struct lexicon *lx, const struct rw_result *r, size_t i)
{
	const struct scratch *s = r->scratch;
	if (i >= lx->nkeywords)
		return 0;
	for (size_t k = 0; k < r->ncomps; k++)
		if (!strcmp(r->comps[k], lx->keywords[i].competency))
			return 1;
	if (s && r->english && !r->too_long)
		for (size_t k = 0; k < s->orig.nm; k++)
			if (s->orig.m[k].kind == PH_KEYWORD && s->orig.m[k].idx == i)
				return 1;
	return 0;
}

/* ---- professional summary ---------------------------------------------- */

static void add_lower_first(struct strbuf *sb, const char *s)
{
	if (!*s)
		return;
	/* keep acronyms ("IT project manager") as written */
	if (is_upper((unsigned char)s[0]) && !is_upper((unsigned char)s[1]))
		sb_addc(sb, lower(s[0]));
	else
		sb_addc(sb, s[0]);
	sb_adds(sb, s + 1);
}

void rewrite_summary(const struct rw_summary_in *in, struct strbuf *out,
		     struct rw_strlist *left)
{
	size_t start = out->len;
	struct rw_strlist ph = { 0 };
	if (in->role && *in->role) {
		sb_adds(out, in->role);
		out->buf[start] = upper(out->buf[start]);
	} else {
		sb_adds(out, "[Role]");
	}
	if (in->years >= 0) {
		sb_adds(out, " with ");
		sb_add_number(out, in->years);
		sb_adds(out, in->years == 1 ? " year" : " years");
		sb_adds(out, " in IT");
	} else {
		sb_adds(out, " with [N] years in IT");
	}
	if (in->target && *in->target) {
		sb_adds(out, ", moving into project management as ");
		sb_adds(out, strchr("AEIOUaeiou", in->target[0]) && in->target[0] ? "an " : "a ");
		add_lower_first(out, in->target);
		sb_adds(out, ".");
	} else {
		sb_adds(out, ", moving into project management.");
	}
	if (in->ncomps) {
		size_t n = in->ncomps > 3 ? 3 : in->ncomps;
		int semi = 0; /* a name with "and" in it: "a and b; c and d" reads better */
		for (size_t i = 0; i < n; i++)
			if (strstr(in->comps[i], " and "))
				semi = 1;
		sb_adds(out, " Strongest project skills: ");
		for (size_t i = 0; i < n; i++) {
			if (i)
				sb_adds(out, semi ? "; " : i + 1 == n ? " and " : ", ");
			add_lower_first(out, in->comps[i]);
		}
		sb_adds(out, ".");
	} else {
		sb_adds(out, " Strongest project skills: [skill], [skill] and [skill].");
	}
	if (in->highlight && *in->highlight) {
		size_t hl = strlen(in->highlight);
		sb_adds(out, " Recent work: ");
		add_lower_first(out, in->highlight);
		if (in->highlight[hl - 1] != '.')
			sb_adds(out, ".");
	}
	rewrite_placeholders(out->buf + start, &ph);
	for (size_t i = 0; i < ph.n; i++)
		rw_strlist_add(left, ph.items[i]);
	rw_strlist_release(&ph);
}
