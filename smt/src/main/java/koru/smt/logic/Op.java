package koru.smt.logic;

/**
 * The operators of the query language. Division and remainder are Koru's (LANGUAGE.md Part D):
 * {@code /} truncates toward zero and {@code %} has the sign of the dividend; the encoder, not
 * the kernel, knows how to say that in SMT-LIB, whose {@code div} is Euclidean.
 */
public enum Op {
    // integers
    ADD, SUB, MUL, DIV, REM, NEG,
    // comparisons (EQ and DISTINCT take any sort)
    LT, LE, GT, GE, EQ, DISTINCT,
    // logic
    NOT, AND, OR, IMPLIES, ITE,
    // arrays: maps and sets
    SELECT, STORE,
    /** Pointwise {@code or} of two sets. */
    UNION,
    /** Pointwise {@code and} of two sets. */
    INTER,
    /** Every member of the first set is a member of the second. */
    SUBSET,
    // text
    CONCAT, LENGTH,
    /**
     * The sum of an integer map's values: uninterpreted. Whatever the kernel knows of a sum it
     * states as quantifier-free lemma instances; the encoder adds nothing.
     */
    SUM
}
