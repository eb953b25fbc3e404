package koru.elaborator.check;

import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Program;

/**
 * The structural checks of flow bodies (LANGUAGE.md A4–A6, A10), in the order their findings
 * read best: names of events first, then branches, constructors, bindings, labels, spawned tasks and tests.
 * Each is an independent pass over the same immutable program.
 */
public final class CheckFlowBodies {
    private CheckFlowBodies() {
    }

    public static void run(Program program, Diagnostics diagnostics) {
        ResolveCalls.run(program, diagnostics);
        CheckExhaustiveness.run(program, diagnostics);
        CheckConstructors.run(program, diagnostics);
        CheckBindings.run(program, diagnostics);
        CheckLabels.run(program, diagnostics);
        CheckTaskBodies.run(program, diagnostics);
        CheckTests.run(program, diagnostics);
    }
}
