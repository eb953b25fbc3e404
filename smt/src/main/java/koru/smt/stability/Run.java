package koru.smt.stability;

/**
 * Not trusted: one solving of a query or Horn problem under one random seed, for the stability report only.
 * {@code resourceUnits} is what Z3 counted for that one check ({@code rlimit count}).
 */
public record Run(long seed, Result result, long resourceUnits) {
    /** What Z3 answered, in the query's terms: only the answer, no model (a stability run never decides anything). */
    public enum Result {
        PROVEN,
        FAILED,
        UNKNOWN;

        /** As the report writes it: {@code proven}, {@code failed}, {@code unknown}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
