#!/usr/bin/env bash
# Counts the trusted base (docs/TRUST.md): non-blank, non-comment Java lines of the trusted packages
# below. Prints one line per file and the total. Every package of kernel/ and smt/ main sources must be
# listed as trusted or as untrusted here, so that a new package is never left out of the count unseen.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
trusted=(
    kernel/src/main/java/koru/kernel/ir           # the Core IR and its lookup by name
    kernel/src/main/java/koru/kernel/recheck      # the IR re-check
    kernel/src/main/java/koru/kernel/lemmas       # the sum lemma instances
    kernel/src/main/java/koru/kernel/obligations  # obligation generation
    kernel/src/main/java/koru/kernel/states       # the phantom-state rules
    smt/src/main/java/koru/smt/logic              # the query language
    smt/src/main/java/koru/smt/z3                 # its Z3 encoding and solving
)
# Text, counterexamples, unpacking Z3's native library and re-solving under seeds for the stability
# report: nothing in them decides whether a goal is proven (docs/TRUST.md).
untrusted=(
    kernel/src/main/java/koru/kernel/describe
    kernel/src/main/java/koru/kernel/interp       # the reference interpreter: an oracle for tests, never for proofs
    smt/src/main/java/koru/smt/report
    smt/src/main/java/koru/smt/natives
    smt/src/main/java/koru/smt/stability
    smt/src/main/java/tools/aqua/turnkey/support
)
for dir in $(find kernel/src/main/java smt/src/main/java -name '*.java' -printf '%h\n' | sort -u); do
    if [[ ! " ${trusted[*]} ${untrusted[*]} " =~ " $dir " ]]; then
        echo "trusted-lines.sh: $dir is listed neither as trusted nor as untrusted" >&2
        exit 1
    fi
done
total=0
for file in $(find "${trusted[@]}" -maxdepth 1 -name '*.java' | sort); do
    # Drop blank lines, // comments and /* … */ blocks (including javadoc).
    count=$(sed -e 's://.*$::' "$file" | awk '
        /\/\*/ { inside = 1 }
        inside { if (/\*\//) inside = 0; next }
        /^[[:space:]]*$/ { next }
        { n++ }
        END { print n + 0 }')
    printf '%6d  %s\n' "$count" "$file"
    total=$((total + count))
done
printf '%6d  total (goal: under 2000)\n' "$total"
