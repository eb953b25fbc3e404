package koru.smt.report;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import koru.smt.logic.Op;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Not trusted: the value of a term of the query language on concrete values of its free constants,
 * computed in Java with Koru's meaning (LANGUAGE.md Part D), not Z3's: integers are unbounded,
 * {@code /} truncates and {@code %} takes the dividend's sign, {@code len} counts UTF-8 bytes, and
 * {@code sum} adds up the entries of a finite map. What Koru leaves undefined (a division by zero)
 * or what is no Koru value (the sum of a map whose missing keys are not zero) is refused with
 * {@link NotEvaluable}, so a replay never guesses. Connectives ignore an undefined operand only where
 * the result does not depend on it ({@code false && x} is false whatever {@code x} is).
 */
public final class Evaluate {
    private final Map<String, Value> values;

    /** An evaluator giving each free constant, by name, its value in {@code values}. */
    Evaluate(Map<String, Value> values) {
        this.values = values;
    }

    /** The value of {@code term} on a counterexample's {@code values}, or empty where Koru gives it none (a division by zero). */
    public static Optional<Value> on(Term term, Map<String, Value> values) {
        try {
            return Optional.of(new Evaluate(values).value(term));
        } catch (NotEvaluable e) {
            return Optional.empty();
        }
    }

    /** The value of a term without free constants. */
    static Value closed(Term term) {
        return new Evaluate(Map.of()).value(term);
    }

    boolean holds(Term formula) {
        return ((Value.BoolValue) value(formula)).value();
    }

    Value value(Term term) {
        return switch (term) {
            case Term.Var v -> {
                Value value = values.get(v.name());
                if (value == null) {
                    throw new NotEvaluable("no value for " + v.name());
                }
                yield value;
            }
            case Term.IntLit i -> new Value.IntValue(i.value());
            case Term.BoolLit b -> new Value.BoolValue(b.value());
            case Term.TextLit t -> new Value.TextValue(t.value());
            case Term.EnumLit e -> new Value.EnumValue(e.sort().name(), e.value());
            case Term.ConstArray c -> new Value.ArrayValue(Map.of(), value(c.value()));
            case Term.App app -> application(app);
            case Term.PredicateApp p -> throw new NotEvaluable("the loop invariant " + p.predicate().name() + " is not known");
        };
    }

    private Value application(Term.App app) {
        List<Term> args = app.args();
        return switch (app.op()) {
            case ADD -> integer(integer(args.get(0)).add(integer(args.get(1))));
            case SUB -> integer(integer(args.get(0)).subtract(integer(args.get(1))));
            case MUL -> integer(integer(args.get(0)).multiply(integer(args.get(1))));
            // BigInteger's divide truncates toward zero and its remainder takes the dividend's sign: Koru's / and %.
            case DIV -> integer(integer(args.get(0)).divide(divisor(args.get(1))));
            case REM -> integer(integer(args.get(0)).remainder(divisor(args.get(1))));
            case NEG -> integer(integer(args.get(0)).negate());
            case LT -> bool(integer(args.get(0)).compareTo(integer(args.get(1))) < 0);
            case LE -> bool(integer(args.get(0)).compareTo(integer(args.get(1))) <= 0);
            case GT -> bool(integer(args.get(0)).compareTo(integer(args.get(1))) > 0);
            case GE -> bool(integer(args.get(0)).compareTo(integer(args.get(1))) >= 0);
            case EQ -> bool(equal(args.get(0).sort(), value(args.get(0)), value(args.get(1))));
            case DISTINCT -> bool(!equal(args.get(0).sort(), value(args.get(0)), value(args.get(1))));
            case NOT -> bool(!holds(args.get(0)));
            case AND -> bool(!decidedBy(false, args));
            case OR -> bool(decidedBy(true, args));
            case IMPLIES -> bool(decidedBy(true, List.of(Term.App.of(Op.NOT, args.get(0)), args.get(1))));
            case ITE -> holds(args.get(0)) ? value(args.get(1)) : value(args.get(2));
            case SELECT -> select(array(args.get(0)), value(args.get(1)));
            case STORE -> store(array(args.get(0)), value(args.get(1)), value(args.get(2)));
            case UNION -> pointwise(array(args.get(0)), array(args.get(1)), (a, b) -> bool(isTrue(a) || isTrue(b)));
            case INTER -> pointwise(array(args.get(0)), array(args.get(1)), (a, b) -> bool(isTrue(a) && isTrue(b)));
            case SUBSET -> bool(everywhere((Sort.Array) args.get(0).sort(), array(args.get(0)), array(args.get(1)),
                    (a, b) -> !isTrue(a) || isTrue(b)));
            case CONCAT -> new Value.TextValue(text(args.get(0)) + text(args.get(1)));
            case LENGTH -> integer(BigInteger.valueOf(text(args.get(0)).codePoints().count())); // characters, as str.len counts
            case SUM -> sum(array(args.get(0)));
        };
    }

    /**
     * Whether some operand is {@code decisive} ({@code true} for {@code or}, {@code false} for
     * {@code and}): then the others do not matter, even undefined ones. Otherwise every operand must
     * have a value.
     */
    private boolean decidedBy(boolean decisive, List<Term> operands) {
        NotEvaluable undefined = null;
        for (Term operand : operands) {
            try {
                if (holds(operand) == decisive) {
                    return true;
                }
            } catch (NotEvaluable e) {
                undefined = undefined == null ? e : undefined;
            }
        }
        if (undefined != null) {
            throw undefined;
        }
        return false;
    }

    private BigInteger divisor(Term term) {
        BigInteger divisor = integer(term);
        if (divisor.signum() == 0) {
            throw new NotEvaluable("a division by zero");
        }
        return divisor;
    }

    /** Koru's sum of a map: its entries added up, defined only when every other key reads zero. */
    private static Value sum(Value.ArrayValue map) {
        if (!map.otherwise().equals(integer(BigInteger.ZERO))) {
            throw new NotEvaluable("the sum of a map whose missing keys read " + map.otherwise() + " is not finite");
        }
        return integer(map.entries().values().stream()
                .map(v -> ((Value.IntValue) v).value())
                .reduce(BigInteger.ZERO, BigInteger::add));
    }

    private static Value select(Value.ArrayValue array, Value key) {
        return array.entries().getOrDefault(key, array.otherwise());
    }

    private static Value.ArrayValue store(Value.ArrayValue array, Value key, Value value) {
        Map<Value, Value> entries = new HashMap<>(array.entries());
        entries.put(key, value);
        return Value.ArrayValue.canonical(entries, array.otherwise());
    }

    /** The array whose value at every key is {@code combine} of the two arrays' values there. */
    private static Value.ArrayValue pointwise(Value.ArrayValue a, Value.ArrayValue b, BinaryOperator<Value> combine) {
        Map<Value, Value> entries = new HashMap<>();
        for (Value key : keysOf(a, b)) {
            entries.put(key, combine.apply(select(a, key), select(b, key)));
        }
        return Value.ArrayValue.canonical(entries, combine.apply(a.otherwise(), b.otherwise()));
    }

    private static boolean equal(Sort sort, Value a, Value b) {
        if (sort instanceof Sort.Array array) {
            if (array.value() instanceof Sort.Array) {
                throw new NotEvaluable("maps of maps are not compared");
            }
            return everywhere(array, (Value.ArrayValue) a, (Value.ArrayValue) b, Value::equals);
        }
        return a.equals(b);
    }

    /**
     * Whether {@code test} holds of the two arrays' values at every key of the key sort: at each
     * listed key, and at the keys neither lists (their defaults) if there are any. A key sort of
     * finitely many values can have every key listed; an integer, text or host-object key sort
     * always has unlisted keys.
     */
    private static boolean everywhere(Sort.Array sort, Value.ArrayValue a, Value.ArrayValue b, BiPredicate<Value, Value> test) {
        Set<Value> keys = keysOf(a, b);
        Optional<List<Value>> finite = finiteDomain(sort.key());
        finite.ifPresent(keys::addAll);
        return keys.stream().allMatch(k -> test.test(select(a, k), select(b, k)))
                && (finite.isPresent() || test.test(a.otherwise(), b.otherwise()));
    }

    private static Optional<List<Value>> finiteDomain(Sort sort) {
        return switch (sort) {
            case Sort.Bool b -> Optional.of(List.of(new Value.BoolValue(false), new Value.BoolValue(true)));
            case Sort.Enum e -> Optional.of(e.values().stream().<Value>map(v -> new Value.EnumValue(e.name(), v)).toList());
            default -> Optional.empty();
        };
    }

    private static Set<Value> keysOf(Value.ArrayValue a, Value.ArrayValue b) {
        Set<Value> keys = new LinkedHashSet<>(a.entries().keySet());
        keys.addAll(b.entries().keySet());
        return keys;
    }

    private BigInteger integer(Term term) {
        return ((Value.IntValue) value(term)).value();
    }

    private String text(Term term) {
        return ((Value.TextValue) value(term)).value();
    }

    private Value.ArrayValue array(Term term) {
        return (Value.ArrayValue) value(term);
    }

    private static boolean isTrue(Value value) {
        return ((Value.BoolValue) value).value();
    }

    private static Value integer(BigInteger value) {
        return new Value.IntValue(value);
    }

    private static Value bool(boolean value) {
        return new Value.BoolValue(value);
    }

    /** The term has no value on these values: something Koru leaves undefined, or no Koru value. */
    static final class NotEvaluable extends RuntimeException {
        NotEvaluable(String why) {
            super(why);
        }
    }
}
