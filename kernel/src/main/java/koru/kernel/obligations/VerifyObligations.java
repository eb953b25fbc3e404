// Trusted: each obligation's outcome is exactly the solver's; unknown stays unknown.
package koru.kernel.obligations;

import java.util.List;
import koru.smt.logic.Outcome;
import koru.smt.logic.Solver;

/** Solves every obligation, failed ones included: all findings are reported, not the first (B5). */
public final class VerifyObligations {
    public record Verdict(Obligation obligation, Outcome outcome) {
    }

    private VerifyObligations() {
    }

    public static List<Verdict> solve(List<Obligation> obligations, Solver solver) {
        return obligations.stream().map(o -> new Verdict(o, o.loops().map(solver::solve).orElseGet(() -> solver.prove(o.query())))).toList();
    }
}
