#!/bin/sh
# hostile input: 100,000 columns (more than the 65536 fields a record may
# have: refused at the header), in every format, for every reader
# (tests/hostile/commands); statuses and messages in tests/hostile/expected.
. "${0%/*}/../lib.sh"
. "$TESTS_DIR/hostile/hostile.sh"

hostile many-columns
