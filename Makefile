# pmpath - build, test and install.  See README.md and HACKING.md.
#
#   make            build build/pmpath and build/catalog.db
#   make run        install missing Debian packages, build, start pmpath
#   make test       install missing packages, build, run every test
#   make check-asan the whole suite under ASan+UBSan (build-asan/)
#   make valgrind   the unit tests and e2e suite under valgrind
#   make bench      performance figures of an -O2 build (build-bench/)
#   make bench-guard  callgrind instruction counts vs tests/bench/limits.txt
#                   (UPDATE=1 rewrites the limits)
#   make fuzz       each libFuzzer target for FUZZ_TIME s (600) (build-fuzz/)
#   make fuzz-smoke each libFuzzer target for FUZZ_SMOKE_TIME s (20)
#   make fault-long allocation failure at every N along a scripted session
#   make soak       the long kill -9 run (KILL9_TRIALS and KILL9_PIPE_TRIALS, 1000 each)
#   make install PREFIX=/usr/local DESTDIR=   /  make uninstall
#   STRICT=1        add -Werror (CI uses it)

VERSION    := 0.1.0
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
DATADIR    ?= $(PREFIX)/share/pmpath
MANDIR     ?= $(PREFIX)/share/man
COMPDIR    ?= $(PREFIX)/share/bash-completion/completions
DESTDIR    ?=

CC         ?= cc
PKG_CONFIG ?= pkg-config
PKGS       := sqlite3 libxml-2.0 readline jansson
B          ?= build

CFLAGS     ?= -O2 -g
WARN       := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wformat=2 -Wvla -Wno-unused-parameter
ifeq ($(STRICT),1)
WARN       += -Werror
endif
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS  = -std=c17 $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
              -Iinclude $(PKG_CFLAGS) -MMD -MP \
              -DPMPATH_VERSION='"$(VERSION)"' -DPMPATH_DATADIR='"$(DATADIR)"' \
              $(SANFLAGS) $(CFLAGS)
LDLIBS      = $(PKG_LIBS) -lm

# Every .c under src/ except the tools; main.c is left out of the library
# the unit tests link against.
SRC        := $(filter-out src/tools/%,$(wildcard src/*.c src/*/*.c))
OBJ        := $(SRC:%.c=$(B)/obj/%.o)
LIBOBJ     := $(filter-out $(B)/obj/src/main.o,$(OBJ))
UNIT_SRC   := $(wildcard tests/unit/test_*.c)
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
# Helper programs the e2e tests drive (e.g. tests/e2e/*.exp).
TOOL_SRC   := $(wildcard tests/tools/*.c)
TOOL_BIN   := $(TOOL_SRC:tests/tools/%.c=$(B)/tests/%)
CATALOG_SQL:= $(sort $(wildcard data/catalog/*.sql))

.PHONY: all deps deps-test run test unit e2e check-asan valgrind install \
        uninstall clean fuzz fuzz-smoke fuzz-bins deps-fuzz fault-long soak \
        bench bench-guard bench-bins deps-bench
all: $(B)/pmpath $(B)/catalog.db

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The library archive: a program links only the objects it needs.
$(B)/libpmpath.a: $(LIBOBJ)
	@rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

$(B)/pmpath: $(B)/obj/src/main.o $(B)/libpmpath.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libpmpath.a $(LDLIBS)

$(B)/mkcatalog: $(B)/obj/src/tools/mkcatalog.o $(B)/libpmpath.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(B)/catalog.db: $(B)/mkcatalog $(CATALOG_SQL)
	$(B)/mkcatalog $@ $(CATALOG_SQL)

$(B)/tests/%: tests/unit/%.c $(B)/libpmpath.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(B)/libpmpath.a $(LDLIBS) -lcmocka

$(B)/tests/%: tests/tools/%.c $(B)/libpmpath.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libpmpath.a $(LDLIBS)

deps:
	@tools/deps.sh build
deps-test:
	@tools/deps.sh test
deps-bench:
	@tools/deps.sh bench
deps-fuzz:
	@tools/deps.sh fuzz

run: deps
	@$(MAKE) --no-print-directory all
	$(B)/pmpath

test: deps-test
	@$(MAKE) --no-print-directory all unit-bins
	@tests/run.sh $(B)

unit-bins: $(UNIT_BIN) $(TOOL_BIN)
.PHONY: unit-bins

check-asan: deps-fuzz
	@$(MAKE) --no-print-directory B=build-asan CC=clang \
	  SANFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  CFLAGS='-O1 -g' all unit-bins
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 tests/run.sh build-asan

valgrind: deps-test
	@$(MAKE) --no-print-directory all unit-bins
	@PMPATH_VALGRIND=1 tests/run.sh $(B)

# Performance (tests/bench/README.md): an optimised build without
# sanitizers in build-bench/, workloads generated at run time.
BENCH_MAKE = $(MAKE) --no-print-directory B=build-bench CFLAGS=-O2 SANFLAGS=
bench-bins: $(B)/bench_core
$(B)/bench_core: tests/bench/bench_core.c $(B)/libpmpath.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libpmpath.a $(LDLIBS)

bench: deps-bench
	@$(BENCH_MAKE) all bench-bins
	@nice tests/bench/run.sh bench build-bench

bench-guard: deps-bench
	@$(BENCH_MAKE) all bench-bins
	@UPDATE=$(UPDATE) nice tests/bench/run.sh guard build-bench

# ---- fuzzing (tests/fuzz/README.md) ------------------------------------
# Each tests/fuzz/fuzz_<name>.c is a libFuzzer target; its seed corpus is
# tests/fuzz/corpus/<name>/ (read only); what a run finds goes to
# build-fuzz/corpus/<name>/ and crashes to build-fuzz/artifacts/.
FUZZ_SRC   := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_NAMES := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
FUZZ_TIME  ?= 600
FUZZ_SMOKE_TIME ?= 20
FUZZ_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

$(B)/fuzz/%: tests/fuzz/%.c $(B)/libpmpath.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(B)/libpmpath.a $(LDLIBS)

fuzz-targets: $(FUZZ_SRC:tests/fuzz/%.c=$(B)/fuzz/%)
.PHONY: fuzz-targets

fuzz-bins: deps-fuzz
	@$(MAKE) --no-print-directory B=build-fuzz CC=clang CFLAGS='-O1 -g' \
	  SANFLAGS='-fsanitize=fuzzer-no-link $(FUZZ_SAN)' all fuzz-targets

fuzz: fuzz-bins
	@tests/fuzz/run.sh build-fuzz $(FUZZ_TIME) $(FUZZ_NAMES)
fuzz-smoke: fuzz-bins
	@tests/fuzz/run.sh build-fuzz $(FUZZ_SMOKE_TIME) $(FUZZ_NAMES)

# ---- long fault and crash runs ------------------------------------------
fault-long: all unit-bins
	@PMPATH_BUILD=$(B) PMPATH=$(CURDIR)/$(B)/pmpath PMPATH_TOP=$(CURDIR) \
	  PMPATH_FAULT_ALL=1 sh tests/e2e/t_faults.sh
soak: all unit-bins
	@PMPATH_BUILD=$(B) PMPATH=$(CURDIR)/$(B)/pmpath PMPATH_TOP=$(CURDIR) \
	  KILL9_TRIALS=$${KILL9_TRIALS:-1000} KILL9_PIPE_TRIALS=$${KILL9_PIPE_TRIALS:-1000} sh tests/e2e/t_kill9.sh

# What `make install` puts where (DESTDIR prefixes every path; the binary
# finds its data through <bindir>/../share/pmpath, so a DESTDIR or moved
# tree works too).  uninstall removes exactly these files, then the
# directories that are pmpath's own.
BANKS      := $(wildcard questions/*.xml)
INST_DATA  := $(DESTDIR)$(DATADIR)
install: all
	install -d $(DESTDIR)$(BINDIR) $(INST_DATA)/questions $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(COMPDIR)
	install -m 755 $(B)/pmpath $(DESTDIR)$(BINDIR)/pmpath
	install -m 644 $(B)/catalog.db $(INST_DATA)/catalog.db
	install -m 644 $(BANKS) questions/bank.rng data/profile.rng $(INST_DATA)/questions/
	install -m 644 data/pmpath.1 $(DESTDIR)$(MANDIR)/man1/pmpath.1
	install -m 644 data/pmpath.bash-completion $(DESTDIR)$(COMPDIR)/pmpath

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pmpath $(DESTDIR)$(MANDIR)/man1/pmpath.1 \
	  $(DESTDIR)$(MANDIR)/man1/pmpath.1.gz $(DESTDIR)$(COMPDIR)/pmpath
	rm -f $(INST_DATA)/catalog.db $(INST_DATA)/questions/bank.rng \
	  $(INST_DATA)/questions/profile.rng $(BANKS:questions/%=$(INST_DATA)/questions/%)
	-rmdir $(INST_DATA)/questions $(INST_DATA) 2>/dev/null

clean:
	rm -rf build build-asan build-fuzz build-bench

-include $(OBJ:.o=.d) $(B)/obj/src/tools/mkcatalog.d
