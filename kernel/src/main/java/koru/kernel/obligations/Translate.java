// Trusted: each IR expression becomes a term with Koru's meaning over unbounded integers, and every partial or overflowing operation in it becomes an obligation.
package koru.kernel.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.TypeDecl.RecordType;
import koru.kernel.ir.Ty;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Translates IR expressions into the query language. Facts that hold of every Koru value read (the
 * range of a map constant's entry) go to {@code facts}; obligations found inside the expression go
 * to {@code found}, each with the conditions under which its operation runs ({@code &&}, {@code ||}
 * and {@code ==>} evaluate their right operand only when the left one lets them).
 */
record Translate(Declarations declarations, Mode mode, Map<String, Val> scope, Map<String, Val> inputs, List<Received> received,
        List<Term> facts, List<Found> found) {
    /**
     * Code is checked for overflow, division, record invariants and capabilities; a contract as a
     * goal for division only; an assumed one for nothing.
     */
    enum Mode {
        CODE,
        GOAL,
        ASSUMED
    }

    /** An obligation inside an expression: {@code goal} must hold when {@code conditions} do. */
    record Found(Obligation.Kind kind, Origin origin, String description, List<Term> conditions, Term goal) {
    }

    /** The term of a plain value: the re-check gave {@code expr} a type that is no record. */
    Term term(Expr expr, List<Term> conditions) {
        return value(expr, conditions).scalar();
    }

    Val value(Expr expr, List<Term> conditions) {
        return switch (expr) {
            case Expr.IntLit i -> new Val.Scalar(Term.integer(i.value()));
            case Expr.BoolLit b -> new Val.Scalar(Term.bool(b.value()));
            case Expr.TextLit t -> new Val.Scalar(new Term.TextLit(t.value()));
            case Expr.EnumLit e -> new Val.Scalar(new Term.EnumLit(declarations.enumSort(e.enumeration()), e.value()));
            // The re-check resolved every name: the walk puts each in scope where the IR binds it.
            case Expr.Var v -> Optional.ofNullable(scope.get(v.name())).orElseThrow();
            case Expr.Input i -> Optional.ofNullable(inputs.get(i.field())).orElseThrow();
            case Expr.FieldOf f -> ((Val.Fields) value(f.target(), conditions)).field(f.field());
            case Expr.Read r -> new Val.Scalar(read(r, conditions));
            case Expr.Unary u -> new Val.Scalar(unary(u, conditions));
            case Expr.Binary b -> new Val.Scalar(binary(b, conditions));
            case Expr.Builtin b -> new Val.Scalar(builtin(b, conditions));
            case Expr.RecordLit r -> recordLiteral(r, conditions);
            case Expr.PayloadLit p -> new Val.Fields(fieldValues(declarations.lookup().fieldsOf(p.type()).orElseThrow(), p.fields(), conditions));
            case Expr.ListLit l -> throw new Unsupported("list literals", l.origin());
        };
    }

    private Term read(Expr.Read read, List<Term> conditions) {
        Term map = term(read.map(), conditions);
        Term key = term(read.key(), conditions);
        // The entry of a map constant is a value of the map's value type; a stored entry is a term of its own.
        Term base = map;
        while (base instanceof Term.App app && app.op() == Op.STORE) {
            base = app.args().get(0);
        }
        if (base instanceof Term.Var && read.type() instanceof Ty.Int i) {
            facts.add(Declarations.range(i.kind(), app(Op.SELECT, base, key)));
        }
        return app(Op.SELECT, map, key);
    }

    private Term unary(Expr.Unary unary, List<Term> conditions) {
        Term operand = term(unary.operand(), conditions);
        if (unary.type() instanceof Ty.Float) {
            return declarations.constant("$float", operand.sort());
        }
        return switch (unary.op()) {
            case NOT -> app(Op.NOT, operand);
            case NEG -> overflowChecked(unary, app(Op.NEG, operand), conditions);
        };
    }

    private Term binary(Expr.Binary binary, List<Term> conditions) {
        if (binary.left().type() instanceof Ty.Float) {
            // B1: floats are carried, never reasoned about; IEEE arithmetic and comparison (NaN != NaN) are not modelled.
            Term left = term(binary.left(), conditions);
            term(binary.right(), conditions);
            return declarations.constant("$float", binary.type() instanceof Ty.Float ? left.sort() : Sort.BOOL);
        }
        return switch (binary.op()) {
            case AND, IMPLIES, OR -> logical(binary, conditions);
            case EQ -> equal(value(binary.left(), conditions), value(binary.right(), conditions));
            case NE -> app(Op.NOT, equal(value(binary.left(), conditions), value(binary.right(), conditions)));
            case CONCAT -> concat(term(binary.left(), conditions), term(binary.right(), conditions));
            default -> arithmetic(binary, term(binary.left(), conditions), term(binary.right(), conditions), conditions);
        };
    }

    /** {@code &&}, {@code ||} and {@code ==>}: the right operand runs only when the left one lets it. */
    private Term logical(Expr.Binary binary, List<Term> conditions) {
        Term left = term(binary.left(), conditions);
        boolean or = binary.op() == Expr.BinaryOp.OR;
        Term right = term(binary.right(), with(conditions, or ? app(Op.NOT, left) : left));
        return app(or ? Op.OR : binary.op() == Expr.BinaryOp.AND ? Op.AND : Op.IMPLIES, left, right);
    }

    private Term concat(Term left, Term right) {
        if (left.sort().equals(Sort.TEXT) && right.sort().equals(Sort.TEXT)) {
            return app(Op.CONCAT, left, right);
        }
        // A number or an enum value printed as text: not modelled, so any text at all (sound, incomplete);
        // named with a '$' no Koru identifier has, so a counterexample never shows it as a user's value.
        return declarations.constant("$text", Sort.TEXT);
    }

    private Term arithmetic(Expr.Binary binary, Term left, Term right, List<Term> conditions) {
        return switch (binary.op()) {
            case LT -> app(Op.LT, left, right);
            case LE -> app(Op.LE, left, right);
            case GT -> app(Op.GT, left, right);
            case GE -> app(Op.GE, left, right);
            case ADD -> overflowChecked(binary, app(Op.ADD, left, right), conditions);
            case SUB -> overflowChecked(binary, app(Op.SUB, left, right), conditions);
            case MUL -> overflowChecked(binary, app(Op.MUL, left, right), conditions);
            case DIV, REM -> {
                Term nonZero = app(Op.DISTINCT, right, Term.integer(0));
                if (mode != Mode.ASSUMED) {
                    found.add(new Found(Obligation.Kind.DIV, binary.origin(), Describe.divisor(binary), conditions, nonZero));
                }
                Term quotient = app(binary.op() == Expr.BinaryOp.DIV ? Op.DIV : Op.REM, left, right);
                // MIN / -1 overflows; % never does. Checked where the division runs: with a non-zero divisor and
                // operands that fit their types (an operand that does not has failed its own obligation first).
                List<Term> runs = with(conditions, nonZero, fits(binary.left(), left), fits(binary.right(), right));
                yield binary.op() == Expr.BinaryOp.DIV ? overflowChecked(binary, quotient, runs) : quotient;
            }
            default -> throw new IllegalArgumentException("not an arithmetic operator: " + binary.op());
        };
    }

    /** That {@code value}, the value of the integer expression {@code operand}, is in its type's range. */
    private static Term fits(Expr operand, Term value) {
        return Declarations.range(((Ty.Int) operand.type()).kind(), value);
    }

    /** {@code result}, with the obligation (in code) that the exact result fits the operation's integer kind. */
    private Term overflowChecked(Expr operation, Term result, List<Term> conditions) {
        if (mode == Mode.CODE) {
            IntKind kind = ((Ty.Int) operation.type()).kind();
            found.add(new Found(Obligation.Kind.OVERFLOW, operation.origin(), Describe.overflow(operation, kind),
                    conditions, Declarations.range(kind, result)));
        }
        return result;
    }

    private Term builtin(Expr.Builtin call, List<Term> conditions) {
        List<Term> args = call.args().stream().map(a -> term(a, conditions)).toList();
        return switch (call.function()) {
            case LEN -> {
                if (!args.get(0).sort().equals(Sort.TEXT)) {
                    throw new Unsupported("len of a list", call.origin());
                }
                yield app(Op.LENGTH, args.get(0));
            }
            case MIN -> app(Op.ITE, app(Op.LE, args.get(0), args.get(1)), args.get(0), args.get(1));
            case MAX -> app(Op.ITE, app(Op.GE, args.get(0), args.get(1)), args.get(0), args.get(1));
            case EMPTY_MAP -> emptyOf(call.type(), call.origin());
            case PUT -> app(Op.STORE, args.get(0), args.get(1), args.get(2));
            case REMOVE -> app(Op.STORE, args.get(0), args.get(1), missing(call.type(), call.origin()));
            case SUM -> overflowChecked(call, app(Op.SUM, args.get(0)), conditions);
            case SET -> {
                Term set = emptyOf(call.type(), call.origin());
                for (Term element : args) {
                    set = app(Op.STORE, set, element, Term.bool(true));
                }
                yield set;
            }
            case HAS -> app(Op.SELECT, args.get(0), args.get(1));
            case ADD -> app(Op.STORE, args.get(0), args.get(1), Term.bool(true));
            case UNION -> app(Op.UNION, args.get(0), args.get(1));
            case INTER -> app(Op.INTER, args.get(0), args.get(1));
            case SUBSET -> app(Op.SUBSET, args.get(0), args.get(1));
        };
    }

    /** {@code map()} reads every key as missing; {@code set()} holds nothing. */
    private Term emptyOf(Ty collection, Origin origin) {
        Ty key = collection instanceof Ty.MapOf m ? m.key() : ((Ty.SetOf) collection).element();
        return new Term.ConstArray(declarations.sortOf(key, origin), missing(collection, origin));
    }

    /** What a missing key reads as: in a map its value type's zero ({@code 0}, {@code false}, {@code ""}), in a set false. */
    private static Term missing(Ty collection, Origin origin) {
        Ty value = collection instanceof Ty.MapOf m ? m.value() : Ty.BOOL;
        return switch (value) {
            case Ty.Int i -> Term.integer(0);
            case Ty.Bool b -> Term.bool(false);
            case Ty.Text t -> new Term.TextLit("");
            default -> throw new Unsupported("maps with values of type " + value, origin);
        };
    }

    /**
     * A record value: its fields; in code, constructing it obliges its type's data invariant (B2) and,
     * for a capability, that it narrows one the body received (B4).
     */
    private Val recordLiteral(Expr.RecordLit literal, List<Term> conditions) {
        RecordType record = declarations.lookup().record(literal.record()).orElseThrow();
        Map<String, Val> fields = fieldValues(record.fields(), literal.fields(), conditions);
        Val.Fields value = new Val.Fields(fields);
        if (mode == Mode.CODE) {
            record.invariant().ifPresent(invariant -> found.add(new Found(Obligation.Kind.INV, literal.origin(),
                    Describe.invariant(record.name(), invariant),
                    conditions, new Translate(declarations, Mode.GOAL, fields, Map.of(), received, facts, found).term(invariant, conditions))));
            if (record.capability()) {
                List<Val.Fields> sources = received.stream().filter(r -> r.type().equals(record.name())).map(Received::value).toList();
                found.add(new Found(Obligation.Kind.CAP, literal.origin(), Describe.capability(record.name(), !sources.isEmpty()),
                        conditions, narrows(record, value, sources)));
            }
        }
        return value;
    }

    /**
     * The capability {@code literal} equals one of {@code sources} in every field but its rights, and
     * its rights are a subset of that one's. The rights are the field {@code rights} if it is a set;
     * a capability without one must equal a source in every field. No source: false (a forgery).
     */
    private static Term narrows(RecordType capability, Val.Fields literal, List<Val.Fields> sources) {
        Optional<String> rights = capability.fields().stream().filter(f -> f.name().equals("rights") && f.type() instanceof Ty.SetOf)
                .map(Field::name).findFirst();
        Map<String, Val> others = new LinkedHashMap<>(literal.fields());
        rights.ifPresent(others::remove);
        Term[] candidates = sources.stream().map(source -> app(Op.AND, equal(new Val.Fields(others), source),
                rights.map(r -> app(Op.SUBSET, literal.field(r).scalar(), source.field(r).scalar())).orElse(Term.bool(true))))
                .toArray(Term[]::new);
        return app(Op.OR, candidates);
    }

    /** The values of a record or struct-payload literal by field name (the IR gives them in declaration order). */
    private Map<String, Val> fieldValues(List<Field> declared, List<Expr> given, List<Term> conditions) {
        Map<String, Val> fields = new LinkedHashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            fields.put(declared.get(i).name(), value(given.get(i), conditions));
        }
        return fields;
    }

    /** {@code left == right}: records field by field. */
    static Term equal(Val left, Val right) {
        return switch (left) {
            case Val.Scalar scalar -> app(Op.EQ, scalar.term(), right.scalar());
            case Val.Fields fields -> app(Op.AND, fields.fields().entrySet().stream()
                    .map(field -> equal(field.getValue(), ((Val.Fields) right).field(field.getKey()))).toArray(Term[]::new));
        };
    }

    /** A new list: {@code list}, then {@code more}. */
    @SafeVarargs
    static <T> List<T> with(List<T> list, T... more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    private static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }
}
