/*
 * profile_xml.c - write a profile as XML and read one back
 * (include/pmpath/profile_xml.h, schema data/profile.rng).
 *
 * Writing uses libxml2's tree API only, so names, values and timestamps
 * are escaped by libxml2 whatever they hold.  Reading goes through the
 * shared safe loader (xml_safe.c), the RELAX NG schema, then our own pass
 * over the tree, which builds the struct profile_dump and records every
 * problem with its line.  When the schema rejects the file and our pass
 * finds the reason too, only our messages are shown: libxml2's RELAX NG
 * messages ("Element answer failed to validate attributes") say little.
 */
#include "pmpath/profile_xml.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#include "pmpath/answers.h"
#include "pmpath/date.h"
#include "pmpath/store.h"
#include "pmpath/util.h"
#include "pmpath/xml_safe.h"
#include "pmpath/banned.h"

#define ROOT "pmpath-profile"
#define FORMAT "1"
#define MAX_DEPTH 8         /* a profile needs 3: profile, session, answer (or bullet, text) */
#define MAX_SESSIONS 10000
#define MAX_ANSWERS 5000    /* per session */
#define MAX_VALUE 65536     /* bytes of one answer */
#define MAX_BULLETS 10000
#define MAX_DONE 1000      /* plan items marked done (the catalog has a few dozen) */
#define MAX_BULLET 8192     /* bytes of one bullet text */

static const char *const status_names[] = {
	[ANS_VALUE] = "value", [ANS_SKIPPED] = "skipped", [ANS_DONT_KNOW] = "dont-know",
};

int profile_name_ok(const char *s)
{
	if (!s || !*s || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
			return 0;
	return 1;
}

/* Value of the `n` decimal digits at s, or -1 if one is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int profile_timestamp_ok(const char *s)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, mo, d, h, mi, se, dim;
	/* 2024-05-01T12:34:56Z */
	if (!s || strlen(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
	    s[13] != ':' || s[16] != ':' || s[19] != 'Z')
		return 0;
	y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	h = digits(s + 11, 2), mi = digits(s + 14, 2), se = digits(s + 17, 2);
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 ||
	    mi > 59 || se < 0 || se > 59)
		return 0;
	dim = mdays[mo - 1];
	if (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		dim = 29;
	return d <= dim;
}

/* s matches [a-z][a-z0-9_]* and is at most 64 long (bank and question ids). */
static int ident_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > 64 || !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

/* 1 if s holds a C0 control character other than tab and newline. */
static int has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r')
			return 1;
	return 0;
}

/* ---- writing ------------------------------------------------------------- */

/* Check one string before it goes into the document; 0 or -1 (printed). */
static int writable(const char *s, const char *what, const char *qid)
{
	if (!utf8_valid(s, strlen(s)) || has_control(s)) {
		if (qid)
			return error("cannot export the %s of question '%s': it holds bytes "
				     "XML cannot carry (control characters or invalid UTF-8)",
				     what, qid);
		return error("cannot export the %s: it holds bytes XML cannot carry "
			     "(control characters or invalid UTF-8)", what);
	}
	return 0;
}

/* Add attribute name="value" to n (value NULL: not added). */
static void prop(xmlNodePtr n, const char *name, const char *value)
{
	if (value && !xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value))
		die("out of memory");
}

int profile_xml_write(const struct profile_dump *p, struct strbuf *out)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	xmlChar *mem = NULL;
	int size = 0, rc = -1;

	if (writable(p->name ? p->name : "", "profile name", NULL) < 0)
		return -1;
	LIBXML_TEST_VERSION
	doc = xmlNewDoc((const xmlChar *)"1.0");
	root = xmlNewNode(NULL, (const xmlChar *)ROOT);
	if (!doc || !root)
		die("out of memory");
	xmlDocSetRootElement(doc, root);
	prop(root, "format", FORMAT);
	prop(root, "name", p->name ? p->name : "");
	prop(root, "created", p->created ? p->created : "");
	for (size_t i = 0; i < p->n; i++) {
		const struct stored_session *ss = &p->sessions[i];
		const struct session_info *si = &ss->info;
		xmlNodePtr sn = xmlNewChild(root, NULL, (const xmlChar *)"session", NULL);
		if (!sn)
			die("out of memory");
		if (writable(si->bank_id ? si->bank_id : "", "bank id", NULL) < 0 ||
		    writable(si->bank_version ? si->bank_version : "", "bank version",
			     NULL) < 0)
			goto out;
		prop(sn, "bank", si->bank_id ? si->bank_id : "");
		prop(sn, "bank-version", si->bank_version ? si->bank_version : "");
		prop(sn, "bank-hash", si->bank_hash ? si->bank_hash : "");
		prop(sn, "started", si->started ? si->started : "");
		prop(sn, "updated", si->updated ? si->updated : "");
		prop(sn, "completed", si->completed);
		for (size_t k = 0; k < ss->nanswers; k++) {
			const struct stored_answer *a = &ss->answers[k];
			const char *v = a->value ? a->value : "";
			xmlNodePtr an;
			if (writable(a->qid, "question id", NULL) < 0 ||
			    writable(v, "answer", a->qid) < 0)
				goto out;
			/* xmlNewTextChild escapes the content (xmlNewChild would
			 * read '&' as the start of an entity reference). */
			an = xmlNewTextChild(sn, NULL, (const xmlChar *)"answer",
					     *v ? (const xmlChar *)v : NULL);
			if (!an)
				die("out of memory");
			prop(an, "qid", a->qid);
			prop(an, "status", (size_t)a->status < ARRAY_SIZE(status_names) ?
					   status_names[a->status] : "value");
			prop(an, "updated", a->updated ? a->updated : "");
		}
	}
	for (size_t i = 0; i < p->bullets.n; i++) {
		const struct stored_bullet *b = &p->bullets.items[i];
		const char *orig = b->original ? b->original : "", *text = b->text ? b->text : "";
		xmlNodePtr bn = xmlNewChild(root, NULL, (const xmlChar *)"bullet", NULL);
		if (!bn)
			die("out of memory");
		if (writable(orig, "original of an accepted bullet", NULL) < 0 ||
		    writable(text, "text of an accepted bullet", NULL) < 0)
			goto out;
		prop(bn, "created", b->created ? b->created : "");
		if (!xmlNewTextChild(bn, NULL, (const xmlChar *)"original",
				     *orig ? (const xmlChar *)orig : NULL) ||
		    !xmlNewTextChild(bn, NULL, (const xmlChar *)"text",
				     *text ? (const xmlChar *)text : NULL))
			die("out of memory");
	}
	if (p->has_plan) {
		xmlNodePtr pn = xmlNewChild(root, NULL, (const xmlChar *)"plan", NULL);
		char hours[32];
		if (!pn)
			die("out of memory");
		if (writable(p->plan.target ? p->plan.target : "", "plan target", NULL) < 0)
			goto out;
		prop(pn, "target", p->plan.target);
		if (p->plan.has_hours) {
			snprintf(hours, sizeof(hours), "%g", p->plan.hours);
			prop(pn, "hours-per-week", hours);
		}
		prop(pn, "start", p->plan.start);
		prop(pn, "exam-date", p->plan.exam_date);
		prop(pn, "updated", p->plan.updated ? p->plan.updated : "");
	}
	for (size_t i = 0; i < p->ndone; i++) {
		xmlNodePtr dn = xmlNewChild(root, NULL, (const xmlChar *)"done", NULL);
		if (!dn)
			die("out of memory");
		if (writable(p->done[i].item, "done plan item", NULL) < 0)
			goto out;
		prop(dn, "item", p->done[i].item);
		prop(dn, "date", p->done[i].done ? p->done[i].done : "");
	}
	xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
	if (!mem || size <= 0)
		die("out of memory");
	sb_add(out, mem, (size_t)size);
	rc = 0;
out:
	if (mem)
		xmlFree(mem);
	xmlFreeDoc(doc);
	return rc;
}

/* ---- reading ------------------------------------------------------------- */

/* The attributes an element may carry. */
struct attr_rule {
	const char *name;
	int required;
};
static const struct attr_rule root_attrs[] = {
	{ "format", 1 }, { "name", 1 }, { "created", 1 }, { NULL, 0 },
};
static const struct attr_rule session_attrs[] = {
	{ "bank", 1 }, { "bank-version", 1 }, { "bank-hash", 1 }, { "started", 1 },
	{ "updated", 1 }, { "completed", 0 }, { NULL, 0 },
};
static const struct attr_rule answer_attrs[] = {
	{ "qid", 1 }, { "status", 1 }, { "updated", 1 }, { NULL, 0 },
};
static const struct attr_rule bullet_attrs[] = {
	{ "created", 1 }, { NULL, 0 },
};
static const struct attr_rule plan_attrs[] = {
	{ "target", 0 }, { "hours-per-week", 0 }, { "start", 0 }, { "exam-date", 0 },
	{ "updated", 1 }, { NULL, 0 },
};
static const struct attr_rule done_attrs[] = {
	{ "item", 1 }, { "date", 1 }, { NULL, 0 },
};
static const struct attr_rule no_attrs[] = {
	{ NULL, 0 },
};

/* Record unknown and missing attributes of n; `what` names n in messages. */
static void check_attrs(struct xml_load *ld, const xmlNode *n, const char *what,
			const struct attr_rule *rules)
{
	int line = xml_node_line(n);
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		const struct attr_rule *r;
		for (r = rules; r->name; r++)
			if (!strcmp(r->name, (const char *)a->name))
				break;
		if (!r->name || a->ns) {
			struct strbuf sb = STRBUF_INIT;
			for (r = rules; r->name; r++)
				sb_addf(&sb, "%s%s", sb.len ? ", " : "", r->name);
			xml_problem(ld, line, "%s: unknown attribute '%s' (allowed: %s)", what,
				    (const char *)a->name, sb.buf);
			sb_release(&sb);
		}
	}
	for (const struct attr_rule *r = rules; r->name; r++)
		if (r->required && !xmlHasProp(n, (const xmlChar *)r->name))
			xml_problem(ld, line, "%s: the attribute %s= is missing", what, r->name);
}

/* Record a problem for every child of n that is not an element named in
 * `names` (NULL-terminated; blank text and comments are fine; `text_ok`:
 * any text is fine).  `holds` says what n may hold. */
static void check_children_in(struct xml_load *ld, const xmlNode *n, const char *what,
			      const char *const *names, int text_ok, const char *holds)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		size_t k;
		if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE)
			continue;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (!text_ok && !xmlIsBlankNode(c)) {
				xml_problem(ld, xml_node_line(c) ? xml_node_line(c) :
					    xml_node_line(n), "%s: text is not allowed here "
					    "(only <%s> elements)", what, names[0] ? names[0] : "");
				text_ok = 1; /* once is enough */
			}
			continue;
		}
		for (k = 0; names[k] && !(c->type == XML_ELEMENT_NODE && xml_is_elem(c, names[k]));
		     k++)
			;
		if (names[k])
			continue;
		if (c->type == XML_ELEMENT_NODE)
			xml_problem(ld, xml_node_line(c), "%s: <%s> is not allowed here (%s)",
				    what, (const char *)c->name, holds);
		else
			xml_problem(ld, xml_node_line(n), "%s: unexpected content", what);
	}
}

/* The same for at most two names (`child`, `child2`; either may be NULL). */
static void check_children(struct xml_load *ld, const xmlNode *n, const char *what,
			   const char *child, const char *child2, int text_ok,
			   const char *holds)
{
	const char *names[3] = { child, child ? child2 : NULL, NULL };
	check_children_in(ld, n, what, names, text_ok, holds);
}

/* Attribute `name` of n checked as a timestamp; recorded if bad.  Returns
 * the (possibly bad) value or NULL when absent; caller frees. */
static char *ts_attr(struct xml_load *ld, const xmlNode *n, const char *what,
		     const char *name)
{
	char *v = xml_attr(n, name);
	if (v && !profile_timestamp_ok(v))
		xml_problem(ld, xml_node_line(n), "%s: %s=\"%s\" is not a UTC timestamp "
			    "like 2024-05-01T12:34:56Z", what, name, v);
	return v;
}

/* A question id and the line it is on, for the duplicate check. */
struct qid_line {
	const char *qid;
	int line;
};

static int qid_line_cmp(const void *a, const void *b)
{
	const struct qid_line *x = a, *y = b;
	int c = strcmp(x->qid, y->qid);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Read one <answer> into a; problems recorded. */
static void read_answer(struct xml_load *ld, const xmlNode *n, struct stored_answer *a)
{
	int line = xml_node_line(n);
	char *status, *what;
	xmlChar *content;

	a->qid = xml_attr(n, "qid");
	if (!a->qid)
		a->qid = xstrdup("");
	what = *a->qid ? xasprintf("answer '%s'", a->qid) : xstrdup("<answer>");
	check_attrs(ld, n, what, answer_attrs);
	check_children(ld, n, what, NULL, NULL, 1, "an <answer> holds only text");
	if (*a->qid && !ident_ok(a->qid))
		xml_problem(ld, line, "%s: qid=\"%s\" is not a valid question id (a "
			    "lower-case letter, then lower-case letters, digits or _; at "
			    "most 64)", what, a->qid);
	status = xml_attr(n, "status");
	a->status = ANS_VALUE;
	if (status) {
		size_t i;
		for (i = 0; i < ARRAY_SIZE(status_names); i++)
			if (!strcmp(status, status_names[i]))
				break;
		if (i == ARRAY_SIZE(status_names))
			xml_problem(ld, line, "%s: status=\"%s\" is not valid (use one of: "
				    "value, skipped, dont-know)", what, status);
		else
			a->status = (enum answer_status)i;
	}
	a->updated = ts_attr(ld, n, what, "updated");
	content = xmlNodeGetContent(n);
	a->value = xstrdup(content ? (const char *)content : "");
	if (content)
		xmlFree(content);
	if (strlen(a->value) > MAX_VALUE)
		xml_problem(ld, line, "%s: the value is longer than %d bytes", what, MAX_VALUE);
	else if (has_control(a->value))
		xml_problem(ld, line, "%s: the value holds a control character", what);
	if (status && a->status != ANS_VALUE && *a->value)
		xml_problem(ld, line, "%s: status=\"%s\" takes no value (empty the "
			    "element, or use status=\"value\")", what, status);
	free(status);
	free(what);
}

/* Read one <session> into ss; problems recorded. */
static void read_session(struct xml_load *ld, const xmlNode *n, struct stored_session *ss)
{
	struct session_info *si = &ss->info;
	struct qid_line *seen = NULL;
	size_t nseen = 0, seen_alloc = 0;
	int line = xml_node_line(n);
	char *what;

	si->bank_id = xml_attr(n, "bank");
	what = si->bank_id ? xasprintf("session of bank '%s'", si->bank_id)
			   : xstrdup("<session>");
	check_attrs(ld, n, what, session_attrs);
	check_children(ld, n, what, "answer", NULL, 0,
		       "a profile holds <session>s, a session holds <answer>s");
	if (si->bank_id && !ident_ok(si->bank_id))
		xml_problem(ld, line, "%s: bank=\"%s\" is not a valid bank id (a lower-case "
			    "letter, then lower-case letters, digits or _)", what, si->bank_id);
	si->bank_version = xml_attr(n, "bank-version");
	if (si->bank_version && (strlen(si->bank_version) > 64 ||
				 has_control(si->bank_version)))
		xml_problem(ld, line, "%s: bank-version= must be at most 64 characters "
			    "of text", what);
	si->bank_hash = xml_attr(n, "bank-hash");
	if (si->bank_hash) {
		size_t len = strlen(si->bank_hash);
		int ok = len <= 64;
		for (const char *p = si->bank_hash; ok && *p; p++)
			ok = (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f');
		if (!ok)
			xml_problem(ld, line, "%s: bank-hash=\"%s\" is not a hash (up to 64 "
				    "lower-case hex digits)", what, si->bank_hash);
	}
	si->started = ts_attr(ld, n, what, "started");
	si->updated = ts_attr(ld, n, what, "updated");
	si->completed = ts_attr(ld, n, what, "completed");
	if (profile_timestamp_ok(si->started) && profile_timestamp_ok(si->updated) &&
	    strcmp(si->updated, si->started) < 0)
		xml_problem(ld, line, "%s: updated=\"%s\" is before started=\"%s\"", what,
			    si->updated, si->started);
	if (profile_timestamp_ok(si->started) && profile_timestamp_ok(si->completed) &&
	    strcmp(si->completed, si->started) < 0)
		xml_problem(ld, line, "%s: completed=\"%s\" is before started=\"%s\"", what,
			    si->completed, si->started);

	for (const xmlNode *c = n->children; c; c = c->next) {
		struct stored_answer *a;
		if (!xml_is_elem(c, "answer"))
			continue;
		if (ss->nanswers >= MAX_ANSWERS) {
			xml_problem(ld, xml_node_line(c), "%s: more than %d answers", what,
				    MAX_ANSWERS);
			break;
		}
		ALLOC_GROW(ss->answers, ss->nanswers + 1, ss->alloc);
		a = &ss->answers[ss->nanswers++];
		memset(a, 0, sizeof(*a));
		read_answer(ld, c, a);
		if (*a->qid) {
			ALLOC_GROW(seen, nseen + 1, seen_alloc);
			seen[nseen].qid = a->qid;
			seen[nseen++].line = xml_node_line(c);
		}
	}
	if (nseen > 1)
		qsort(seen, nseen, sizeof(*seen), qid_line_cmp);
	for (size_t i = 1; i < nseen; i++)
		if (!strcmp(seen[i].qid, seen[i - 1].qid))
			xml_problem(ld, seen[i].line, "%s: a second answer to '%s' (the first "
				    "is on line %d); keep one", what, seen[i].qid,
				    seen[i - 1].line);
	free(seen);
	free(what);
}

/* Text of the single child element `name` of n (NULL if absent; a second
 * one is recorded as a problem).  Caller frees. */
static char *child_text(struct xml_load *ld, const xmlNode *n, const char *name,
			const char *what)
{
	char *v = NULL;
	for (const xmlNode *c = n->children; c; c = c->next) {
		xmlChar *content;
		if (!xml_is_elem(c, name))
			continue;
		if (v) {
			xml_problem(ld, xml_node_line(c), "%s: a second <%s>", what, name);
			continue;
		}
		check_attrs(ld, c, name, no_attrs);
		check_children(ld, c, name, NULL, NULL, 1, "it holds only text");
		content = xmlNodeGetContent(c);
		v = xstrdup(content ? (const char *)content : "");
		if (content)
			xmlFree(content);
		if (strlen(v) > MAX_BULLET)
			xml_problem(ld, xml_node_line(c), "%s: <%s> is longer than %d bytes", what,
				    name, MAX_BULLET);
		else if (has_control(v) || strpbrk(v, "\t\r\n"))
			xml_problem(ld, xml_node_line(c), "%s: <%s> holds a control character or "
				    "a line break (a bullet is one line)", what, name);
	}
	if (!v)
		xml_problem(ld, xml_node_line(n), "%s: <%s> is missing", what, name);
	return v;
}

/* Read one <bullet> into b; problems recorded. */
static void read_bullet(struct xml_load *ld, const xmlNode *n, struct stored_bullet *b)
{
	const char *what = "<bullet>";
	check_attrs(ld, n, what, bullet_attrs);
	check_children(ld, n, what, "original", "text", 0,
		       "a bullet holds <original> and <text>");
	b->created = ts_attr(ld, n, what, "created");
	b->original = child_text(ld, n, "original", what);
	b->text = child_text(ld, n, "text", what);
	if (b->text && !*b->text)
		xml_problem(ld, xml_node_line(n), "%s: <text> is empty", what);
	if (!b->original)
		b->original = xstrdup("");
	if (!b->text)
		b->text = xstrdup("");
	if (!b->created)
		b->created = xstrdup("");
}

/* A plan item id: a lower-case letter, then lower-case letters, digits
 * or '_'; at most 64. */
static int item_ok(const char *s)
{
	size_t n = strlen(s);
	if (n < 1 || n > 64 || !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") == n;
}

/* Attribute `name` of n checked as a YYYY-MM-DD date; recorded if bad.
 * Caller frees. */
static char *date_attr(struct xml_load *ld, const xmlNode *n, const char *what,
		       const char *name)
{
	struct pm_date d;
	char *v = xml_attr(n, name);
	if (v && date_parse(v, &d) < 0)
		xml_problem(ld, xml_node_line(n), "%s: %s=\"%s\" is not a date like 2026-01-31",
			    what, name, v);
	return v;
}

/* Read the <plan> element into out; problems recorded. */
static void read_plan(struct xml_load *ld, const xmlNode *n, struct profile_dump *out)
{
	const char *what = "<plan>";
	char *hours;
	check_attrs(ld, n, what, plan_attrs);
	check_children_in(ld, n, what, (const char *const[]){ NULL }, 0, "it holds nothing");
	out->has_plan = 1;
	out->plan.target = xml_attr(n, "target");
	if (out->plan.target &&
	    (!*out->plan.target || strlen(out->plan.target) > 64 ||
	     strspn(out->plan.target, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
				      "0123456789_+-") != strlen(out->plan.target)))
		xml_problem(ld, xml_node_line(n), "%s: target=\"%s\" is not a certification "
			    "code or role id", what, out->plan.target);
	hours = xml_attr(n, "hours-per-week");
	if (hours) {
		if (str_to_double(hours, &out->plan.hours) < 0 || !(out->plan.hours > 0) ||
		    out->plan.hours > 80)
			xml_problem(ld, xml_node_line(n), "%s: hours-per-week=\"%s\" is not a "
				    "number more than 0 and at most 80", what, hours);
		out->plan.has_hours = 1;
		free(hours);
	}
	out->plan.start = date_attr(ld, n, what, "start");
	out->plan.exam_date = date_attr(ld, n, what, "exam-date");
	out->plan.updated = ts_attr(ld, n, what, "updated");
}

/* Read one <done> into d; problems recorded. */
static void read_done(struct xml_load *ld, const xmlNode *n, struct stored_done *d)
{
	const char *what = "<done>";
	check_attrs(ld, n, what, done_attrs);
	check_children_in(ld, n, what, (const char *const[]){ NULL }, 0, "it holds nothing");
	d->item = xml_attr(n, "item");
	if (d->item && !item_ok(d->item))
		xml_problem(ld, xml_node_line(n), "%s: item=\"%s\" is not a learning item id",
			    what, d->item);
	d->done = ts_attr(ld, n, what, "date");
	if (!d->item)
		d->item = xstrdup("");
	if (!d->done)
		d->done = xstrdup("");
}

/* Read the whole document into out; problems recorded. */
static void read_profile(struct xml_load *ld, const xmlNode *root, struct profile_dump *out)
{
	static const char *const root_children[] = { "session", "bullet", "plan", "done", NULL };
	int line = xml_node_line(root);
	char *format;
	const char *what = "<" ROOT ">";

	if (!root || !xml_is_elem(root, ROOT)) {
		xml_problem(ld, root ? line : 0, "the root element is <%s>, not <" ROOT "> "
			    "(is this a file written by 'pmpath profile export'?)",
			    root ? (const char *)root->name : "");
		return;
	}
	check_attrs(ld, root, what, root_attrs);
	check_children_in(ld, root, what, root_children, 0,
			  "a profile holds <session>s, <bullet>s, an optional <plan> and "
			  "<done> items; a session holds <answer>s");
	format = xml_attr(root, "format");
	if (format && strcmp(format, FORMAT))
		xml_problem(ld, line, "format=\"%s\" is not supported (this pmpath reads "
			    "format " FORMAT "; a newer pmpath may read it)", format);
	free(format);
	out->name = xml_attr(root, "name");
	if (out->name && !profile_name_ok(out->name))
		xml_problem(ld, line, "name=\"%s\" is not a valid profile name (letters, "
			    "digits, '.', '_', '-'; at most 64)", out->name);
	out->created = ts_attr(ld, root, what, "created");
	for (const xmlNode *c = root->children; c; c = c->next) {
		struct stored_session *ss;
		if (!xml_is_elem(c, "session"))
			continue;
		if (out->n >= MAX_SESSIONS) {
			xml_problem(ld, xml_node_line(c), "more than %d sessions", MAX_SESSIONS);
			break;
		}
		ALLOC_GROW(out->sessions, out->n + 1, out->alloc);
		ss = &out->sessions[out->n++];
		memset(ss, 0, sizeof(*ss));
		read_session(ld, c, ss);
	}
	for (const xmlNode *c = root->children; c; c = c->next) {
		struct stored_bullet *b;
		if (!xml_is_elem(c, "bullet"))
			continue;
		if (out->bullets.n >= MAX_BULLETS) {
			xml_problem(ld, xml_node_line(c), "more than %d bullets", MAX_BULLETS);
			break;
		}
		ALLOC_GROW(out->bullets.items, out->bullets.n + 1, out->bullets.alloc);
		b = &out->bullets.items[out->bullets.n++];
		memset(b, 0, sizeof(*b));
		read_bullet(ld, c, b);
	}
	for (const xmlNode *c = root->children; c; c = c->next) {
		if (!xml_is_elem(c, "plan"))
			continue;
		if (out->has_plan) {
			xml_problem(ld, xml_node_line(c), "a second <plan>");
			break;
		}
		read_plan(ld, c, out);
	}
	for (const xmlNode *c = root->children; c; c = c->next) {
		struct stored_done *d;
		if (!xml_is_elem(c, "done"))
			continue;
		if (out->ndone >= MAX_DONE) {
			xml_problem(ld, xml_node_line(c), "more than %d done items", MAX_DONE);
			break;
		}
		ALLOC_GROW(out->done, out->ndone + 1, out->done_alloc);
		d = &out->done[out->ndone++];
		memset(d, 0, sizeof(*d));
		read_done(ld, c, d);
		for (size_t i = 0; i + 1 < out->ndone; i++)
			if (!strcmp(out->done[i].item, d->item)) {
				xml_problem(ld, xml_node_line(c), "<done>: item \"%s\" is listed "
					    "twice", d->item);
				break;
			}
	}
}

int profile_xml_load_mem(const char *buf, size_t n, const char *disp,
			 const char *schema_path, struct profile_dump *out)
{
	struct xml_load ld = XML_LOAD_INIT(disp, "a profile file", MAX_DEPTH,
					   "a profile needs 3: profile, session, answer");
	struct xml_saved saved;
	xmlDocPtr doc;

	memset(out, 0, sizeof(*out));
	if (n > PROFILE_XML_MAX_SIZE) {
		error("%s: file is larger than %u MiB", disp, PROFILE_XML_MAX_SIZE >> 20);
		return -1;
	}
	if (xml_check_text(ld.disp, buf, n) < 0)
		return -1;
	LIBXML_TEST_VERSION
	xml_hooks_install(&ld, &saved);
	doc = xml_parse_safely(&ld, buf, n);
	if (doc) {
		int v = xml_validate_rng(&ld, doc, schema_path);
		size_t nschema = ld.nprobs;
		if (v < 0) {
			xml_hooks_restore(&saved);
			xmlFreeDoc(doc);
			xml_problems_flush(&ld, 1);
			return -1;
		}
		read_profile(&ld, xmlDocGetRootElement(doc), out);
		if (v > 0 && ld.nprobs > nschema) {
			/* Ours say the same more clearly: drop the schema's. */
			for (size_t i = 0; i < nschema; i++)
				free(ld.probs[i].msg);
			memmove(ld.probs, ld.probs + nschema,
				(ld.nprobs - nschema) * sizeof(*ld.probs));
			ld.nprobs -= nschema;
		}
	}
	xml_hooks_restore(&saved);
	if (doc)
		xmlFreeDoc(doc);
	if (ld.nprobs) {
		xml_problems_flush(&ld, 1);
		profile_dump_release(out);
		return -1;
	}
	xml_problems_flush(&ld, 0);
	return 0;
}

int profile_xml_load(const char *path, const char *disp, const char *schema_path,
		     struct profile_dump *out)
{
	const char *d = disp ? disp : path;
	char *buf = NULL;
	size_t n = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (xml_read_capped(path, d, PROFILE_XML_MAX_SIZE, &buf, &n) < 0)
		return -1;
	rc = profile_xml_load_mem(buf, n, d, schema_path, out);
	free(buf);
	return rc;
}
