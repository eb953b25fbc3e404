package koru.elaborator.ast;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import koru.elaborator.source.Span;

/** The pure expression language of LANGUAGE.md B3, used in arguments, constructors, guards and contracts. */
public sealed interface Expr {
    Span span();

    /** Decimal integer literal; its type comes from the context (B1). */
    record IntLit(BigInteger value, Span span) implements Expr {
    }

    record BoolLit(boolean value, Span span) implements Expr {
    }

    /** A string literal, Java escapes already decoded. */
    record TextLit(String value, Span span) implements Expr {
    }

    /** A binding, an input field, {@code in}, an enum type name, or {@code mod:Name}. */
    record Ref(Optional<String> module, String name, Span span) implements Expr {
    }

    /** {@code target.name}: a record field, or an enum value {@code E.v}. */
    record Member(Expr target, String name, Span nameSpan, Span span) implements Expr {
    }

    /** {@code target[index]}: a map read. */
    record Index(Expr target, Expr index, Span span) implements Expr {
    }

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
    }

    /** A call of one of the built-in pure functions ({@code len}, {@code put}, {@code sum}, …). */
    record Call(String function, Span nameSpan, List<Expr> arguments, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code { f: e, … }}; its record type comes from the context. */
    record RecordLit(List<FieldInit> fields, Span span) implements Expr {
        public RecordLit {
            fields = List.copyOf(fields);
        }
    }

    record FieldInit(String name, Span nameSpan, Expr value, Span span) {
    }

    /** {@code [e, …]}: a list literal. */
    record ListLit(List<Expr> elements, Span span) implements Expr {
        public ListLit {
            elements = List.copyOf(elements);
        }
    }

    /** {@code a..b}: only valid as the operand of {@code for}. */
    record Range(Expr from, Expr to, Span span) implements Expr {
    }

    enum UnaryOp {
        NEG("-"),
        NOT("!");

        private final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    enum BinaryOp {
        MUL("*"),
        DIV("/"),
        REM("%"),
        ADD("+"),
        SUB("-"),
        CONCAT("++"),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        EQ("=="),
        NE("!="),
        AND("&&"),
        OR("||"),
        IMPLIES("==>");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static BinaryOp ofSymbol(String symbol) {
            for (BinaryOp op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("not a binary operator: " + symbol);
        }
    }
}
