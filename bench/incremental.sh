#!/usr/bin/env bash
# The proof cache's incremental speed (docs/PERFORMANCE.md, "Proof cache"): a generated program of 50
# events, each implemented by a subflow, verified cold (empty cache), then with ONE subflow edited and
# the cache of the unedited program in place. Prints each run, the medians and warm / cold.
#
# Usage (from anywhere): bench/incremental.sh [ROUNDS]      (default 5)
# It builds nothing: `./koru` must already work (run `./koru --version` once after a change).
# Every run is a new process (`./koru verify`, cold JVM), so start-up is part of every number.
# Each round starts from an empty cache: cold run of the program, then the edited program's run.
set -euo pipefail

rounds=${1:-5}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 25 pairs of events (50 events, 50 subflows). move$i: a record invariant (sum(bal) == total) kept
# by a transfer, two postconditions, overflow and underflow of the balances; pay$i calls move$i,
# whose precondition it must meet, with an overflow check on its argument and a postcondition.
# Constants differ per pair where the queries can tell them apart.
generate() {
    local edited=$1 i k
    echo "// 50 generated events with subflows (bench/incremental.sh)"
    for ((i = 0; i < 25; i++)); do
        k=$i
        ((i == edited)) && k=$((i + 1))
        cat <<EOF

~type Acct$i { bal: Map<u64, u64>, total: u64 } where sum(bal) == total

~event move$i { acct: Acct$i, from: u64, to: u64, n: u64 } where from != to && n <= 1000000
| moved Acct$i where moved.total == in.acct.total && moved.bal[in.to] == in.acct.bal[in.to] + in.n
| short u64 where short < in.n

~move$i = if(acct.bal[from] >= n)
| then |> moved { bal: put(put(acct.bal, from, acct.bal[from] - n), to, acct.bal[to] + n), total: acct.total }
| else |> short acct.bal[from]

~event pay$i { acct: Acct$i, n: u64 } where n <= 1000
| done u64 where done <= in.acct.total + in.n + $((i + 1))

~pay$i = move$i(acct: acct, from: 1, to: 2, n: n + $k)
| moved a |> done a.total
| short s |> done s
EOF
    done
}
generate -1 >"$work/program.kz"
generate 7 >"$work/edited.kz"   # pay7 moves n + 8 instead of n + 7
diff "$work/program.kz" "$work/edited.kz" | sed 's/^/# edit: /' || true

# Runs `./koru verify` once; prints "MS SUMMARY" (wall milliseconds and the summary line).
timed() {
    local start end summary
    start=$(date +%s%N)
    summary=$(./koru verify --color never "$@" 2>&1 >/dev/null | tail -1) || true
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000)) $summary"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
timed --cache "$work/warmup" "$work/program.kz" >/dev/null   # one warm-up of the JVM's files
cold=() warm=() nocache=()
for ((r = 1; r <= rounds; r++)); do
    rm -rf "$work/cache"
    read -r ms line < <(timed --cache "$work/cache" "$work/program.kz"); cold+=("$ms"); echo "round $r cold   $ms ms  $line"
    read -r ms line < <(timed --cache "$work/cache" "$work/edited.kz"); warm+=("$ms"); echo "round $r edited $ms ms  $line"
    read -r ms line < <(timed --no-cache "$work/edited.kz"); nocache+=("$ms"); echo "round $r no-cache $ms ms  $line"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
c=$(printf '%s\n' "${cold[@]}" | median)
w=$(printf '%s\n' "${warm[@]}" | median)
n=$(printf '%s\n' "${nocache[@]}" | median)
echo "median cold (empty cache): $c ms; median after one edit (warm cache): $w ms; median --no-cache: $n ms"
awk -v w="$w" -v c="$c" 'BEGIN { printf "warm / cold = %.2f (goal <= 0.20)\n", w / c }'
