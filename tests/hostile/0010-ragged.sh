#!/bin/sh
# hostile input: records with too many and too few fields, in every format, for every reader
# (tests/hostile/commands); statuses and messages in tests/hostile/expected.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/hostile/hostile.sh"

hostile ragged
