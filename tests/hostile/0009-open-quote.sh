#!/bin/sh
# hostile input: a quote still open at the end of the file, in every format, for every reader
# (tests/hostile/commands); statuses and messages in tests/hostile/expected.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/hostile/hostile.sh"

hostile open-quote
