package koru.elaborator;

import java.util.List;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Diagnostic;

/**
 * What the front end made of a program: every diagnostic (sorted in reading order) and the parsed
 * source units it could read, entry file first.
 */
public record Elaboration(List<Diagnostic> diagnostics, List<SourceUnit> units) {
    public Elaboration {
        diagnostics = List.copyOf(diagnostics);
        units = List.copyOf(units);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
