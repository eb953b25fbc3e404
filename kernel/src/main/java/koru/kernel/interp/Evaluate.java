package koru.kernel.interp;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.TypeDecl.RecordType;
import koru.kernel.ir.Ty;

/**
 * An expression's value, with the meaning the verifier gives it (koru.kernel.obligations.Translate).
 * Integers are unbounded. In {@link Mode#CODE} each obligation Translate finds in an expression is
 * checked where the operation runs, and a false one is a fault: an integer operation whose exact
 * result leaves its type's range, a division by zero, a record built without its data invariant. In
 * {@link Mode#CONTRACT} (every {@code where}) only division by zero faults. {@code &&}, {@code ||} and
 * {@code ==>} evaluate their right operand only when the left one lets them, as Translate conditions it.
 */
final class Evaluate {
    enum Mode {
        CODE,
        CONTRACT
    }

    private final Lookup lookup;
    private final Mode mode;
    /** The names in scope: a body's inputs and bindings, or a contract's payload and arguments. */
    private final Map<String, Value> names;
    /** {@code in.field} in a branch's postcondition: the event's inputs. */
    private final Map<String, Value> inputs;

    Evaluate(Lookup lookup, Mode mode, Map<String, Value> names, Map<String, Value> inputs) {
        this.lookup = lookup;
        this.mode = mode;
        this.names = names;
        this.inputs = inputs;
    }

    /** Whether the contract {@code where} holds of {@code names} (and {@code in.f} of {@code inputs}); a division by zero in it faults. */
    static boolean holds(Lookup lookup, Expr where, Map<String, Value> names, Map<String, Value> inputs) {
        return new Evaluate(lookup, Mode.CONTRACT, names, inputs).bool(where);
    }

    boolean bool(Expr expr) {
        return ((Value.Bool) value(expr)).value();
    }

    List<Value> values(List<Expr> exprs) {
        return exprs.stream().map(this::value).toList();
    }

    Value value(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> new Value.Int(i.value());
            case Expr.BoolLit b -> Value.of(b.value());
            case Expr.TextLit t -> Value.of(t.value());
            case Expr.EnumLit e -> new Value.Enum(e.enumeration(), e.value());
            case Expr.Var v -> bound(names, v.name());
            case Expr.Input i -> bound(inputs, i.field());
            case Expr.FieldOf f -> ((Value.Struct) value(f.target())).field(f.field());
            case Expr.Read r -> ((Value.MapOf) value(r.map())).read(value(r.key()));
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Builtin b -> Builtins.apply(b, values(b.args()), this::fits);
            case Expr.RecordLit r -> record(r);
            case Expr.PayloadLit p -> new Value.Struct(p.event() + "." + p.branch(),
                    byName(lookup.fieldsOf(p.type()).orElseThrow(), values(p.fields())));
            case Expr.ListLit l -> new Value.ListOf(values(l.elements()));
        };
    }

    private static Value bound(Map<String, Value> scope, String name) {
        Value value = scope.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not bound: the interpreter was given ill-formed IR");
        }
        return value;
    }

    private Value unary(Expr.Unary unary) {
        Value operand = value(unary.operand());
        return switch (unary.op()) {
            case NOT -> Value.of(!((Value.Bool) operand).value());
            case NEG -> operand instanceof Value.Float f ? new Value.Float(-f.value())
                    : fits(unary, ((Value.Int) operand).value().negate());
        };
    }

    private Value binary(Expr.Binary binary) {
        switch (binary.op()) {
            case AND, OR, IMPLIES -> {
                boolean left = bool(binary.left());
                boolean decided = binary.op() == Expr.BinaryOp.OR ? left : !left;
                if (decided) {
                    return Value.of(binary.op() != Expr.BinaryOp.AND);
                }
                return Value.of(bool(binary.right()));
            }
            default -> {
                Value left = value(binary.left());
                Value right = value(binary.right());
                return switch (binary.op()) {
                    case EQ -> Value.of(equal(left, right));
                    case NE -> Value.of(!equal(left, right));
                    case CONCAT -> Value.of(text(left) + text(right));
                    default -> left instanceof Value.Float l ? floating(binary.op(), l.value(), ((Value.Float) right).value())
                            : arithmetic(binary, ((Value.Int) left).value(), ((Value.Int) right).value());
                };
            }
        }
    }

    /** Language equality (B1); floats compare as IEEE numbers ({@code NaN != NaN}), as Java compares them. */
    private static boolean equal(Value left, Value right) {
        return left instanceof Value.Float l && right instanceof Value.Float r ? l.value() == r.value() : left.equals(right);
    }

    /** An operand of {@code ++} as text: integers in decimal, booleans as {@code true}/{@code false}, enum values by name. */
    private static String text(Value value) {
        return value instanceof Value.Text t ? t.value() : value.toString();
    }

    /**
     * Floats are carried, never reasoned about (B1): the verifier gives their operations no meaning, so they
     * mean here what they mean in the extracted Java's {@code double}s (IEEE, division by zero is no fault).
     */
    private static Value floating(Expr.BinaryOp op, double left, double right) {
        return switch (op) {
            case LT -> Value.of(left < right);
            case LE -> Value.of(left <= right);
            case GT -> Value.of(left > right);
            case GE -> Value.of(left >= right);
            case ADD -> new Value.Float(left + right);
            case SUB -> new Value.Float(left - right);
            case MUL -> new Value.Float(left * right);
            case DIV -> new Value.Float(left / right);
            case REM -> new Value.Float(left % right);
            default -> throw new IllegalArgumentException("not an arithmetic operator: " + op);
        };
    }

    private Value arithmetic(Expr.Binary binary, BigInteger left, BigInteger right) {
        return switch (binary.op()) {
            case LT -> Value.of(left.compareTo(right) < 0);
            case LE -> Value.of(left.compareTo(right) <= 0);
            case GT -> Value.of(left.compareTo(right) > 0);
            case GE -> Value.of(left.compareTo(right) >= 0);
            case ADD -> fits(binary, left.add(right));
            case SUB -> fits(binary, left.subtract(right));
            case MUL -> fits(binary, left.multiply(right));
            // BigInteger's divide truncates toward zero and its remainder has the dividend's sign (Part D), as the Z3 encoding.
            case DIV -> fits(binary, left.divide(nonZero(binary, right)));
            case REM -> new Value.Int(left.remainder(nonZero(binary, right)));
            default -> throw new IllegalArgumentException("not an arithmetic operator: " + binary.op());
        };
    }

    private static BigInteger nonZero(Expr.Binary division, BigInteger divisor) {
        if (divisor.signum() == 0) {
            throw Faulted.violated(Describe.divisor(division), "KORU105", division.origin());
        }
        return divisor;
    }

    /** {@code result}, the exact result of {@code operation}; in code, a fault if it leaves the operation's integer type. */
    Value.Int fits(Expr operation, BigInteger result) {
        if (mode == Mode.CODE) {
            IntKind kind = ((Ty.Int) operation.type()).kind();
            if (result.compareTo(kind.min()) < 0 || result.compareTo(kind.max()) > 0) {
                throw Faulted.violated(Describe.overflow(operation, kind) + " (it is " + result + ")", "KORU104", operation.origin());
            }
        }
        return new Value.Int(result);
    }

    /** A record value; in code, its type's data invariant must hold of it (B2). */
    private Value record(Expr.RecordLit literal) {
        RecordType type = lookup.record(literal.record()).orElseThrow();
        Value.Struct record = new Value.Struct(literal.record(), byName(type.fields(), values(literal.fields())));
        if (mode == Mode.CODE && type.invariant().isPresent() && !holds(lookup, type.invariant().get(), record.fields(), Map.of())) {
            throw Faulted.violated(Describe.invariant(type.name(), type.invariant().get()), "KORU103", literal.origin());
        }
        return record;
    }

    /** The values of a record or payload literal by field name (the IR gives them in declaration order). */
    private static Map<String, Value> byName(List<Field> declared, List<Value> given) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            fields.put(declared.get(i).name(), given.get(i));
        }
        return fields;
    }
}
