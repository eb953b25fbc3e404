package koru.smt.stability;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The seeds of a stability run, the same on every machine so that a brittle report can be re-run:
 * seed {@code i} of {@code n} is {@code i} (1 to n), and seed 0 is Z3's default, the seed of the normal run.
 */
public final class Seeds {
    /** Z3's default {@code random_seed} (and Spacer's): the normal run is solved under it. */
    public static final long REFERENCE = 0;

    private Seeds() {
    }

    /** The reference seed, then seeds 1 to {@code n}. */
    public static List<Long> withReference(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a stability run needs at least one seed, got " + n);
        }
        return LongStream.rangeClosed(REFERENCE, n).boxed().toList();
    }
}
