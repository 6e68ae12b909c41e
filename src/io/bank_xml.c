/*
 * bank_xml.c - load a question bank from an XML file: the one place where
 * libxml2 meets the bank model (include/pmpath/bank_xml.h).
 *
 * Steps, each of which stops the load when it fails:
 *   1. read the file ourselves with a 4 MiB cap; refuse NUL bytes and
 *      invalid UTF-8 (with the line where they are);
 *   2. parse from memory with XML_PARSE_NONET | XML_PARSE_BIG_LINES only:
 *      no entity substitution, no DTD loading, no XInclude.  An external
 *      entity loader that refuses everything is installed, any DOCTYPE is
 *      refused (so no entity can be declared at all) and elements may not
 *      nest deeper than MAX_DEPTH;
 *   3. validate against the RELAX NG schema (questions/bank.rng);
 *   4. build struct bank and run our own semantic pass, which reports
 *      every problem it finds (not just the first).
 * Steps 1 to 3 and the reporting of problems as "pmpath: FILE:LINE:
 * message" are the shared safe loader, src/io/xml_safe.c.
 *
 * bank->hash is a 64-bit FNV-1a hash of the file's bytes as 16 lower-case
 * hex digits (SHA-256 would need another library); it tells whether
 * answers were given against the same version of a bank file.
 */
#include "pmpath/bank_xml.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/expr.h"
#include "pmpath/util.h"
#include "pmpath/xml_safe.h"
#include "pmpath/banned.h"

#define MAX_FILE_SIZE (4u * 1024 * 1024) /* "4 MiB" in the messages */
#define MAX_DEPTH 32                     /* a bank needs 4 levels */
#define MAX_QUESTIONS 5000
#define MAX_SECTIONS 500

/* 64-bit FNV-1a of the bytes, as 16 hex digits (caller frees). */
static char *fnv1a_hex(const char *buf, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)buf[i];
		h *= 0x100000001b3ULL;
	}
	return xasprintf("%016" PRIx64, h);
}

static void add_list(struct strbuf *sb, const char *const *v);

/* ---- building the bank from the (valid) document ------------------------ */

/*
 * Text content of element n with white space tidied: runs of blanks
 * become one space, a blank line (two or more newlines) becomes a
 * paragraph break "\n\n", and the ends are trimmed.  Caller frees.
 */
static char *elem_text(const xmlNode *n)
{
	xmlChar *raw = xmlNodeGetContent(n);
	struct strbuf sb = STRBUF_INIT;
	const char *p = raw ? (const char *)raw : "";
	sb_init(&sb);
	while (*p) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			int nl = 0;
			while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
				nl += *p++ == '\n';
			if (sb.len && *p)
				sb_adds(&sb, nl >= 2 ? "\n\n" : " ");
			continue;
		}
		sb_addc(&sb, *p++);
	}
	if (raw)
		xmlFree(raw);
	return sb_detach(&sb);
}

static const char *const type_names[] = {
	[Q_CHOICE] = "choice", [Q_MULTI] = "multi", [Q_SCALE] = "scale",
	[Q_YESNO] = "yesno",   [Q_NUMBER] = "number", [Q_TEXT] = "text",
	[Q_LIST] = "list",
};

/* Type named s; returns 0 or -1 (the schema makes that impossible). */
static int parse_type(const char *s, enum qtype *t)
{
	for (size_t i = 0; i < ARRAY_SIZE(type_names); i++)
		if (s && !strcmp(s, type_names[i])) {
			*t = (enum qtype)i;
			return 0;
		}
	return -1;
}

/* The spelling of type t in messages. */
static const char *tname(enum qtype t)
{
	return (size_t)t < ARRAY_SIZE(type_names) ? type_names[t] : "?";
}

/* Parse a number attribute of q (min or max) into *v; records problems. */
static void number_attr(struct xml_load *ld, const xmlNode *n, const char *qid,
			const char *name, int *has, double *v)
{
	char *s = xml_attr(n, name);
	if (!s)
		return;
	if (str_to_double(s, v) < 0)
		xml_problem(ld, xml_node_line(n), "question '%s': %s=\"%s\" is not a number",
			qid, name, s);
	else
		*has = 1;
	free(s);
}

/*
 * Fill q from the <question> element n (section index sec).  Problems
 * that only the element shows (duplicate option values, anchors or
 * options on the wrong type) are recorded here.
 */
static void build_question(struct xml_load *ld, struct question *q, const xmlNode *n,
			   size_t sec)
{
	char *s;
	int line = xml_node_line(n);
	int anchor_line[6] = { 0 };
	int *opt_line = NULL; /* line of each option, for duplicate messages */
	size_t nopt_alloc = 0, nline_alloc = 0;

	q->line = line;
	q->section = sec;
	q->id = xml_attr(n, "id");
	if (!q->id)
		q->id = xstrdup("");
	s = xml_attr(n, "type");
	if (parse_type(s, &q->type) < 0)
		xml_problem(ld, line, "question '%s': unknown type '%s'", q->id, s ? s : "");
	free(s);

	s = xml_attr(n, "required");
	q->required = !s || !strcmp(s, "no") ? REQ_NO : !strcmp(s, "soft") ? REQ_SOFT : REQ_YES;
	free(s);
	s = xml_attr(n, "dont-know");
	q->dont_know = s && !strcmp(s, "yes");
	free(s);
	q->default_value = xml_attr(n, "default");
	number_attr(ld, n, q->id, "min", &q->has_min, &q->min);
	number_attr(ld, n, q->id, "max", &q->has_max, &q->max);
	q->unit = xml_attr(n, "unit");
	q->competency = xml_attr(n, "competency");
	q->evidence_for = xml_attr(n, "evidence");
	s = xml_attr(n, "evidence-kind");
	q->evidence_kind = !s ? EV_NONE : !strcmp(s, "recency") ? EV_RECENCY : EV_EXAMPLE;
	free(s);
	q->when_src = xml_attr(n, "when");

	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xml_is_elem(c, "text")) {
			free(q->text);
			q->text = elem_text(c);
		} else if (xml_is_elem(c, "help")) {
			free(q->help);
			q->help = elem_text(c);
		} else if (xml_is_elem(c, "why")) {
			free(q->why);
			q->why = elem_text(c);
		} else if (xml_is_elem(c, "option")) {
			struct bank_option *o;
			char *v = xml_attr(c, "value");
			if (!v)
				v = xstrdup("");
			for (size_t k = 0; k < q->noptions; k++)
				if (!strcmp(q->options[k].value, v)) {
					xml_problem(ld, xml_node_line(c),
						"question '%s': duplicate option value '%s' "
						"(first defined at line %d)", q->id, v,
						opt_line[k]);
					break;
				}
			ALLOC_GROW(q->options, q->noptions + 1, nopt_alloc);
			ALLOC_GROW(opt_line, q->noptions + 1, nline_alloc);
			opt_line[q->noptions] = xml_node_line(c);
			o = &q->options[q->noptions++];
			o->value = v;
			o->label = elem_text(c);
			if (!*o->label)
				xml_problem(ld, xml_node_line(c), "question '%s': option '%s' has no label",
					q->id, v);
		} else if (xml_is_elem(c, "anchor")) {
			long lvl = -1;
			s = xml_attr(c, "level");
			if (!s || str_to_long(s, &lvl) < 0 || lvl < 0 || lvl > 5) {
				xml_problem(ld, xml_node_line(c), "question '%s': anchor level must be 0 to 5",
					q->id);
			} else if (q->anchors[lvl]) {
				xml_problem(ld, xml_node_line(c),
					"question '%s': duplicate anchor for level %ld "
					"(first defined at line %d)", q->id, lvl, anchor_line[lvl]);
			} else {
				q->anchors[lvl] = elem_text(c);
				anchor_line[lvl] = xml_node_line(c);
			}
			free(s);
		}
	}
	free(opt_line);
	if (!q->text)
		q->text = xstrdup("");
}

/*
 * Build the bank from the root element.  Returns the bank (never NULL);
 * problems found on the way are recorded.
 */
static struct bank *build_bank(struct xml_load *ld, const xmlNode *root)
{
	struct bank *b = xcalloc(1, sizeof(*b));
	size_t salloc = 0, qalloc = 0;

	b->id = xml_attr(root, "id");
	b->version = xml_attr(root, "version");
	b->title = xml_attr(root, "title");
	if (!b->id)
		b->id = xstrdup("");
	for (const xmlNode *sn = root->children; sn; sn = sn->next) {
		struct section *sec;
		if (!xml_is_elem(sn, "section"))
			continue;
		if (b->nsections >= MAX_SECTIONS) {
			xml_problem(ld, xml_node_line(sn), "more than %d sections", MAX_SECTIONS);
			break;
		}
		ALLOC_GROW(b->sections, b->nsections + 1, salloc);
		sec = &b->sections[b->nsections];
		memset(sec, 0, sizeof(*sec));
		sec->id = xml_attr(sn, "id");
		if (!sec->id)
			sec->id = xstrdup("");
		sec->title = xml_attr(sn, "title");
		sec->when_src = xml_attr(sn, "when");
		sec->line = xml_node_line(sn);
		b->nsections++;
		for (const xmlNode *qn = sn->children; qn; qn = qn->next) {
			struct question *q;
			if (xml_is_elem(qn, "intro")) {
				free(sec->intro);
				sec->intro = elem_text(qn);
				continue;
			}
			if (!xml_is_elem(qn, "question"))
				continue;
			if (b->nquestions >= MAX_QUESTIONS) {
				xml_problem(ld, xml_node_line(qn), "more than %d questions",
					MAX_QUESTIONS);
				break;
			}
			ALLOC_GROW(b->questions, b->nquestions + 1, qalloc);
			q = &b->questions[b->nquestions];
			memset(q, 0, sizeof(*q));
			b->nquestions++;
			build_question(ld, q, qn, b->nsections - 1);
		}
	}
	return b;
}

/* ---- clearer messages for schema errors --------------------------------- */

/*
 * libxml2's RELAX NG messages about attributes and missing children are
 * vague ("Element question failed to validate attributes", "Expecting an
 * element , got nothing").  For an element such a message is about, we
 * check its attributes and children against the rules below (the same as
 * questions/bank.rng) and say exactly what is wrong.
 */
enum attr_kind { A_IDENT, A_VALUE, A_TEXT, A_DECIMAL, A_ENUM };

struct attr_rule {
	const char *name;
	int required;
	enum attr_kind kind;
	const char *const *choices; /* A_ENUM */
};

static const char *const types_enum[] = {
	"choice", "multi", "scale", "yesno", "number", "text", "list", NULL
};
static const char *const required_enum[] = { "yes", "no", "soft", NULL };
static const char *const yesno_enum[] = { "yes", "no", NULL };
static const char *const evkind_enum[] = { "example", "recency", NULL };
static const char *const level_enum[] = { "0", "1", "2", "3", "4", "5", NULL };

static const struct attr_rule bank_attrs[] = {
	{ "id", 1, A_IDENT, NULL }, { "version", 1, A_TEXT, NULL },
	{ "title", 1, A_TEXT, NULL }, { NULL, 0, A_TEXT, NULL },
};
static const struct attr_rule section_attrs[] = {
	{ "id", 1, A_IDENT, NULL }, { "title", 1, A_TEXT, NULL },
	{ "when", 0, A_TEXT, NULL }, { NULL, 0, A_TEXT, NULL },
};
static const struct attr_rule question_attrs[] = {
	{ "id", 1, A_IDENT, NULL },
	{ "type", 1, A_ENUM, types_enum },
	{ "required", 0, A_ENUM, required_enum },
	{ "dont-know", 0, A_ENUM, yesno_enum },
	{ "default", 0, A_TEXT, NULL },
	{ "min", 0, A_DECIMAL, NULL },
	{ "max", 0, A_DECIMAL, NULL },
	{ "unit", 0, A_TEXT, NULL },
	{ "competency", 0, A_IDENT, NULL },
	{ "evidence", 0, A_IDENT, NULL },
	{ "evidence-kind", 0, A_ENUM, evkind_enum },
	{ "when", 0, A_TEXT, NULL },
	{ NULL, 0, A_TEXT, NULL },
};
static const struct attr_rule option_attrs[] = {
	{ "value", 1, A_VALUE, NULL }, { NULL, 0, A_TEXT, NULL },
};
static const struct attr_rule anchor_attrs[] = {
	{ "level", 1, A_ENUM, level_enum }, { NULL, 0, A_TEXT, NULL },
};
static const struct attr_rule no_attrs[] = { { NULL, 0, A_TEXT, NULL } };

/* The attribute rules of element `name`, or NULL for an unknown element. */
static const struct attr_rule *rules_for(const char *name)
{
	static const struct {
		const char *name;
		const struct attr_rule *rules;
	} elems[] = {
		{ "bank", bank_attrs }, { "section", section_attrs },
		{ "question", question_attrs }, { "option", option_attrs },
		{ "anchor", anchor_attrs }, { "intro", no_attrs }, { "text", no_attrs },
		{ "help", no_attrs }, { "why", no_attrs },
	};
	for (size_t i = 0; i < ARRAY_SIZE(elems); i++)
		if (!strcmp(name, elems[i].name))
			return elems[i].rules;
	return NULL;
}

/* s matches [a-z][a-z0-9_]* (first_alpha) or [a-z0-9_]+, at most 64 long. */
static int ident_ok(const char *s, int first_alpha)
{
	size_t n = strlen(s);
	if (n == 0 || n > 64 || (first_alpha && !(s[0] >= 'a' && s[0] <= 'z')))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

/* "question 'q'", "section 's'", "<option> of question 'q'", ... (caller frees). */
static char *describe(const xmlNode *n)
{
	char *id = xml_attr(n, "id");
	char *s;
	if (id && *id) {
		s = xasprintf("%s '%s'", (const char *)n->name, id);
	} else if (n->parent && n->parent->type == XML_ELEMENT_NODE &&
		   xml_is_elem(n->parent, "question")) {
		char *pid = xml_attr(n->parent, "id");
		s = xasprintf("<%s> of question '%s'", (const char *)n->name, pid ? pid : "");
		free(pid);
	} else {
		s = xasprintf("<%s>", (const char *)n->name);
	}
	free(id);
	return s;
}

/* Record what is wrong with n's attributes and children; returns how many. */
static size_t explain_element(struct xml_load *ld, const xmlNode *n)
{
	const struct attr_rule *rules = rules_for((const char *)n->name);
	size_t before = ld->nprobs;
	int line = xml_node_line(n);
	char *what;
	if (!rules)
		return 0;
	what = describe(n);
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		const struct attr_rule *r;
		for (r = rules; r->name; r++)
			if (!strcmp(r->name, (const char *)a->name))
				break;
		if (!r->name || a->ns) {
			struct strbuf sb = STRBUF_INIT;
			for (r = rules; r->name; r++)
				sb_addf(&sb, "%s%s", sb.len ? ", " : "", r->name);
			xml_problem(ld, line, "%s: unknown attribute '%s' (%s%s)", what,
				(const char *)a->name, sb.len ? "allowed: " : "none allowed",
				sb.buf);
			sb_release(&sb);
		}
	}
	for (const struct attr_rule *r = rules; r->name; r++) {
		char *v = xml_attr(n, r->name);
		double d;
		if (!v) {
			if (r->required)
				xml_problem(ld, line, "%s: the attribute %s= is missing", what, r->name);
			continue;
		}
		switch (r->kind) {
		case A_IDENT:
			if (!ident_ok(v, 1))
				xml_problem(ld, line, "%s: %s=\"%s\" is not a valid id (a lower-case "
					"letter, then lower-case letters, digits or _)", what,
					r->name, v);
			break;
		case A_VALUE:
			if (!ident_ok(v, 0))
				xml_problem(ld, line, "%s: %s=\"%s\" is not a valid value (lower-case "
					"letters, digits or _)", what, r->name, v);
			break;
		case A_DECIMAL:
			if (str_to_double(v, &d) < 0)
				xml_problem(ld, line, "%s: %s=\"%s\" is not a number", what, r->name, v);
			break;
		case A_ENUM: {
			size_t k;
			for (k = 0; r->choices[k]; k++)
				if (!strcmp(v, r->choices[k]))
					break;
			if (!r->choices[k]) {
				struct strbuf sb = STRBUF_INIT;
				add_list(&sb, r->choices);
				xml_problem(ld, line, "%s: %s=\"%s\" is not valid (use one of: %s)",
					what, r->name, v, sb.buf);
				sb_release(&sb);
			}
			break;
		}
		case A_TEXT:
			if (!*v)
				xml_problem(ld, line, "%s: %s= is empty", what, r->name);
			break;
		}
		free(v);
	}
	/* Children that must be there. */
	{
		const char *need = xml_is_elem(n, "question") ? "text" :
				   xml_is_elem(n, "section") ? "question" :
				   xml_is_elem(n, "bank") ? "section" : NULL;
		int found = 0;
		for (const xmlNode *c = n->children; c && need; c = c->next)
			found |= xml_is_elem(c, need);
		if (need && !found)
			xml_problem(ld, line, "%s: needs at least one <%s> element", what, need);
	}
	free(what);
	return ld->nprobs - before;
}

/*
 * "Did not expect element NAME there" becomes a message that says whether
 * NAME is unknown or just out of place, and what goes where.
 */
static void rephrase_unexpected(struct xml_problem *p)
{
	static const char lead[] = "Did not expect element ";
	const char *name = p->msg + sizeof(lead) - 1;
	const char *end;
	char *elem;
	if (!str_starts_with(p->msg, lead) || !(end = strstr(name, " there")) || end[6])
		return;
	elem = xstrndup(name, (size_t)(end - name));
	if (rules_for(elem))
		p->msg = xasprintf("<%s> is not allowed here (a <section> holds an optional "
				   "<intro>, then questions; a <question> holds <text>, then "
				   "optional <help> and <why>, then <option>s, then <anchor>s)",
				   elem);
	else
		p->msg = xasprintf("unknown element <%s> (a bank uses bank, section, intro, "
				   "question, text, help, why, option and anchor)", elem);
	free(elem);
	free((char *)(name - (sizeof(lead) - 1)));
}

/*
 * In a large bank libxml2 sometimes repeats a schema error without a node
 * or a line ("Element question failed to validate attributes").  When
 * another message says where the fault is, such an unplaced one only adds
 * noise: drop it.  When it is the only message, it stays.
 */
static void drop_unplaced(struct xml_load *ld)
{
	size_t placed = 0, k = 0;
	for (size_t i = 0; i < ld->nprobs; i++)
		placed += ld->probs[i].line > 0;
	if (!placed)
		return;
	for (size_t i = 0; i < ld->nprobs; i++) {
		if (ld->probs[i].line <= 0 && !ld->probs[i].node)
			free(ld->probs[i].msg);
		else
			ld->probs[k++] = ld->probs[i];
	}
	ld->nprobs = k;
}

/*
 * Replace vague schema messages about an element by explain_element's
 * (when it finds something); one set of messages per element.
 */
static void explain_schema_errors(struct xml_load *ld)
{
	struct xml_problem *old = ld->probs;
	size_t nold = ld->nprobs;
	const void **done = NULL;
	size_t ndone = 0, done_alloc = 0;

	ld->probs = NULL;
	ld->nprobs = ld->alloc = 0;
	for (size_t i = 0; i < nold; i++) {
		const xmlNode *n = old[i].node;
		int explained = 0;
		/* libxml2 often names a child of the element at fault, so the
		 * parent is tried as well. */
		for (int up = 0; n && up < 2 && !explained; up++, n = n->parent) {
			size_t k;
			if (n->type != XML_ELEMENT_NODE)
				break;
			for (k = 0; k < ndone; k++)
				if (done[k] == n)
					break;
			if (k < ndone || explain_element(ld, n) > 0) {
				if (k == ndone) {
					ALLOC_GROW(done, ndone + 1, done_alloc);
					done[ndone++] = n;
				}
				explained = 1;
			}
		}
		if (explained) {
			free(old[i].msg);
			continue;
		}
		rephrase_unexpected(&old[i]);
		ALLOC_GROW(ld->probs, ld->nprobs + 1, ld->alloc);
		ld->probs[ld->nprobs++] = old[i];
	}
	free(done);
	free(old);
	drop_unplaced(ld);
}

/* ---- the semantic pass ------------------------------------------------- */

/* Competency ids (COMPETENCIES.md): catalog, banks and scoring share them. */
static const char *const competencies[] = {
	"scheduling", "budget", "stakeholders", "risk", "scope", "reporting",
	"analytical_thinking", "troubleshooting", "prioritization",
	"attention_to_detail", "documentation_discipline", "coordination",
	"leadership", "communication", "conflict_resolution", "negotiation",
	"delegation", "facilitation", "adaptability", "strategic_thinking",
	"predictive", "agile", "hybrid", "sdlc", "change_control", "quality",
	"vendor_management", "governance",
	"wbs", "gantt", "raid_log", "stakeholder_register", "status_reporting",
};

static const char *const recency_values[] = {
	"this_year", "1_2_years", "3_5_years", "older", NULL
};

/* A question the core bank must have (PRODUCT.md, COMPETENCIES.md). */
struct canonical {
	const char *id;
	enum qtype type;
	const char *const *values; /* exact option values, or NULL */
};

static const char *const role_values[] = {
	"sysadmin", "network", "developer", "qa", "devops", "dba", "security",
	"support_lead", "business_analyst", "other", NULL
};
static const char *const education_values[] = {
	"secondary", "associate", "bachelor", "master", "doctorate", NULL
};
static const char *const certs_values[] = {
	"capm", "pmp", "pmi_acp", "prince2_foundation", "prince2_practitioner",
	"psm1", "csm", "project_plus", "none", NULL
};
static const char *const environment_values[] = {
	"waterfall_pmo", "agile", "hybrid", "structured", NULL
};
static const char *const target_values[] = {
	"project_coordinator", "technical_pm", "it_pm", "scrum_master",
	"implementation_manager", "program_manager", NULL
};
static const char *const course_values[] = { "csm_course", "none", NULL };

static const struct canonical canonical_core[] = {
	{ "role", Q_CHOICE, role_values },
	{ "years_it", Q_NUMBER, NULL },
	{ "education", Q_CHOICE, education_values },
	{ "pm_months", Q_NUMBER, NULL },
	{ "pm_edu_hours", Q_NUMBER, NULL },
	{ "agile_months", Q_NUMBER, NULL },
	{ "agile_edu_hours", Q_NUMBER, NULL },
	{ "certs_held", Q_MULTI, certs_values },
	{ "environment", Q_CHOICE, environment_values },
	{ "hours_per_week", Q_NUMBER, NULL },
	{ "target_role", Q_CHOICE, target_values },
	{ "accomplishments", Q_LIST, NULL },
	{ "course_done", Q_MULTI, course_values },
};

/* 1 if id is a known competency; else *hint is the closest one or NULL. */
static int known_competency(const char *id, const char **hint)
{
	struct suggest s;
	suggest_init(&s, id);
	*hint = NULL;
	for (size_t i = 0; i < ARRAY_SIZE(competencies); i++) {
		if (!strcmp(id, competencies[i]))
			return 1;
		suggest_try(&s, competencies[i]);
	}
	*hint = s.best;
	return 0;
}

/* Index of the scale question rating competency c, or -1. */
static long find_rater(const struct bank *b, const char *c, size_t before)
{
	for (size_t i = 0; i < before && i < b->nquestions; i++)
		if (b->questions[i].type == Q_SCALE && b->questions[i].competency &&
		    !strcmp(b->questions[i].competency, c))
			return (long)i;
	return -1;
}

/* Index of question id in b (first one), or -1; local so duplicates are fine. */
static long find_question(const struct bank *b, const char *id)
{
	for (size_t i = 0; i < b->nquestions; i++)
		if (!strcmp(b->questions[i].id, id))
			return (long)i;
	return -1;
}

/* Append the values of a NULL-terminated list as "a, b, c". */
static void add_list(struct strbuf *sb, const char *const *v)
{
	for (size_t i = 0; v[i]; i++)
		sb_addf(sb, "%s%s", i ? ", " : "", v[i]);
}

/* Does q have exactly the options `values`, in that order? */
static int options_are(const struct question *q, const char *const *values)
{
	size_t i;
	for (i = 0; values[i]; i++)
		if (i >= q->noptions || strcmp(q->options[i].value, values[i]))
			return 0;
	return i == q->noptions;
}

/* Ids unique among sections and among questions. */
static void check_ids(struct xml_load *ld, const struct bank *b)
{
	for (size_t i = 0; i < b->nsections; i++)
		for (size_t j = 0; j < i; j++)
			if (!strcmp(b->sections[i].id, b->sections[j].id)) {
				xml_problem(ld, b->sections[i].line,
					"duplicate section id '%s' (first defined at line %d)",
					b->sections[i].id, b->sections[j].line);
				break;
			}
	/* Questions: equal ids are next to each other in the index, the
	 * first one defined leading; problems in document order. */
	if (b->by_id)
		for (size_t k = 1; k < b->nquestions; k++) {
			const struct question *q = &b->questions[b->by_id[k]];
			size_t f = k;
			while (f > 0 && !strcmp(b->questions[b->by_id[f - 1]].id, q->id))
				f--;
			if (f < k)
				xml_problem(ld, q->line,
					"duplicate question id '%s' (first defined at line %d)",
					q->id, b->questions[b->by_id[f]].line);
		}
}

/* Parse and check one condition; `what` says whose it is. */
static struct expr *check_condition(struct xml_load *ld, const struct bank *b,
				    const char *src, size_t before, int line,
				    const char *what)
{
	struct errbuf err = { { 0 }, 0 };
	struct expr *e = expr_parse(src, &err);
	if (!e) {
		xml_problem(ld, line, "%s: bad condition when=\"%s\": %s", what, src, err.msg);
		return NULL;
	}
	if (expr_check(e, b, before, &err) < 0) {
		xml_problem(ld, line, "%s: when=\"%s\": %s", what, src, err.msg);
		expr_free(e);
		return NULL;
	}
	return e;
}

/* Checks of one question against its type and the questions before it. */
static void check_question(struct xml_load *ld, struct bank *b, size_t qi)
{
	struct question *q = &b->questions[qi];
	const char *id = q->id;
	int line = q->line;
	int choicey = q->type == Q_CHOICE || q->type == Q_MULTI;

	if (!*q->text)
		xml_problem(ld, line, "question '%s': <text> is empty", id);
	if (choicey && q->noptions < 2)
		xml_problem(ld, line, "question '%s': a %s question needs at least 2 options (has %zu)",
			id, tname(q->type), q->noptions);
	if (!choicey && q->noptions)
		xml_problem(ld, line, "question '%s': <option> is only allowed in choice and "
			"multi questions (this one is %s)", id, tname(q->type));
	if (q->type == Q_SCALE) {
		struct strbuf miss = STRBUF_INIT;
		for (int l = 1; l <= 5; l++)
			if (!q->anchors[l])
				sb_addf(&miss, "%s%d", miss.len ? ", " : "", l);
		if (miss.len)
			xml_problem(ld, line, "question '%s': a scale question needs an <anchor> "
				"for each level 1 to 5 (missing: %s)", id, miss.buf);
		sb_release(&miss);
	} else {
		for (int l = 0; l <= 5; l++)
			if (q->anchors[l]) {
				xml_problem(ld, line, "question '%s': <anchor> is only allowed in "
					"scale questions (this one is %s)", id, tname(q->type));
				break;
			}
	}
	if (q->type != Q_NUMBER) {
		if (q->has_min || q->has_max || q->unit)
			xml_problem(ld, line, "question '%s': min=, max= and unit= are only "
				"allowed on number questions (this one is %s)", id,
				tname(q->type));
	} else if (q->has_min && q->has_max && q->min > q->max) {
		struct strbuf a = STRBUF_INIT, c = STRBUF_INIT;
		sb_add_number(&a, q->min);
		sb_add_number(&c, q->max);
		xml_problem(ld, line, "question '%s': min (%s) is greater than max (%s)",
			id, a.buf, c.buf);
		sb_release(&a);
		sb_release(&c);
	}

	/* Competency and evidence. */
	if (q->competency) {
		const char *hint;
		long other;
		if (q->type != Q_SCALE)
			xml_problem(ld, line, "question '%s': competency= is only allowed on "
				"scale questions (this one is %s)", id, tname(q->type));
		else if (!known_competency(q->competency, &hint))
			xml_problem(ld, line, "question '%s': unknown competency '%s'%s%s%s", id,
				q->competency, hint ? "; did you mean '" : "",
				hint ? hint : "", hint ? "'?" : "");
		else if ((other = find_rater(b, q->competency, qi)) >= 0)
			xml_problem(ld, line, "question '%s': competency '%s' is already rated by "
				"question '%s' (line %d)", id, q->competency,
				b->questions[other].id, b->questions[other].line);
	}
	if (!q->evidence_for != (q->evidence_kind == EV_NONE)) {
		xml_problem(ld, line, "question '%s': evidence= and evidence-kind= go together "
			"(give both or neither)", id);
	} else if (q->evidence_for) {
		if (find_rater(b, q->evidence_for, qi) < 0)
			xml_problem(ld, line, "question '%s': evidence=\"%s\" names no competency "
				"rated by a scale question before this one", id, q->evidence_for);
		if (q->evidence_kind == EV_EXAMPLE && q->type != Q_TEXT && q->type != Q_LIST)
			xml_problem(ld, line, "question '%s': evidence-kind=\"example\" needs type "
				"text or list (this one is %s)", id, tname(q->type));
		if (q->evidence_kind == EV_RECENCY &&
		    (q->type != Q_CHOICE || !options_are(q, recency_values))) {
			struct strbuf sb = STRBUF_INIT;
			add_list(&sb, recency_values);
			xml_problem(ld, line, "question '%s': evidence-kind=\"recency\" needs a "
				"choice question with exactly the options %s", id, sb.buf);
			sb_release(&sb);
		}
	}

	/* The default must be something a user could have answered. */
	if (q->default_value) {
		struct errbuf err = { { 0 }, 0 };
		char *canon = NULL;
		if (answer_parse(q, q->default_value, &canon, &err) < 0) {
			xml_problem(ld, line, "question '%s': default \"%s\" is not a valid "
				"answer: %s", id, q->default_value, err.msg);
		} else {
			free(q->default_value);
			q->default_value = canon;
		}
	}

	if (q->when_src) {
		char *what = xasprintf("question '%s'", id);
		q->when = check_condition(ld, b, q->when_src, qi, line, what);
		free(what);
	}
}

/*
 * The core bank must hold the canonical questions with exact spellings,
 * and for every competency a scale question and two evidence questions.
 * Questions that are missing altogether are listed in one message each
 * for the canonical ones and the competencies; wrong ones get their own.
 */
static void check_core(struct xml_load *ld, const struct bank *b, int bank_line)
{
	struct strbuf missing = STRBUF_INIT;
	size_t nmissing = 0;
	for (size_t i = 0; i < ARRAY_SIZE(canonical_core); i++) {
		const struct canonical *c = &canonical_core[i];
		long qi = find_question(b, c->id);
		const struct question *q;
		if (qi < 0) {
			sb_addf(&missing, "%s%s (%s)", nmissing++ ? ", " : "", c->id,
				tname(c->type));
			continue;
		}
		q = &b->questions[qi];
		if (q->type != c->type) {
			xml_problem(ld, q->line, "canonical question '%s' must have type %s, "
				"not %s", c->id, tname(c->type), tname(q->type));
			continue;
		}
		if (!c->values)
			continue;
		{
			struct strbuf lack = STRBUF_INIT;
			size_t nlack = 0;
			for (size_t k = 0; c->values[k]; k++)
				if (!bank_option_find(q, c->values[k]))
					sb_addf(&lack, "%s'%s'", nlack++ ? ", " : "", c->values[k]);
			if (nlack)
				xml_problem(ld, q->line, "canonical question '%s' lacks the option%s %s",
					c->id, nlack == 1 ? "" : "s", lack.buf);
			sb_release(&lack);
		}
		for (size_t k = 0; k < q->noptions; k++) {
			size_t m;
			for (m = 0; c->values[m]; m++)
				if (!strcmp(c->values[m], q->options[k].value))
					break;
			if (!c->values[m]) {
				struct strbuf sb = STRBUF_INIT;
				add_list(&sb, c->values);
				xml_problem(ld, q->line, "canonical question '%s' has option '%s' that "
					"pmpath does not know (allowed: %s)", c->id,
					q->options[k].value, sb.buf);
				sb_release(&sb);
			}
		}
	}
	if (nmissing)
		xml_problem(ld, bank_line, "the core bank lacks %zu canonical question%s: %s",
			nmissing, nmissing == 1 ? "" : "s", missing.buf);
	sb_reset(&missing);
	nmissing = 0;

	for (size_t i = 0; i < ARRAY_SIZE(competencies); i++) {
		const char *c = competencies[i];
		char *ev = xasprintf("%s_ev", c);
		char *evw = xasprintf("%s_ev_when", c);
		long qi = find_question(b, c);
		long ei = find_question(b, ev);
		long wi = find_question(b, evw);
		if (qi < 0 && ei < 0 && wi < 0) {
			sb_addf(&missing, "%s%s", nmissing++ ? ", " : "", c);
		} else {
			if (qi < 0 || b->questions[qi].type != Q_SCALE ||
			    !b->questions[qi].competency ||
			    strcmp(b->questions[qi].competency, c))
				xml_problem(ld, qi < 0 ? bank_line : b->questions[qi].line,
					"the core bank needs a scale question '%s' with "
					"competency=\"%s\"", c, c);
			if (ei < 0 || b->questions[ei].evidence_kind != EV_EXAMPLE ||
			    !b->questions[ei].evidence_for ||
			    strcmp(b->questions[ei].evidence_for, c))
				xml_problem(ld, ei < 0 ? bank_line : b->questions[ei].line,
					"the core bank needs a question '%s' with evidence=\"%s\" "
					"evidence-kind=\"example\"", ev, c);
			if (wi < 0 || b->questions[wi].evidence_kind != EV_RECENCY ||
			    !b->questions[wi].evidence_for ||
			    strcmp(b->questions[wi].evidence_for, c))
				xml_problem(ld, wi < 0 ? bank_line : b->questions[wi].line,
					"the core bank needs a question '%s' with evidence=\"%s\" "
					"evidence-kind=\"recency\"", evw, c);
		}
		free(ev);
		free(evw);
	}
	if (nmissing)
		xml_problem(ld, bank_line, "the core bank lacks the questions of %zu "
			"competenc%s (a scale question ID, ID_ev and ID_ev_when for each): %s",
			nmissing, nmissing == 1 ? "y" : "ies", missing.buf);
	sb_release(&missing);
}

/* The whole semantic pass; problems are recorded in ld. */
static void check_bank(struct xml_load *ld, struct bank *b, int bank_line)
{
	size_t first = 0;
	check_ids(ld, b);
	for (size_t s = 0; s < b->nsections; s++) {
		struct section *sec = &b->sections[s];
		while (first < b->nquestions && b->questions[first].section < s)
			first++;
		if (sec->when_src) {
			char *what = xasprintf("section '%s'", sec->id);
			sec->when = check_condition(ld, b, sec->when_src, first, sec->line, what);
			free(what);
		}
	}
	for (size_t i = 0; i < b->nquestions; i++)
		check_question(ld, b, i);
	if (!strcmp(b->id, "core"))
		check_core(ld, b, bank_line);
}

/* ---- the schema's rules in C (fast path) --------------------------------- */

/*
 * RELAX NG validation with libxml2 costs far more than parsing (its
 * pattern facets run regular expressions on every attribute, and the
 * cost grows quickly with the number of questions).  shape_ok() checks
 * the same rules as questions/bank.rng directly on the tree, and is
 * never more lenient: when it says yes the schema would say yes too;
 * when it says no (or the schema file is not the one these rules were
 * written from) the real schema pass runs and gives its usual messages.
 * A unit test pins the schema's hash, so a change to bank.rng has to
 * come with a change here.
 */
#define BANK_RNG_HASH "dca78b2d6ecb2b63"

/* Characters of UTF-8 text (well-formedness was checked on load). */
static size_t u8_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* [a-z][a-z0-9_]* (ident) or [a-z0-9_]+ (value), at most 64 characters. */
static int shape_word(const char *s, int first_letter)
{
	size_t n = 0;
	if (!*s || (first_letter && !(*s >= 'a' && *s <= 'z')))
		return 0;
	for (; *s; s++, n++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return n <= 64;
}

/* xsd:decimal without surrounding blanks: [+-]?(d+(.d*)?|.d+) */
static int shape_decimal(const char *s)
{
	int digits = 0;
	if (*s == '+' || *s == '-')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits++;
	return digits && !*s;
}

static int shape_len(const char *s, size_t lo, size_t hi)
{
	size_t n = u8_chars(s);
	return n >= lo && n <= hi;
}

static int shape_in(const char *s, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(s, *set))
			return 1;
	return 0;
}

/* Each attribute of n is known and well spelled; every one in `need` is
 * there.  `check` judges one (name, value); returns 0 if not. */
static int shape_attrs(const xmlNode *n, int (*check)(const char *, const char *),
		       const char *const *need)
{
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		const xmlNode *t = a->children;
		if (a->ns || !t || t->type != XML_TEXT_NODE || t->next || !t->content)
			return 0;
		if (!check((const char *)a->name, (const char *)t->content))
			return 0;
	}
	for (; *need; need++)
		if (!xmlHasProp(n, (const xmlChar *)*need))
			return 0;
	return 1;
}

static int attr_bank(const char *k, const char *v)
{
	if (!strcmp(k, "id"))
		return shape_word(v, 1);
	if (!strcmp(k, "title"))
		return shape_len(v, 1, 4000);
	if (!strcmp(k, "version")) {
		size_t n = strlen(v);
		if (!n || n > 32)
			return 0;
		return strspn(v, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			      "abcdefghijklmnopqrstuvwxyz.-") == n;
	}
	return 0;
}

static int attr_section(const char *k, const char *v)
{
	if (!strcmp(k, "id"))
		return shape_word(v, 1);
	if (!strcmp(k, "title"))
		return shape_len(v, 1, 4000);
	if (!strcmp(k, "when"))
		return shape_len(v, 1, 1000);
	return 0;
}

static int attr_question(const char *k, const char *v)
{
	static const char *const types[] = { "choice", "multi", "scale", "yesno", "number",
					      "text", "list", NULL };
	static const char *const req[] = { "yes", "no", "soft", NULL };
	static const char *const yn[] = { "yes", "no", NULL };
	static const char *const kinds[] = { "example", "recency", NULL };
	if (!strcmp(k, "id") || !strcmp(k, "competency") || !strcmp(k, "evidence"))
		return shape_word(v, 1);
	if (!strcmp(k, "type"))
		return shape_in(v, types);
	if (!strcmp(k, "required"))
		return shape_in(v, req);
	if (!strcmp(k, "dont-know"))
		return shape_in(v, yn);
	if (!strcmp(k, "evidence-kind"))
		return shape_in(v, kinds);
	if (!strcmp(k, "default"))
		return shape_len(v, 0, 1000);
	if (!strcmp(k, "min") || !strcmp(k, "max"))
		return shape_decimal(v);
	if (!strcmp(k, "unit"))
		return shape_len(v, 1, 32);
	if (!strcmp(k, "when"))
		return shape_len(v, 1, 1000);
	return 0;
}

static int attr_option(const char *k, const char *v)
{
	return !strcmp(k, "value") && shape_word(v, 0);
}

static int attr_anchor(const char *k, const char *v)
{
	return !strcmp(k, "level") && v[0] >= '0' && v[0] <= '5' && !v[1];
}

static int attr_none(const char *k, const char *v)
{
	(void)k;
	(void)v;
	return 0;
}

/* An element holding only a label: text of 1 to 4000 characters. */
static int shape_label(const xmlNode *n)
{
	const xmlNode *t = n->children;
	if (!t || t->type != XML_TEXT_NODE || t->next || !t->content)
		return 0;
	return shape_len((const char *)t->content, 1, 4000);
}

/* The next element child from c on; 0 when other content (text that is
 * not blank, CDATA, entity references) is in the way.  Comments and
 * processing instructions are skipped, as RELAX NG does. */
static int shape_next(const xmlNode **c)
{
	for (; *c; *c = (*c)->next) {
		const xmlNode *x = *c;
		if (x->type == XML_ELEMENT_NODE)
			return x->ns == NULL;
		if (x->type == XML_COMMENT_NODE || x->type == XML_PI_NODE)
			continue;
		if (x->type != XML_TEXT_NODE || !x->content ||
		    ((const char *)x->content)[strspn((const char *)x->content, " \t\r\n")])
			return 0;
	}
	return 1;
}

/* Element `c` (after shape_next) is named `name`. */
static int shape_is(const xmlNode *c, const char *name)
{
	return c && !strcmp((const char *)c->name, name);
}

/*
 * The label elements named `name` from *c on (at most one unless `many`),
 * each with the attributes `ok` allows and `need` requires; *c moves past
 * them.  0 when one is malformed or other content follows it.
 */
static int shape_labels(const xmlNode **c, const char *name, int (*ok)(const char *, const char *),
			const char *const *need, int many)
{
	while (shape_is(*c, name)) {
		if (!shape_attrs(*c, ok, need) || !shape_label(*c))
			return 0;
		*c = (*c)->next;
		if (!shape_next(c))
			return 0;
		if (!many)
			break;
	}
	return 1;
}

static int shape_question(const xmlNode *q)
{
	static const char *const need[] = { "id", "type", NULL };
	static const char *const none[] = { NULL };
	static const char *const lvl[] = { "level", NULL };
	static const char *const val[] = { "value", NULL };
	const xmlNode *c = q->children;
	if (!shape_attrs(q, attr_question, need))
		return 0;
	if (!shape_next(&c) || !shape_is(c, "text") || !shape_attrs(c, attr_none, none) ||
	    !shape_label(c))
		return 0;
	c = c->next;
	return shape_next(&c) && shape_labels(&c, "help", attr_none, none, 0) &&
	       shape_labels(&c, "why", attr_none, none, 0) &&
	       shape_labels(&c, "option", attr_option, val, 1) &&
	       shape_labels(&c, "anchor", attr_anchor, lvl, 1) && c == NULL;
}

static int shape_section(const xmlNode *s)
{
	static const char *const need[] = { "id", "title", NULL };
	static const char *const none[] = { NULL };
	const xmlNode *c = s->children;
	size_t nq = 0;
	if (!shape_attrs(s, attr_section, need))
		return 0;
	if (!shape_next(&c))
		return 0;
	if (shape_is(c, "intro")) {
		if (!shape_attrs(c, attr_none, none) || !shape_label(c))
			return 0;
		c = c->next;
		if (!shape_next(&c))
			return 0;
	}
	for (; shape_is(c, "question"); nq++) {
		if (!shape_question(c))
			return 0;
		c = c->next;
		if (!shape_next(&c))
			return 0;
	}
	return nq > 0 && c == NULL;
}

/* 1 if the document certainly matches questions/bank.rng. */
static int shape_ok(const xmlNode *root)
{
	static const char *const need[] = { "id", "version", "title", NULL };
	const xmlNode *c;
	size_t ns = 0;
	if (!root || root->type != XML_ELEMENT_NODE || root->ns ||
	    strcmp((const char *)root->name, "bank") || !shape_attrs(root, attr_bank, need))
		return 0;
	c = root->children;
	if (!shape_next(&c))
		return 0;
	for (; shape_is(c, "section"); ns++) {
		if (!shape_section(c))
			return 0;
		c = c->next;
		if (!shape_next(&c))
			return 0;
	}
	return ns > 0 && c == NULL;
}

int bank_schema_is_builtin(const char *schema_path)
{
	char *buf = NULL, *h;
	size_t n = 0;
	int same;
	if (xml_read_capped(schema_path, schema_path, MAX_FILE_SIZE, &buf, &n) < 0)
		return -1;
	h = fnv1a_hex(buf, n);
	same = !strcmp(h, BANK_RNG_HASH);
	free(h);
	free(buf);
	return same;
}

/* ---- the entry point ----------------------------------------------------- */

struct bank *bank_load_mem(const char *buf, size_t n, const char *display,
			   const char *schema_path)
{
	struct xml_load ld = XML_LOAD_INIT(display, "a question bank", MAX_DEPTH,
					   "a bank needs 4: bank, section, question, text");
	struct xml_saved saved;
	xmlDocPtr doc;
	xmlNodePtr root;
	struct bank *b = NULL;

	if (n > MAX_FILE_SIZE) {
		error("%s: file is larger than %u MiB", display, MAX_FILE_SIZE >> 20);
		return NULL;
	}
	if (xml_check_text(ld.disp, buf, n) < 0)
		return NULL;

	LIBXML_TEST_VERSION
	xml_hooks_install(&ld, &saved);
	doc = xml_parse_safely(&ld, buf, n);
	if (doc) {
		int v;
		/* The schema pass only when the fast check cannot vouch for
		 * the file (or the schema is not the one it mirrors). */
		if (shape_ok(xmlDocGetRootElement(doc)) && bank_schema_is_builtin(schema_path) == 1)
			v = 0;
		else
			v = xml_validate_rng(&ld, doc, schema_path);
		if (v > 0)
			explain_schema_errors(&ld);
		if (v == 0) {
			root = xmlDocGetRootElement(doc);
			b = build_bank(&ld, root);
			bank_index(b);
			b->hash = fnv1a_hex(buf, n);
			b->path = xstrdup(ld.disp);
			check_bank(&ld, b, xml_node_line(root));
		}
	}
	xml_hooks_restore(&saved);
	if (doc)
		xmlFreeDoc(doc);
	if (ld.nprobs) {
		xml_problems_flush(&ld, 1);
		bank_free(b);
		return NULL;
	}
	xml_problems_flush(&ld, 0);
	return b;
}

struct bank *bank_load_file(const char *path, const char *display_path,
			    const char *schema_path)
{
	const char *disp = display_path ? display_path : path;
	char *buf = NULL;
	size_t n = 0;
	struct bank *b;

	if (xml_read_capped(path, disp, MAX_FILE_SIZE, &buf, &n) < 0)
		return NULL;
	b = bank_load_mem(buf, n, disp, schema_path);
	free(buf);
	return b;
}
