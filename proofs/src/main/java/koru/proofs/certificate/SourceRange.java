package koru.proofs.certificate;

/**
 * Where an obligation stands in the source, as the user reads it: a file as the diagnostics name it
 * and 1-based lines and columns of its first and last character. The kernel knows only character
 * offsets ({@code Origin}); whoever holds the source text makes this.
 */
public record SourceRange(String file, int line, int column, int endLine, int endColumn) {
    public SourceRange {
        if (line < 1 || column < 1 || endLine < line || endColumn < 1) {
            throw new IllegalArgumentException("bad range " + line + ":" + column + "-" + endLine + ":" + endColumn + " in " + file);
        }
    }

    /** {@code examples/ledger.kz:12:5-12:30}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
