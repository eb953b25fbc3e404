package koru.cli;

import java.util.regex.Pattern;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;

/**
 * Renders one diagnostic for a human, in rustc's shape (docs/STYLE.md):
 * <pre>
 * error[KORU107]: obligation `opened` on `f` is never discharged on this path
 *   --> orders.kz:14:7
 *    |
 * 14 | | opened f |> show(text: "opened")
 *    |        ^ `f` is opened here
 *    = path: open → opened
 *    = hint: call `close(file: f)` before the flow ends
 * </pre>
 * Carets cover the span's part of its first line (at least one caret). Tabs are shown as four
 * spaces, in the quoted line and when placing the carets alike, so the carets stay aligned.
 * Columns on the {@code -->} line are the source's own (characters from the line start).
 */
final class DiagnosticRenderer {
    private static final String TAB = "    ";
    /** A note that starts with its own label ({@code path: …}, {@code counterexample: …}) keeps it. */
    private static final Pattern LABELLED_NOTE = Pattern.compile("^[a-z][a-z-]*: .*", Pattern.DOTALL);

    private final Palette palette;

    DiagnosticRenderer(Palette palette) {
        this.palette = palette;
    }

    /** The diagnostic as lines, each ending in a newline. */
    String render(Diagnostic diagnostic) {
        Span span = diagnostic.span();
        SourceFile file = span.file();
        int line = span.line();
        String lineNumber = Integer.toString(line);
        String margin = " ".repeat(lineNumber.length());
        String bar = palette.gutter("|");

        StringBuilder out = new StringBuilder();
        out.append(palette.severity(diagnostic.severity(), diagnostic.severity().label() + "[" + diagnostic.code().id() + "]"))
                .append(palette.bold(": " + diagnostic.message()))
                .append('\n');
        out.append(margin).append(palette.gutter("-->")).append(' ')
                .append(file.displayPath()).append(':').append(line).append(':').append(span.column())
                .append('\n');
        out.append(margin).append(' ').append(bar).append('\n');

        Excerpt excerpt = Excerpt.of(file.lineText(line), span.start() - file.lineStart(line), span.end() - file.lineStart(line));
        out.append(palette.gutter(lineNumber + " |"));
        if (!excerpt.text().isEmpty()) {
            out.append(' ').append(excerpt.text().replace("\t", TAB));
        }
        out.append('\n');

        out.append(margin).append(' ').append(bar).append(' ')
                .append(markerUnder(excerpt.text(), excerpt.start(), excerpt.end(), diagnostic))
                .append('\n');

        for (String note : diagnostic.notes()) {
            out.append(margin).append(' ').append(palette.gutter("=")).append(' ')
                    .append(LABELLED_NOTE.matcher(note).matches() ? note : palette.bold("note:") + " " + note)
                    .append('\n');
        }
        diagnostic.hint().ifPresent(hint -> out.append(margin).append(' ').append(palette.gutter("="))
                .append(' ').append(palette.bold("hint:")).append(' ').append(hint).append('\n'));
        return out.toString();
    }

    /** Spaces up to the span's start, carets under its part of this line, then the label. */
    private String markerUnder(String source, int startInLine, int endInLine, Diagnostic diagnostic) {
        int start = Math.min(startInLine, source.length());
        int end = Math.max(start, Math.min(endInLine, source.length()));
        int carets = Math.max(1, displayWidth(source.substring(start, end)));
        String marker = " ".repeat(displayWidth(source.substring(0, start)))
                + palette.severity(diagnostic.severity(), "^".repeat(carets));
        return diagnostic.label()
                .map(label -> marker + " " + palette.severity(diagnostic.severity(), label))
                .orElse(marker);
    }

    /**
     * The part of a source line that is shown, and the span's place in it. A line longer than
     * {@link #WIDEST} characters (generated or minified code, a 20 MB one-liner) is cut to a window
     * around the span, marked with an ellipsis on each cut side, as rustc does.
     */
    record Excerpt(String text, int start, int end) {
        static final int WIDEST = 160;
        private static final int BEFORE = 60;

        static Excerpt of(String line, int start, int end) {
            if (line.length() <= WIDEST) {
                return new Excerpt(line, start, end);
            }
            int from = Math.max(0, Math.min(start, line.length()) - BEFORE);
            int to = Math.min(line.length(), from + WIDEST - 2);
            String prefix = from > 0 ? "…" : "";
            String suffix = to < line.length() ? "…" : "";
            int shift = prefix.length() - from;
            return new Excerpt(prefix + line.substring(from, to) + suffix,
                    Math.max(prefix.length(), start + shift), Math.min(prefix.length() + to - from, Math.max(start, end) + shift));
        }
    }

    /** Columns the text takes when shown: one per code point, four per tab. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c == '\t' ? TAB.length() : 1).sum();
    }
}
