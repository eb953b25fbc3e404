package koru.proofs.cache;

import java.util.List;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/** Small problems with known answers, for the cache tests. */
final class Problems {
    private static final Term.Var X = new Term.Var("x", Sort.INT);

    private Problems() {
    }

    /** {@code 0 <= x <= bound} implies {@code x + 1 <= limit}: proven exactly when {@code limit > bound}. */
    static Query increment(long bound, long limit) {
        return new Query("increment", List.of(Term.App.of(Op.LE, Term.integer(0), X), Term.App.of(Op.LE, X, Term.integer(bound))),
                Term.App.of(Op.LE, Term.App.of(Op.ADD, X, Term.integer(1)), Term.integer(limit)));
    }

    /** Proven. */
    static Query holds() {
        return increment(10, 11);
    }

    /** Fails at {@code x = 10}. */
    static Query fails() {
        return increment(10, 10);
    }

    /** A counter from 0 in steps of 2 below 100 never equals {@code target}: proven for odd targets. */
    static Horn counterNeverReaches(long target) {
        Horn.Predicate counter = new Horn.Predicate("inv", List.of(Sort.INT));
        return new Horn("counter", List.of(counter), List.of(
                Horn.Rule.implies(List.of(), Term.bool(true), counter.apply(Term.integer(0))),
                Horn.Rule.implies(List.of(X), Term.App.of(Op.AND, counter.apply(X), Term.App.of(Op.LT, X, Term.integer(100))),
                        counter.apply(Term.App.of(Op.ADD, X, Term.integer(2)))),
                Horn.Rule.never(List.of(X), Term.App.of(Op.AND, counter.apply(X), Term.App.of(Op.EQ, X, Term.integer(target))))));
    }

    /** {@code t == text} implies {@code t == other}: the key must tell texts apart however they differ. */
    static Query textIs(String text, String other) {
        Term.Var t = new Term.Var("t", Sort.TEXT);
        return new Query("text", List.of(Term.App.of(Op.EQ, t, new Term.TextLit(text))), Term.App.of(Op.EQ, t, new Term.TextLit(other)));
    }
}
