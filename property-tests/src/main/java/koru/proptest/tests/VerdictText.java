package koru.proptest.tests;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import koru.elaborator.source.SourceFile;
import koru.kernel.interp.TestResult.Assertion;
import koru.kernel.interp.Value;
import koru.kernel.ir.Origin;
import koru.proptest.Show;

/**
 * How a report says why a test did not pass: a failed assertion as {@code assert(c == 5) at
 * variants.kz:24:20, c = 4} (its condition, line and column, and the value of each variable in scope
 * that the condition names); a fault as the interpreter words it, its {@code file:offset} places as
 * {@code file:line:column}.
 */
final class VerdictText {
    /** {@code at variants.kz:702}: how the interpreter names a place (Faulted.place). */
    private static final Pattern PLACE = Pattern.compile("(?<=at )(\\S+):(\\d+)(?=[),:]|$)");

    /** Each source text by the path origins name it by. */
    private final Map<String, String> sources;

    VerdictText(Map<String, String> sources) {
        this.sources = sources;
    }

    String describe(Assertion assertion) {
        String values = assertion.scope().entrySet().stream()
                .filter(variable -> named(assertion.message(), variable.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(variable -> variable.getKey() + " = " + shown(variable.getValue()))
                .collect(Collectors.joining(", "));
        return assertion.message() + " at " + position(assertion.origin()) + (values.isEmpty() ? "" : ", " + values);
    }

    String fault(String what) {
        return PLACE.matcher(what).replaceAll(place -> Matcher.quoteReplacement(position(place.group(1), Integer.parseInt(place.group(2)))));
    }

    private String position(Origin origin) {
        return position(origin.file(), origin.start());
    }

    /** {@code file:line:column}, or {@code file:offset} for a file whose text is not known. */
    private String position(String path, int offset) {
        String text = sources.get(path);
        if (text == null) {
            return path + ":" + offset;
        }
        SourceFile file = new SourceFile(path, text);
        return path + ":" + file.lineOf(offset) + ":" + file.columnOf(offset);
    }

    /** Whether {@code condition} mentions {@code name} as a whole word (a variable's name, not part of a longer one). */
    private static boolean named(String condition, String name) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)").matcher(condition).find();
    }

    private static String shown(Value value) {
        return value instanceof Value.Text text ? Show.value(text.value()) : value.toString();
    }
}
