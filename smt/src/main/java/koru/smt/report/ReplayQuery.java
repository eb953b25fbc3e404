package koru.smt.report;

import java.util.List;
import java.util.Map;
import koru.smt.logic.Query;
import koru.smt.logic.Term;

/**
 * Not trusted: replays a query on a counterexample's values, in Java ({@link Evaluate}): confirmed
 * when every map is a Koru map (finitely many entries, every other key reading zero, {@code false}
 * or {@code ""}), every assumption evaluates to true and the goal to false.
 */
final class ReplayQuery {
    private ReplayQuery() {
    }

    /** Replays {@code query} on {@code values}, which give each of its free constants a value by name. */
    static Replay on(Query query, Map<String, Value> values) {
        Evaluate evaluate = new Evaluate(values);
        try {
            for (Term.Var constant : FreeConstants.of(query)) {
                if (values.get(constant.name()) instanceof Value.ArrayValue map) {
                    Value zero = ExplicitMaps.zeroOf(constant.sort()).map(Evaluate::closed).orElse(map.otherwise());
                    if (!zero.equals(map.otherwise())) {
                        return new Replay.Unconfirmed(constant.name() + " is not a finite map: its missing keys read " + map.otherwise());
                    }
                }
            }
            List<Term> assumptions = query.assumptions();
            for (int i = 0; i < assumptions.size(); i++) {
                if (!evaluate.holds(assumptions.get(i))) {
                    return new Replay.Unconfirmed("assumption " + (i + 1) + " of " + assumptions.size() + " is false on these values");
                }
            }
            return evaluate.holds(query.goal()) ? new Replay.Unconfirmed("the goal holds on these values") : new Replay.Confirmed();
        } catch (Evaluate.NotEvaluable e) {
            return new Replay.Unconfirmed(e.getMessage());
        }
    }
}
