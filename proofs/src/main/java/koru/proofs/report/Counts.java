package koru.proofs.report;

import java.util.Collection;

/** How many results have each status: the numbers of the summary line, which every format repeats. */
public record Counts(int proven, int failed, int unknown, int notVerified, int assumed) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    public static Counts of(Collection<Result> results) {
        return results.stream().map(r -> switch (r.status()) {
            case PROVEN -> new Counts(1, 0, 0, 0, 0);
            case FAILED -> new Counts(0, 1, 0, 0, 0);
            case UNKNOWN -> new Counts(0, 0, 1, 0, 0);
            case NOT_VERIFIED -> new Counts(0, 0, 0, 1, 0);
            case ASSUMED -> new Counts(0, 0, 0, 0, 1);
        }).reduce(NONE, Counts::plus);
    }

    public Counts plus(Counts other) {
        return new Counts(proven + other.proven, failed + other.failed, unknown + other.unknown,
                notVerified + other.notVerified, assumed + other.assumed);
    }

    public int total() {
        return proven + failed + unknown + notVerified + assumed;
    }
}
