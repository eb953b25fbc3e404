package koru.smt.z3;

import koru.smt.logic.Horn;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Z3 solver for all tests of a class, opened before the first and closed after the last:
 * {@code @RegisterExtension static final OneSolver solver = new OneSolver();}. Opening a context per
 * test would cost more than most of the queries.
 */
public final class OneSolver implements BeforeAllCallback, AfterAllCallback {
    private Z3Solver solver;

    @Override
    public void beforeAll(ExtensionContext context) {
        solver = Z3Solver.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        solver.close();
    }

    public Outcome prove(Query query) {
        return solver.prove(query);
    }

    public Outcome solve(Horn horn) {
        return solver.solve(horn);
    }
}
