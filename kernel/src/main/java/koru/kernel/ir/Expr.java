package koru.kernel.ir;

import java.math.BigInteger;
import java.util.List;

/**
 * A typed Core IR expression (LANGUAGE.md B3). The same expressions serve code (arguments,
 * constructors, guards: overflow and division are obligations there) and contracts (evaluated over
 * unbounded integers); which one an expression is, the kernel knows from where it stands.
 */
public sealed interface Expr {
    Ty type();

    Origin origin();

    record IntLit(BigInteger value, Ty type, Origin origin) implements Expr {
    }

    record BoolLit(boolean value, Origin origin) implements Expr {
        public Ty type() {
            return Ty.BOOL;
        }
    }

    record TextLit(String value, Origin origin) implements Expr {
        public Ty type() {
            return Ty.TEXT;
        }
    }

    record EnumLit(String enumeration, String value, Origin origin) implements Expr {
        public Ty type() {
            return new Ty.Enum(enumeration);
        }
    }

    /** A handler's binding, a subflow's input, or a loop's current argument. */
    record Var(String name, Ty type, Origin origin) implements Expr {
    }

    /** {@code in.field} inside a branch's postcondition: the event's input. */
    record Input(String field, Ty type, Origin origin) implements Expr {
    }

    /** {@code target.field} of a record or a struct payload. */
    record FieldOf(Expr target, String field, Ty type, Origin origin) implements Expr {
    }

    /** {@code map[key]}: a missing key reads as the value type's zero. */
    record Read(Expr map, Expr key, Ty type, Origin origin) implements Expr {
    }

    record Unary(UnaryOp op, Expr operand, Ty type, Origin origin) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, Ty type, Origin origin) implements Expr {
    }

    /** One of B3's built-in pure functions. */
    record Builtin(Function function, List<Expr> args, Ty type, Origin origin) implements Expr {
        public Builtin {
            args = List.copyOf(args);
        }
    }

    /** A record value; {@code fields} in the record's declaration order. */
    record RecordLit(String record, List<Expr> fields, Origin origin) implements Expr {
        public RecordLit {
            fields = List.copyOf(fields);
        }

        public Ty type() {
            return new Ty.Record(record);
        }
    }

    /** A struct payload's value in a subflow's constructor; {@code fields} in the branch's declaration order. */
    record PayloadLit(String event, String branch, List<Expr> fields, Origin origin) implements Expr {
        public PayloadLit {
            fields = List.copyOf(fields);
        }

        public Ty type() {
            return new Ty.Payload(event, branch);
        }
    }

    record ListLit(List<Expr> elements, Ty type, Origin origin) implements Expr {
        public ListLit {
            elements = List.copyOf(elements);
        }
    }

    enum UnaryOp {
        NEG, NOT
    }

    /** Part D's operators; {@code CONCAT} is {@code ++}, {@code IMPLIES} only in contracts. */
    enum BinaryOp {
        MUL, DIV, REM, ADD, SUB, CONCAT, LT, LE, GT, GE, EQ, NE, AND, OR, IMPLIES
    }

    /** B3's built-ins; {@code EMPTY_MAP} is {@code map()}, {@code SET} is {@code set(e, …)}. */
    enum Function {
        LEN, MIN, MAX, EMPTY_MAP, PUT, REMOVE, SUM, SET, HAS, ADD, UNION, INTER, SUBSET
    }
}
