#!/bin/sh
# emp-ingest: --help prints the usage on stdout and exits 0; --version
# prints the version; an unknown option is a usage error (exit 2).
. "${0%/*}/../lib.sh"

run 0 emp-ingest --help
head -n 1 out >first
check_file first <<'EOF'
usage: emp-ingest [-qstz] [-d delim] [-k kind] [-M mapfile] [-o file] [-T zone]
EOF
check_err </dev/null
run 0 emp-ingest --version
check_out <<'EOF'
emp-ingest 0.1.0
EOF
run 2 emp-ingest --bogus
check_out </dev/null
check_err <<'EOF'
emp-ingest: unrecognized option '--bogus'
Try 'emp-ingest --help' for more information.
EOF
