package koru.elaborator.source;

/**
 * A half-open range {@code [start, end)} of character offsets in one source file. Every AST node
 * carries one; diagnostics point at them.
 */
public record Span(SourceFile file, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The smallest span covering both (they must be in the same file). */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public int line() {
        return file.lineOf(start);
    }

    public int column() {
        return file.columnOf(start);
    }

    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    @Override
    public String toString() {
        return file.displayPath() + ":" + line() + ":" + column();
    }
}
