package koru.kernel.interp;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Ty;

/** B3's built-in pure functions on values, as Translate encodes them (maps and sets are immutable: each update is a new value). */
final class Builtins {
    /** How the caller checks an integer result against its type: in code a fault when it does not fit, in a contract never. */
    @FunctionalInterface
    interface Checked {
        Value.Int fits(Expr operation, BigInteger result);
    }

    private Builtins() {
    }

    static Value apply(Expr.Builtin call, List<Value> args, Checked checked) {
        return switch (call.function()) {
            // A text's length counts its characters (Unicode code points), as Z3's str.len does on the text the
            // encoder gives it (one escape per code point): neither UTF-8 bytes nor Java's UTF-16 units.
            case LEN -> Value.of(args.get(0) instanceof Value.Text text ? text.value().codePointCount(0, text.value().length())
                    : ((Value.ListOf) args.get(0)).elements().size());
            case MIN -> integer(args.get(0)).compareTo(integer(args.get(1))) <= 0 ? args.get(0) : args.get(1);
            case MAX -> integer(args.get(0)).compareTo(integer(args.get(1))) >= 0 ? args.get(0) : args.get(1);
            case EMPTY_MAP -> new Value.MapOf(Map.of(), zero(((Ty.MapOf) call.type()).value()));
            case PUT -> put((Value.MapOf) args.get(0), args.get(1), args.get(2));
            case REMOVE -> args.get(0) instanceof Value.MapOf map ? put(map, args.get(1), map.zero())
                    : set(args.get(0), elements -> elements.remove(args.get(1)));
            case SUM -> checked.fits(call, ((Value.MapOf) args.get(0)).entries().values().stream()
                    .map(Builtins::integer).reduce(BigInteger.ZERO, BigInteger::add));
            case SET -> new Value.SetOf(Set.copyOf(args));
            case HAS -> Value.of(((Value.SetOf) args.get(0)).elements().contains(args.get(1)));
            case ADD -> set(args.get(0), elements -> elements.add(args.get(1)));
            case UNION -> set(args.get(0), elements -> elements.addAll(((Value.SetOf) args.get(1)).elements()));
            case INTER -> set(args.get(0), elements -> elements.retainAll(((Value.SetOf) args.get(1)).elements()));
            case SUBSET -> Value.of(((Value.SetOf) args.get(1)).elements().containsAll(((Value.SetOf) args.get(0)).elements()));
        };
    }

    /** What a missing key of a map with values of {@code type} reads as: {@code 0}, {@code false}, {@code ""} (Part D). */
    static Value zero(Ty type) {
        return switch (type) {
            case Ty.Int i -> Value.of(0);
            case Ty.Bool b -> Value.FALSE;
            case Ty.Text t -> Value.of("");
            default -> throw new IllegalArgumentException("maps have integer, bool or text values, not " + type);
        };
    }

    private static BigInteger integer(Value value) {
        return ((Value.Int) value).value();
    }

    /** {@code map} with {@code key} bound to {@code value}; the map drops an entry equal to its zero by itself. */
    private static Value.MapOf put(Value.MapOf map, Value key, Value value) {
        Map<Value, Value> entries = new LinkedHashMap<>(map.entries());
        entries.put(key, value);
        return new Value.MapOf(entries, map.zero());
    }

    /** The set {@code set} changed by {@code change} (on a copy). */
    private static Value.SetOf set(Value set, Consumer<Set<Value>> change) {
        Set<Value> elements = new HashSet<>(((Value.SetOf) set).elements());
        change.accept(elements);
        return new Value.SetOf(elements);
    }
}
