#!/bin/sh
# hostile input: a local time that does not exist (DST gap, America/New_York), in every format, for every reader
# (tests/hostile/commands); statuses and messages in tests/hostile/expected.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/hostile/hostile.sh"

hostile dst-gap
