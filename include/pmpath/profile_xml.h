/*
 * profile_xml.h - a profile as an XML file (data/profile.rng): the format
 * `pmpath profile export` writes and `pmpath profile import` reads, so a
 * person can move their answers to another machine or share them.
 *
 * Writing builds the document with libxml2's tree API, so every string is
 * escaped.  Reading follows the bank loader's safety rules (xml_safe.h:
 * size cap, no network, no DOCTYPE, no entities, refusing entity loader),
 * validates against the schema, then runs a semantic pass (real dates,
 * timestamps in order, well-formed and unique question ids, statuses and
 * values that agree) that reports every problem as "pmpath: FILE:LINE: ...".
 */
#ifndef PMPATH_PROFILE_XML_H
#define PMPATH_PROFILE_XML_H

#include "pmpath/store.h"
#include "pmpath/util.h"

/* Largest profile file import reads ("16 MiB" in the message). */
#define PROFILE_XML_MAX_SIZE (16u * 1024 * 1024)

/*
 * Append the XML text of `p` (UTF-8, with an XML declaration, indented,
 * ending in a newline) to `out`.  The same dump always gives the same
 * bytes.  Returns 0, or -1 after printing why (a value holding a control
 * character XML 1.0 cannot carry).
 */
int profile_xml_write(const struct profile_dump *p, struct strbuf *out);

/*
 * Load and check the profile file `path` (named `disp` in messages, NULL:
 * `path`) against the RELAX NG schema at `schema_path`.  Returns 0 with
 * *out filled (init with PROFILE_DUMP_INIT; free with
 * profile_dump_release), or -1 after printing every problem found.
 */
int profile_xml_load(const char *path, const char *disp, const char *schema_path,
		     struct profile_dump *out);
/* The same for `n` bytes at `buf` (need not be NUL-terminated), named
 * `disp` in messages; used by profile_xml_load() and the fuzz target. */
int profile_xml_load_mem(const char *buf, size_t n, const char *disp,
			 const char *schema_path, struct profile_dump *out);

/* 1 if s is a valid profile name: letters, digits, '.', '_', '-'; 1 to 64. */
int profile_name_ok(const char *s);
/* 1 if s is an ISO 8601 UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" of a real
 * date and time. */
int profile_timestamp_ok(const char *s);

#endif
