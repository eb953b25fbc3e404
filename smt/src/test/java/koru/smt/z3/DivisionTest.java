package koru.smt.z3;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Koru's {@code /} and {@code %} are Java's: checked through the solver on every sign combination. */
class DivisionTest {
    @RegisterExtension
    static final OneSolver solver = new OneSolver();

    @Test
    void divisionTruncatesAndRemainderTakesTheDividendsSign() {
        for (long a = -9; a <= 9; a++) {
            for (long b = -4; b <= 4; b++) {
                if (b != 0) {
                    assertSolverComputes(Op.DIV, a, b, a / b);
                    assertSolverComputes(Op.REM, a, b, a % b);
                }
            }
        }
    }

    @Test
    void largeOperandsToo() {
        assertSolverComputes(Op.DIV, Long.MIN_VALUE + 1, 7, (Long.MIN_VALUE + 1) / 7);
        assertSolverComputes(Op.REM, Long.MIN_VALUE + 1, 7, (Long.MIN_VALUE + 1) % 7);
        assertSolverComputes(Op.DIV, Long.MAX_VALUE, -3, Long.MAX_VALUE / -3);
        assertSolverComputes(Op.REM, Long.MAX_VALUE, -3, Long.MAX_VALUE % -3);
    }

    // Through constants, so that Z3's rewriter cannot fold the literals before the encoding is exercised.
    private static void assertSolverComputes(Op op, long a, long b, long expected) {
        Term.Var x = intVar("x");
        Term.Var y = intVar("y");
        Query query = new Query(a + " " + op + " " + b, List.of(eq(x, num(a)), eq(y, num(b))), eq(app(op, x, y), num(expected)));
        assertEquals(new Outcome.Proven(), solver.prove(query), query.name() + " should be " + expected);
    }
}
