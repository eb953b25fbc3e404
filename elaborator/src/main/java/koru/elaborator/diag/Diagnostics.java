package koru.elaborator.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one run. Passes report into it and keep going, so a run shows
 * every error it can find, not only the first.
 */
public final class Diagnostics {
    private final List<Diagnostic> reported = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything reported so far, in reading order, without exact duplicates. */
    public List<Diagnostic> sorted() {
        return reported.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }
}
