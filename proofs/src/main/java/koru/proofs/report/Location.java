package koru.proofs.report;

/** A range of a source file as the user sees it: lines and columns 1-based, the end exclusive (just past the range). */
public record Location(String file, int startLine, int startColumn, int endLine, int endColumn) {
    public Location {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1 || endLine == startLine && endColumn < startColumn) {
            throw new IllegalArgumentException("bad range " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn + " in " + file);
        }
    }

    /** {@code ledger.kz:12:5}, as diagnostics write it. */
    public String position() {
        return file + ":" + startLine + ":" + startColumn;
    }
}
