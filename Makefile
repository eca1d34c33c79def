# emp: build, test and install.  GNU make.
#
#   make               build everything into build/
#   make check         install missing dependencies, build, run every test
#   make demo          run the pipeline on generated sample data
#   make check-browser the demo's HTML report in headless Chromium
#   make check-asan    the suite under AddressSanitizer + UBSan (build-asan/)
#   make check-valgrind  the suite under valgrind
#   make check-alloc   the Nth allocation fails, every N, each command
#                      (tests/fault/alloc-sweep, build-alloc/, ASan+LSan)
#   make check-faults  reads, writes, fsync and close fail (tests/fault/,
#                      an LD_PRELOAD shim; also part of make check)
#   make check-scale   5M events split into headerless parts, scored,
#                      merged = one pass (tests/scale/split-merge)
#   make fuzz          libFuzzer harnesses, FUZZ_SECONDS each (build-fuzz/)
#   make install       PREFIX=/usr/local DESTDIR=
#
# One short line per file made ("  CC      build/common/csvread.o");
# V=1 shows the commands.  The check, demo and fuzz targets build with
# -j(processors) unless make was given -j.

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
B	?= build

CC	?= cc
CFLAGS	?= -O2 -g
WARN	 = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wformat=2 -Wcast-qual -Wwrite-strings \
	   -Wpointer-arith -Wvla -Wundef -Wnull-dereference
ALL_CFLAGS = -std=c11 -pthread $(WARN) $(CFLAGS)
ALL_CPPFLAGS = -D_DEFAULT_SOURCE -Icommon $(CPPFLAGS)
LDLIBS	+= -lcsv -lz -lsodium -lpthread -lm

CMDS	 = emp-ingest emp-score emp-challenge emp-tier emp-report
LIBSRC	 = $(wildcard common/*.c)
LIBOBJ	 = $(LIBSRC:%.c=$(B)/%.o)
LIB	 = $(B)/libemp.a
PROGS	 = $(CMDS:%=$(B)/%)
TOOLS	 = $(B)/csvdump $(B)/parsecheck $(B)/fcrcheck $(B)/gen-sample
MANS	 = $(wildcard man/*.[157])

# V=1: the commands in full; otherwise one line per file made
ifeq ($(V),1)
Q	 =
QUIET_CC =
QUIET_AR =
QUIET_LD =
QUIET_GEN =
else
Q	 = @
QUIET_CC = @printf '  %-7s %s\n' CC $@;
QUIET_AR = @printf '  %-7s %s\n' AR $@;
QUIET_LD = @printf '  %-7s %s\n' LD $@;
QUIET_GEN = @printf '  %-7s %s\n' GEN $@;
endif

# the sub-make that builds for a check target: -j(processors) unless make
# itself was given -j (MAKEFLAGS holds it only while recipes run)
NPROC	:= $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
SUBMAKE	 = $(MAKE) --no-print-directory \
	   $(if $(filter -j%,$(MAKEFLAGS)),,-j$(NPROC))

FUZZ_SECONDS ?= 60
FUZZERS	 = $(patsubst tests/fuzz/%.c,%,$(filter-out tests/fuzz/driver.c,$(wildcard tests/fuzz/fuzz_*.c)))

all: $(PROGS) $(TOOLS) tests/csvdump $(B)/clock-shim.so

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(LIB): $(LIBOBJ)
	$(QUIET_AR)rm -f $@ && $(AR) rcs $@ $(LIBOBJ)

$(B)/emp-%: $(B)/cmd/emp-%.o $(LIB)
	$(QUIET_LD)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(B)/csvdump $(B)/parsecheck $(B)/fcrcheck: $(B)/%: $(B)/tests/%.o $(LIB)
	$(QUIET_LD)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# The conformance runner (../shared/conformance/run) looks here.
tests/csvdump: $(B)/csvdump
	$(QUIET_GEN)cp $(B)/csvdump $@

$(B)/gen-sample: scripts/gen-sample.c
	@mkdir -p $(@D)
	$(QUIET_LD)$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -D_DEFAULT_SOURCE $(LDFLAGS) -o $@ $<

$(B)/csvparse: scripts/csvparse.c
	@mkdir -p $(@D)
	$(QUIET_LD)$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -D_DEFAULT_SOURCE $(LDFLAGS) -o $@ $< -lcsv

$(B)/fuzz-replay-%: tests/fuzz/%.c tests/fuzz/driver.c $(LIB)
	$(QUIET_LD)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# the I/O fault shim of tests/fault/ (LD_PRELOAD)
$(B)/fault-shim.so: tests/fault/shim.c
	$(QUIET_LD)$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -fPIC -shared -o $@ $< -ldl

# the test clock of tests/clock/ (LD_PRELOAD, EMP_TEST_NOW; never installed),
# never sanitized: under ASan it is preloaded after the ASan runtime
$(B)/clock-shim.so: tests/clock/shim.c
	@mkdir -p $(@D)
	$(QUIET_LD)$(CC) $(filter-out -fsanitize=%,$(ALL_CFLAGS)) $(CPPFLAGS) \
	    -fPIC -shared -o $@ $< -ldl

deps:
	@scripts/install-deps build test

check: deps
	@$(SUBMAKE) all $(FUZZERS:%=$(B)/fuzz-replay-%) \
	    $(B)/fault-shim.so $(B)/clock-shim.so
	$(Q)EMP_BIN=$(CURDIR)/$(B) tests/run

SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=all \
	   -fno-omit-frame-pointer
check-asan:
	@scripts/install-deps build test asan
	@$(SUBMAKE) B=build-asan CFLAGS="-O1 -g $(SAN)" \
	    LDFLAGS="$(SAN)" build-asan/emp-ingest build-asan/emp-score \
	    build-asan/emp-challenge build-asan/emp-tier build-asan/emp-report \
	    build-asan/csvdump \
	    build-asan/parsecheck build-asan/fcrcheck build-asan/gen-sample $(FUZZERS:%=build-asan/fuzz-replay-%) \
	    build-asan/clock-shim.so
	$(Q)ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	    UBSAN_OPTIONS=print_stacktrace=1 \
	    EMP_BIN=$(CURDIR)/build-asan tests/run

# The Nth allocation fails (common/util.c, -DEMP_FAULT_INJECT), for every N
# of a run of each command: a clean "out of memory", status 1, no leak.
check-alloc:
	@scripts/install-deps build test asan
	@$(SUBMAKE) B=build-alloc \
	    CFLAGS="-O1 -g $(SAN)" CPPFLAGS="-DEMP_FAULT_INJECT" \
	    LDFLAGS="$(SAN)" $(CMDS:%=build-alloc/%)
	$(Q)EMP_BIN=$(CURDIR)/build-alloc tests/fault/alloc-sweep

# The slow tier of the scale-out test (issue 17): the 5,000,000 events of
# scripts/bench (build/bench/events.csv, made when missing) cut by split -l
# into headerless parts, scored with --partial --header, merged, compared
# byte for byte with one pass; tests/emp-score/0432 is its small form.
check-scale: deps
	@$(SUBMAKE) $(B)/emp-ingest $(B)/emp-score $(B)/gen-sample
	$(Q)EMP_BIN=$(CURDIR)/$(B) tests/scale/split-merge

check-faults: deps
	@$(SUBMAKE) all $(B)/fault-shim.so $(B)/clock-shim.so
	$(Q)EMP_BIN=$(CURDIR)/$(B) tests/run fault/

check-valgrind:
	@scripts/install-deps build test valgrind
	@$(SUBMAKE) all $(FUZZERS:%=$(B)/fuzz-replay-%) $(B)/clock-shim.so
	$(Q)EMP_VALGRIND=1 EMP_BIN=$(CURDIR)/$(B) tests/run

FUZZ_CFLAGS = -O1 -g -fsanitize=fuzzer,address,undefined \
	   -fno-sanitize-recover=all
fuzz:
	@scripts/install-deps build fuzz
	@$(SUBMAKE) B=build-fuzz CC=clang \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" \
	    build-fuzz/libemp.a
	@set -e; for f in $(FUZZERS); do \
	    clang $(ALL_CPPFLAGS) -std=c11 $(FUZZ_CFLAGS) \
	        -o build-fuzz/$$f tests/fuzz/$$f.c build-fuzz/libemp.a $(LDLIBS); \
	    mkdir -p build-fuzz/corpus-$$f; \
	    rm -f build-fuzz/$$f-crash-* build-fuzz/$$f-leak-* build-fuzz/$$f-timeout-*; \
	    echo "fuzz: $$f for $(FUZZ_SECONDS)s"; \
	    build-fuzz/$$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	        -artifact_prefix=build-fuzz/$$f- \
	        build-fuzz/corpus-$$f tests/fuzz/corpus/$$f 2>&1 \
	        | grep -E '^(stat::number_of_executed_units|==|SUMMARY|INFO: -max_total_time|Done)' || true; \
	    if ls build-fuzz/$$f-crash-* build-fuzz/$$f-leak-* build-fuzz/$$f-timeout-* \
	        2>/dev/null | grep -q .; then \
	        echo "fuzz: $$f found a problem: build-fuzz/$$f-*"; exit 1; fi; \
	done

demo: deps
	@$(SUBMAKE) all
	@scripts/demo

# the demo's HTML report in headless Chromium: screenshots, no errors, no loads
check-browser: demo
	@scripts/install-deps browser
	$(Q)scripts/check-browser build/demo/report.html
	$(Q)scripts/check-browser build/demo/scorecards/wei.zhang.html

install: $(PROGS)
	install -d $(DESTDIR)$(BINDIR)
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)
	@for m in $(MANS); do \
	    s=$${m##*.}; install -d $(DESTDIR)$(MANDIR)/man$$s; \
	    echo install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s; \
	    install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s || exit 1; \
	done

uninstall:
	rm -f $(CMDS:%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(foreach m,$(MANS),$(DESTDIR)$(MANDIR)/man$(subst .,,$(suffix $(m)))/$(notdir $(m)))

clean:
	rm -rf build build-asan build-alloc build-fuzz tests/csvdump

.PHONY: all check check-browser check-asan check-alloc check-faults check-scale check-valgrind fuzz demo deps install uninstall clean
.SECONDARY:

-include $(LIBOBJ:.o=.d) $(wildcard $(B)/cmd/*.d $(B)/tests/*.d)
