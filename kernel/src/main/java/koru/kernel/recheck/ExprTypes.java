package koru.kernel.recheck;

import static koru.kernel.describe.Describe.show;

import java.util.List;
import java.util.Optional;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.Function;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Ty;

/**
 * Guarantees: an expression it reports nothing for has exactly the type it claims, recomputed
 * bottom-up by B1/B3's rules (integer operations on one signedness, widening only, the built-ins'
 * signatures), and names only declared types, fields and values and variables in scope.
 */
record ExprTypes(Lookup lookup, List<IrError> errors) {
    /** Whether every name in {@code type} is declared, and map values are integers, bools or text (Part D). */
    boolean wellFormed(Ty type) {
        return switch (type) {
            case Ty.Record r -> lookup.fieldsOf(r).isPresent();
            case Ty.Payload p -> lookup.fieldsOf(p).isPresent();
            case Ty.Enum e -> lookup.enumeration(e.name()).isPresent();
            case Ty.ListOf l -> wellFormed(l.element());
            case Ty.SetOf s -> wellFormed(s.element());
            case Ty.MapOf m -> wellFormed(m.key())
                    && (m.value() instanceof Ty.Int || m.value() instanceof Ty.Bool || m.value() instanceof Ty.Text);
            default -> true;
        };
    }

    /** Whether a value of type {@code from} may stand where {@code to} is expected: equal, or an integer widening. */
    static boolean assignable(Ty to, Ty from) {
        return to.equals(from) || to instanceof Ty.Int t && from instanceof Ty.Int f && t.kind().holds(f.kind());
    }

    /** The type {@code e} claims, once checked; the claim is returned even when wrong, so one mistake is reported once. */
    Ty check(Expr e, Scope scope) {
        Optional<Ty> computed = wellFormed(e.type()) ? compute(e, scope)
                : fail(e, "the type " + show(e.type()) + " names an undeclared type or is not a valid map");
        computed.filter(actual -> !actual.equals(e.type())).ifPresent(actual ->
                fail(e, "an expression claims type " + show(e.type()) + " but has type " + show(actual)));
        return e.type();
    }

    void expect(Expr e, Scope scope, Ty expected, String what) {
        Ty actual = check(e, scope);
        if (!assignable(expected, actual)) {
            fail(e, what + " needs " + show(expected) + ", found " + show(actual));
        }
    }

    /** The type the rules give {@code e}; empty when they give none (already reported). */
    private Optional<Ty> compute(Expr e, Scope scope) {
        return switch (e) {
            case Expr.IntLit l -> !(l.type() instanceof Ty.Int i)
                    ? fail(e, "an integer literal claims type " + show(l.type()))
                    : scope.contract() || i.kind().min().compareTo(l.value()) <= 0 && i.kind().max().compareTo(l.value()) >= 0
                    ? Optional.of(l.type()) : fail(e, l.value() + " is out of range for " + show(l.type()));
            case Expr.BoolLit b -> Optional.of(Ty.BOOL);
            case Expr.TextLit t -> Optional.of(Ty.TEXT);
            case Expr.EnumLit l -> lookup.enumeration(l.enumeration()).filter(d -> d.values().contains(l.value()))
                    .map(d -> l.type()).or(() -> fail(e, "no enumeration value " + l.enumeration() + "." + l.value()));
            case Expr.Var v -> scope.lookup(v.name()).or(() -> fail(e, "the variable " + v.name() + " is not in scope"));
            case Expr.Input i -> scope.in().isEmpty() ? fail(e, "in." + i.field() + " outside a branch postcondition")
                    : field(scope.in().get().inputs(), i.field(), e);
            case Expr.FieldOf f -> lookup.fieldsOf(check(f.target(), scope)).map(fields -> field(fields, f.field(), e))
                    .orElseGet(() -> fail(e, show(f.target().type()) + " has no fields"));
            case Expr.Read r -> check(r.map(), scope) instanceof Ty.MapOf m && assignable(m.key(), check(r.key(), scope))
                    ? Optional.of(m.value()) : fail(e, "m[k] needs a map and a key of its key type");
            case Expr.Unary u -> unary(u, check(u.operand(), scope), scope);
            case Expr.Binary b -> binary(b, check(b.left(), scope), check(b.right(), scope), scope);
            case Expr.Builtin b -> builtin(b, b.args().stream().map(a -> check(a, scope)).toList());
            case Expr.RecordLit r -> inDeclarationOrder(r, r.fields(), scope);
            case Expr.PayloadLit p -> inDeclarationOrder(p, p.fields(), scope);
            case Expr.ListLit l when l.type() instanceof Ty.ListOf list -> {
                l.elements().forEach(element -> expect(element, scope, list.element(), "a list element"));
                yield Optional.of(l.type());
            }
            case Expr.ListLit l -> fail(e, "a list literal claims type " + show(l.type()));
        };
    }

    /**
     * A record or struct-payload literal: exactly the declared fields' values, in declaration order. Its type is
     * declared: {@link #check} computes the type of an expression only once the type it claims is well formed.
     */
    private Optional<Ty> inDeclarationOrder(Expr literal, List<Expr> given, Scope scope) {
        List<Field> declared = lookup.fieldsOf(literal.type()).orElseThrow();
        String what = show(literal.type());
        if (declared.size() != given.size()) {
            return fail(literal, "a literal of " + what + " has " + given.size() + " fields, " + what + " declares " + declared.size());
        }
        for (int k = 0; k < declared.size(); k++) {
            expect(given.get(k), scope, declared.get(k).type(), "field " + declared.get(k).name() + " of " + what);
        }
        return Optional.of(literal.type());
    }

    private Optional<Ty> field(List<Field> fields, String name, Expr at) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().map(Field::type)
                .or(() -> fail(at, "no field " + name));
    }

    private Optional<Ty> unary(Expr.Unary u, Ty operand, Scope scope) {
        boolean fits = switch (u.op()) {
            case NOT -> operand instanceof Ty.Bool;
            // Negating an unsigned value is meaningful only over the unbounded integers of contracts.
            case NEG -> operand instanceof Ty.Int i && (i.kind().signed() || scope.contract()) || operand instanceof Ty.Float;
        };
        return fits ? Optional.of(operand) : fail(u, u.op() + " does not apply to " + show(operand));
    }

    private Optional<Ty> binary(Expr.Binary b, Ty left, Ty right, Scope scope) {
        return switch (b.op()) {
            case MUL, DIV, REM, ADD, SUB -> numeric(b, left, right);
            case LT, LE, GT, GE -> numeric(b, left, right).map(t -> Ty.BOOL);
            case EQ, NE -> left instanceof Ty.Int && right instanceof Ty.Int ? numeric(b, left, right).map(t -> Ty.BOOL)
                    : left.equals(right) ? Optional.of(Ty.BOOL) : mismatch(b, left, right);
            case AND, OR -> left instanceof Ty.Bool && right instanceof Ty.Bool ? Optional.of(Ty.BOOL) : mismatch(b, left, right);
            case IMPLIES -> scope.contract() && left instanceof Ty.Bool && right instanceof Ty.Bool ? Optional.of(Ty.BOOL)
                    : fail(b, "==> needs two bools, in a contract only");
            case CONCAT -> left instanceof Ty.Text && printable(right) || right instanceof Ty.Text && printable(left)
                    ? Optional.of(Ty.TEXT) : mismatch(b, left, right);
        };
    }

    private static boolean printable(Ty type) {
        return type instanceof Ty.Text || type instanceof Ty.Int || type instanceof Ty.Bool || type instanceof Ty.Enum;
    }

    /** Integers of one signedness widen to the wider kind (B1); floats go only with floats. */
    private Optional<Ty> numeric(Expr at, Ty left, Ty right) {
        return left instanceof Ty.Float && right instanceof Ty.Float ? Optional.of(left)
                : Ty.wider(left, right).or(() -> fail(at, "needs numbers of one signedness, found " + show(left) + " and " + show(right)));
    }

    private Optional<Ty> builtin(Expr.Builtin b, List<Ty> args) {
        int arity = switch (b.function()) {
            case EMPTY_MAP -> 0;
            case LEN, SUM -> 1;
            case PUT -> 3;
            case SET -> args.size();
            default -> 2;
        };
        if (args.size() != arity) {
            return fail(b, b.function() + " takes " + arity + " arguments, given " + args.size());
        }
        Ty first = arity > 0 ? args.get(0) : b.type();
        Optional<Ty> result = switch (b.function()) {
            case LEN -> first instanceof Ty.Text || first instanceof Ty.ListOf || first instanceof Ty.MapOf || first instanceof Ty.SetOf
                    ? Optional.of(new Ty.Int(IntKind.U64)) : Optional.empty();
            case MIN, MAX -> args.get(0) instanceof Ty.Int ? numeric(b, args.get(0), args.get(1)) : Optional.empty();
            case EMPTY_MAP -> Optional.of(b.type()).filter(t -> t instanceof Ty.MapOf);
            case PUT -> Optional.of(first)
                    .filter(t -> t instanceof Ty.MapOf m && assignable(m.key(), args.get(1)) && assignable(m.value(), args.get(2)));
            case REMOVE -> first instanceof Ty.MapOf m && assignable(m.key(), args.get(1))
                    || first instanceof Ty.SetOf s && assignable(s.element(), args.get(1)) ? Optional.of(first) : Optional.empty();
            case SUM -> first instanceof Ty.MapOf m && m.value() instanceof Ty.Int ? Optional.of(m.value()) : Optional.empty();
            case SET -> Optional.of(b.type()).filter(t -> t instanceof Ty.SetOf s && args.stream().allMatch(a -> assignable(s.element(), a)));
            case HAS, ADD -> first instanceof Ty.SetOf s && assignable(s.element(), args.get(1))
                    ? Optional.of(b.function() == Function.HAS ? Ty.BOOL : first) : Optional.empty();
            case UNION, INTER, SUBSET -> first instanceof Ty.SetOf && first.equals(args.get(1))
                    ? Optional.of(b.function() == Function.SUBSET ? Ty.BOOL : first) : Optional.empty();
        };
        return result.or(() -> fail(b, b.function() + " does not apply to "
                + (args.isEmpty() ? show(b.type()) : args.stream().map(Describe::show).toList())));
    }

    private Optional<Ty> mismatch(Expr.Binary b, Ty left, Ty right) {
        return fail(b, b.op() + " does not apply to " + show(left) + " and " + show(right));
    }

    private Optional<Ty> fail(Expr at, String message) {
        errors.add(new IrError(message, at.origin()));
        return Optional.empty();
    }
}
