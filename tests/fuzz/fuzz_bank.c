/*
 * fuzz_bank.c - libFuzzer target for the question-bank loader from memory
 * (bank_load_mem): any bytes give a bank or printed problems, never a
 * crash, leak, overflow or a file read outside the bank.  Runs from the
 * repository root (the schema is questions/bank.rng; PMPATH_FUZZ_SCHEMA
 * overrides).  Built by `make fuzz` into build-fuzz/.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "pmpath/bank.h"
#include "pmpath/bank_xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *schema = getenv("PMPATH_FUZZ_SCHEMA");
	struct bank *b = bank_load_mem((const char *)data, size, "fuzz.xml",
				       schema ? schema : "questions/bank.rng");
	bank_free(b);
	return 0;
}
