package koru.kernel.lemmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.report.Value;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's conservation proof with the lemma instances the kernel generates, not hand-written
 * ones: ledger.kz's transfer is proven, and the classic ledger bugs are not.
 */
class SumLemmasProofTest {
    private static final BigInteger U64_MAX = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
    private static final Sort.Array BALANCES = new Sort.Array(Sort.INT, Sort.INT);
    private static final Term B = new Term.Var("book.balances", BALANCES);
    private static final Term SUPPLY = new Term.Var("book.supply", Sort.INT);
    private static final Term FROM = new Term.Var("from", Sort.INT);
    private static final Term TO = new Term.Var("to", Sort.INT);
    private static final Term AMOUNT = new Term.Var("amount", Sort.INT);

    private final Z3Solver solver = Z3Solver.open();

    @AfterEach
    void close() {
        solver.close();
    }

    private static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }

    private static Term u64(Term x) {
        return app(Op.AND, app(Op.LE, Term.integer(0), x), app(Op.LE, x, Term.integer(U64_MAX)));
    }

    private static Term read(Term map, Term key) {
        return app(Op.SELECT, map, key);
    }

    /** What the caller knows of transfer's inputs: ranges, the record invariant, the path condition. */
    private static List<Term> facts(boolean fromDiffersFromTo) {
        List<Term> facts = new ArrayList<>(List.of(u64(SUPPLY), u64(FROM), u64(TO), u64(AMOUNT),
                u64(read(B, FROM)), u64(read(B, TO)),
                app(Op.EQ, app(Op.SUM, B), SUPPLY),
                app(Op.GE, read(B, FROM), AMOUNT)));
        if (fromDiffersFromTo) {
            facts.add(app(Op.DISTINCT, FROM, TO));
        }
        return facts;
    }

    private static Term debited() {
        return app(Op.STORE, B, FROM, app(Op.SUB, read(B, FROM), AMOUNT));
    }

    private static Term credited() {
        return app(Op.STORE, debited(), TO, app(Op.ADD, read(B, TO), AMOUNT));
    }

    /** The balance maps of the ledger hold u64 values, so all their sums are sums of non-negatives. */
    private static boolean unsignedBalances(Term map) {
        return map.equals(B);
    }

    private Outcome proveWithKernelLemmas(Query query) {
        return solver.prove(SumLemmas.addTo(query, SumLemmasProofTest::unsignedBalances));
    }

    @Test
    void transferConservesTheSupply() {
        Query invariant = new Query("transfer inv", facts(true), app(Op.EQ, app(Op.SUM, credited()), SUPPLY));
        assertInstanceOf(Outcome.Proven.class, proveWithKernelLemmas(invariant));
    }

    @Test
    void withoutTheLemmasTheSameQueryIsNotProven() {
        Query invariant = new Query("transfer inv", facts(true), app(Op.EQ, app(Op.SUM, credited()), SUPPLY));
        assertNotEquals(new Outcome.Proven(), solver.prove(invariant));
    }

    @Test
    void theCreditCannotOverflowBecauseBothBalancesAreInTheSupply() {
        Term creditedBalance = app(Op.ADD, read(B, TO), AMOUNT);
        Query overflow = new Query("transfer overflow", facts(true), u64(creditedBalance));
        assertInstanceOf(Outcome.Proven.class, proveWithKernelLemmas(overflow));
    }

    @Test
    void forgettingTheCreditBreaksTheInvariant() {
        Query forgotCredit = new Query("pay inv", facts(true), app(Op.EQ, app(Op.SUM, debited()), SUPPLY));
        Outcome outcome = proveWithKernelLemmas(forgotCredit);
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcome);
        assertNotEquals(new Value.IntValue(BigInteger.ZERO), failed.model().get("amount"), "only a non-zero amount breaks it");
    }

    @Test
    void aSelfTransferIsCaughtWhenTheContractAllowsIt() {
        // Without `where from != to`, transferring to oneself credits on top of the debited map's
        // stale read and creates money: the classic trap.
        Query selfTransfer = new Query("transfer inv, from == to allowed", facts(false),
                app(Op.EQ, app(Op.SUM, credited()), SUPPLY));
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, proveWithKernelLemmas(selfTransfer));
        assertEquals(failed.model().get("from"), failed.model().get("to"));
    }
}
