package koru.kernel.lemmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;

/** Which sum-lemma instances the kernel adds, for the map terms of the ledger's transfer. */
class SumLemmasTest {
    private static final Sort.Array BALANCES = new Sort.Array(Sort.INT, Sort.INT);
    private static final Term B = new Term.Var("book.balances", BALANCES);
    private static final Term FROM = new Term.Var("from", Sort.INT);
    private static final Term TO = new Term.Var("to", Sort.INT);
    private static final Term AMOUNT = new Term.Var("amount", Sort.INT);

    private static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }

    /** {@code put(put(B, from, B[from] - amount), to, B[to] + amount)}, as ledger.kz's transfer builds it. */
    private static final Term DEBITED = app(Op.STORE, B, FROM, app(Op.SUB, app(Op.SELECT, B, FROM), AMOUNT));
    private static final Term CREDITED = app(Op.STORE, DEBITED, TO, app(Op.ADD, app(Op.SELECT, B, TO), AMOUNT));

    private static Query transferInvariant() {
        Term supply = new Term.Var("book.supply", Sort.INT);
        return new Query("transfer inv", List.of(app(Op.EQ, app(Op.SUM, B), supply)), app(Op.EQ, app(Op.SUM, CREDITED), supply));
    }

    @Test
    void everyStoreGetsItsUpdateInstance() {
        List<Term> instances = SumLemmas.instancesFor(transferInvariant(), map -> false);
        assertEquals(List.of(
                app(Op.EQ, app(Op.SUM, CREDITED), app(Op.ADD,
                        app(Op.SUB, app(Op.SUM, DEBITED), app(Op.SELECT, DEBITED, TO)), app(Op.ADD, app(Op.SELECT, B, TO), AMOUNT))),
                app(Op.EQ, app(Op.SUM, DEBITED), app(Op.ADD,
                        app(Op.SUB, app(Op.SUM, B), app(Op.SELECT, B, FROM)), app(Op.SUB, app(Op.SELECT, B, FROM), AMOUNT)))),
                instances);
    }

    @Test
    void signLemmasOnlyForMapsTheCallerKnowsNonNegative() {
        List<Term> unsigned = SumLemmas.instancesFor(transferInvariant(), B::equals);
        Term pair = app(Op.IMPLIES, app(Op.DISTINCT, FROM, TO),
                app(Op.LE, app(Op.ADD, app(Op.SELECT, B, FROM), app(Op.SELECT, B, TO)), app(Op.SUM, B)));
        assertTrue(unsigned.contains(app(Op.GE, app(Op.SUM, B), Term.integer(0))), unsigned.toString());
        assertTrue(unsigned.contains(pair), unsigned.toString());
        assertTrue(unsigned.contains(app(Op.LE, app(Op.SELECT, B, FROM), app(Op.SUM, B))), unsigned.toString());
        // The stored-into maps were not declared non-negative, so nothing about their signs is claimed.
        assertTrue(unsigned.stream().noneMatch(t -> t.equals(app(Op.GE, app(Op.SUM, DEBITED), Term.integer(0)))));
        assertEquals(2, SumLemmas.instancesFor(transferInvariant(), map -> false).size());
    }

    @Test
    void theEmptyMapSumsToZeroButAConstantNonZeroMapGetsNothing() {
        Term empty = new Term.ConstArray(Sort.INT, Term.integer(0));
        Term sevens = new Term.ConstArray(Sort.INT, Term.integer(7));
        Query query = new Query("open_book", List.of(), app(Op.EQ, app(Op.SUM, empty), app(Op.SUM, sevens)));
        assertEquals(List.of(app(Op.EQ, app(Op.SUM, empty), Term.integer(0))), SumLemmas.instancesFor(query, m -> false));
    }

    @Test
    void setsAndTextMapsAreNotSummed() {
        Term rights = new Term.Var("rights", Sort.setOf(Sort.INT));
        Query query = new Query("cap", List.of(), app(Op.SELECT, app(Op.STORE, rights, FROM, Term.bool(true)), TO));
        assertEquals(List.of(), SumLemmas.instancesFor(query, m -> true));
    }

    @Test
    void addToKeepsTheGoalAndAppendsTheInstancesToTheAssumptions() {
        Query query = transferInvariant();
        Query withLemmas = SumLemmas.addTo(query, B::equals);
        assertEquals(query.goal(), withLemmas.goal());
        assertEquals(query.assumptions(), withLemmas.assumptions().subList(0, query.assumptions().size()));
        assertEquals(SumLemmas.instancesFor(query, B::equals),
                withLemmas.assumptions().subList(query.assumptions().size(), withLemmas.assumptions().size()));
    }
}
