package koru.smt.report;

import static koru.smt.report.Transfer.integer;
import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Term;
import koru.smt.z3.OneSolver;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The counterexample of a failed goal, as {@link Z3Solver#prove} reports it: minimal, over finite maps, replayed. */
class MinimalCounterexampleTest {
    @RegisterExtension
    static final OneSolver solver = new OneSolver();

    @Test
    void payingOneselfOneCoinOutOfOneIsTheSmallestRealRun() {
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(Transfer.toOneself(Transfer.UPDATES)));
        assertAll(
                () -> assertEquals(new Replay.Confirmed(), failed.replay()),
                () -> assertEquals(Map.of(
                        "balances", new Value.ArrayValue(Map.of(integer(0), integer(1)), integer(0)),
                        "supply", integer(1), "from", integer(0), "to", integer(0), "amount", integer(1)), failed.model()));
    }

    @Test
    void aFailureOnlyAMissingLemmaAllowsIsNeverShownAsReplayed() {
        // Between two accounts the transfer keeps the supply, but without the update lemmas the sum after
        // the puts is unconstrained: Z3's "failure" is no finite map, no explicit map reproduces it, and
        // its own model is shown, unconfirmed.
        assertEquals(new Outcome.Proven(), solver.prove(Transfer.betweenTwoAccounts(Transfer.UPDATES)));
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(Transfer.betweenTwoAccounts(List.of())));
        assertInstanceOf(Replay.Unconfirmed.class, failed.replay(), failed::toString);
    }

    @Test
    void withoutMapsTheIntegersAreMinimal() {
        Term.Var n = intVar("n");
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class,
                solver.prove(new Query("doubled", List.of(inRange(n, BigInteger.valueOf(255))), le(mul(n, num(2)), num(255)))));
        assertAll(
                () -> assertEquals(Map.of("n", integer(128)), failed.model()),
                () -> assertEquals(new Replay.Confirmed(), failed.replay()));
    }

    @Test
    void aValueOnlyADivisionByZeroExplainsStaysUnconfirmed() {
        Term.Var total = intVar("total");
        Query meanOfNothing = new Query("mean of nothing", List.of(u64(total)), eq(app(Op.DIV, total, num(0)), num(0)));
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(meanOfNothing));
        assertEquals(new Replay.Unconfirmed("a division by zero"), failed.replay());
    }

    @Test
    void aGoalThatFailsWhateverTheInputsReplaysWithNoValues() {
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(new Query("never", List.of(), lt(num(1), num(0)))));
        assertAll(
                () -> assertEquals(Map.of(), failed.model()),
                () -> assertEquals(new Replay.Confirmed(), failed.replay()));
    }
}
