package koru.smt.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import koru.smt.logic.Query;
import koru.smt.logic.Term;

/** The free constants of a query, in order of first occurrence: the names a counterexample gives values. */
final class FreeConstants {
    private FreeConstants() {
    }

    static List<Term.Var> of(Query query) {
        Set<Term.Var> found = new LinkedHashSet<>();
        query.assumptions().forEach(a -> collect(a, found));
        collect(query.goal(), found);
        return List.copyOf(found);
    }

    private static void collect(Term term, Set<Term.Var> found) {
        switch (term) {
            case Term.Var v -> found.add(v);
            case Term.ConstArray c -> collect(c.value(), found);
            case Term.App app -> app.args().forEach(a -> collect(a, found));
            case Term.PredicateApp p -> p.args().forEach(a -> collect(a, found));
            case Term.IntLit i -> {
            }
            case Term.BoolLit b -> {
            }
            case Term.TextLit t -> {
            }
            case Term.EnumLit e -> {
            }
        }
    }
}
