package koru.smt.z3;

import static koru.smt.z3.Terms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import koru.smt.logic.Horn;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** x_capabilities.smt2, x_missing_right.smt2 and the Horn problem of loops.kz (iv_loops_triple_chc*.smt2). */
class CapabilityAndLoopQueriesTest {
    private static final Sort.Enum RIGHT = new Sort.Enum("Right", List.of("read", "write", "admin"));
    private static final Sort.Array RIGHTS = new Sort.Array(RIGHT, Sort.BOOL);
    private static final Term EMPTY = new Term.ConstArray(RIGHT, Term.bool(false));

    @RegisterExtension
    static final OneSolver solver = new OneSolver();

    private static Term right(String name) {
        return new Term.EnumLit(RIGHT, name);
    }

    private static Term singleton(String name) {
        return store(EMPTY, right(name), Term.bool(true));
    }

    @Test
    void editMayWriteAfterGrantAndRestrict() {
        Term.Var granted = new Term.Var("g", RIGHTS);
        Term.Var kept = new Term.Var("w", RIGHTS);
        Query query = new Query("x_capabilities edit pre", List.of(
                eq(granted, store(singleton("read"), right("write"), Term.bool(true))),
                eq(kept, app(Op.INTER, granted, singleton("write")))),
                select(kept, right("write")));
        assertEquals(new Outcome.Proven(), solver.prove(query));
    }

    @Test
    void anIntersectionIsASubsetOfItsFirstOperand() {
        Term.Var a = new Term.Var("a", RIGHTS);
        Term.Var b = new Term.Var("b", RIGHTS);
        Query query = new Query("x_capabilities restrict cap", List.of(), app(Op.SUBSET, app(Op.INTER, a, b), a));
        assertEquals(new Outcome.Proven(), solver.prove(query));
    }

    @Test
    void keepingOnlyReadLosesWrite() {
        Term.Var granted = new Term.Var("g", RIGHTS);
        Term.Var kept = new Term.Var("r", RIGHTS);
        Query query = new Query("x_missing_right", List.of(
                eq(granted, store(singleton("read"), right("write"), Term.bool(true))),
                eq(kept, app(Op.INTER, granted, singleton("read")))),
                select(kept, right("write")));
        Outcome outcome = solver.prove(query);
        assertInstanceOf(Outcome.Failed.class, outcome, outcome::toString);
    }

    @Test
    void tripleIsSafe() {
        assertEquals(new Outcome.Proven(), solver.solve(triple(true, true)));
    }

    @Test
    void withoutNEqualsInNTheLoopPostconditionFails() {
        assertInstanceOf(Outcome.Failed.class, solver.solve(triple(false, true)));
    }

    @Test
    void withoutILessOrEqualNTheLoopBackPreconditionFails() {
        assertInstanceOf(Outcome.Failed.class, solver.solve(triple(true, false)));
    }

    /** The subflow {@code triple} of loops.kz, modular: the call to step replaced by its contract; the flags drop one fact of more's where. */
    private static Horn triple(boolean moreKeepsN, boolean moreKeepsILessOrEqualN) {
        Horn.Predicate inv = new Horn.Predicate("Inv", List.of(Sort.INT, Sort.INT, Sort.INT, Sort.INT));
        Term.Var n0 = intVar("n0");
        Term.Var i = intVar("i");
        Term.Var n = intVar("n");
        Term.Var acc = intVar("acc");
        Term.Var mi = intVar("mi");
        Term.Var mn = intVar("mn");
        Term.Var macc = intVar("macc");
        Term.Var f = intVar("f");
        Term stepPre = and(le(i, n), le(n, num(1_000_000)), eq(acc, mul(num(3), i)));

        List<Term> more = new ArrayList<>(List.of(inv.apply(n0, i, n, acc), stepPre, u32(mi), u32(mn), u64(macc),
                eq(mi, add(i, num(1))), eq(macc, mul(num(3), mi))));
        if (moreKeepsN) {
            more.add(eq(mn, n));
        }
        if (moreKeepsILessOrEqualN) {
            more.add(le(mi, mn));
        }
        return new Horn("triple", List.of(inv), List.of(
                Horn.Rule.implies(List.of(n0), and(u32(n0), le(n0, num(1_000_000))), inv.apply(n0, num(0), n0, num(0))),
                Horn.Rule.never(List.of(n0, i, n, acc), and(inv.apply(n0, i, n, acc), not(stepPre))),
                Horn.Rule.implies(List.of(n0, i, n, acc, mi, mn, macc), and(more.toArray(Term[]::new)), inv.apply(n0, mi, mn, macc)),
                Horn.Rule.never(List.of(n0, i, n, acc, f), and(inv.apply(n0, i, n, acc), stepPre, u64(f),
                        eq(f, mul(num(3), n)), not(eq(f, mul(num(3), n0)))))));
    }
}
