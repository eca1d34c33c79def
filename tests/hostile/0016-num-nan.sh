#!/bin/sh
# hostile input: the number nan, in every format, for every reader
# (tests/hostile/commands); statuses and messages in tests/hostile/expected.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/hostile/hostile.sh"

hostile num-nan
