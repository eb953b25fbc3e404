package koru.smt.report;

import java.util.stream.Stream;
import koru.smt.logic.Term;

/** Not trusted: a term and every term inside it, the term first, its arguments left to right. */
public final class Subterms {
    private Subterms() {
    }

    public static Stream<Term> of(Term term) {
        Stream<Term> inside = switch (term) {
            case Term.App app -> app.args().stream().flatMap(Subterms::of);
            case Term.PredicateApp predicate -> predicate.args().stream().flatMap(Subterms::of);
            case Term.ConstArray array -> of(array.value());
            case Term.Var v -> Stream.empty();
            case Term.IntLit i -> Stream.empty();
            case Term.BoolLit b -> Stream.empty();
            case Term.TextLit t -> Stream.empty();
            case Term.EnumLit e -> Stream.empty();
        };
        return Stream.concat(Stream.of(term), inside);
    }
}
