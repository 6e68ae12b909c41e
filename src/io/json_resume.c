/*
 * json_resume.c - read the bullets of a JSON Resume file with jansson
 * (see include/pmpath/json_resume.h).  Only work[].highlights[] are
 * bullets; position and name give each one its context.
 */
#include "pmpath/json_resume.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

static const char *type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	case JSON_NULL: return "null";
	}
	return "something else";
}

/* Read the whole file, at most JSON_RESUME_MAX_BYTES; NULL after printing. */
static char *read_capped(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	struct strbuf sb = STRBUF_INIT;
	char buf[16384];
	size_t n;
	if (!fp) {
		error("%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (sb.len + n > JSON_RESUME_MAX_BYTES) {
			fclose(fp);
			sb_release(&sb);
			error("%s: too large for a resume (more than %u bytes)", path,
			      JSON_RESUME_MAX_BYTES);
			return NULL;
		}
		sb_add(&sb, buf, n);
	}
	if (ferror(fp)) {
		fclose(fp);
		sb_release(&sb);
		error("%s: read error", path);
		return NULL;
	}
	fclose(fp);
	*len = sb.len;
	if (!sb.buf)
		sb_init(&sb);
	return sb_detach(&sb);
}

/* The optional string member `key` of job i; -1 after printing if it has the wrong type. */
static int opt_string(const char *path, json_t *job, size_t i, const char *key, const char **out)
{
	json_t *v = json_object_get(job, key);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return error("%s: work[%zu].%s: expected a string, got %s", path, i, key, type_name(v));
	*out = json_string_value(v);
	return 0;
}

int json_resume_load(const char *path, struct jr_bullets *out)
{
	size_t len = 0;
	char *data = read_capped(path, &len);
	int rc;
	if (!data)
		return -1;
	rc = json_resume_parse(data, len, path, out);
	free(data);
	return rc;
}

int json_resume_parse(const char *data, size_t len, const char *path, struct jr_bullets *out)
{
	json_error_t jerr;
	json_t *root, *work;
	int rc = 0;
	/* A UTF-8 byte order mark (Windows editors write one) is not JSON. */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		data += 3, len -= 3;
	else if (len >= 2 && (!memcmp(data, "\xFF\xFE", 2) || !memcmp(data, "\xFE\xFF", 2)))
		return error("%s:1: the file is UTF-16 (save it as UTF-8)", path);
	root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		/* jansson names its own flag here; say it in the user's terms. */
		if (str_starts_with(jerr.text, "\\u0000 is not allowed"))
			return error("%s:%d:%d: malformed JSON: \\u0000 (a NUL character) is not "
				     "allowed in a resume", path, jerr.line, jerr.column);
		return error("%s:%d:%d: malformed JSON: %s", path, jerr.line, jerr.column, jerr.text);
	}
	if (!json_is_object(root)) {
		rc = error("%s: expected a JSON Resume object at the top, got %s", path, type_name(root));
		goto out;
	}
	work = json_object_get(root, "work");
	if (!work || json_is_null(work))
		goto out;
	if (!json_is_array(work)) {
		rc = error("%s: work: expected an array, got %s", path, type_name(work));
		goto out;
	}
	for (size_t i = 0; i < json_array_size(work); i++) {
		json_t *job = json_array_get(work, i), *hl;
		const char *position = NULL, *name = NULL;
		char *context = NULL;
		if (!json_is_object(job)) {
			rc = error("%s: work[%zu]: expected an object, got %s", path, i, type_name(job));
			goto out;
		}
		if (opt_string(path, job, i, "position", &position) < 0 ||
		    opt_string(path, job, i, "name", &name) < 0 ||
		    (!name && opt_string(path, job, i, "company", &name) < 0)) {
			rc = -1;
			goto out;
		}
		hl = json_object_get(job, "highlights");
		if (!hl || json_is_null(hl))
			continue;
		if (!json_is_array(hl)) {
			rc = error("%s: work[%zu].highlights: expected an array, got %s", path, i,
				   type_name(hl));
			goto out;
		}
		if (position && *position && name && *name)
			context = xasprintf("%s, %s", position, name);
		else if (position && *position)
			context = xstrdup(position);
		else if (name && *name)
			context = xstrdup(name);
		for (size_t k = 0; k < json_array_size(hl); k++) {
			json_t *h = json_array_get(hl, k);
			struct jr_bullet *b;
			if (!json_is_string(h)) {
				rc = error("%s: work[%zu].highlights[%zu]: expected a string, got %s", path,
					   i, k, type_name(h));
				free(context);
				goto out;
			}
			ALLOC_GROW(out->items, out->n + 1, out->alloc);
			b = &out->items[out->n++];
			b->text = xstrndup(json_string_value(h), json_string_length(h));
			b->context = context ? xstrdup(context) : NULL;
			b->where = xasprintf("work[%zu].highlights[%zu]", i, k);
		}
		free(context);
	}
out:
	json_decref(root);
	return rc;
}

void jr_bullets_release(struct jr_bullets *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->items[i].text);
		free(b->items[i].context);
		free(b->items[i].where);
	}
	free(b->items);
	memset(b, 0, sizeof(*b));
}
