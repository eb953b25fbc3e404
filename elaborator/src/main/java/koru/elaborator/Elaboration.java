package koru.elaborator;

import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.desugar.InsertAutoDischarge;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.resolve.Program;
import koru.elaborator.types.Typing;

/**
 * What the front end made of a program: every diagnostic (sorted in reading order), the parsed
 * source units it could read, entry file first, and the elaborated program (taps applied,
 * auto-discharge inserted) with the obligations auto-discharge could not settle, which
 * verification reports as KORU107 with their candidates as the hint. {@code typing} types every
 * expression of the elaborated program (what lowering to Core IR reads); like {@code elaborated},
 * it is present only when there is no error.
 */
public record Elaboration(List<Diagnostic> diagnostics, List<SourceUnit> units, Optional<Program> elaborated,
        List<InsertAutoDischarge.Leak> leaks, Optional<Typing> typing) {
    public Elaboration {
        diagnostics = List.copyOf(diagnostics);
        units = List.copyOf(units);
        leaks = List.copyOf(leaks);
    }

    public Elaboration(List<Diagnostic> diagnostics, List<SourceUnit> units) {
        this(diagnostics, units, Optional.empty(), List.of(), Optional.empty());
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
