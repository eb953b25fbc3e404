package koru.proptest;

import java.util.stream.Collectors;

/** A value as a report shows it: text quoted and escaped, so {@code ""}, {@code " "} and {@code "\n"} tell apart. */
public final class Show {
    private Show() {
    }

    public static String value(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> text(text);
            case Iterable<?> elements -> "[" + java.util.stream.StreamSupport.stream(elements.spliterator(), false)
                    .map(Show::value).collect(Collectors.joining(", ")) + "]";
            case java.util.Map<?, ?> map -> map.entrySet().stream().map(e -> value(e.getKey()) + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> value.toString();
        };
    }

    /** {@code text} as a Koru string literal (Java escapes, LANGUAGE.md Part D): control characters escaped, the rest as is. */
    public static String text(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> shown.append("\\\"");
                case '\\' -> shown.append("\\\\");
                case '\n' -> shown.append("\\n");
                case '\t' -> shown.append("\\t");
                case '\r' -> shown.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        shown.append(String.format("\\u%04x", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.append('"').toString();
    }
}
