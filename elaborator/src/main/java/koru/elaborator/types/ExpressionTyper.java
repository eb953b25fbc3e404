package koru.elaborator.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.TypeSymbol;
import koru.elaborator.source.Span;

/**
 * Types the expressions of LANGUAGE.md B3 in one module. Types flow both ways: {@link #check}
 * gives an expression the type its context expects (literals, {@code map()}, {@code set()},
 * record and list literals take it), {@link #infer} types it on its own. Every mismatch is
 * KORU014; an expression already wrong types as {@link Type.Unknown} so it is reported once.
 */
final class ExpressionTyper {
    private static final String BUILT_INS =
            "`len`, `min`, `max`, `map`, `put`, `remove`, `sum`, `set`, `has`, `add`, `union`, `inter`, `subset`";

    private final Program program;
    private final Module module;
    private final TypeTable declarations;
    private final Diagnostics diagnostics;
    private final IdentityHashMap<Expr, Type> typed;

    ExpressionTyper(Program program, Module module, TypeTable declarations, Diagnostics diagnostics,
            IdentityHashMap<Expr, Type> typed) {
        this.program = program;
        this.module = module;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.typed = typed;
    }

    /** Types {@code expr} where a value of type {@code expected} is needed; a mismatch is KORU014. */
    Type check(Expr expr, Scope scope, Type expected) {
        Type actual = infer(expr, scope, Optional.of(expected));
        if (!assignable(actual, expected)) {
            report(expr.span(), "expected `" + expected.display() + "`, found " + describe(expr, actual),
                    hintFor(actual, expected));
            return Type.UNKNOWN;
        }
        return actual;
    }

    /** Types {@code expr}; {@code hint} is the type the context would like (it only guides literals). */
    Type infer(Expr expr, Scope scope, Optional<Type> hint) {
        Type type = switch (expr) {
            case Expr.IntLit literal -> literal(literal.value(), expr.span(), scope, hint);
            case Expr.BoolLit literal -> Type.BOOL;
            case Expr.TextLit literal -> Type.TEXT;
            case Expr.Ref ref -> reference(ref, scope);
            case Expr.Member member -> member(member, scope);
            case Expr.Index index -> index(index, scope);
            case Expr.Unary unary -> unary(unary, scope, hint);
            case Expr.Binary binary -> binary(binary, scope, hint);
            case Expr.Call call -> call(call, scope, hint);
            case Expr.RecordLit record -> record(record, scope, hint);
            case Expr.ListLit list -> list(list, scope, hint);
            case Expr.Range range -> {
                report(range.span(), "a range `a..b` is only the operand of `for`", "write `for(" + range.span().text() + ")`");
                yield Type.UNKNOWN;
            }
        };
        typed.put(expr, type);
        return type;
    }

    /** Types the bounds of {@code for(a..b)}: integers of one signedness; the range has the wider type. */
    Type range(Expr.Range range, Scope scope) {
        Type type = arithmetic(range, range.from(), range.to(), scope, Optional.empty());
        typed.put(range, type);
        return type;
    }

    /** Whether a value of type {@code actual} may be used where {@code expected} is needed (B1 widening). */
    static boolean assignable(Type actual, Type expected) {
        if (actual instanceof Type.Unknown || expected instanceof Type.Unknown) {
            return true;
        }
        if (actual instanceof Type.Int from && expected instanceof Type.Int to) {
            return to.kind().widens(from.kind());
        }
        if (actual instanceof Type.F32 && expected instanceof Type.F64) {
            return true;
        }
        return actual.equals(expected);
    }

    // ------------------------------------------------------------ literals and names

    private Type literal(BigInteger value, Span span, Scope scope, Optional<Type> hint) {
        if (hint.isPresent() && hint.get() instanceof Type.Int expected) {
            if (!scope.contract() && !expected.kind().holds(value)) {
                report(span, "`" + value + "` is out of range for `" + expected.display() + "` ("
                                + expected.kind().min() + ".." + expected.kind().max() + ")",
                        "use a value in range, or a wider type for the field it goes to");
                return Type.UNKNOWN;
            }
            return expected;
        }
        if (IntKind.I64.holds(value) || scope.contract()) {
            return Type.integer(IntKind.I64);
        }
        if (IntKind.U64.holds(value)) {
            return Type.integer(IntKind.U64);
        }
        report(span, "`" + value + "` is out of range for every integer type", "integers are at most 64 bits wide");
        return Type.UNKNOWN;
    }

    private Type reference(Expr.Ref ref, Scope scope) {
        if (ref.module().isEmpty() && ref.name().equals("in")) {
            if (scope.in().isPresent()) {
                return scope.in().get();
            }
            if (scope.lookup("in").isPresent()) {
                return Type.UNKNOWN; // a binding named `in` is already KORU013; its uses add nothing
            }
            report(ref.span(), "`in` names the inputs only in a branch's `where`",
                    "refer to an input by its own name here");
            return Type.UNKNOWN;
        }
        if (ref.module().isEmpty()) {
            Optional<Type> bound = scope.lookup(ref.name());
            if (bound.isPresent()) {
                return bound.get();
            }
        }
        Optional<TypeSymbol> type = typeNamed(ref);
        if (type.isPresent()) {
            report(ref.span(), "`" + ref.span().text() + "` is a type, not a value",
                    type.get().decl().body() instanceof Item.TypeBody.Enum e
                            ? "write one of its values: " + valuesOf(ref.span().text(), e)
                            : "build a value with a record literal `{ field: value, … }`");
            return Type.UNKNOWN;
        }
        if (scope.declaration() && ref.module().isEmpty()) {
            boolean anInput = scope.in().filter(in -> in.fields().containsKey(ref.name())).isPresent();
            diagnostics.report(Diagnostic.error(Code.KORU040, ref.span(), "unknown name `" + ref.name() + "`")
                    .withHint(anInput ? "in a branch's `where` an input is written `in." + ref.name() + "`"
                            : "names in scope here: " + (scope.names().isEmpty() ? "none"
                                    : String.join(", ", scope.names().keySet().stream().map(n -> "`" + n + "`").toList()))));
        }
        // Elsewhere unknown names are reported by the flow checks, which own scope.
        return Type.UNKNOWN;
    }

    private Optional<TypeSymbol> typeNamed(Expr.Ref ref) {
        return program.resolveType(module, new QualifiedName(ref.module(), ref.name(), ref.span()));
    }

    private Type member(Expr.Member member, Scope scope) {
        if (member.target() instanceof Expr.Ref ref && (ref.module().isPresent() || scope.lookup(ref.name()).isEmpty())) {
            Optional<TypeSymbol> type = typeNamed(ref);
            if (type.isPresent() && type.get().decl().body() instanceof Item.TypeBody.Enum e) {
                typed.put(ref, new Type.Enum(type.get()));
                return enumValue(member, ref, type.get(), e);
            }
        }
        Type target = infer(member.target(), scope, Optional.empty());
        Optional<Type.Fields> fields = switch (target) {
            case Type.Record record -> Optional.of(declarations.fieldsOf(record.symbol()));
            case Type.Fields f -> Optional.of(f);
            default -> Optional.empty();
        };
        if (target instanceof Type.Unknown) {
            return Type.UNKNOWN;
        }
        if (fields.isEmpty()) {
            report(member.nameSpan(), "`" + target.display() + "` has no field `" + member.name() + "`",
                    "only records and struct payloads have fields");
            return Type.UNKNOWN;
        }
        Type field = fields.get().fields().get(member.name());
        if (field == null) {
            report(member.nameSpan(), "`" + member.target().span().text() + "` has no field `" + member.name() + "`",
                    "its fields are " + names(fields.get().fields().keySet()));
            return Type.UNKNOWN;
        }
        return field;
    }

    private Type enumValue(Expr.Member member, Expr.Ref ref, TypeSymbol symbol, Item.TypeBody.Enum e) {
        if (e.values().stream().noneMatch(v -> v.name().equals(member.name()))) {
            report(member.nameSpan(), "enumeration `" + ref.span().text() + "` has no value `" + member.name() + "`",
                    "its values are " + valuesOf(ref.span().text(), e));
            return Type.UNKNOWN;
        }
        return new Type.Enum(symbol);
    }

    private Type index(Expr.Index index, Scope scope) {
        Type target = infer(index.target(), scope, Optional.empty());
        if (target instanceof Type.MapOf map) {
            check(index.index(), scope, map.key());
            return map.value();
        }
        if (!(target instanceof Type.Unknown)) {
            report(index.target().span(), "`" + index.target().span().text() + "` is a `" + target.display()
                    + "`, not a `Map`", "only a `Map<K, V>` is read with `m[k]`");
        }
        infer(index.index(), scope, Optional.empty());
        return Type.UNKNOWN;
    }

    // ------------------------------------------------------------ operators

    private Type unary(Expr.Unary unary, Scope scope, Optional<Type> hint) {
        if (unary.op() == Expr.UnaryOp.NOT) {
            check(unary.operand(), scope, Type.BOOL);
            return Type.BOOL;
        }
        if (unary.operand() instanceof Expr.IntLit literal) {
            Type type = literal(literal.value().negate(), unary.span(), scope, hint);
            typed.put(literal, type);
            return type;
        }
        Type operand = infer(unary.operand(), scope, hint);
        boolean negatable = operand instanceof Type.Int i && (i.kind().signed() || scope.contract())
                || operand instanceof Type.F32 || operand instanceof Type.F64 || operand instanceof Type.Unknown;
        if (!negatable) {
            report(unary.span(), "`-` needs a signed number, found `" + operand.display() + "`",
                    "negate only signed integers (`i8` … `i64`) or floats");
            return Type.UNKNOWN;
        }
        return operand;
    }

    private Type binary(Expr.Binary binary, Scope scope, Optional<Type> hint) {
        return switch (binary.op()) {
            case MUL, DIV, REM, ADD, SUB -> arithmetic(binary, binary.left(), binary.right(), scope, hint);
            case LT, LE, GT, GE -> ordering(binary, scope);
            case EQ, NE -> equality(binary, scope);
            case AND, OR -> logical(binary, scope);
            case IMPLIES -> {
                if (!scope.contract()) {
                    report(binary.span(), "`==>` is only allowed in contracts",
                            "write `!a || b` outside a `where`");
                }
                logical(binary, scope);
                yield scope.contract() ? Type.BOOL : Type.UNKNOWN;
            }
            case CONCAT -> concatenation(binary, scope);
        };
    }

    /** Types two operands so that one needing context (a literal, {@code set()}) takes the other's type. */
    private Type[] pair(Expr left, Expr right, Scope scope, Optional<Type> hint) {
        boolean leftNeeds = needsContext(left);
        boolean rightNeeds = needsContext(right);
        if (leftNeeds && !rightNeeds) {
            Type r = infer(right, scope, Optional.empty());
            Type l = infer(left, scope, known(r).or(() -> hint));
            return new Type[] {l, r};
        }
        Type l = infer(left, scope, leftNeeds ? hint : Optional.empty());
        Type r = infer(right, scope, rightNeeds ? known(l).or(() -> hint) : Optional.empty());
        return new Type[] {l, r};
    }

    private static Optional<Type> known(Type type) {
        return type instanceof Type.Unknown ? Optional.empty() : Optional.of(type);
    }

    /** Whether an expression's type comes from its context: integer constants, empty collections, literals. */
    static boolean needsContext(Expr expr) {
        return switch (expr) {
            case Expr.IntLit literal -> true;
            case Expr.Unary unary -> unary.op() == Expr.UnaryOp.NEG && needsContext(unary.operand());
            case Expr.Binary binary -> switch (binary.op()) {
                case MUL, DIV, REM, ADD, SUB -> needsContext(binary.left()) && needsContext(binary.right());
                default -> false;
            };
            case Expr.RecordLit record -> true;
            case Expr.ListLit list -> true;
            case Expr.Call call -> switch (call.function()) {
                case "map", "set" -> true;
                case "min", "max" -> call.arguments().stream().allMatch(ExpressionTyper::needsContext);
                case "put", "remove", "add", "union", "inter" -> !call.arguments().isEmpty() && needsContext(call.arguments().get(0));
                default -> false;
            };
            default -> false;
        };
    }

    private Type arithmetic(Expr operation, Expr left, Expr right, Scope scope, Optional<Type> hint) {
        Type[] types = pair(left, right, scope, hint.filter(t -> t instanceof Type.Int));
        return join(operation, types[0], types[1], scope);
    }

    /** The type of an arithmetic result: operands of one signedness widen to the wider (B1). */
    private Type join(Expr operation, Type left, Type right, Scope scope) {
        if (left instanceof Type.Unknown || right instanceof Type.Unknown) {
            return Type.UNKNOWN;
        }
        if (left instanceof Type.Int l && right instanceof Type.Int r) {
            if (l.kind().signed() != r.kind().signed()) {
                report(operation.span(), "`" + l.display() + "` and `" + r.display() + "` mix signed and unsigned integers",
                        "convert one side's declared type so both are signed or both unsigned");
                return Type.UNKNOWN;
            }
            return l.kind().bits() >= r.kind().bits() ? l : r;
        }
        if ((left instanceof Type.F32 || left instanceof Type.F64) && (right instanceof Type.F32 || right instanceof Type.F64)) {
            return left instanceof Type.F64 || right instanceof Type.F64 ? new Type.F64() : left;
        }
        Type wrong = left instanceof Type.Int || left instanceof Type.F32 || left instanceof Type.F64 ? right : left;
        report(operation.span(), "arithmetic needs numbers, found `" + wrong.display() + "`",
                wrong instanceof Type.Text ? "join text with `++`" : "use integer operands");
        return Type.UNKNOWN;
    }

    private Type ordering(Expr.Binary binary, Scope scope) {
        Type[] types = pair(binary.left(), binary.right(), scope, Optional.empty());
        join(binary, types[0], types[1], scope);
        return Type.BOOL;
    }

    private Type equality(Expr.Binary binary, Scope scope) {
        Type[] types = pair(binary.left(), binary.right(), scope, Optional.empty());
        Type l = types[0];
        Type r = types[1];
        if (l instanceof Type.Int && r instanceof Type.Int) {
            join(binary, l, r, scope);
        } else if (!assignable(l, r) && !assignable(r, l)) {
            report(binary.span(), "`" + binary.op().symbol() + "` compares values of one type, found `"
                    + l.display() + "` and `" + r.display() + "`", "compare values of the same type");
        }
        return Type.BOOL;
    }

    private Type logical(Expr.Binary binary, Scope scope) {
        check(binary.left(), scope, Type.BOOL);
        check(binary.right(), scope, Type.BOOL);
        return Type.BOOL;
    }

    private Type concatenation(Expr.Binary binary, Scope scope) {
        Type l = infer(binary.left(), scope, Optional.empty());
        Type r = infer(binary.right(), scope, Optional.empty());
        if (l instanceof Type.Unknown || r instanceof Type.Unknown) {
            return Type.TEXT;
        }
        if (!(l instanceof Type.Text) && !(r instanceof Type.Text)) {
            report(binary.span(), "`++` needs a text operand, found `" + l.display() + "` and `" + r.display() + "`",
                    "start from a text literal: `\"\" ++ " + binary.left().span().text() + " ++ …`");
            return Type.UNKNOWN;
        }
        Expr other = l instanceof Type.Text ? binary.right() : binary.left();
        Type otherType = l instanceof Type.Text ? r : l;
        boolean printable = otherType instanceof Type.Text || otherType instanceof Type.Int
                || otherType instanceof Type.Bool || otherType instanceof Type.Enum;
        if (!printable) {
            report(other.span(), "`++` cannot write a `" + otherType.display() + "`",
                    "`++` joins text with text, an integer, a `bool` or an enumeration value; write the fields you mean");
            return Type.UNKNOWN;
        }
        return Type.TEXT;
    }

    // ------------------------------------------------------------ literals needing context

    private Type record(Expr.RecordLit record, Scope scope, Optional<Type> hint) {
        Optional<Type.Fields> fields = hint.flatMap(h -> switch (h) {
            case Type.Record r -> Optional.of(declarations.fieldsOf(r.symbol()));
            case Type.Fields f -> Optional.of(f);
            default -> Optional.empty();
        });
        if (fields.isEmpty()) {
            record.fields().forEach(f -> infer(f.value(), scope, Optional.empty()));
            report(record.span(), hint.isPresent() && !(hint.get() instanceof Type.Unknown)
                            ? "a record literal where a `" + hint.get().display() + "` is expected"
                            : "a record literal needs a record type from its context",
                    "use a record literal as an argument, a field or a constructor whose type is a record");
            return Type.UNKNOWN;
        }
        Map<String, Type> expected = fields.get().fields();
        Set<String> given = new HashSet<>();
        boolean misplaced = false;
        for (Expr.FieldInit init : record.fields()) {
            Type type = expected.get(init.name());
            if (type == null) {
                report(init.nameSpan(), "`" + hint.get().display() + "` has no field `" + init.name() + "`",
                        "its fields are " + names(expected.keySet()));
                infer(init.value(), scope, Optional.empty());
                misplaced = true;
            } else if (!given.add(init.name())) {
                report(init.nameSpan(), "field `" + init.name() + "` is given twice", "give each field once");
            } else {
                check(init.value(), scope, type);
            }
        }
        List<String> missing = expected.keySet().stream().filter(name -> !given.contains(name)).toList();
        // A misnamed field usually is the missing one: report it once, not twice.
        if (!missing.isEmpty() && !misplaced) {
            report(record.span(), "the record literal misses " + names(missing) + " of `" + hint.get().display() + "`",
                    "give every field: " + fieldList(fields.get()));
        }
        return hint.get();
    }

    private Type list(Expr.ListLit list, Scope scope, Optional<Type> hint) {
        if (hint.isPresent() && hint.get() instanceof Type.ListOf expected) {
            list.elements().forEach(e -> check(e, scope, expected.element()));
            return expected;
        }
        if (list.elements().isEmpty()) {
            report(list.span(), "the empty list `[]` needs a list type from its context",
                    "use it as an argument or a field whose type is `[]T`");
            return Type.UNKNOWN;
        }
        Type element = infer(list.elements().get(0), scope, Optional.empty());
        list.elements().stream().skip(1).forEach(e -> check(e, scope, element));
        return element instanceof Type.Unknown ? Type.UNKNOWN : new Type.ListOf(element);
    }

    // ------------------------------------------------------------ built-in functions

    private Type call(Expr.Call call, Scope scope, Optional<Type> hint) {
        List<Expr> args = call.arguments();
        return switch (call.function()) {
            case "len" -> arity(call, 1) ? length(args.get(0), scope) : Type.UNKNOWN;
            case "min", "max" -> arity(call, 2) ? arithmetic(call, args.get(0), args.get(1), scope, hint) : Type.UNKNOWN;
            case "map" -> arity(call, 0) ? emptyMap(call, hint) : Type.UNKNOWN;
            case "put" -> arity(call, 3) ? put(call, scope, hint) : Type.UNKNOWN;
            case "remove" -> arity(call, 2) ? remove(call, scope, hint) : Type.UNKNOWN;
            case "sum" -> arity(call, 1) ? sum(call, scope) : Type.UNKNOWN;
            case "set" -> set(call, scope, hint);
            case "has" -> arity(call, 2) ? element(call, scope, Optional.empty(), Type.BOOL) : Type.UNKNOWN;
            case "add" -> arity(call, 2) ? element(call, scope, hint, null) : Type.UNKNOWN;
            case "union", "inter" -> arity(call, 2) ? sets(call, scope, hint, false) : Type.UNKNOWN;
            case "subset" -> arity(call, 2) ? sets(call, scope, Optional.empty(), true) : Type.UNKNOWN;
            default -> {
                args.forEach(a -> infer(a, scope, Optional.empty()));
                report(call.nameSpan(), "there is no function `" + call.function() + "`",
                        "expressions may call only the built-ins " + BUILT_INS + "; call an event instead");
                yield Type.UNKNOWN;
            }
        };
    }

    private boolean arity(Expr.Call call, int expected) {
        if (call.arguments().size() == expected) {
            return true;
        }
        call.arguments().forEach(a -> typed.put(a, Type.UNKNOWN));
        report(call.nameSpan(), "`" + call.function() + "` takes " + expected + " argument" + (expected == 1 ? "" : "s")
                + ", but " + call.arguments().size() + " are given", "write `" + signature(call.function()) + "`");
        return false;
    }

    private static String signature(String function) {
        return switch (function) {
            case "len" -> "len(x)";
            case "min", "max" -> function + "(a, b)";
            case "map" -> "map()";
            case "put" -> "put(m, k, v)";
            case "remove" -> "remove(x, k)";
            case "sum" -> "sum(m)";
            case "has", "add" -> function + "(s, x)";
            default -> function + "(a, b)";
        };
    }

    private Type length(Expr x, Scope scope) {
        Type type = infer(x, scope, Optional.empty());
        boolean measurable = type instanceof Type.Text || type instanceof Type.ListOf || type instanceof Type.MapOf
                || type instanceof Type.SetOf || type instanceof Type.Unknown;
        if (!measurable) {
            report(x.span(), "`len` needs text, a list, a map or a set, found `" + type.display() + "`",
                    "`len` counts bytes of text and elements of collections");
            return Type.UNKNOWN;
        }
        return Type.integer(IntKind.U64);
    }

    private Type emptyMap(Expr.Call call, Optional<Type> hint) {
        if (hint.isPresent() && hint.get() instanceof Type.MapOf map) {
            return map;
        }
        report(call.span(), "`map()` needs a `Map` type from its context",
                "use `map()` as an argument, a field or the first argument of `put` where a `Map<K, V>` is expected");
        return Type.UNKNOWN;
    }

    private Type put(Expr.Call call, Scope scope, Optional<Type> hint) {
        List<Expr> args = call.arguments();
        Type target = infer(args.get(0), scope, hint.filter(h -> h instanceof Type.MapOf));
        if (!(target instanceof Type.MapOf map)) {
            notA(args.get(0), target, "Map", "put(m, k, v)");
            args.stream().skip(1).forEach(a -> infer(a, scope, Optional.empty()));
            return Type.UNKNOWN;
        }
        check(args.get(1), scope, map.key());
        check(args.get(2), scope, map.value());
        return map;
    }

    private Type remove(Expr.Call call, Scope scope, Optional<Type> hint) {
        List<Expr> args = call.arguments();
        Type target = infer(args.get(0), scope, hint.filter(h -> h instanceof Type.MapOf || h instanceof Type.SetOf));
        switch (target) {
            case Type.MapOf map -> check(args.get(1), scope, map.key());
            case Type.SetOf set -> check(args.get(1), scope, set.element());
            default -> {
                notA(args.get(0), target, "Map` or a `Set", "remove(x, k)");
                infer(args.get(1), scope, Optional.empty());
                return Type.UNKNOWN;
            }
        }
        return target;
    }

    private Type sum(Expr.Call call, Scope scope) {
        Expr m = call.arguments().get(0);
        Type target = infer(m, scope, Optional.empty());
        if (target instanceof Type.MapOf map && map.value() instanceof Type.Int) {
            return map.value();
        }
        notA(m, target, "Map` with integer values", "sum(m)");
        return Type.UNKNOWN;
    }

    private Type set(Expr.Call call, Scope scope, Optional<Type> hint) {
        if (hint.isPresent() && hint.get() instanceof Type.SetOf set) {
            call.arguments().forEach(e -> check(e, scope, set.element()));
            return set;
        }
        if (call.arguments().isEmpty()) {
            report(call.span(), "`set()` needs a `Set` type from its context",
                    "use `set()` where a `Set<T>` is expected, or list an element: `set(x)`");
            return Type.UNKNOWN;
        }
        Type element = infer(call.arguments().get(0), scope, Optional.empty());
        call.arguments().stream().skip(1).forEach(e -> check(e, scope, element));
        return element instanceof Type.Unknown ? Type.UNKNOWN : new Type.SetOf(element);
    }

    /** {@code has(s, x)} (result {@code bool}) and {@code add(s, x)} (result: the set, {@code result == null}). */
    private Type element(Expr.Call call, Scope scope, Optional<Type> hint, Type result) {
        List<Expr> args = call.arguments();
        Type target = infer(args.get(0), scope, hint.filter(h -> h instanceof Type.SetOf));
        if (!(target instanceof Type.SetOf set)) {
            notA(args.get(0), target, "Set", signature(call.function()));
            infer(args.get(1), scope, Optional.empty());
            return Type.UNKNOWN;
        }
        check(args.get(1), scope, set.element());
        return result == null ? set : result;
    }

    private Type sets(Expr.Call call, Scope scope, Optional<Type> hint, boolean predicate) {
        Type[] types = pair(call.arguments().get(0), call.arguments().get(1), scope, hint.filter(h -> h instanceof Type.SetOf));
        for (int i = 0; i < 2; i++) {
            if (!(types[i] instanceof Type.SetOf) && !(types[i] instanceof Type.Unknown)) {
                notA(call.arguments().get(i), types[i], "Set", signature(call.function()));
                return predicate ? Type.BOOL : Type.UNKNOWN;
            }
        }
        if (!types[0].equals(types[1]) && !(types[0] instanceof Type.Unknown) && !(types[1] instanceof Type.Unknown)) {
            report(call.span(), "`" + call.function() + "` needs two sets of one type, found `" + types[0].display()
                    + "` and `" + types[1].display() + "`", "pass two sets of the same element type");
            return predicate ? Type.BOOL : Type.UNKNOWN;
        }
        return predicate ? Type.BOOL : known(types[0]).orElse(types[1]);
    }

    private void notA(Expr expr, Type actual, String wanted, String signature) {
        if (!(actual instanceof Type.Unknown)) {
            report(expr.span(), "expected a `" + wanted + "`, found `" + actual.display() + "`",
                    "the built-in is `" + signature + "`");
        }
    }

    // ------------------------------------------------------------ messages

    private String describe(Expr expr, Type actual) {
        return needsContext(expr) && actual instanceof Type.Int ? "an integer literal" : "`" + actual.display() + "`";
    }

    private static String hintFor(Type actual, Type expected) {
        if (actual instanceof Type.Int from && expected instanceof Type.Int to) {
            return from.kind().signed() != to.kind().signed()
                    ? "`" + from.display() + "` and `" + to.display() + "` differ in signedness; declare both signed or both unsigned"
                    : "`" + from.display() + "` does not fit in `" + to.display() + "` (narrowing); declare the target `"
                            + from.display() + "` or wider";
        }
        return "pass a `" + expected.display() + "` here";
    }

    static String names(java.util.Collection<String> names) {
        return names.isEmpty() ? "none" : names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    static String fieldList(Type.Fields fields) {
        return fields.fields().isEmpty() ? "none"
                : fields.fields().entrySet().stream().map(f -> "`" + f.getKey() + ": " + f.getValue().display() + "`")
                        .collect(Collectors.joining(", "));
    }

    private static String valuesOf(String type, Item.TypeBody.Enum e) {
        List<String> values = new ArrayList<>();
        e.values().forEach(v -> values.add(type + "." + v.name()));
        return names(values);
    }

    void report(Span span, String message, String hint) {
        diagnostics.report(Diagnostic.error(Code.KORU014, span, message).withHint(hint));
    }
}
