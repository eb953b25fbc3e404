package koru.smt.z3;

import java.math.BigInteger;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/** Short spellings of query-language terms, so the tests read like the hand-written SMT-LIB notes. */
final class Terms {
    static final BigInteger U64_MAX = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
    static final BigInteger U32_MAX = BigInteger.TWO.pow(32).subtract(BigInteger.ONE);
    static final Sort.Array INT_MAP = new Sort.Array(Sort.INT, Sort.INT);

    private Terms() {
    }

    static Term.Var intVar(String name) {
        return new Term.Var(name, Sort.INT);
    }

    static Term num(long value) {
        return new Term.IntLit(BigInteger.valueOf(value));
    }

    static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }

    static Term and(Term... args) {
        return app(Op.AND, args);
    }

    static Term not(Term arg) {
        return app(Op.NOT, arg);
    }

    static Term eq(Term a, Term b) {
        return app(Op.EQ, a, b);
    }

    static Term le(Term a, Term b) {
        return app(Op.LE, a, b);
    }

    static Term lt(Term a, Term b) {
        return app(Op.LT, a, b);
    }

    static Term add(Term a, Term b) {
        return app(Op.ADD, a, b);
    }

    static Term sub(Term a, Term b) {
        return app(Op.SUB, a, b);
    }

    static Term mul(Term a, Term b) {
        return app(Op.MUL, a, b);
    }

    static Term select(Term map, Term key) {
        return app(Op.SELECT, map, key);
    }

    static Term store(Term map, Term key, Term value) {
        return app(Op.STORE, map, key, value);
    }

    static Term sum(Term map) {
        return app(Op.SUM, map);
    }

    static Term inRange(Term x, BigInteger max) {
        return and(le(num(0), x), le(x, new Term.IntLit(max)));
    }

    static Term u64(Term x) {
        return inRange(x, U64_MAX);
    }

    static Term u32(Term x) {
        return inRange(x, U32_MAX);
    }
}
