package koru.smt.z3;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Term;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ledger queries of shared/notes/z3-encoding (examples/ledger.kz), stated through the query
 * language with the sum lemmas as explicit assumptions; each ablation drops one lemma and must
 * then not be proven.
 */
class LedgerQueriesTest {
    private static final Term.Var B = new Term.Var("B", INT_MAP);
    private static final Term.Var SUPPLY = intVar("supply");
    private static final Term.Var FROM = intVar("from");
    private static final Term.Var TO = intVar("to");
    private static final Term.Var AMOUNT = intVar("amount");
    private static final Term M1 = store(B, FROM, sub(select(B, FROM), AMOUNT));
    private static final Term M2 = store(M1, TO, add(select(B, TO), AMOUNT));
    private static final Term STORE_LEMMA_1 = eq(sum(M1), add(sub(sum(B), select(B, FROM)), sub(select(B, FROM), AMOUNT)));
    private static final Term STORE_LEMMA_2 = eq(sum(M2), add(sub(sum(M1), select(M1, TO)), add(select(B, TO), AMOUNT)));
    private static final Term PAIR_LEMMA = app(Op.IMPLIES, app(Op.DISTINCT, FROM, TO), le(add(select(B, FROM), select(B, TO)), sum(B)));

    @RegisterExtension
    static final OneSolver solver = new OneSolver();

    /** The then-path of transfer: ranges, the input invariant, the input where, the path condition, and the given lemmas. */
    private static List<Term> transferThenPath(Term... lemmas) {
        List<Term> facts = new ArrayList<>(List.of(
                u64(SUPPLY), u64(FROM), u64(TO), u64(AMOUNT), u64(select(B, FROM)), u64(select(B, TO)),
                eq(sum(B), SUPPLY),
                app(Op.DISTINCT, FROM, TO),
                app(Op.GE, select(B, FROM), AMOUNT),
                app(Op.GE, sum(B), num(0))));
        facts.addAll(List.of(lemmas));
        return facts;
    }

    @Test
    void transferKeepsTheLedgerInvariant() {
        Query query = new Query("i_transfer_inv", transferThenPath(STORE_LEMMA_1, STORE_LEMMA_2, PAIR_LEMMA), eq(sum(M2), SUPPLY));
        assertEquals(new Outcome.Proven(), solver.prove(query));
    }

    @Test
    void withoutTheStoreLemmaTheInvariantIsNotProven() {
        Query query = new Query("i_transfer_inv_NO_STORE_LEMMA", transferThenPath(PAIR_LEMMA), eq(sum(M2), SUPPLY));
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(query));
        assertEquals(Set.of("B", "supply", "from", "to", "amount"), failed.model().keySet(), "every free constant has a value");
    }

    @Test
    void transferCannotOverflowTheReceiver() {
        Query query = new Query("i_transfer_add_overflow", transferThenPath(STORE_LEMMA_1, STORE_LEMMA_2, PAIR_LEMMA), u64(add(select(B, TO), AMOUNT)));
        assertEquals(new Outcome.Proven(), solver.prove(query));
    }

    @Test
    void withoutThePairLemmaTheOverflowCheckFailsWithAnOverflowingModel() {
        Query query = new Query("i_transfer_add_overflow_NO_PAIR_LEMMA", transferThenPath(STORE_LEMMA_1, STORE_LEMMA_2), u64(add(select(B, TO), AMOUNT)));
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(query));
        Value.ArrayValue balances = (Value.ArrayValue) failed.model().get("B");
        BigInteger to = ((Value.IntValue) failed.model().get("to")).value();
        BigInteger amount = ((Value.IntValue) failed.model().get("amount")).value();
        Value receiver = balances.entries().getOrDefault(new Value.IntValue(to), balances.otherwise());
        assertEquals(1, ((Value.IntValue) receiver).value().add(amount).compareTo(U64_MAX), "the model must overflow the receiver");
    }

    @Test
    void openingABookSumsItsTwoAccounts() {
        assertEquals(new Outcome.Proven(), solver.prove(openBook(true)));
    }

    @Test
    void withoutTheEmptyMapLemmaOpeningABookIsNotProven() {
        assertInstanceOf(Outcome.Failed.class, solver.prove(openBook(false)));
    }

    private static Query openBook(boolean emptyLemma) {
        Term.Var alice = intVar("alice");
        Term.Var bob = intVar("bob");
        Term empty = new Term.ConstArray(koru.smt.logic.Sort.INT, num(0));
        Term n1 = store(empty, num(1), alice);
        Term n2 = store(n1, num(2), bob);
        List<Term> facts = new ArrayList<>(List.of(
                u64(alice), u64(bob), and(le(alice, num(1_000_000)), le(bob, num(1_000_000))),
                eq(sum(n1), add(sub(sum(empty), select(empty, num(1))), alice)),
                eq(sum(n2), add(sub(sum(n1), select(n1, num(2))), bob)),
                app(Op.GE, sum(empty), num(0))));
        if (emptyLemma) {
            facts.add(eq(sum(empty), num(0)));
            return new Query("i_open_book_inv", facts, and(u64(add(alice, bob)), eq(sum(n2), add(alice, bob))));
        }
        return new Query("i_open_book_inv_NO_EMPTY_LEMMA", facts, eq(sum(n2), add(alice, bob)));
    }
}
