/*
 * expr.c - the condition language of question banks: a tokenizer, a
 * recursive-descent parser (grammar in expr.h), a checker against a bank
 * and a three-valued (Kleene) evaluator over a session's answers.
 *
 * Recursion is bounded: "and"/"or" chains are n-ary nodes, so the tree is
 * only as deep as the nesting of parentheses and "not", which the parser
 * limits to EXPR_MAX_DEPTH; the source is limited to EXPR_MAX_LEN bytes.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pmpath/expr.h"
#include "pmpath/banned.h"

#define EXPR_MAX_DEPTH 64
#define EXPR_MAX_LEN 4096

/* ---------------------------------------------------------------- tree */

enum ekind {
	E_OR,       /* kids[0] or kids[1] or ... */
	E_AND,      /* kids[0] and kids[1] and ... */
	E_NOT,      /* not kids[0] */
	E_CMP,      /* lhs op rhs */
	E_INLIST,   /* lhs [not] in (list...) */
	E_MEMBER,   /* 'lhs' [not] in rhs (rhs a multi question) */
	E_ANSWERED, /* answered(lhs) */
	E_TRUTH,    /* a bare yes/no question: lhs == 'yes' */
};

enum cmpop { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

enum okind { O_IDENT, O_STR, O_NUM };

struct operand {
	enum okind kind;
	char *s;    /* identifier, string contents, or the number as written */
	double num; /* O_NUM */
	int col;    /* 1-based column in the source */
};

struct expr {
	enum ekind kind;
	enum cmpop op;          /* E_CMP */
	int negate;             /* E_INLIST, E_MEMBER: "not in" */
	struct operand lhs, rhs;
	struct operand *list;   /* E_INLIST */
	size_t nlist, list_alloc;
	struct expr **kids;     /* E_OR, E_AND, E_NOT */
	size_t nkids, kids_alloc;
};

static const char *const op_names[] = { "==", "!=", "<", "<=", ">", ">=" };

/* Free an expression tree. NULL is fine. */
void expr_free(struct expr *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->nkids; i++)
		expr_free(e->kids[i]);
	free(e->kids);
	for (size_t i = 0; i < e->nlist; i++)
		free(e->list[i].s);
	free(e->list);
	free(e->lhs.s);
	free(e->rhs.s);
	free(e);
}

/* A fresh zeroed node of the given kind. */
static struct expr *node_new(enum ekind kind)
{
	struct expr *e = xcalloc(1, sizeof(*e));
	e->kind = kind;
	return e;
}

/* Append child k to node e. */
static void node_add(struct expr *e, struct expr *k)
{
	ALLOC_GROW(e->kids, e->nkids + 1, e->kids_alloc);
	e->kids[e->nkids++] = k;
}

/* ----------------------------------------------------------- tokenizer */

enum tok {
	T_EOF, T_IDENT, T_NUM, T_STR,
	T_AND, T_OR, T_NOT, T_IN,
	T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE,
	T_LP, T_RP, T_COMMA,
};

struct token {
	enum tok kind;
	size_t pos, len; /* the token's bytes in the source (quotes included) */
	double num;      /* T_NUM */
};

struct parser {
	const char *src;
	size_t len;
	size_t pos;        /* next byte to read */
	struct token tok;  /* current token */
	struct token prev; /* the token before it */
	int have_prev;
	int depth;
	struct errbuf *err;
};

/* 1 for [a-z0-9_A-Z]. */
static int is_word(int c)
{
	return isalnum(c) || c == '_';
}

/* Set a parse error at 0-based byte offset pos; returns -1. */
static int perr(struct parser *p, size_t pos, const char *fmt, ...) PM_PRINTF(3, 4);
static int perr(struct parser *p, size_t pos, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	sb_addf(&sb, "column %zu: ", pos + 1);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	errbuf_set(p->err, 0, "%s", sb.buf);
	sb_release(&sb);
	return -1;
}

/* Printable form of a token for messages, in a caller buffer. */
static const char *tok_text(const struct parser *p, const struct token *t,
			    char *buf, size_t size)
{
	size_t n = t->len;
	if (t->kind == T_EOF)
		return "the end";
	if (n > 30) {
		snprintf(buf, size, "%.27s...", p->src + t->pos);
		return buf;
	}
	snprintf(buf, size, "%.*s", (int)n, p->src + t->pos);
	return buf;
}

/* Lex the number starting at p->pos (optional '-', digits, optional fraction). */
static int lex_number(struct parser *p, struct token *t)
{
	const char *s = p->src;
	size_t i = p->pos;
	if (s[i] == '-')
		i++;
	if (!isdigit((unsigned char)s[i]))
		return perr(p, p->pos, "expected a digit after '-'");
	while (isdigit((unsigned char)s[i]))
		i++;
	if (s[i] == '.') {
		i++;
		if (!isdigit((unsigned char)s[i]))
			return perr(p, p->pos, "malformed number: expected a digit after '.'");
		while (isdigit((unsigned char)s[i]))
			i++;
	}
	if (is_word((unsigned char)s[i]) || s[i] == '.')
		return perr(p, p->pos, "malformed number");
	{
		char *tmp = xstrndup(s + p->pos, i - p->pos);
		int rc = str_to_double(tmp, &t->num);
		free(tmp);
		if (rc)
			return perr(p, p->pos, "malformed number");
	}
	t->kind = T_NUM;
	t->len = i - p->pos;
	return 0;
}

/* Lex an identifier or keyword starting at p->pos. */
static int lex_word(struct parser *p, struct token *t)
{
	static const struct { const char *word; enum tok kind; } kw[] = {
		{ "and", T_AND }, { "or", T_OR }, { "not", T_NOT }, { "in", T_IN },
	};
	const char *s = p->src + p->pos;
	size_t n = 0;
	int upper = 0;
	while (is_word((unsigned char)s[n])) {
		if (isupper((unsigned char)s[n]))
			upper = 1;
		n++;
	}
	if (upper)
		return perr(p, p->pos, "'%.*s': question ids and keywords are lowercase",
			    (int)(n > 40 ? 40 : n), s);
	if (s[0] == '_')
		return perr(p, p->pos, "'%.*s' is not a question id (ids start with a letter)",
			    (int)(n > 40 ? 40 : n), s);
	t->kind = T_IDENT;
	t->len = n;
	for (size_t i = 0; i < ARRAY_SIZE(kw); i++)
		if (strlen(kw[i].word) == n && !memcmp(kw[i].word, s, n))
			t->kind = kw[i].kind;
	return 0;
}

/* Read the next token into p->tok (the old one moves to p->prev). */
static int lex(struct parser *p)
{
	struct token t = { T_EOF, 0, 0, 0 };
	const char *s = p->src;
	unsigned char c;

	while (p->pos < p->len && isspace((unsigned char)s[p->pos]))
		p->pos++;
	t.pos = p->pos;
	c = (unsigned char)s[p->pos];
	if (p->pos >= p->len) {
		t.kind = T_EOF;
	} else if (c == '\'' || c == '"') {
		const char *end = memchr(s + p->pos + 1, c, p->len - p->pos - 1);
		if (!end)
			return perr(p, p->pos, "unterminated string");
		t.kind = T_STR;
		t.len = (size_t)(end - (s + p->pos)) + 1;
	} else if (isdigit(c) || c == '-') {
		if (lex_number(p, &t))
			return -1;
	} else if (is_word(c)) {
		if (lex_word(p, &t))
			return -1;
	} else {
		char c2 = s[p->pos + 1];
		t.len = 1;
		switch (c) {
		case '(': t.kind = T_LP; break;
		case ')': t.kind = T_RP; break;
		case ',': t.kind = T_COMMA; break;
		case '<':
		case '>':
			t.kind = c == '<' ? T_LT : T_GT;
			if (c2 == '=') {
				t.kind = c == '<' ? T_LE : T_GE;
				t.len = 2;
			}
			break;
		case '=':
			if (c2 != '=')
				return perr(p, p->pos, "unexpected '='; use '==' to compare");
			t.kind = T_EQ;
			t.len = 2;
			break;
		case '!':
			if (c2 != '=')
				return perr(p, p->pos, "unexpected '!'; use '!=' or 'not'");
			t.kind = T_NE;
			t.len = 2;
			break;
		default:
			if (isprint(c))
				return perr(p, p->pos, "unexpected character '%c'", c);
			return perr(p, p->pos, "unexpected byte 0x%02X", (unsigned)c);
		}
	}
	p->pos += t.len;
	p->prev = p->tok;
	p->have_prev = p->tok.len > 0 || p->have_prev;
	p->tok = t;
	return 0;
}

/* ---------------------------------------------------------------- parser */

/* What parse_term found: a sub-condition or a plain operand. */
struct term {
	struct expr *e;    /* "(" expr ")" or answered(ID); NULL for an operand */
	struct operand o;
	size_t pos;        /* where the term starts */
};

static struct expr *parse_or(struct parser *p);

/* Fill an operand from the current token (IDENT, NUM or STR). */
static void operand_from_tok(const struct parser *p, struct operand *o)
{
	const struct token *t = &p->tok;
	o->col = (int)t->pos + 1;
	o->num = 0;
	switch (t->kind) {
	case T_IDENT:
		o->kind = O_IDENT;
		o->s = xstrndup(p->src + t->pos, t->len);
		break;
	case T_NUM:
		o->kind = O_NUM;
		o->num = t->num;
		o->s = xstrndup(p->src + t->pos, t->len);
		break;
	default: /* T_STR: strip the quotes */
		o->kind = O_STR;
		o->s = xstrndup(p->src + t->pos + 1, t->len - 2);
		break;
	}
}

/* Report that a value was expected at the current token; returns -1. */
static int expected_value(struct parser *p)
{
	char a[40], b[40];
	if (p->tok.kind == T_RP)
		return perr(p, p->tok.pos, "unexpected ')'");
	if (!p->have_prev) {
		if (p->tok.kind == T_EOF)
			return perr(p, p->tok.pos, "empty condition");
		return perr(p, p->tok.pos, "expected a value, found '%s'",
			    tok_text(p, &p->tok, a, sizeof(a)));
	}
	if (p->tok.kind == T_EOF)
		return perr(p, p->tok.pos, "expected a value after '%s'",
			    tok_text(p, &p->prev, a, sizeof(a)));
	return perr(p, p->tok.pos, "expected a value after '%s', found '%s'",
		    tok_text(p, &p->prev, a, sizeof(a)),
		    tok_text(p, &p->tok, b, sizeof(b)));
}

/* term := NUMBER | STRING | IDENT | answered(IDENT) | "(" expr ")". */
static int parse_term(struct parser *p, struct term *t)
{
	memset(t, 0, sizeof(*t));
	t->pos = p->tok.pos;
	switch (p->tok.kind) {
	case T_NUM:
	case T_STR:
		operand_from_tok(p, &t->o);
		return lex(p);
	case T_IDENT:
		operand_from_tok(p, &t->o);
		if (lex(p))
			return -1;
		if (p->tok.kind != T_LP || strcmp(t->o.s, "answered"))
			return 0;
		/* answered(ID) */
		if (lex(p))
			return -1;
		if (p->tok.kind != T_IDENT)
			return perr(p, p->tok.pos, "expected a question id inside answered()");
		free(t->o.s);
		t->o.s = NULL;
		t->e = node_new(E_ANSWERED);
		operand_from_tok(p, &t->e->lhs);
		if (lex(p))
			return -1;
		if (p->tok.kind != T_RP)
			return perr(p, p->tok.pos, "expected ')' after answered(%s",
				    t->e->lhs.s);
		return lex(p);
	case T_LP: {
		size_t open = p->tok.pos;
		if (++p->depth > EXPR_MAX_DEPTH)
			return perr(p, open, "condition nested too deeply");
		if (lex(p))
			return -1;
		t->e = parse_or(p);
		if (!t->e)
			return -1;
		if (p->tok.kind != T_RP) {
			char a[40];
			if (p->tok.kind == T_EOF)
				return perr(p, p->tok.pos, "expected ')' to close '(' at column %zu",
					    open + 1);
			return perr(p, p->tok.pos,
				    "expected ')' to close '(' at column %zu, found '%s'",
				    open + 1, tok_text(p, &p->tok, a, sizeof(a)));
		}
		p->depth--;
		return lex(p);
	}
	default:
		return expected_value(p);
	}
}

/* Release what a term holds. */
static void term_release(struct term *t)
{
	expr_free(t->e);
	free(t->o.s);
	memset(t, 0, sizeof(*t));
}

/* 1 if the current token is a comparison operator (and set *op). */
static int tok_cmpop(const struct parser *p, enum cmpop *op)
{
	switch (p->tok.kind) {
	case T_EQ: *op = OP_EQ; return 1;
	case T_NE: *op = OP_NE; return 1;
	case T_LT: *op = OP_LT; return 1;
	case T_LE: *op = OP_LE; return 1;
	case T_GT: *op = OP_GT; return 1;
	case T_GE: *op = OP_GE; return 1;
	default: return 0;
	}
}

/* Parse the part after "in": IDENT or "(" literal {"," literal} ")". */
static struct expr *parse_in_rhs(struct parser *p, struct term *lhs, int negate)
{
	struct expr *e;
	if (p->tok.kind == T_IDENT) {
		if (lhs->o.kind != O_STR) {
			perr(p, lhs->pos, "expected a quoted value before 'in %.*s'",
			     (int)p->tok.len, p->src + p->tok.pos);
			return NULL;
		}
		e = node_new(E_MEMBER);
		e->negate = negate;
		e->lhs = lhs->o;
		lhs->o.s = NULL;
		operand_from_tok(p, &e->rhs);
		if (lex(p)) {
			expr_free(e);
			return NULL;
		}
		return e;
	}
	if (p->tok.kind != T_LP) {
		perr(p, p->tok.pos, "expected a question id or '(' after 'in'");
		return NULL;
	}
	e = node_new(E_INLIST);
	e->negate = negate;
	e->lhs = lhs->o;
	lhs->o.s = NULL;
	if (lex(p))
		goto fail;
	for (;;) {
		if (p->tok.kind == T_RP && e->nlist == 0) {
			perr(p, p->tok.pos, "empty list after 'in'");
			goto fail;
		}
		if (p->tok.kind != T_STR && p->tok.kind != T_NUM) {
			perr(p, p->tok.pos, "expected a quoted value or a number in the list");
			goto fail;
		}
		ALLOC_GROW(e->list, e->nlist + 1, e->list_alloc);
		operand_from_tok(p, &e->list[e->nlist++]);
		if (lex(p))
			goto fail;
		if (p->tok.kind == T_RP)
			break;
		if (p->tok.kind != T_COMMA) {
			perr(p, p->tok.pos, "expected ',' or ')' in the list");
			goto fail;
		}
		if (lex(p))
			goto fail;
	}
	if (lex(p))
		goto fail;
	return e;
fail:
	expr_free(e);
	return NULL;
}

/* cmp := term [op term] | term ["not"] "in" ... | term. */
static struct expr *parse_cmp(struct parser *p)
{
	struct term l, r;
	struct expr *e = NULL;
	enum cmpop op;

	if (parse_term(p, &l))
		goto fail;
	if (tok_cmpop(p, &op)) {
		size_t oppos = p->tok.pos;
		if (l.e) {
			perr(p, oppos, "only question ids, numbers and quoted values can be compared with '%s'",
			     op_names[op]);
			goto fail;
		}
		if (lex(p))
			goto fail;
		if (parse_term(p, &r)) {
			term_release(&r);
			goto fail;
		}
		if (r.e) {
			perr(p, r.pos, "only question ids, numbers and quoted values can be compared with '%s'",
			     op_names[op]);
			term_release(&r);
			goto fail;
		}
		e = node_new(E_CMP);
		e->op = op;
		e->lhs = l.o;
		e->rhs = r.o;
		l.o.s = NULL;
		if (tok_cmpop(p, &op)) {
			perr(p, p->tok.pos, "comparisons cannot be chained; join them with 'and'");
			goto fail;
		}
		return e;
	}
	if (p->tok.kind == T_IN || p->tok.kind == T_NOT) {
		int negate = 0;
		if (p->tok.kind == T_NOT) {
			negate = 1;
			if (lex(p))
				goto fail;
			if (p->tok.kind != T_IN) {
				perr(p, p->tok.pos, "expected 'in' after 'not'");
				goto fail;
			}
		}
		if (l.e) {
			perr(p, l.pos, "only a question id or a value can come before 'in'");
			goto fail;
		}
		if (lex(p))
			goto fail;
		e = parse_in_rhs(p, &l, negate);
		term_release(&l);
		return e;
	}
	if (l.e)
		return l.e;
	if (l.o.kind != O_IDENT) {
		perr(p, l.pos, "a value alone is not a condition; compare it with a question");
		goto fail;
	}
	e = node_new(E_TRUTH);
	e->lhs = l.o;
	return e;
fail:
	expr_free(e);
	term_release(&l);
	return NULL;
}

/* not := "not" not | cmp. */
static struct expr *parse_not(struct parser *p)
{
	struct expr *e, *k;
	if (p->tok.kind != T_NOT)
		return parse_cmp(p);
	if (++p->depth > EXPR_MAX_DEPTH) {
		perr(p, p->tok.pos, "condition nested too deeply");
		return NULL;
	}
	if (lex(p))
		return NULL;
	k = parse_not(p);
	if (!k)
		return NULL;
	p->depth--;
	e = node_new(E_NOT);
	node_add(e, k);
	return e;
}

/* A chain of `sub` joined by keyword `joiner`, as one n-ary node. */
static struct expr *parse_chain(struct parser *p, enum tok joiner, enum ekind kind,
				struct expr *(*sub)(struct parser *))
{
	struct expr *first = sub(p), *e, *k;
	if (!first || p->tok.kind != joiner)
		return first;
	e = node_new(kind);
	node_add(e, first);
	while (p->tok.kind == joiner) {
		if (lex(p))
			goto fail;
		k = sub(p);
		if (!k)
			goto fail;
		node_add(e, k);
	}
	return e;
fail:
	expr_free(e);
	return NULL;
}

/* and := not {"and" not}. */
static struct expr *parse_and(struct parser *p)
{
	return parse_chain(p, T_AND, E_AND, parse_not);
}

/* or := and {"or" and}. */
static struct expr *parse_or(struct parser *p)
{
	return parse_chain(p, T_OR, E_OR, parse_and);
}

/* Parse `src`; the tree or NULL with a message in err. */
struct expr *expr_parse(const char *src, struct errbuf *err)
{
	struct parser p;
	struct expr *e;

	memset(&p, 0, sizeof(p));
	p.src = src ? src : "";
	p.len = strlen(p.src);
	p.err = err;
	if (p.len > EXPR_MAX_LEN) {
		errbuf_set(err, 0, "condition too long (%zu characters; at most %d)",
			   p.len, EXPR_MAX_LEN);
		return NULL;
	}
	if (lex(&p))
		return NULL;
	e = parse_or(&p);
	if (!e)
		return NULL;
	if (p.tok.kind != T_EOF) {
		char a[40];
		if (p.tok.kind == T_RP)
			perr(&p, p.tok.pos, "unexpected ')'");
		else
			perr(&p, p.tok.pos, "unexpected '%s'; expected 'and', 'or' or the end",
			     tok_text(&p, &p.tok, a, sizeof(a)));
		expr_free(e);
		return NULL;
	}
	return e;
}

/* --------------------------------------------------------------- checker */

/* The question operand o names, or NULL with a message in err. */
static const struct question *check_ident(const struct operand *o, const struct bank *b,
					  size_t before, struct errbuf *err)
{
	long idx = bank_find(b, o->s);
	if (idx < 0) {
		struct suggest s;
		suggest_init(&s, o->s);
		for (size_t i = 0; b && i < b->nquestions; i++)
			suggest_try(&s, b->questions[i].id);
		if (s.best)
			errbuf_set(err, 0, "unknown question id '%s' in condition (did you mean '%s'?)",
				   o->s, s.best);
		else
			errbuf_set(err, 0, "unknown question id '%s' in condition", o->s);
		return NULL;
	}
	if ((size_t)idx >= before) {
		errbuf_set(err, 0, "condition refers to '%s', which is asked later", o->s);
		return NULL;
	}
	return &b->questions[idx];
}

/* 1 if q's answers are numbers. */
static int q_numeric(const struct question *q)
{
	return q->type == Q_NUMBER || q->type == Q_SCALE;
}

/* The type name used in messages ("a choice question"). */
static const char *qkind(const struct question *q)
{
	return qtype_name(q->type);
}

/* Check that string `v` is a value of choice/multi/yesno question q. */
static int check_value(const struct question *q, const char *v, struct errbuf *err)
{
	static const char *const yesno[] = { "yes", "no" };
	struct suggest s;
	suggest_init(&s, v);
	struct strbuf sb = STRBUF_INIT;
	size_t n = q->type == Q_YESNO ? 2 : q->noptions;

	if (q->type != Q_CHOICE && q->type != Q_MULTI && q->type != Q_YESNO)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const char *c = q->type == Q_YESNO ? yesno[i] : q->options[i].value;
		if (c && !strcmp(c, v))
			return 0;
		suggest_try(&s, c);
	}
	if (s.best) {
		errbuf_set(err, 0, "'%s' is not a value of '%s' (did you mean '%s'?)",
			   v, q->id, s.best);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		const char *c = q->type == Q_YESNO ? yesno[i] : q->options[i].value;
		if (sb.len > 200) {
			sb_adds(&sb, ", ...");
			break;
		}
		sb_addf(&sb, "%s%s", i ? ", " : "", c ? c : "");
	}
	errbuf_set(err, 0, "'%s' is not a value of '%s' (values: %s)", v, q->id,
		   sb.len ? sb.buf : "none");
	sb_release(&sb);
	return -1;
}

/* Check question q compared (op, or "in" when op < 0) with literal lit. */
static int check_q_lit(const struct question *q, int op, const struct operand *lit,
		       struct errbuf *err)
{
	int ordering = op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE;
	if (q->type == Q_MULTI && op >= 0) {
		errbuf_set(err, 0, "'%s' is a multi question; test one value with '%s' in %s",
			   q->id, lit->s, q->id);
		return -1;
	}
	if (ordering && !q_numeric(q)) {
		errbuf_set(err, 0, "'%s' compares numbers, but '%s' is a %s question",
			   op_names[op], q->id, qkind(q));
		return -1;
	}
	if (lit->kind == O_NUM && !q_numeric(q)) {
		errbuf_set(err, 0, "'%s' is a %s question; compare it with a quoted value",
			   q->id, qkind(q));
		return -1;
	}
	if (lit->kind == O_STR && q_numeric(q)) {
		errbuf_set(err, 0, "'%s' is a %s question; compare it with a number, not a quoted value",
			   q->id, qkind(q));
		return -1;
	}
	if (lit->kind == O_STR)
		return check_value(q, lit->s, err);
	return 0;
}

/* Check one comparison node. */
static int check_cmp(const struct expr *e, const struct bank *b, size_t before,
		     struct errbuf *err)
{
	const struct question *ql = NULL, *qr = NULL;
	int ordering = e->op != OP_EQ && e->op != OP_NE;

	if (e->lhs.kind == O_IDENT && !(ql = check_ident(&e->lhs, b, before, err)))
		return -1;
	if (e->rhs.kind == O_IDENT && !(qr = check_ident(&e->rhs, b, before, err)))
		return -1;
	if (ql && qr) {
		if (q_numeric(ql) != q_numeric(qr) || ql->type == Q_MULTI ||
		    qr->type == Q_MULTI) {
			errbuf_set(err, 0, "cannot compare '%s', a %s question, with '%s', a %s question",
				   ql->id, qkind(ql), qr->id, qkind(qr));
			return -1;
		}
		if (ordering && !q_numeric(ql)) {
			errbuf_set(err, 0, "'%s' compares numbers, but '%s' is a %s question",
				   op_names[e->op], ql->id, qkind(ql));
			return -1;
		}
		return 0;
	}
	if (ql)
		return check_q_lit(ql, (int)e->op, &e->rhs, err);
	if (qr)
		return check_q_lit(qr, (int)e->op, &e->lhs, err);
	errbuf_set(err, 0, "'%s %s %s' compares two fixed values; name a question on one side",
		   e->lhs.s, op_names[e->op], e->rhs.s);
	return -1;
}

/* Check e against the bank; 0 or -1 with a message in err. */
int expr_check(const struct expr *e, const struct bank *b, size_t before,
	       struct errbuf *err)
{
	const struct question *q;
	if (!e)
		return 0;
	switch (e->kind) {
	case E_OR:
	case E_AND:
	case E_NOT:
		for (size_t i = 0; i < e->nkids; i++)
			if (expr_check(e->kids[i], b, before, err))
				return -1;
		return 0;
	case E_CMP:
		return check_cmp(e, b, before, err);
	case E_INLIST:
		if (e->lhs.kind != O_IDENT) {
			errbuf_set(err, 0, "'%s in (...)' tests a fixed value; put a question id before 'in'",
				   e->lhs.s);
			return -1;
		}
		if (!(q = check_ident(&e->lhs, b, before, err)))
			return -1;
		for (size_t i = 0; i < e->nlist; i++)
			if (check_q_lit(q, -1, &e->list[i], err))
				return -1;
		return 0;
	case E_MEMBER:
		if (!(q = check_ident(&e->rhs, b, before, err)))
			return -1;
		if (q->type != Q_MULTI) {
			errbuf_set(err, 0, "'%s' is a %s question; 'in %s' needs a multi question (write %s == '%s')",
				   q->id, qkind(q), q->id, q->id, e->lhs.s);
			return -1;
		}
		return check_value(q, e->lhs.s, err);
	case E_ANSWERED:
		return check_ident(&e->lhs, b, before, err) ? 0 : -1;
	case E_TRUTH:
		if (!(q = check_ident(&e->lhs, b, before, err)))
			return -1;
		if (q->type != Q_YESNO) {
			errbuf_set(err, 0, "'%s' alone is not a condition; compare it with a value",
				   q->id);
			return -1;
		}
		return 0;
	}
	return 0;
}

/* ------------------------------------------------------------- evaluator */

/* Kleene "not". */
static enum tri tri_not(enum tri t)
{
	return t == TRI_UNKNOWN ? TRI_UNKNOWN : t == TRI_TRUE ? TRI_FALSE : TRI_TRUE;
}

/* The question an identifier names, or NULL (bank may be NULL). */
static const struct question *eval_q(const struct bank *b, const char *id)
{
	long i = bank_find(b, id);
	return i < 0 ? NULL : &b->questions[i];
}

/* The text of an operand: a literal, or the answer's value (NULL: unknown). */
static const char *operand_value(const struct operand *o, const struct answer_set *a)
{
	if (o->kind == O_IDENT)
		return answers_value(a, o->s);
	return o->s;
}

/* 1 if an operand is numeric: a number literal or a number/scale question. */
static int operand_numeric(const struct operand *o, const struct bank *b)
{
	const struct question *q;
	if (o->kind == O_NUM)
		return 1;
	if (o->kind == O_STR)
		return 0;
	q = eval_q(b, o->s);
	return q && q_numeric(q);
}

/* Apply a comparison to the sign of (l - r). */
static enum tri cmp_result(enum cmpop op, int sign)
{
	int r = 0;
	switch (op) {
	case OP_EQ: r = sign == 0; break;
	case OP_NE: r = sign != 0; break;
	case OP_LT: r = sign < 0; break;
	case OP_LE: r = sign <= 0; break;
	case OP_GT: r = sign > 0; break;
	case OP_GE: r = sign >= 0; break;
	}
	return r ? TRI_TRUE : TRI_FALSE;
}

/* Compare two values, numerically if `numeric`; unknown if either is missing. */
static enum tri compare(const char *l, const char *r, enum cmpop op, int numeric)
{
	if (!l || !r)
		return TRI_UNKNOWN;
	if (numeric) {
		double x, y;
		if (str_to_double(l, &x) || str_to_double(r, &y))
			return TRI_UNKNOWN;
		return cmp_result(op, (x > y) - (x < y));
	}
	{
		int c = strcmp(l, r);
		return cmp_result(op, (c > 0) - (c < 0));
	}
}

/* 1 if comma-separated list `csv` contains item `v`. */
static int csv_has(const char *csv, const char *v)
{
	size_t n = strlen(v);
	const char *p = csv;
	for (;;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && !memcmp(p, v, n))
			return 1;
		if (!end)
			return 0;
		p = end + 1;
	}
}

/* `ID [not] in (list)`: for a multi question, true if any selected value is listed. */
static enum tri eval_inlist(const struct expr *e, const struct bank *b,
			    const struct answer_set *a)
{
	const char *v = operand_value(&e->lhs, a);
	const struct question *q = e->lhs.kind == O_IDENT ? eval_q(b, e->lhs.s) : NULL;
	int numeric = operand_numeric(&e->lhs, b);
	enum tri r = TRI_FALSE;

	if (!v)
		return TRI_UNKNOWN;
	for (size_t i = 0; i < e->nlist && r != TRI_TRUE; i++) {
		const struct operand *lit = &e->list[i];
		if (q && q->type == Q_MULTI) {
			if (csv_has(v, lit->s))
				r = TRI_TRUE;
			continue;
		}
		enum tri t = compare(v, lit->s, OP_EQ, numeric || lit->kind == O_NUM);
		if (t == TRI_TRUE)
			r = TRI_TRUE;
		else if (t == TRI_UNKNOWN)
			r = TRI_UNKNOWN;
	}
	return e->negate ? tri_not(r) : r;
}

/* Evaluate against answers (Kleene three-valued logic). */
enum tri expr_eval(const struct expr *e, const struct bank *b,
		   const struct answer_set *a)
{
	enum tri r, t;
	const char *v;

	if (!e)
		return TRI_TRUE;
	switch (e->kind) {
	case E_OR:
	case E_AND: {
		enum tri absorb = e->kind == E_OR ? TRI_TRUE : TRI_FALSE;
		r = e->kind == E_OR ? TRI_FALSE : TRI_TRUE;
		for (size_t i = 0; i < e->nkids; i++) {
			t = expr_eval(e->kids[i], b, a);
			if (t == absorb)
				return absorb;
			if (t == TRI_UNKNOWN)
				r = TRI_UNKNOWN;
		}
		return r;
	}
	case E_NOT:
		return tri_not(expr_eval(e->kids[0], b, a));
	case E_CMP:
		return compare(operand_value(&e->lhs, a), operand_value(&e->rhs, a), e->op,
			       operand_numeric(&e->lhs, b) || operand_numeric(&e->rhs, b));
	case E_INLIST:
		return eval_inlist(e, b, a);
	case E_MEMBER:
		v = answers_value(a, e->rhs.s);
		if (!v)
			return TRI_UNKNOWN;
		r = csv_has(v, e->lhs.s) ? TRI_TRUE : TRI_FALSE;
		return e->negate ? tri_not(r) : r;
	case E_ANSWERED:
		return answers_value(a, e->lhs.s) ? TRI_TRUE : TRI_FALSE;
	case E_TRUTH:
		v = answers_value(a, e->lhs.s);
		if (!v)
			return TRI_UNKNOWN;
		return !strcmp(v, "yes") ? TRI_TRUE : TRI_FALSE;
	}
	return TRI_UNKNOWN;
}

/* Call fn(id, ud) for every identifier the expression names. */
void expr_each_id(const struct expr *e, void (*fn)(const char *id, void *ud), void *ud)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->nkids; i++)
		expr_each_id(e->kids[i], fn, ud);
	if (e->kind == E_OR || e->kind == E_AND || e->kind == E_NOT)
		return;
	if (e->lhs.kind == O_IDENT && e->lhs.s)
		fn(e->lhs.s, ud);
	if ((e->kind == E_CMP || e->kind == E_MEMBER) && e->rhs.kind == O_IDENT && e->rhs.s)
		fn(e->rhs.s, ud);
}
