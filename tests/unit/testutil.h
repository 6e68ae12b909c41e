/*
 * testutil.h - paths the unit tests need.  tests/run.sh runs every test
 * from the repository root and exports PMPATH_BUILD (build, build-asan,
 * ...), so tests find the catalog of the build under test.
 */
#ifndef PMPATH_TESTUTIL_H
#define PMPATH_TESTUTIL_H

#include <stdlib.h>

#include "pmpath/util.h"

/* "<build dir>/<name>" (caller frees). */
static inline char *test_build_path(const char *name)
{
	const char *b = getenv("PMPATH_BUILD");
	return xasprintf("%s/%s", b && *b ? b : "build", name);
}

#endif
