package koru.smt.stability;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.report.Transfer;
import org.junit.jupiter.api.Test;

/** Seeds really change Z3's search, the same seed repeats exactly, and each check's units are its own. */
class SeededSolverTest {
    private static final SeededSolver AMPLE = new SeededSolver(2_000_000);
    private static final Term.Var X = intVar("x");
    private static final Term.Var Y = intVar("y");
    /** Provable (x*x = 2 has no integer root) after some non-linear work. */
    private static final Query NO_ROOT_OF_TWO = new Query("no integer root of 2", List.of(), app(Op.DISTINCT, mul(X, X), num(2)));
    /** A ledger transfer keeps the supply: ten assumptions, whose order (shuffled by the seed) changes Z3's work. */
    private static final Query TRANSFER = Transfer.betweenTwoAccounts(Transfer.UPDATES);
    private static final Horn.Predicate P = new Horn.Predicate("P", List.of(Sort.INT, Sort.INT));
    /** A loop that counts x to 1000 and y by twos: Spacer must infer y == 2x. */
    private static final Horn DOUBLING = new Horn("doubling", List.of(P), List.of(
            Horn.Rule.implies(List.of(), Term.bool(true), P.apply(num(0), num(0))),
            Horn.Rule.implies(List.of(X, Y), and(P.apply(X, Y), lt(X, num(1000))), P.apply(add(X, num(1)), add(Y, num(2)))),
            Horn.Rule.never(List.of(X, Y), and(P.apply(X, Y), not(eq(Y, add(X, X)))))));

    @Test
    void seedsChangeTheUnitsAQueryNeedsButNotItsAnswer() {
        assertProvenWithUnitsThatVary(Seeds.withReference(5).stream().map(seed -> AMPLE.prove(TRANSFER, seed)).toList());
    }

    @Test
    void seedsChangeTheUnitsAHornProblemNeeds() {
        assertProvenWithUnitsThatVary(Seeds.withReference(5).stream().map(seed -> AMPLE.solve(DOUBLING, seed)).toList());
    }

    /** Each check has a context of its own: what was solved before changes nothing. */
    @Test
    void aSeedRepeatsExactlyWhateverWasSolvedBefore() {
        List<Run> first = Seeds.withReference(5).stream().map(seed -> AMPLE.prove(TRANSFER, seed)).toList();
        AMPLE.solve(DOUBLING, 3);
        assertEquals(first, Seeds.withReference(5).stream().map(seed -> AMPLE.prove(TRANSFER, seed)).toList());
    }

    @Test
    void aCheckStoppedByTheLimitIsUnknownAndCountsAboutTheLimit() {
        Run run = new SeededSolver(100).prove(NO_ROOT_OF_TWO, 1);
        assertAll(
                () -> assertEquals(Run.Result.UNKNOWN, run.result()),
                () -> assertTrue(run.resourceUnits() >= 100 && run.resourceUnits() < 200, run::toString));
    }

    @Test
    void aFalseGoalFailsUnderEverySeed() {
        Query wrong = new Query("x*x != 4", List.of(), app(Op.DISTINCT, mul(X, X), num(4)));
        for (long seed : Seeds.withReference(3)) {
            assertEquals(Run.Result.FAILED, AMPLE.prove(wrong, seed).result());
        }
    }

    @Test
    void aLimitOutsideZ3sRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeededSolver(0));
        assertThrows(IllegalArgumentException.class, () -> new SeededSolver(1L << 31));
    }

    @Test
    void theReferenceSeedKeepsTheOrderAndASeedAlwaysGivesTheSameOrder() {
        List<Integer> facts = List.of(1, 2, 3, 4, 5, 6, 7, 8);
        assertAll(
                () -> assertEquals(facts, SeededSolver.inSeedOrder(facts, Seeds.REFERENCE)),
                () -> assertEquals(SeededSolver.inSeedOrder(facts, 4), SeededSolver.inSeedOrder(facts, 4)),
                () -> assertEquals(Set.copyOf(facts), Set.copyOf(SeededSolver.inSeedOrder(facts, 4))),
                () -> assertTrue(!SeededSolver.inSeedOrder(facts, 1).equals(facts) || !SeededSolver.inSeedOrder(facts, 2).equals(facts)));
    }

    private static void assertProvenWithUnitsThatVary(List<Run> runs) {
        assertAll(
                () -> assertEquals(Set.of(Run.Result.PROVEN), runs.stream().map(Run::result).collect(Collectors.toSet()), runs::toString),
                () -> assertTrue(runs.stream().map(Run::resourceUnits).distinct().count() > 1, () -> "every seed needed the same units: " + runs));
    }
}
