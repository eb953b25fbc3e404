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

# 50 events, each implemented by a subflow: settle$i pays n out of one account of a ledger (a record whose
# invariant is sum(bal) == total) into a second, less a fee of n * rate / D$i into a third (the house),
# with three postconditions (the total kept, the payer charged n, payee and house credited n between
# them), the balances' overflow and underflow, the fee's product and division. Each event has its own
# bounds and divisor, so no two events share a query. The edit changes one subflow's divisor.
generate() {
    local edited=$1 i d
    echo "// 50 generated events with subflows (bench/incremental.sh)"
    for ((i = 0; i < 50; i++)); do
        d=$((1000 + i))
        ((i == edited)) && d=$((d + 50))
        cat <<EOF

~type Book$i { bal: Map<u64, u64>, total: u64 } where sum(bal) == total

~event settle$i { book: Book$i, payer: u64, payee: u64, house: u64, n: u64, rate: u64 } where payer != payee && payer != house && payee != house && n <= $((1000000 + i)) && rate <= $((1000 + i))
| settled Book$i where settled.total == in.book.total && settled.bal[in.payer] + in.n == in.book.bal[in.payer] && settled.bal[in.payee] + settled.bal[in.house] == in.book.bal[in.payee] + in.book.bal[in.house] + in.n
| short u64 where short < in.n

~settle$i = if(book.bal[payer] >= n)
| then |> settled { bal: put(put(put(book.bal, payer, book.bal[payer] - n), payee, book.bal[payee] + (n - n * rate / $d)), house, book.bal[house] + n * rate / $d), total: book.total }
| else |> short book.bal[payer]
EOF
    done
}
generate -1 >"$work/program.kz"
generate 7 >"$work/edited.kz"   # settle7 divides by 1057 instead of 1007
diff "$work/program.kz" "$work/edited.kz" | sed 's/^/# edit: /' || true

# Runs `./koru VERB` once; prints "MS SUMMARY" (wall milliseconds and the summary line).
timed() {
    local verb=$1 start end summary
    shift
    start=$(date +%s%N)
    summary=$(./koru "$verb" --color never "$@" 2>&1 >/dev/null | tail -1) || true
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000)) $summary"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
timed verify --cache "$work/warmup" "$work/program.kz" >/dev/null   # one warm-up of the JVM's files
cold=() warm=() nocache=() front=()
for ((r = 1; r <= rounds; r++)); do
    rm -rf "$work/cache"
    read -r ms line < <(timed verify --cache "$work/cache" "$work/program.kz"); cold+=("$ms"); echo "round $r cold   $ms ms  $line"
    read -r ms line < <(timed verify --cache "$work/cache" "$work/edited.kz"); warm+=("$ms"); echo "round $r edited $ms ms  $line"
    read -r ms line < <(timed verify --no-cache "$work/edited.kz"); nocache+=("$ms"); echo "round $r no-cache $ms ms  $line"
    read -r ms line < <(timed check "$work/edited.kz"); front+=("$ms"); echo "round $r check  $ms ms  $line"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
c=$(printf '%s\n' "${cold[@]}" | median)
w=$(printf '%s\n' "${warm[@]}" | median)
n=$(printf '%s\n' "${nocache[@]}" | median)
f=$(printf '%s\n' "${front[@]}" | median)
echo "median cold (empty cache): $c ms; median after one edit (warm cache): $w ms; median --no-cache: $n ms;"
echo "median \`koru check\` (start-up and front end only, paid by every run): $f ms"
awk -v w="$w" -v c="$c" 'BEGIN { printf "warm / cold = %.2f (goal <= 0.20)\n", w / c }'
