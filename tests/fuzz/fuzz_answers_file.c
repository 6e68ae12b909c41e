/*
 * fuzz_answers_file.c - libFuzzer target for answers_text_parse(): any
 * bytes must give entries or messages, never a crash, leak or overflow.
 * Build (until `make fuzz` exists):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude \
 *     tests/fuzz/fuzz_answers_file.c src/io/answers_file.c src/util/util.c \
 *     -o build-fuzz/fuzz_answers_file
 * Messages go to stderr; run with 2>/dev/null or -close_fd_mask=2.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pmpath/answers_file.h"
#include "pmpath/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct af_entries e = AF_ENTRIES_INIT;
	int rc = answers_text_parse((const char *)data, size, "fuzz", &e);
	/* Entries are well formed: a valid id and valid UTF-8 values. */
	for (size_t i = 0; i < e.n; i++) {
		if (rc != 0 || !e.items[i].id[0] || e.items[i].line < 1 ||
		    !utf8_valid(e.items[i].value, strlen(e.items[i].value)))
			__builtin_trap();
	}
	if (rc != 0 && e.n != 0)
		__builtin_trap();
	af_entries_release(&e);
	return 0;
}
