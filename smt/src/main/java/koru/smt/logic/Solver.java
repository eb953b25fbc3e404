package koru.smt.logic;

/**
 * A decision procedure for the query language. Implementations solve under a deterministic
 * resource limit, so an outcome reproduces on any machine.
 */
public interface Solver extends AutoCloseable {
    /** Proven, failed with a model of the assumptions and the negated goal, or unknown. */
    Outcome prove(Query query);

    /** Proven when the rules are satisfiable (every query rule safe), failed when a query rule is reachable. */
    Outcome solve(Horn problem);

    @Override
    void close();
}
