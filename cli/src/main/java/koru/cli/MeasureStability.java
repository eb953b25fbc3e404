package koru.cli;

import java.util.List;
import java.util.stream.IntStream;
import koru.kernel.obligations.Obligation;
import koru.smt.stability.Run;
import koru.smt.stability.SeededSolver;
import koru.smt.stability.Seeds;
import koru.smt.stability.Stability;

/**
 * {@code koru verify --stability N} (issue 4): each obligation solved again under the reference seed and
 * seeds 1 to N, every (obligation, seed) pair a work item of its own on {@code jobs} threads. Untrusted:
 * the verdicts of the normal run stand whatever this finds.
 */
final class MeasureStability {
    private record Item(Obligation obligation, long seed) {
    }

    private MeasureStability() {
    }

    /** One stability per obligation, in order, its runs in seed order. */
    static List<Stability> of(List<Obligation> obligations, int seeds, long resourceLimit, int jobs) {
        List<Long> seedList = Seeds.withReference(seeds);
        List<Item> items = obligations.stream().flatMap(o -> seedList.stream().map(seed -> new Item(o, seed))).toList();
        SeededSolver solver = new SeededSolver(resourceLimit);
        List<Run> runs = SolveInParallel.<Item, Run>map(items, jobs, item -> item.obligation().loops()
                .map(horn -> solver.solve(horn, item.seed()))
                .orElseGet(() -> solver.prove(item.obligation().query(), item.seed())));
        return IntStream.range(0, obligations.size())
                .mapToObj(i -> new Stability(runs.subList(i * seedList.size(), (i + 1) * seedList.size())))
                .toList();
    }
}
