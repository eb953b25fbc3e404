package koru.smt.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each sort rule builds what it should and refuses an ill-sorted application before any solver sees it. */
class SortingTest {
    private static final Term N = new Term.Var("n", Sort.INT);
    private static final Term B = new Term.Var("b", Sort.BOOL);
    private static final Term S = new Term.Var("s", Sort.TEXT);
    private static final Sort.Array INT_MAP = new Sort.Array(Sort.INT, Sort.INT);
    private static final Term M = new Term.Var("m", INT_MAP);
    private static final Term SET = new Term.Var("set", Sort.setOf(Sort.INT));

    private static void refused(Op op, Term... args) {
        assertThrows(IllegalArgumentException.class, () -> Term.App.of(op, args), op.toString());
    }

    private static Sort sortOf(Op op, Term... args) {
        return Term.App.of(op, args).sort();
    }

    @Test
    void arithmeticAndComparisonTakeTwoIntegers() {
        assertEquals(Sort.INT, sortOf(Op.ADD, N, N));
        assertEquals(Sort.BOOL, sortOf(Op.LE, N, N));
        assertEquals(Sort.INT, sortOf(Op.NEG, N));
        refused(Op.ADD, N, B);
        refused(Op.DIV, N);
        refused(Op.LT, S, S);
        refused(Op.NEG, N, N);
    }

    @Test
    void connectivesTakeBooleansAndAndOrAnyNumberOfThem() {
        assertEquals(Sort.BOOL, sortOf(Op.AND, B, B, B));
        assertEquals(Sort.BOOL, sortOf(Op.OR));
        refused(Op.AND, B, N);
        refused(Op.NOT, N);
        refused(Op.IMPLIES, B);
    }

    @Test
    void equalityAndIteNeedOneSortOnBothSides() {
        assertEquals(Sort.BOOL, sortOf(Op.EQ, S, S));
        assertEquals(Sort.TEXT, sortOf(Op.ITE, B, S, S));
        refused(Op.EQ, N, S);
        refused(Op.DISTINCT, N, B);
        refused(Op.ITE, N, N, N);
        refused(Op.ITE, B, N, S);
    }

    @Test
    void selectAndStoreFollowTheArraysKeyAndValueSorts() {
        assertEquals(Sort.INT, sortOf(Op.SELECT, M, N));
        assertEquals(INT_MAP, sortOf(Op.STORE, M, N, N));
        refused(Op.SELECT, N, N);
        refused(Op.SELECT, M, B);
        refused(Op.STORE, M, N, B);
        refused(Op.STORE, M, N);
    }

    @Test
    void setOperationsNeedTwoSetsOfOneSort() {
        assertEquals(Sort.setOf(Sort.INT), sortOf(Op.UNION, SET, SET));
        assertEquals(Sort.BOOL, sortOf(Op.SUBSET, SET, SET));
        refused(Op.INTER, M, M);
        refused(Op.UNION, SET, new Term.Var("texts", Sort.setOf(Sort.TEXT)));
    }

    @Test
    void textAndSumHaveTheirOwnOperands() {
        assertEquals(Sort.TEXT, sortOf(Op.CONCAT, S, S));
        assertEquals(Sort.INT, sortOf(Op.LENGTH, S));
        assertEquals(Sort.INT, sortOf(Op.SUM, M));
        refused(Op.CONCAT, S, N);
        refused(Op.LENGTH, N);
        refused(Op.SUM, SET);
        refused(Op.SUM, N);
    }
}
