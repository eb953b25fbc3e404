package koru.extract;

import java.util.Map;
import koru.kernel.ir.Origin;

/** Line and column numbers (1-based) of origins, from the source texts they point into. */
public final class SourceLines {
    private final Map<String, String> sources;

    public SourceLines(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    public int lineOf(String file, int offset) {
        String text = textOf(file);
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public int lineOf(Origin origin) {
        return lineOf(origin.file(), origin.start());
    }

    /** The column (1-based, in characters) where {@code origin} starts. */
    public int columnOf(Origin origin) {
        String text = textOf(origin.file());
        int offset = Math.min(origin.start(), text.length());
        return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    }

    /** The text of the line {@code origin} starts on, without its line break. */
    public String lineTextOf(Origin origin) {
        String text = textOf(origin.file());
        int offset = Math.min(origin.start(), text.length());
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end).stripTrailing();
    }

    /**
     * The lines a run-time diagnostic (KORU203) shows under its header, in the shape of every Koru
     * diagnostic (docs/STYLE.md): {@code --> file:line:column}, the source line, carets under
     * {@code origin}'s part of it and {@code label}.
     */
    public String excerpt(Origin origin, String label) {
        String line = lineTextOf(origin);
        int column = columnOf(origin);
        int width = Math.max(1, Math.min(origin.end() - origin.start(), line.length() - column + 1));
        String margin = margin(origin);
        return margin + "--> " + origin.file() + ":" + lineOf(origin) + ":" + column + "\n"
                + margin + " |\n"
                + lineOf(origin) + " | " + line + "\n"
                + margin + " | " + " ".repeat(column - 1) + "^".repeat(width) + " " + label + "\n";
    }

    /** The blank margin of {@link #excerpt}'s lines: as wide as the line number. */
    public String margin(Origin origin) {
        return " ".repeat(Integer.toString(lineOf(origin)).length());
    }

    /** {@code ledger.kz:12}, as the generated code's comments cite a source line. */
    public String cite(Origin origin) {
        return fileName(origin.file()) + ":" + lineOf(origin);
    }

    private String textOf(String file) {
        String text = sources.get(file);
        if (text == null) {
            throw new IllegalArgumentException("no source text for " + file);
        }
        return text;
    }

    /** The last part of a path: generated comments name the file, not the directory it was built from. */
    static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
