#!/usr/bin/env bash
# Median wall time of `./koru check FILE` over 5 runs, in milliseconds.
# Usage (from anywhere): bench/check-wall-time.sh path/to/small.kz
# The exit status of `koru check` is ignored: a program with errors is timed like any other.
set -euo pipefail
if [[ $# -ne 1 ]]; then
    echo "usage: $0 FILE.kz" >&2
    exit 2
fi
file=$(realpath "$1")
cd "$(dirname "$0")/.."
if [[ ! -x ./koru ]]; then
    echo "error: ./koru launcher not found in $(pwd)" >&2
    exit 2
fi
times=()
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    ./koru check "$file" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "koru check $(basename "$file"): median ${sorted[2]} ms over 5 runs (${times[*]} ms)"
