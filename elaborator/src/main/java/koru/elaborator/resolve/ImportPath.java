package koru.elaborator.resolve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A well-formed import path {@code $alias/a[/b]} (LANGUAGE.md A8): an alias and one or two
 * identifier segments. Its canonical module name is {@code alias.a.b}.
 */
public record ImportPath(String alias, List<String> segments) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public ImportPath {
        segments = List.copyOf(segments);
    }

    /** The canonical module name: {@code $std/io} is {@code std.io}, {@code $app/lib/x} is {@code app.lib.x}. */
    public String canonical() {
        return alias + "." + String.join(".", segments);
    }

    /** The path with the alias dropped, {@code /}-separated: {@code lib/x}. */
    public String relative() {
        return String.join("/", segments);
    }

    /** Why {@code text} is not a well-formed import path, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (!text.startsWith("$")) {
            return Optional.of("import paths start with an alias such as `$std` or `$app`");
        }
        if (text.contains("..")) {
            return Optional.of("import paths cannot climb with `../`");
        }
        String[] parts = text.substring(1).split("/", -1);
        if (!IDENTIFIER.matcher(parts[0]).matches()) {
            return Optional.of("`$" + parts[0] + "` is not an alias name");
        }
        if (parts.length < 2) {
            return Optional.of("the import names no module after `$" + parts[0] + "`");
        }
        if (parts.length > 3) {
            return Optional.of("the import path has " + (parts.length - 1)
                    + " segments after the alias; at most two are allowed");
        }
        for (int i = 1; i < parts.length; i++) {
            if (!IDENTIFIER.matcher(parts[i]).matches()) {
                return Optional.of("`" + parts[i] + "` is not a module name (letters, digits and `_`, no extension)");
            }
        }
        return Optional.empty();
    }

    /** The path {@code text} denotes, or empty when it is malformed (see {@link #problem}). */
    public static Optional<ImportPath> parse(String text) {
        if (problem(text).isPresent()) {
            return Optional.empty();
        }
        String[] parts = text.substring(1).split("/");
        return Optional.of(new ImportPath(parts[0], List.of(parts).subList(1, parts.length)));
    }
}
