/*
 * fuzz_json_resume.c - libFuzzer target for the JSON Resume import
 * (json_resume_parse): any bytes give bullets or a printed error, never a
 * crash or leak; every bullet has its text and its place.
 */
#include <stddef.h>
#include <stdint.h>

#include "pmpath/json_resume.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jr_bullets b = { NULL, 0, 0 };
	int rc = json_resume_parse((const char *)data, size, "fuzz.json", &b);
	for (size_t i = 0; i < b.n; i++)
		if (!b.items[i].text || !b.items[i].where)
			__builtin_trap();
	(void)rc;
	jr_bullets_release(&b);
	return 0;
}
