package koru.smt.z3;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import com.microsoft.z3.Native;
import java.util.List;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;

/** The SMT-LIB script of a query: the same text for the same query, and Z3 gives it the same answer as prove. */
class SmtLibTest {
    private static final Sort.Enum RIGHT = new Sort.Enum("Right", List.of("read", "write"));

    private static Query restrict(boolean keepWrite) {
        Term.Var granted = new Term.Var("g", new Sort.Array(RIGHT, Sort.BOOL));
        Term.Var odd = intVar("a b|c");
        Term empty = new Term.ConstArray(RIGHT, Term.bool(false));
        Term kept = store(empty, new Term.EnumLit(RIGHT, keepWrite ? "write" : "read"), Term.bool(true));
        return new Query("restrict", List.of(eq(granted, store(empty, new Term.EnumLit(RIGHT, "write"), Term.bool(true))), eq(odd, num(-3))),
                and(select(app(Op.INTER, granted, kept), new Term.EnumLit(RIGHT, "write")), eq(app(Op.DIV, odd, num(2)), num(-1)),
                        app(Op.GE, sum(new Term.Var("m", INT_MAP)), sum(new Term.Var("m", INT_MAP)))));
    }

    @Test
    void theSameQueryGivesTheSameTextWhateverTheSolverDidBefore() {
        try (Z3Solver fresh = Z3Solver.open(); Z3Solver used = Z3Solver.open()) {
            used.prove(restrict(false));
            Term byRight = new Term.Var("m", new Sort.Array(RIGHT, Sort.INT));
            used.prove(new Query("other sums first", List.of(), app(Op.GE, sum(byRight), num(0))));
            assertEquals(fresh.smtLib(restrict(true)), used.smtLib(restrict(true)));
        }
    }

    @Test
    void z3AnswersTheScriptAsProveDoes() {
        try (Z3Solver solver = Z3Solver.open()) {
            String proven = solver.smtLib(restrict(true));
            String failed = solver.smtLib(restrict(false));
            assertTrue(proven.endsWith("(check-sat)\n") && proven.contains("(declare-"), proven);
            assertEquals("unsat", runZ3(proven), proven);
            assertEquals("sat", runZ3(failed), failed);
        }
    }

    private static String runZ3(String script) {
        try (Context context = new Context()) {
            return Native.evalSmtlib2String(context.nCtx(), script).strip();
        }
    }
}
