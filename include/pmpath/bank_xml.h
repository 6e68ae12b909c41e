/*
 * bank_xml.h - load a question bank from an XML file (the edge between
 * libxml2 and the bank model).
 *
 * Safety: the file is read with a size cap, parsed with XML_PARSE_NONET and
 * no entity substitution, DTD loading or XInclude; any DOCTYPE is refused;
 * an external entity loader that refuses everything is installed.  The
 * document is validated against the RELAX NG schema `schema_path`
 * (questions/bank.rng) and then by a semantic pass (unique ids, conditions
 * parse and name known questions and values, option values unique, ...).
 */
#ifndef PMPATH_BANK_XML_H
#define PMPATH_BANK_XML_H

#include "pmpath/bank.h"

/*
 * Load and validate `path`.  Returns the bank (caller frees with
 * bank_free) or NULL after printing every problem found as
 * "pmpath: FILE:LINE: message" to stderr.  `display_path` is the name used
 * in messages and stored in bank->path (NULL: use `path`).
 */
struct bank *bank_load_file(const char *path, const char *display_path,
			    const char *schema_path);

/* 1 if schema_path is the questions/bank.rng whose rules the loader also
 * checks in C (a valid bank then skips the slower RELAX NG pass), 0 if it
 * is another schema (always validated with it), -1 if unreadable. */
int bank_schema_is_builtin(const char *schema_path);

/*
 * The same for a bank already in memory: `n` bytes at `buf` (need not be
 * NUL-terminated), named `display` in messages.  Used by bank_load_file()
 * and by the fuzz target (tests/fuzz/fuzz_bank.c).
 */
struct bank *bank_load_mem(const char *buf, size_t n, const char *display,
			   const char *schema_path);

#endif
