package koru.extract.java;

import com.palantir.javapoet.CodeBlock;

/**
 * A Java expression and how tightly it binds (Java's operator precedence, higher is tighter), so
 * that parentheses are written only where Java needs them.
 */
record JavaExpr(CodeBlock code, int precedence) {
    static final int CONDITIONAL = 2;
    static final int OR = 3;
    static final int AND = 4;
    static final int BITWISE_AND = 7;
    static final int EQUALITY = 8;
    static final int RELATIONAL = 9;
    static final int SHIFT = 10;
    static final int ADDITIVE = 11;
    static final int MULTIPLICATIVE = 12;
    static final int UNARY = 14;
    /** Literals, names, field reads and method calls. */
    static final int ATOM = 16;

    static JavaExpr atom(String format, Object... args) {
        return new JavaExpr(CodeBlock.of(format, args), ATOM);
    }

    /** This expression where an operand of precedence {@code needed} (or tighter) must stand. */
    CodeBlock within(int needed) {
        return precedence >= needed ? code : CodeBlock.of("($L)", code);
    }
}
