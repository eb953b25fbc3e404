package koru.elaborator.check;

import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Program;

/**
 * The declaration checks, in the order their findings read best: shapes of events and types,
 * obligation marks, state qualifiers, keywords, implementations, contract files. Each is a pass
 * of its own; this class only orders them for the pipeline.
 */
public final class CheckDeclarations {
    private CheckDeclarations() {
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckEventShapes.run(program, diagnostics);
        CheckObligationMarks.run(program, diagnostics);
        CheckStateQualifiers.run(program, diagnostics);
        CheckKeywordDeclarations.run(program, diagnostics);
        CheckImplementations.run(program, diagnostics);
        CheckContractFiles.run(program, diagnostics);
    }
}
