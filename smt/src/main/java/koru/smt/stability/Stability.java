package koru.smt.stability;

import java.util.List;

/**
 * Not trusted: how one obligation fared under several seeds, the reference seed first. It is brittle when
 * the seeds do not all give the same answer, or when the most resource units a seed needed are more than
 * twice the fewest (the threshold of issue 4; exactly twice is still stable).
 */
public record Stability(List<Run> runs) {
    /** Why an obligation is brittle, or that it is not. */
    public enum Verdict {
        STABLE,
        OUTCOME_CHANGED,
        RESOURCE_SPREAD
    }

    /** Over this factor between the most and the fewest units, an obligation is brittle. */
    public static final long MOST_SPREAD = 2;

    public Stability {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("stability needs at least one run");
        }
    }

    public Verdict verdict() {
        if (runs.stream().map(Run::result).distinct().count() > 1) {
            return Verdict.OUTCOME_CHANGED;
        }
        // A check Z3 settles in its simplifier may count 0 units; count it as 1 so that the ratio is defined.
        return max() > MOST_SPREAD * Math.max(min(), 1) ? Verdict.RESOURCE_SPREAD : Verdict.STABLE;
    }

    public boolean brittle() {
        return verdict() != Verdict.STABLE;
    }

    public long min() {
        return sortedUnits().get(0);
    }

    /** The middle count; of an even number of runs, the lower of the two middle ones (a count that was measured). */
    public long median() {
        List<Long> units = sortedUnits();
        return units.get((units.size() - 1) / 2);
    }

    public long max() {
        return sortedUnits().get(runs.size() - 1);
    }

    private List<Long> sortedUnits() {
        return runs.stream().map(Run::resourceUnits).sorted().toList();
    }
}
