/*
 * xml_safe.c - the safe way to load an XML file a user hands us, shared
 * by the bank loader and the profile importer (include/pmpath/xml_safe.h).
 *
 * The file is read by us with a size cap and checked for NUL bytes and
 * invalid UTF-8; libxml2 then parses it from memory with
 * XML_PARSE_NONET | XML_PARSE_BIG_LINES only (no entity substitution, no
 * DTD loading, no XInclude), with an external entity loader that refuses
 * everything, any DOCTYPE refused and a nesting limit.  libxml2 never
 * prints anything itself: its errors are caught by a structured error
 * handler and recorded, then printed as "pmpath: FILE:LINE: message".
 */
#include "pmpath/xml_safe.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

/* Schemas are our own small files. */
#define MAX_SCHEMA_SIZE (4u * 1024 * 1024)

/*
 * libxml2 2.9 hands structured error callbacks the wrong user pointer in
 * some paths, so the current load is found through this instead.
 */
static struct xml_load *cur;

void xml_problem(struct xml_load *ld, int line, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	ALLOC_GROW(ld->probs, ld->nprobs + 1, ld->alloc);
	ld->probs[ld->nprobs].line = line;
	ld->probs[ld->nprobs].msg = sb_detach(&sb);
	ld->probs[ld->nprobs].node = NULL;
	ld->nprobs++;
}

/* Order problems by line, keeping the order found within a line. */
static int problem_cmp(const void *a, const void *b)
{
	const struct xml_problem *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x < y ? -1 : (x > y);
}

size_t xml_problems_flush(struct xml_load *ld, int sort)
{
	size_t n = ld->nprobs;
	if (sort && n > 1) {
		/* Sorting by address as a tie-break keeps it stable. */
		qsort(ld->probs, n, sizeof(*ld->probs), problem_cmp);
	}
	for (size_t i = 0; i < n; i++) {
		if (i < XML_MAX_PROBLEMS) {
			if (ld->probs[i].line > 0)
				error("%s:%d: %s", ld->disp, ld->probs[i].line, ld->probs[i].msg);
			else
				error("%s: %s", ld->disp, ld->probs[i].msg);
		}
		free(ld->probs[i].msg);
	}
	if (n > XML_MAX_PROBLEMS)
		error("%s: %zu more problems not shown", ld->disp, n - XML_MAX_PROBLEMS);
	free(ld->probs);
	ld->probs = NULL;
	ld->nprobs = ld->alloc = 0;
	return n;
}

/* ---- reading the file -------------------------------------------------- */

int xml_read_capped(const char *path, const char *disp, size_t max, char **out,
		    size_t *outlen)
{
	struct strbuf sb = STRBUF_INIT;
	struct stat st;
	size_t mib = max >> 20;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return error("cannot open %s: %s", disp, strerror(errno));
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			close(fd);
			return error("cannot read %s: it is a directory", disp);
		}
		if (S_ISREG(st.st_mode) && st.st_size > (off_t)max) {
			close(fd);
			return error("%s: file is larger than %zu MiB", disp, mib);
		}
	}
	for (;;) {
		ssize_t n;
		sb_grow(&sb, 65536);
		n = read(fd, sb.buf + sb.len, sb.alloc - sb.len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			close(fd);
			sb_release(&sb);
			return error("cannot read %s: %s", disp, strerror(e));
		}
		if (n == 0)
			break;
		sb.len += (size_t)n;
		sb.buf[sb.len] = '\0';
		if (sb.len > max) {
			close(fd);
			sb_release(&sb);
			return error("%s: file is larger than %zu MiB", disp, mib);
		}
	}
	close(fd);
	*outlen = sb.len;
	*out = sb_detach(&sb);
	return 0;
}

/* 1-based line number of byte offset `off` in buf. */
static int line_at(const char *buf, size_t off)
{
	int line = 1;
	for (size_t i = 0; i < off; i++)
		if (buf[i] == '\n')
			line++;
	return line;
}

/* Offset of the first byte that breaks UTF-8 (no NUL allowed), or n. */
static size_t first_bad_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		size_t len;
		uint32_t cp, minv;
		if (c == 0)
			return i;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			len = 2, cp = c & 0x1F, minv = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3, cp = c & 0x0F, minv = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4, cp = c & 0x07, minv = 0x10000;
		} else {
			return i;
		}
		if (i + len > n)
			return i;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < minv || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += len;
	}
	return n;
}

/* First occurrence of the k bytes at `needle` in hay[0..n), or NULL. */
static const char *find_bytes(const char *hay, size_t n, const char *needle, size_t k)
{
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, k))
			return hay + i;
	return NULL;
}

/* 1 if the n bytes at s equal the NUL-terminated `word` in any case. */
static int ascii_ieq(const char *s, size_t n, const char *word)
{
	size_t i;
	for (i = 0; i < n && word[i]; i++) {
		char a = s[i], b = word[i];
		if (a >= 'a' && a <= 'z')
			a = (char)(a - 'a' + 'A');
		if (a != b)
			return 0;
	}
	return i == n && !word[i];
}

/*
 * The XML declaration at the start may name an encoding.  The bytes are
 * always read as UTF-8, so a declaration naming anything else is a lie
 * we refuse rather than guess around.  0 or -1 after printing.
 */
static int check_encoding_decl(const char *disp, const char *buf, size_t n)
{
	const char *end, *p, *v;
	size_t head = n < 512 ? n : 512, vlen;
	char q;
	if (head < 5 || memcmp(buf, "<?xml", 5) != 0)
		return 0;
	end = find_bytes(buf, head, "?>", 2);
	if (!end)
		return 0; /* the parser reports it */
	p = find_bytes(buf, (size_t)(end - buf), "encoding", 8);
	if (!p)
		return 0;
	p += 8;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p >= end || *p++ != '=')
		return 0;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return 0;
	q = *p++;
	v = p;
	while (p < end && *p != q)
		p++;
	vlen = (size_t)(p - v);
	if (ascii_ieq(v, vlen, "UTF-8") || ascii_ieq(v, vlen, "UTF8") ||
	    ascii_ieq(v, vlen, "US-ASCII") || ascii_ieq(v, vlen, "ASCII"))
		return 0;
	return error("%s:1: the file declares encoding=\"%.*s\", but pmpath reads "
		     "only UTF-8 (save the file as UTF-8 and declare encoding=\"UTF-8\")",
		     disp, (int)(vlen > 40 ? 40 : vlen), v);
}

/*
 * libxml2 checks an element's attributes for duplicates pairwise, so one
 * start tag with 100 000 attributes takes minutes.  Count the attributes
 * of every start tag first (a linear scan that skips comments, CDATA,
 * processing instructions and quoted values) and refuse a tag with more
 * than XML_MAX_ATTRS.  0 or -1 after printing.
 */
static int check_attr_counts(const char *disp, const char *buf, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *skip_to = NULL;
		size_t j, count = 0;
		char quote = 0;
		if (buf[i] != '<') {
			i++;
			continue;
		}
		if (n - i >= 4 && !memcmp(buf + i, "<!--", 4))
			skip_to = "-->";
		else if (n - i >= 9 && !memcmp(buf + i, "<![CDATA[", 9))
			skip_to = "]]>";
		else if (n - i >= 2 && buf[i + 1] == '?')
			skip_to = "?>";
		if (skip_to) {
			const char *e = find_bytes(buf + i + 2, n - i - 2, skip_to, strlen(skip_to));
			if (!e)
				return 0; /* unterminated: the parser reports it */
			i = (size_t)(e - buf) + strlen(skip_to);
			continue;
		}
		for (j = i + 1; j < n; j++) {
			char c = buf[j];
			if (quote) {
				if (c == quote)
					quote = 0;
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '=') {
				count++;
			} else if (c == '>' || c == '<') {
				break;
			}
		}
		if (count > XML_MAX_ATTRS)
			return error("%s:%d: an element has more than %d attributes",
				     disp, line_at(buf, i), XML_MAX_ATTRS);
		i = j;
	}
	return 0;
}

int xml_check_text(const char *disp, const char *buf, size_t n)
{
	size_t bad;
	if (n >= 2 && ((buf[0] == '\xFF' && buf[1] == '\xFE') ||
		       (buf[0] == '\xFE' && buf[1] == '\xFF')))
		return error("%s:1: the file is UTF-16 (save it as UTF-8)", disp);
	bad = first_bad_utf8((const unsigned char *)buf, n);
	if (bad >= n) {
		size_t bom = n >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3) ? 3 : 0;
		if (check_encoding_decl(disp, buf + bom, n - bom) < 0)
			return -1;
		return check_attr_counts(disp, buf, n);
	}
	if (buf[bad] == '\0')
		return error("%s:%d: the file contains a NUL byte (is it a text file?)",
			     disp, line_at(buf, bad));
	return error("%s:%d: invalid UTF-8 (save the file as UTF-8)", disp,
		     line_at(buf, bad));
}

/* ---- libxml2 hooks ------------------------------------------------------ */

/* Line of a libxml2 error: the node's (big) line number when there is one. */
static int xml_error_line(const xmlError *err)
{
	if (err->node) {
		const xmlNode *node = err->node;
		if (node->type == XML_ELEMENT_NODE || node->type == XML_TEXT_NODE ||
		    node->type == XML_ATTRIBUTE_NODE) {
			long l = xmlGetLineNo(node);
			if (l > 0)
				return l > INT32_MAX ? INT32_MAX : (int)l;
		}
	}
	return err->line;
}

/*
 * Structured error handler for the parser and the RELAX NG validator:
 * turns libxml2's message into one line and records it.  Warnings are
 * ignored (none of them matters for our files).
 */
static void xml_error(void *unused, xmlErrorPtr err)
{
	struct strbuf sb = STRBUF_INIT;
	(void)unused;
	if (!cur || !err || err->level == XML_ERR_WARNING)
		return;
	sb_adds(&sb, err->message ? err->message : "unknown XML error");
	/* One line: newlines inside become "; ", trailing ones go. */
	sb_rtrim(&sb);
	for (size_t i = 0; i < sb.len; i++)
		if (sb.buf[i] == '\n')
			sb.buf[i] = ' ';
	xml_problem(cur, xml_error_line(err), "%s", sb.buf);
	if (err->node && ((const xmlNode *)err->node)->type == XML_ELEMENT_NODE)
		cur->probs[cur->nprobs - 1].node = err->node;
	sb_release(&sb);
}

/* Generic (unstructured) libxml2 output: swallowed, never printed. */
static void PM_PRINTF(2, 3) xml_generic_quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* External entity loader that refuses everything (no file, no network). */
static xmlParserInputPtr refuse_entity(const char *url, const char *id,
				       xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	if (cur)
		cur->entity_refused = 1;
	return NULL;
}

/* SAX internalSubset: a DOCTYPE was seen; flag it and stop the parser. */
static void sax_internal_subset(void *ctx, const xmlChar *name,
				const xmlChar *external_id, const xmlChar *system_id)
{
	xmlParserCtxtPtr ctxt = ctx;
	(void)name;
	(void)external_id;
	(void)system_id;
	if (cur && !cur->doctype_line)
		cur->doctype_line = xmlSAX2GetLineNumber(ctx) > 0 ?
			xmlSAX2GetLineNumber(ctx) : 1;
	xmlStopParser(ctxt);
}

/*
 * Line where the start tag being reported began.  libxml2 calls the SAX
 * handler with the input just past the attributes, so a tag spread over
 * several lines would otherwise get the line of its end.
 */
static int start_tag_line(xmlParserCtxtPtr c)
{
	const xmlParserInput *in = c->input;
	int line = xmlSAX2GetLineNumber(c);
	if (in && in->cur && in->base) {
		const xmlChar *p = in->cur;
		size_t steps = 0;
		while (p > in->base && *p != '<' && steps++ < 65536) {
			p--;
			if (*p == '\n')
				line--;
		}
	}
	return line > 0 ? line : 1;
}

/* SAX startElementNs wrapper: count depth, stop beyond max_depth, and
 * give the element the line its start tag begins on. */
static void sax_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		      const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		      int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr c = ctx;
	int line;
	if (!cur)
		return;
	line = start_tag_line(c);
	if (++cur->depth > cur->max_depth) {
		if (!cur->too_deep_line)
			cur->too_deep_line = line;
		xmlStopParser(c);
		return;
	}
	if (cur->sax_start)
		cur->sax_start(ctx, localname, prefix, uri, nb_namespaces, namespaces,
			       nb_attributes, nb_defaulted, attributes);
	/* Lines past 65534 live elsewhere (XML_PARSE_BIG_LINES); leave those. */
	if (c->node && c->node->type == XML_ELEMENT_NODE && line < 65535 &&
	    c->node->line < 65535)
		c->node->line = (unsigned short)line;
}

/* SAX endElementNs wrapper: the other half of the depth count. */
static void sax_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		    const xmlChar *uri)
{
	if (cur && cur->depth > 0)
		cur->depth--;
	if (cur && cur->sax_end)
		cur->sax_end(ctx, localname, prefix, uri);
}

void xml_hooks_install(struct xml_load *ld, struct xml_saved *s)
{
	xmlInitParser();
	s->loader = xmlGetExternalEntityLoader();
	s->generic = xmlGenericError;
	s->generic_ctx = xmlGenericErrorContext;
	s->structured = xmlStructuredError;
	s->structured_ctx = xmlStructuredErrorContext;
	xmlSetExternalEntityLoader(refuse_entity);
	xmlSetGenericErrorFunc(NULL, xml_generic_quiet);
	xmlSetStructuredErrorFunc(NULL, xml_error);
	cur = ld;
}

void xml_hooks_restore(const struct xml_saved *s)
{
	cur = NULL;
	xmlSetExternalEntityLoader(s->loader);
	xmlSetGenericErrorFunc(s->generic_ctx, s->generic);
	xmlSetStructuredErrorFunc(s->structured_ctx, s->structured);
}

xmlDocPtr xml_parse_safely(struct xml_load *ld, const char *buf, size_t n)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	int opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES;
#ifdef XML_PARSE_NO_XXE
	opts |= XML_PARSE_NO_XXE;
#endif
	if (n > INT32_MAX) {
		xml_problem(ld, 0, "file too large to parse");
		return NULL;
	}
	ctxt = xmlNewParserCtxt();
	if (!ctxt)
		die("out of memory");
#if LIBXML_VERSION >= 21200
	xmlCtxtSetMaxAmplification(ctxt, 10);
#endif
	ld->sax_start = ctxt->sax->startElementNs;
	ld->sax_end = ctxt->sax->endElementNs;
	ctxt->sax->internalSubset = sax_internal_subset;
	ctxt->sax->startElementNs = sax_start;
	ctxt->sax->endElementNs = sax_end;
	/* The encoding is fixed to UTF-8 (checked before): a declaration
	 * naming another one cannot reinterpret the bytes. */
	doc = xmlCtxtReadMemory(ctxt, buf, (int)n, ld->disp, "UTF-8", opts);
	if (ld->doctype_line || ld->too_deep_line) {
		/* Our own refusal: drop libxml2's follow-up messages. */
		for (size_t i = 0; i < ld->nprobs; i++)
			free(ld->probs[i].msg);
		ld->nprobs = 0;
		if (ld->doctype_line)
			xml_problem(ld, ld->doctype_line,
				    "DOCTYPE declarations are not allowed in %s "
				    "(remove the <!DOCTYPE ...> line)", ld->kind);
		else
			xml_problem(ld, ld->too_deep_line,
				    "elements are nested more than %d levels deep (%s)",
				    ld->max_depth, ld->depth_hint);
		if (doc)
			xmlFreeDoc(doc);
		doc = NULL;
	} else if (!doc || !ctxt->wellFormed || ld->nprobs) {
		if (ld->nprobs > 1) {
			for (size_t i = 1; i < ld->nprobs; i++)
				free(ld->probs[i].msg);
			ld->nprobs = 1;
		}
		if (!ld->nprobs)
			xml_problem(ld, 0, "cannot parse the file as XML");
		if (doc)
			xmlFreeDoc(doc);
		doc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	return doc;
}

int xml_validate_rng(struct xml_load *ld, xmlDocPtr doc, const char *schema_path)
{
	char *sbuf = NULL;
	size_t slen = 0;
	xmlRelaxNGParserCtxtPtr pctxt;
	xmlRelaxNGPtr schema;
	xmlRelaxNGValidCtxtPtr vctxt;
	int rc;
	struct xml_load sl = XML_LOAD_INIT(schema_path, "a schema", 64, "");

	if (xml_read_capped(schema_path, schema_path, MAX_SCHEMA_SIZE, &sbuf, &slen) < 0)
		return -1;
	/* Problems in the schema itself are reported against the schema. */
	cur = &sl;
	pctxt = xmlRelaxNGNewMemParserCtxt(sbuf, (int)slen);
	if (!pctxt)
		die("out of memory");
	xmlRelaxNGSetParserStructuredErrors(pctxt, xml_error, NULL);
	schema = xmlRelaxNGParse(pctxt);
	xmlRelaxNGFreeParserCtxt(pctxt);
	free(sbuf);
	cur = ld;
	if (!schema || sl.nprobs) {
		xml_problems_flush(&sl, 0);
		if (schema)
			xmlRelaxNGFree(schema);
		return error("%s: cannot use this RELAX NG schema", schema_path);
	}
	vctxt = xmlRelaxNGNewValidCtxt(schema);
	if (!vctxt)
		die("out of memory");
	xmlRelaxNGSetValidStructuredErrors(vctxt, xml_error, NULL);
	rc = xmlRelaxNGValidateDoc(vctxt, doc);
	xmlRelaxNGFreeValidCtxt(vctxt);
	xmlRelaxNGFree(schema);
	if (rc != 0 && !ld->nprobs)
		xml_problem(ld, 0, "does not match the schema %s", schema_path);
	return rc == 0 ? 0 : 1;
}

/* ---- reading the tree ---------------------------------------------------- */

int xml_node_line(const xmlNode *n)
{
	long l = xmlGetLineNo(n);
	return l > 0 && l <= INT32_MAX ? (int)l : 0;
}

int xml_is_elem(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

char *xml_attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
	char *s;
	if (!v)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}
