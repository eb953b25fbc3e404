package koru.proptest.crosscheck;

import java.util.stream.Collectors;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;
import koru.proptest.Show;

/**
 * A {@link Value} as a report shows it, close to how Koru source writes it: {@code 10}, {@code "a\n"},
 * {@code [1, 2]}, {@code {lo: 0, hi: 10}}; a branch as {@code clamped 10}.
 */
final class ShowValue {
    private ShowValue() {
    }

    static String of(Value value) {
        return switch (value) {
            case Value.Int integer -> integer.value().toString();
            case Value.Bool bool -> Boolean.toString(bool.value());
            case Value.Float real -> Double.toString(real.value());
            case Value.Text text -> Show.value(text.value());
            case Value.ListOf list -> list.elements().stream().map(ShowValue::of).collect(Collectors.joining(", ", "[", "]"));
            case Value.SetOf set -> set.elements().stream().map(ShowValue::of).sorted().collect(Collectors.joining(", ", "set[", "]"));
            case Value.MapOf map -> map.entries().entrySet().stream().map(entry -> of(entry.getKey()) + ": " + of(entry.getValue()))
                    .sorted().collect(Collectors.joining(", ", "map{", "}"));
            case Value.Struct struct -> struct.fields().entrySet().stream().map(field -> field.getKey() + ": " + of(field.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Value.Enum enumerated -> "." + enumerated.value();
            case Value.Host host -> "<host " + host.object().getClass().getName() + ">";
        };
    }

    static String ended(Ended ended) {
        return switch (ended) {
            case Ended.Branch branch when branch.branch().isEmpty() -> "(ended)";
            case Ended.Branch branch -> branch.branch() + branch.payload().map(payload -> " " + of(payload)).orElse("");
            case Ended.Fault fault -> "fault: " + fault.what();
            case Ended.Stopped stopped -> "stopped: " + stopped.what();
        };
    }
}
