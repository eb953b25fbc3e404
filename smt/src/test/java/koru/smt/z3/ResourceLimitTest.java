package koru.smt.z3;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;

/** An exhausted resource limit is unknown, never proven, and the limit is per check, not per solver. */
class ResourceLimitTest {
    /** Provable (x*x = 2 has no integer root), but only after Z3 has done some non-linear work. */
    private static Query irrational() {
        Term.Var x = intVar("x");
        return new Query("no integer root of 2", List.of(), app(Op.DISTINCT, mul(x, x), num(2)));
    }

    @Test
    void aTinyLimitMakesAProvableQueryUnknown() {
        try (Z3Solver tiny = Z3Solver.open(1); Z3Solver ample = Z3Solver.open()) {
            Outcome outcome = tiny.prove(irrational());
            Outcome.Unknown unknown = assertInstanceOf(Outcome.Unknown.class, outcome, outcome::toString);
            assertTrue(unknown.reason().contains("limit") || unknown.reason().contains("canceled"), unknown.reason());
            assertEquals(new Outcome.Proven(), ample.prove(irrational()));
        }
    }

    @Test
    void aTinyLimitMakesAHornProblemUnknown() {
        Horn.Predicate p = new Horn.Predicate("P", List.of(Sort.INT));
        Term.Var x = intVar("x");
        Horn counter = new Horn("counter", List.of(p), List.of(
                Horn.Rule.implies(List.of(), Term.bool(true), p.apply(num(0))),
                Horn.Rule.implies(List.of(x), and(p.apply(x), lt(x, num(1000))), p.apply(add(x, num(2)))),
                Horn.Rule.never(List.of(x), and(p.apply(x), eq(x, num(7))))));
        try (Z3Solver tiny = Z3Solver.open(1); Z3Solver ample = Z3Solver.open()) {
            assertInstanceOf(Outcome.Unknown.class, tiny.solve(counter));
            assertEquals(new Outcome.Proven(), ample.solve(counter));
        }
    }

    @Test
    void theLimitAppliesToEachCheckAfresh() {
        try (Z3Solver solver = Z3Solver.open(20_000)) {
            for (int i = 0; i < 20; i++) {
                assertEquals(new Outcome.Proven(), solver.prove(new Query("x+1>x", List.of(), lt(intVar("x"), add(intVar("x"), num(1))))));
            }
        }
    }

    @Test
    void aLimitOutsideZ3sRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Z3Solver.open(0));
        assertThrows(IllegalArgumentException.class, () -> Z3Solver.open(1L << 31));
    }
}
