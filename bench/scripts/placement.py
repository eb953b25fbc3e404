#!/usr/bin/env python3
"""Sorts RingThroughput iterations by placement and compares the kinds within each placement.

Reads a JMH JSON result (-rf json) of koru.bench.runtime.RingThroughput. Each measured iteration
carries `taken` (messages per microsecond) and `probeNs`, the raw round trip between the first producer
and the first consumer taken just before it (shared/notes/runtime-anchors.md: NEAR below 200 ns, FAR
above). Prints, per thread count (2 for one producer and one consumer, 4 for -tg 2,2), placement and kind, the number of iterations, the median probe and
the median `taken`, so that the ring and its baselines are compared in the same placement only.

    python3 bench/scripts/placement.py ring.json
"""
import json
import statistics
import sys
from collections import defaultdict

NEAR_BELOW_NS = 200


def main(path):
    by_cell = defaultdict(lambda: ([], []))  # (threads, placement, kind) -> (probes, taken)
    for run in json.load(open(path)):
        if not run["benchmark"].endswith("RingThroughput.transfer"):
            continue
        threads = run["threads"]
        kind = run["params"]["kind"]
        metrics = run["secondaryMetrics"]
        for probes, taken in zip(metrics["probeNs"]["rawData"], metrics["taken"]["rawData"]):
            for probe, moved in zip(probes, taken):
                placement = "NEAR" if probe < NEAR_BELOW_NS else "FAR"
                cell = by_cell[(threads, placement, kind)]
                cell[0].append(probe)
                cell[1].append(moved)
    print(f"{'threads':>7} {'placement':>9} {'kind':>14} {'iterations':>10} {'probe ns':>9} {'taken msg/us':>12}")
    for (threads, placement, kind), (probes, taken) in sorted(by_cell.items()):
        print(f"{threads:>7} {placement:>9} {kind:>14} {len(taken):>10} "
              f"{statistics.median(probes):>9.0f} {statistics.median(taken):>12.1f}")


if __name__ == "__main__":
    main(sys.argv[1])
