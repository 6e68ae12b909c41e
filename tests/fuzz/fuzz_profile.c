/*
 * fuzz_profile.c - libFuzzer target for the profile import loader from
 * memory (profile_xml_load_mem): any bytes give a profile or printed
 * problems, never a crash, leak, overflow or a file read outside it.
 * Runs from the repository root (the schema is data/profile.rng;
 * PMPATH_FUZZ_PROFILE_SCHEMA overrides).  Built by `make fuzz`.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "pmpath/profile_xml.h"
#include "pmpath/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *schema = getenv("PMPATH_FUZZ_PROFILE_SCHEMA");
	struct profile_dump d = PROFILE_DUMP_INIT;
	if (profile_xml_load_mem((const char *)data, size, "fuzz.xml",
				 schema ? schema : "data/profile.rng", &d) == 0)
		profile_dump_release(&d);
	return 0;
}
