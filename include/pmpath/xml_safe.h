/*
 * xml_safe.h - load an XML file a user hands us without trusting it, and
 * report every problem as "pmpath: FILE:LINE: message" (shared by the bank
 * loader, bank_xml.c, and the profile importer, profile_xml.c).
 *
 * The rules (see /work/shared/LIBRARY-NOTES.md):
 *   - the file is read by us with a size cap; NUL bytes and invalid UTF-8
 *     are refused with the line where they are;
 *   - libxml2 parses from memory with XML_PARSE_NONET | XML_PARSE_BIG_LINES
 *     only: no entity substitution, no DTD loading, no XInclude;
 *   - any DOCTYPE is refused (so no entity can be declared at all), an
 *     external entity loader that refuses everything is installed, and
 *     elements may not nest deeper than a limit the caller sets;
 *   - libxml2 never prints: its errors are caught by a structured handler
 *     and recorded as problems, printed sorted by line at the end.
 *
 * Typical use:
 *     struct xml_load ld = XML_LOAD_INIT(disp, "a profile file", 8, "...");
 *     struct xml_saved saved;
 *     if (xml_read_capped(path, disp, MAX, &buf, &n) < 0 ||
 *         xml_check_text(disp, buf, n) < 0) ...;
 *     xml_hooks_install(&ld, &saved);
 *     doc = xml_parse_safely(&ld, buf, n);
 *     if (doc && xml_validate_rng(&ld, doc, schema) == 0) ...semantic pass...
 *     xml_hooks_restore(&saved);
 *     xmlFreeDoc(doc); xml_problems_flush(&ld, 1);
 */
#ifndef PMPATH_XML_SAFE_H
#define PMPATH_XML_SAFE_H

#include <stddef.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pmpath/util.h"

/* At most this many problems are printed, then "N more problems". */
#define XML_MAX_PROBLEMS 50

/* One problem found while loading, printed once the pass is over. */
struct xml_problem {
	int line;         /* 1-based, or 0 when there is none */
	char *msg;        /* owned */
	const void *node; /* the element a schema error is about, or NULL */
};

/*
 * Everything one load needs.  The caller sets the first four fields (the
 * strings are borrowed and must outlive the load); the rest is state kept
 * by xml_safe.c.  Problems are owned by the struct and freed by
 * xml_problems_flush().
 */
struct xml_load {
	const char *disp;       /* file name in messages */
	const char *kind;       /* "a question bank": in the DOCTYPE message */
	int max_depth;          /* elements nested deeper are refused */
	const char *depth_hint; /* "a bank needs 4: ...": in that message */

	struct xml_problem *probs; /* collected problems, in order found */
	size_t nprobs, alloc;
	int doctype_line;       /* >0: a DOCTYPE was seen (and refused) */
	int depth;              /* current element depth while parsing */
	int too_deep_line;      /* >0: max_depth exceeded there */
	int entity_refused;     /* the entity loader was asked for something */
	startElementNsSAX2Func sax_start; /* libxml2's own handlers we wrap */
	endElementNsSAX2Func sax_end;
};

#define XML_LOAD_INIT(disp, kind, depth, hint) \
	{ (disp), (kind), (depth), (hint), NULL, 0, 0, 0, 0, 0, 0, NULL, NULL }

/* Record a problem at `line` (0: no line). */
void xml_problem(struct xml_load *ld, int line, const char *fmt, ...) PM_PRINTF(3, 4);
/*
 * Print the collected problems as "pmpath: DISP:LINE: msg" (sorted by
 * line, stable, when `sort`), at most XML_MAX_PROBLEMS of them, and free
 * them.  Returns how many there were.
 */
size_t xml_problems_flush(struct xml_load *ld, int sort);

/*
 * Read `path` into a fresh NUL-terminated buffer of at most `max` bytes
 * (messages say "larger than N MiB", so use whole MiB).  Returns 0 (the
 * caller frees *out) or -1 after printing why, naming `disp`.
 */
int xml_read_capped(const char *path, const char *disp, size_t max, char **out,
		    size_t *outlen);
/* Most attributes one element may have (libxml2 checks them pairwise). */
#define XML_MAX_ATTRS 100
/* 0 if buf holds valid UTF-8 without NUL bytes, declares no encoding
 * other than UTF-8 (or ASCII) and has no element with more than
 * XML_MAX_ATTRS attributes; else -1 after printing "pmpath: DISP:LINE:
 * ..." for the first problem. */
int xml_check_text(const char *disp, const char *buf, size_t n);

/* The libxml2 global handlers replaced during a load, to restore after. */
struct xml_saved {
	xmlExternalEntityLoader loader;
	xmlGenericErrorFunc generic;
	void *generic_ctx;
	xmlStructuredErrorFunc structured;
	void *structured_ctx;
};
/* Install our handlers (refusing entity loader, quiet generic errors,
 * structured errors recorded in ld) for the duration of one load.  Loads
 * do not nest. */
void xml_hooks_install(struct xml_load *ld, struct xml_saved *saved);
/* Put libxml2's handlers back as they were. */
void xml_hooks_restore(const struct xml_saved *saved);

/*
 * Parse buf (n bytes, already checked by xml_check_text) with the rules
 * above.  Returns the document (caller frees with xmlFreeDoc) or NULL
 * after recording the problem: only the first parse error, since the rest
 * are usually its echoes.  Needs xml_hooks_install().
 */
xmlDocPtr xml_parse_safely(struct xml_load *ld, const char *buf, size_t n);

/*
 * Validate doc against the RELAX NG schema (XML syntax) at schema_path.
 * Returns 0 valid; 1 invalid, with libxml2's messages recorded as problems
 * (each with the element it is about in ->node, for callers that explain
 * them better); -1 when the schema itself cannot be read or compiled
 * (printed, naming the schema).  Needs xml_hooks_install().
 */
int xml_validate_rng(struct xml_load *ld, xmlDocPtr doc, const char *schema_path);

/* Line of a node (its start tag), or 0. */
int xml_node_line(const xmlNode *n);
/* 1 if n is an element called `name`. */
int xml_is_elem(const xmlNode *n, const char *name);
/* Attribute `name` (no namespace) of n as a fresh string, or NULL. */
char *xml_attr(const xmlNode *n, const char *name);

#endif
