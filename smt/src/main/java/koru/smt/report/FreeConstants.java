package koru.smt.report;

import java.util.List;
import java.util.stream.Stream;
import koru.smt.logic.Query;
import koru.smt.logic.Term;

/** The free constants of a query, in order of first occurrence: the names a counterexample gives values. */
final class FreeConstants {
    private FreeConstants() {
    }

    static List<Term.Var> of(Query query) {
        return Stream.concat(query.assumptions().stream(), Stream.of(query.goal()))
                .flatMap(Subterms::of)
                .filter(Term.Var.class::isInstance)
                .map(Term.Var.class::cast)
                .distinct()
                .toList();
    }
}
