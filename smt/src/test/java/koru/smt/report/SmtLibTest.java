package koru.smt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import com.microsoft.z3.Native;
import java.util.List;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.Test;

/** The SMT-LIB script of a query: the same text for the same query, and Z3 gives it the same answer as prove. */
class SmtLibTest {
    private static final Sort.Enum RIGHT = new Sort.Enum("Right", List.of("read", "write"));
    private static final Sort.Array INT_MAP = new Sort.Array(Sort.INT, Sort.INT);

    /** Rights restricted to write, a name that needs escaping, truncating division and a sum. */
    private static Query restrict(boolean keepWrite) {
        Term.Var granted = new Term.Var("g", new Sort.Array(RIGHT, Sort.BOOL));
        Term.Var odd = new Term.Var("a b|c", Sort.INT);
        Term empty = new Term.ConstArray(RIGHT, Term.bool(false));
        Term kept = app(Op.STORE, empty, new Term.EnumLit(RIGHT, keepWrite ? "write" : "read"), Term.bool(true));
        Term sum = app(Op.SUM, new Term.Var("m", INT_MAP));
        return new Query("restrict", List.of(app(Op.EQ, granted, app(Op.STORE, empty, new Term.EnumLit(RIGHT, "write"), Term.bool(true))),
                app(Op.EQ, odd, Term.integer(-3))),
                app(Op.AND, app(Op.SELECT, app(Op.INTER, granted, kept), new Term.EnumLit(RIGHT, "write")),
                        app(Op.EQ, app(Op.DIV, odd, Term.integer(2)), Term.integer(-1)), app(Op.GE, sum, sum)));
    }

    @Test
    void theSameQueryGivesTheSameTextWhateverWasSolvedBefore() {
        String before = SmtLib.script(restrict(true), Z3Solver.DEFAULT_RESOURCE_LIMIT);
        try (Z3Solver used = Z3Solver.open()) {
            used.prove(restrict(false));
            Term byRight = new Term.Var("m", new Sort.Array(RIGHT, Sort.INT));
            used.prove(new Query("other sums first", List.of(), app(Op.GE, app(Op.SUM, byRight), Term.integer(0))));
        }
        assertEquals(before, SmtLib.script(restrict(true), Z3Solver.DEFAULT_RESOURCE_LIMIT));
    }

    @Test
    void z3AnswersTheScriptAsProveDoes() {
        String proven = SmtLib.script(restrict(true), Z3Solver.DEFAULT_RESOURCE_LIMIT);
        String failed = SmtLib.script(restrict(false), Z3Solver.DEFAULT_RESOURCE_LIMIT);
        assertTrue(proven.startsWith("(set-option :rlimit 2000000)\n") && proven.endsWith("(check-sat)\n")
                && proven.contains("(declare-"), proven);
        assertEquals("unsat", runZ3(proven), proven);
        assertEquals("sat", runZ3(failed), failed);
        try (Z3Solver solver = Z3Solver.open()) {
            assertInstanceOf(Outcome.Proven.class, solver.prove(restrict(true)));
            assertInstanceOf(Outcome.Failed.class, solver.prove(restrict(false)));
        }
    }

    /** A counter from 0 in steps of 2 never reaches 7 (proven: sat), but does reach 8 (failed: unsat). */
    @Test
    void z3AnswersAHornScriptAsSolveDoes() {
        Horn.Predicate counter = new Horn.Predicate("inv", List.of(Sort.INT));
        Term.Var x = new Term.Var("x", Sort.INT);
        for (int target : new int[] {7, 8}) {
            Horn problem = new Horn("counter", List.of(counter), List.of(
                    Horn.Rule.implies(List.of(), Term.bool(true), counter.apply(Term.integer(0))),
                    Horn.Rule.implies(List.of(x), app(Op.AND, counter.apply(x), app(Op.LT, x, Term.integer(100))),
                            counter.apply(app(Op.ADD, x, Term.integer(2)))),
                    Horn.Rule.never(List.of(x), app(Op.AND, counter.apply(x), app(Op.EQ, x, Term.integer(target))))));
            String script = SmtLib.script(problem, Z3Solver.DEFAULT_RESOURCE_LIMIT);
            assertTrue(script.contains("(set-logic HORN)") && script.contains("(declare-fun inv (Int) Bool)"), script);
            assertEquals(target == 7 ? "sat" : "unsat", runZ3(script), script);
            try (Z3Solver solver = Z3Solver.open()) {
                Class<? extends Outcome> expected = target == 7 ? Outcome.Proven.class : Outcome.Failed.class;
                assertInstanceOf(expected, solver.solve(problem));
            }
        }
    }

    private static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }

    private static String runZ3(String script) {
        try (Context context = new Context()) {
            return Native.evalSmtlib2String(context.nCtx(), script).strip();
        }
    }
}
