package koru.proofs.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;

/**
 * A time as every format writes it: seconds as a plain decimal with six places (microseconds, enough to
 * tell a proof from the cache, a fraction of a millisecond, from a solved one), so the same time reads the
 * same in JSON, JUnit XML and SARIF, and a JUnit suite's time is exactly the sum of its test cases'.
 */
final class Seconds {
    private static final int PLACES = 6;

    private Seconds() {
    }

    static BigDecimal of(Duration time) {
        return BigDecimal.valueOf(time.toNanos(), 9).setScale(PLACES, RoundingMode.HALF_UP);
    }

    /** The sum of the results' times as each is written; a result without a time adds nothing ({@code 0} when none has one). */
    static BigDecimal sum(Collection<Result> results) {
        return results.stream()
                .flatMap(r -> r.time().stream())
                .map(Seconds::of)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
