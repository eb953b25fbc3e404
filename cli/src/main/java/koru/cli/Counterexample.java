package koru.cli;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import koru.proptest.Show;
import koru.smt.report.Value;

/**
 * A failed obligation's model in source terms: {@code counterexample: amount = 3, book.balances = {1: 5, _: 0} (replayed)}.
 * The kernel names each free constant by the source path of the value it stands for (an input, a
 * record field {@code book.balances}, a handler's binding; {@code x#2} is a second value named
 * {@code x} on the same path), so the names are shown as they are, sorted. Only values replayed on the
 * obligation (LANGUAGE.md B5) are shown; an unconfirmed model makes the obligation unknown instead.
 */
final class Counterexample {
    private Counterexample() {
    }

    /** What a diagnostic's note puts before the values. */
    static final String LABEL = "counterexample: ";

    /**
     * A replayed counterexample's values, {@code amount = 3 (replayed)} (the note after {@link #LABEL}, and
     * the reports' counterexample), or empty when the query has no free constant (then it fails whatever the inputs).
     */
    static Optional<String> values(Map<String, Value> replayed) {
        if (replayed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TreeMap<>(replayed).entrySet().stream()
                .map(e -> e.getKey() + " = " + render(e.getValue()))
                .collect(Collectors.joining(", ", "", " (replayed)")));
    }

    static String render(Value value) {
        return switch (value) {
            case Value.IntValue i -> i.value().toString();
            case Value.BoolValue b -> Boolean.toString(b.value());
            case Value.TextValue t -> Show.text(t.value());
            // Enumerations are named module:Type; the source writes Type.value.
            case Value.EnumValue e -> e.sort().substring(e.sort().lastIndexOf(':') + 1) + "." + e.value();
            case Value.ArrayValue a -> a.entries().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(KEYS))
                    .map(e -> render(e.getKey()) + ": " + render(e.getValue()))
                    .collect(Collectors.joining(", ", "{", (a.entries().isEmpty() ? "" : ", ") + "_: " + render(a.otherwise()) + "}"));
            case Value.OpaqueValue o -> o.toString();
        };
    }

    /** Integer keys by value, any others by how they are shown. */
    private static final Comparator<Value> KEYS = (a, b) -> a instanceof Value.IntValue x && b instanceof Value.IntValue y
            ? x.value().compareTo(y.value())
            : render(a).compareTo(render(b));
}
