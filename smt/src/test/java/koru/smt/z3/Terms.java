package koru.smt.z3;

import java.math.BigInteger;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/** Short spellings of query-language terms, so the tests read like the hand-written SMT-LIB notes. */
public final class Terms {
    public static final BigInteger U64_MAX = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
    public static final BigInteger U32_MAX = BigInteger.TWO.pow(32).subtract(BigInteger.ONE);
    public static final Sort.Array INT_MAP = new Sort.Array(Sort.INT, Sort.INT);

    private Terms() {
    }

    public static Term.Var intVar(String name) {
        return new Term.Var(name, Sort.INT);
    }

    public static Term num(long value) {
        return new Term.IntLit(BigInteger.valueOf(value));
    }

    public static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }

    public static Term and(Term... args) {
        return app(Op.AND, args);
    }

    public static Term not(Term arg) {
        return app(Op.NOT, arg);
    }

    public static Term eq(Term a, Term b) {
        return app(Op.EQ, a, b);
    }

    public static Term le(Term a, Term b) {
        return app(Op.LE, a, b);
    }

    public static Term lt(Term a, Term b) {
        return app(Op.LT, a, b);
    }

    public static Term add(Term a, Term b) {
        return app(Op.ADD, a, b);
    }

    public static Term sub(Term a, Term b) {
        return app(Op.SUB, a, b);
    }

    public static Term mul(Term a, Term b) {
        return app(Op.MUL, a, b);
    }

    public static Term select(Term map, Term key) {
        return app(Op.SELECT, map, key);
    }

    public static Term store(Term map, Term key, Term value) {
        return app(Op.STORE, map, key, value);
    }

    public static Term sum(Term map) {
        return app(Op.SUM, map);
    }

    public static Term inRange(Term x, BigInteger max) {
        return and(le(num(0), x), le(x, new Term.IntLit(max)));
    }

    public static Term u64(Term x) {
        return inRange(x, U64_MAX);
    }

    public static Term u32(Term x) {
        return inRange(x, U32_MAX);
    }
}
