#!/usr/bin/env bash
# Cold wall time of `./koru verify` on every shipped example, side by side with Dafny proving the
# same ledger (examples/ledger.kz), in one round-robin run; prints a Markdown report
# (docs/PERFORMANCE.md, "Verification").
#
# Usage (from anywhere): bench/verify-vs-dafny.sh [ROUNDS]      (default 5 rounds after 1 warm-up)
# Environment: KORU_EXTRA_EXAMPLES  a folder of further *.kz examples (default /work/shared/examples;
#                                   skipped when it does not exist)
#              DAFNY                the Dafny command (default `dafny`, Debian's 2.3 package)
#
# It builds nothing: `./koru` must already work (run `./koru --version` once after a change).
# Every run is a new process (cold JVM, cold Dafny/mono), so start-up is part of every number.
# Besides wall time it reports each run's CPU time (user + system), which load disturbs less.
# The per-obligation figure comes from two generated programs of independent loop-free subflows
# (1 and 200 of them): (median wall(200) - median wall(1)) / (obligations(200) - obligations(1)),
# so JVM start-up, which both pay once, does not count.
set -euo pipefail

rounds=${1:-5}
extra_examples=${KORU_EXTRA_EXAMPLES:-/work/shared/examples}
dafny=${DAFNY:-dafny}
cd "$(dirname "$0")/.."
if [[ ! -x ./koru ]]; then
    echo "error: ./koru launcher not found in $(pwd)" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------------------------------
# The Dafny program: examples/ledger.kz in Dafny. What it proves is what `koru verify` proves of
# that file: pay's two postconditions (total unchanged and the payer charged exactly `coins`; the
# payer's balance and `short < coins` on the short branch), the Bank invariant sum(accounts) ==
# total of every Bank built, no u64 overflow or underflow in pay and open_bank (u64 is a newtype,
# so every + and - is range-checked), open_bank's postcondition, and the preconditions of the two
# calls of the top-level flow. Koru's Map<u64, u64> is total (a missing key reads 0): Get below.
# Dafny has no sum over a map, so the program defines one over the finite key set.
# Koru's kernel *assumes* two sum lemmas (koru.kernel.lemmas.SumLemmas); Dafny *proves* them in
# ledger.dfy and assumes them in ledger-assumed.dfy (bodiless lemmas), the like-for-like variant.
dafny_common() {
    cat <<'EOF'
newtype u64 = x: int | 0 <= x < 0x1_0000_0000_0000_0000

function method Get(m: map<u64, u64>, k: u64): u64 { if k in m then m[k] else 0 }

function SumOver(m: map<u64, u64>, keys: set<u64>): int
  decreases keys
{
  if keys == {} then 0 else var k :| k in keys; Get(m, k) as int + SumOver(m, keys - {k})
}

function Sum(m: map<u64, u64>): int { SumOver(m, m.Keys) }

datatype Bank = Bank(accounts: map<u64, u64>, total: u64)

// ~type Bank { accounts: Map<u64, u64>, total: u64 } where sum(accounts) == total
predicate Valid(b: Bank) { Sum(b.accounts) == b.total as int }

datatype PayResult = Paid(after: Bank) | Short(have: u64)

method Pay(bank: Bank, payer: u64, payee: u64, coins: u64) returns (r: PayResult)
  requires Valid(bank) && payer != payee
  ensures r.Paid? ==> Valid(r.after) && r.after.total == bank.total
                      && Get(r.after.accounts, payer) as int == Get(bank.accounts, payer) as int - coins as int
  ensures r.Short? ==> r.have == Get(bank.accounts, payer) && r.have < coins
{
  if Get(bank.accounts, payer) >= coins {
    SumAtLeastTwo(bank.accounts, payer, payee);
    var debited := bank.accounts[payer := Get(bank.accounts, payer) - coins];
    SumPut(bank.accounts, payer, Get(bank.accounts, payer) - coins);
    var credited := debited[payee := Get(bank.accounts, payee) + coins];
    SumPut(debited, payee, Get(bank.accounts, payee) + coins);
    r := Paid(Bank(credited, bank.total));
  } else {
    r := Short(Get(bank.accounts, payer));
  }
}

method OpenBank(alice: u64, bob: u64) returns (b: Bank)
  requires alice <= 1000000 && bob <= 1000000
  ensures Valid(b) && b.total as int == alice as int + bob as int
{
  var empty: map<u64, u64> := map[];
  SumPut(empty, 1, alice);
  SumPut(empty[1 := alice], 2, bob);
  b := Bank(empty[1 := alice][2 := bob], alice + bob);
}

// The top-level flow (its call of the Java `show` has no contract to prove).
method Demo() {
  var bank := OpenBank(100, 20);
  var r := Pay(bank, 1, 2, 30);
}
EOF
}

dafny_lemmas_proven() {
    cat <<'EOF'
lemma SumOverRemove(m: map<u64, u64>, keys: set<u64>, k: u64)
  requires k in keys
  ensures SumOver(m, keys) == Get(m, k) as int + SumOver(m, keys - {k})
  decreases keys
{
  var j :| j in keys && SumOver(m, keys) == Get(m, j) as int + SumOver(m, keys - {j});
  if j != k {
    SumOverRemove(m, keys - {j}, k);
    SumOverRemove(m, keys - {k}, j);
    assert keys - {j} - {k} == keys - {k} - {j};
  }
}

lemma SumOverFrame(m1: map<u64, u64>, m2: map<u64, u64>, keys: set<u64>)
  requires forall k :: k in keys ==> Get(m1, k) == Get(m2, k)
  ensures SumOver(m1, keys) == SumOver(m2, keys)
  decreases keys
{
  if keys != {} {
    var k :| k in keys;
    SumOverRemove(m1, keys, k);
    SumOverRemove(m2, keys, k);
    SumOverFrame(m1, m2, keys - {k});
  }
}

lemma SumOverNonNegative(m: map<u64, u64>, keys: set<u64>)
  ensures SumOver(m, keys) >= 0
  decreases keys
{
  if keys != {} {
    var k :| k in keys;
    SumOverRemove(m, keys, k);
    SumOverNonNegative(m, keys - {k});
  }
}

lemma SumPut(m: map<u64, u64>, k: u64, v: u64)
  ensures Sum(m[k := v]) == Sum(m) - Get(m, k) as int + v as int
{
  var m' := m[k := v];
  if k in m {
    assert m'.Keys == m.Keys;
    SumOverRemove(m', m.Keys, k);
    SumOverRemove(m, m.Keys, k);
    SumOverFrame(m', m, m.Keys - {k});
  } else {
    assert m'.Keys - {k} == m.Keys;
    SumOverRemove(m', m'.Keys, k);
    SumOverFrame(m', m, m.Keys);
  }
}

lemma SumAtLeastTwo(m: map<u64, u64>, a: u64, b: u64)
  requires a != b
  ensures Sum(m) >= Get(m, a) as int + Get(m, b) as int
{
  var rest := m.Keys;
  if a in rest { SumOverRemove(m, rest, a); rest := rest - {a}; }
  if b in rest { SumOverRemove(m, rest, b); rest := rest - {b}; }
  SumOverNonNegative(m, rest);
}
EOF
}

dafny_lemmas_assumed() {
    cat <<'EOF'
lemma SumPut(m: map<u64, u64>, k: u64, v: u64)
  ensures Sum(m[k := v]) == Sum(m) - Get(m, k) as int + v as int

lemma SumAtLeastTwo(m: map<u64, u64>, a: u64, b: u64)
  requires a != b
  ensures Sum(m) >= Get(m, a) as int + Get(m, b) as int
EOF
}

{ dafny_common; dafny_lemmas_proven; } >"$work/ledger.dfy"
{ dafny_common; dafny_lemmas_assumed; } >"$work/ledger-assumed.dfy"

# ---------------------------------------------------------------------------------------------
# Generated Koru programs: N independent subflows, each with 4 loop-free obligations (two
# overflow checks, one postcondition per branch); constants differ so no two queries are equal.
generate_subflows() {
    local n=$1 i
    echo "// $n generated independent subflows (bench/verify-vs-dafny.sh)"
    for ((i = 0; i < n; i++)); do
        cat <<EOF

~event step$i { a: u64, b: u64 } where a <= $((1000000 + i)) && b <= $((2000000 + i))
| more u64 where more == in.a + in.b + $i
| less u64 where less <= in.a

~step$i = if(a >= b)
| then |> more a + b + $i
| else |> less a
EOF
    done
}
generate_subflows 1 >"$work/subflows-1.kz"
generate_subflows 200 >"$work/subflows-200.kz"

# ---------------------------------------------------------------------------------------------
# Subjects: a label and a command each.
labels=()
commands=()
add() {
    labels+=("$1")
    commands+=("$2")
}
# The runs compared with each other come one after the other in a round, so that they see about
# the same load on a shared machine; the summary also compares them round by round.
add "koru: examples/ledger.kz" "./koru verify examples/ledger.kz"
have_dafny=false
if command -v "$dafny" >/dev/null 2>&1; then
    have_dafny=true
    add "dafny: ledger.dfy (sum lemmas proven)" "$dafny /compile:0 /nologo $work/ledger.dfy"
    add "dafny: ledger.dfy (sum lemmas assumed)" "$dafny /compile:0 /nologo $work/ledger-assumed.dfy"
fi
add "koru: generated, 1 subflow" "./koru verify $work/subflows-1.kz"
add "koru: generated, 200 subflows" "./koru verify $work/subflows-200.kz"
for f in examples/*.kz; do [[ $f == examples/ledger.kz ]] || add "koru: $f" "./koru verify $f"; done
if [[ -d $extra_examples ]]; then
    for f in "$extra_examples"/*.kz; do add "koru: shared/examples/${f##*/}" "./koru verify $f"; done
fi

# Sets `children_cpu_ms`: the CPU time (user + system) of every child process this shell has waited
# for, from the second line of bash's `times`. It must run in this shell: a subshell counts only its own.
read_children_cpu() {
    times >"$work/times"
    children_cpu_ms=$(awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); ms += t[1] * 60000 + t[2] * 1000 } }
        END { printf "%d", ms }' "$work/times")
}

# Runs subject $1 once; sets `elapsed_ms`, `cpu_ms` (user + system time of the run's processes; it
# varies less with the machine's load than wall time does), `status` and `output` (stdout + stderr).
run_once() {
    local start end cpu_before
    read_children_cpu
    cpu_before=$children_cpu_ms
    start=$(date +%s%N)
    status=0
    output=$(${commands[$1]} 2>&1) || status=$?
    end=$(date +%s%N)
    elapsed_ms=$(((end - start) / 1000000))
    read_children_cpu
    cpu_ms=$((children_cpu_ms - cpu_before))
}

# Obligations: Koru's summary line "N proven, M failed, K unknown", Dafny's "N verified, M errors".
count_obligations() {
    local line
    if line=$(grep -Eo '[0-9]+ proven, [0-9]+ failed, [0-9]+ unknown' <<<"$output"); then
        awk '{ print $1 + $3 + $5 }' <<<"$line"
    elif line=$(grep -Eo '[0-9]+ verified, [0-9]+ errors?' <<<"$output"); then
        awk '{ print $1 + $3 }' <<<"$line"
    else
        echo "?"
    fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
count=${#labels[@]}
declare -a obligations statuses summaries times cpu_times
for ((s = 0; s < count; s++)); do # warm-up round: also records what each run reports
    run_once "$s"
    obligations[s]=$(count_obligations)
    statuses[s]=$status
    summaries[s]=$(grep -E 'proven,|verified,' <<<"$output" | tail -1 | sed 's/^ *//')
    if [[ ${labels[s]} == dafny:* && ! ${summaries[s]} =~ " 0 errors" ]]; then
        echo "error: Dafny did not verify ${labels[s]}:" >&2
        echo "$output" | grep -v -e '^  ' -e 'Prover error' -e 'Legal parameters' >&2
        exit 1
    fi
    times[s]=""
    cpu_times[s]=""
done
for ((r = 1; r <= rounds; r++)); do
    for ((s = 0; s < count; s++)); do
        run_once "$s"
        times[s]+=" $elapsed_ms"
        cpu_times[s]+=" $cpu_ms"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { tr ' ' '\n' <<<"$1" | grep . | sort -n | head -1; }
index_of() {
    local s
    for ((s = 0; s < count; s++)); do [[ ${labels[s]} == "$1" ]] && { echo "$s"; return; }; done
    echo -1
}

echo "## verify-vs-dafny: $rounds rounds (round-robin, after 1 warm-up), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "Machine: $(nproc) vCPU, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load average $load_before (start), $load_after (end)."
echo "Koru: $(./koru --version 2>&1 | head -1). Dafny: $($have_dafny && dpkg-query -W -f '${Version}' dafny 2>/dev/null || echo 'not installed'). Z3 (Dafny's): $(z3 --version 2>/dev/null || echo '?')."
echo
echo "| run | obligations (Dafny: items verified) | exit | wall median ms | wall min ms | CPU median ms | all runs, wall ms |"
echo "|---|---:|---:|---:|---:|---:|---|"
for ((s = 0; s < count; s++)); do
    echo "| ${labels[s]} | ${obligations[s]} | ${statuses[s]} | $(median "${times[s]}") | $(minimum "${times[s]}") | $(median "${cpu_times[s]}") |${times[s]} |"
done
# Round by round: the n-th word of two runs' time lists was measured in the same round.
paired() { paste -d' ' <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .); }
echo
one=$(index_of "koru: generated, 1 subflow")
many=$(index_of "koru: generated, 200 subflows")
per_round=$(paired "${times[one]}" "${times[many]}" |
    awk -v o1="${obligations[one]}" -v on="${obligations[many]}" '{ printf " %.2f", ($2 - $1) / (on - o1) }')
awk -v w1="$(median "${times[one]}")" -v wn="$(median "${times[many]}")" \
    -v o1="${obligations[one]}" -v on="${obligations[many]}" -v r="$(median "$per_round")" 'BEGIN {
    per = (wn - w1) / (on - o1)
    printf "- Koru/J per obligation: (%d - %d) ms / (%d - %d) obligations = **%.2f ms**; median of the rounds'"'"' own differences %.2f ms (goal < 10 ms: %s)\n",
        wn, w1, on, o1, per, r, (per < 10 && r < 10) ? "met" : "NOT met"
}'
koru_ledger=$(index_of "koru: examples/ledger.kz")
if $have_dafny; then
    for variant in proven assumed; do
        d=$(index_of "dafny: ledger.dfy (sum lemmas $variant)")
        per_round=$(paired "${times[koru_ledger]}" "${times[d]}" | awk '{ printf " %.3f", $1 / $2 }')
        awk -v k="$(median "${times[koru_ledger]}")" -v d="$(median "${times[d]}")" -v v="$variant" \
            -v kmin="$(minimum "${times[koru_ledger]}")" -v dmin="$(minimum "${times[d]}")" \
            -v r="$(median "$per_round")" -v kcpu="$(median "${cpu_times[koru_ledger]}")" -v dcpu="$(median "${cpu_times[d]}")" 'BEGIN {
            printf "- Ledger, Koru/J / Dafny (lemmas %s): medians %d / %d ms = **%.2f**; mins %.2f; median of the rounds'"'"' own ratios %.2f; CPU medians %d / %d ms = %.2f (goal <= 0.5: %s)\n",
                v, k, d, k / d, kmin / dmin, r, kcpu, dcpu, kcpu / dcpu, (k / d <= 0.5 && r <= 0.5) ? "met" : "NOT met"
        }'
    done
else
    echo "- Dafny was not measured in this run (\`$dafny\` not found)."
fi
