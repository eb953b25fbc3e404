package koru.proofs.report;

import java.time.Duration;
import java.util.Optional;

/**
 * How a verified program's obligations were solved: the wall time of the whole solving stage (with
 * several jobs, obligations are solved at once, so it can be less than the sum of their times) and,
 * when the proof cache was used, how many obligations it answered and how many Z3 solved.
 */
public record Solving(Duration time, Optional<CacheCounts> cache) {
    /** Obligations answered from the proof cache ({@code hits}) and solved by Z3 ({@code misses}). */
    public record CacheCounts(int hits, int misses) {
    }
}
