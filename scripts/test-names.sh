#!/usr/bin/env bash
# Lists the [Fact]/[Theory] methods under tests/ whose names break the style of docs/design/testing.md: a sentence in
# words joined by underscores, first word capitalised, no Test or Should prefix. Prints file:line name per offender
# and exits 1 if there is any, so it can guard a change:
#
#   bash scripts/test-names.sh
#
# It checks the form only; whether a name says what the test shows is for review.
set -euo pipefail
cd "$(dirname "$0")/.."

git ls-files -- 'tests/*.cs' | xargs awk '
    FNR == 1 { pending = 0 }
    /^[ \t]*\[(Fact|Theory)[]( ]/ { pending = 1; next }
    # Further attributes ([InlineData], [MemberData], ...) and comments sit between the test attribute and the method.
    pending && /^[ \t]*(\[|\/\/)/ { next }
    pending {
        pending = 0
        if (match($0, /[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/) == 0) { print FILENAME ":" FNR " (no method name found)"; bad++; next }
        name = substr($0, RSTART, RLENGTH); sub(/[ \t]*\($/, "", name)
        if (name !~ /_/ || name !~ /^[A-Z]/ || name ~ /^(Test|Should)([A-Z_]|$)/) { print FILENAME ":" FNR " " name; bad++ }
    }
    END { exit bad > 0 }
' || exit 1
