package koru.elaborator.source;

import java.util.Arrays;

/**
 * The text of one source file and the index of its line starts. Every line and column shown to a
 * user is computed here, from a span's offsets, and nowhere else.
 *
 * <p>Identity matters: two files with the same text are still two files, so this is a class with
 * reference equality, not a record.
 */
public final class SourceFile {
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String displayPath, String text) {
        this.displayPath = displayPath;
        this.text = text;
        this.lineStarts = lineStartsOf(text);
    }

    private static int[] lineStartsOf(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The path as the user should see it (relative to the working directory when possible). */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column of {@code offset}, counted in characters from the start of its line. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    /** Offset of the first character of the 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of the 1-based {@code line}, before its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The text of the 1-based {@code line}, without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
