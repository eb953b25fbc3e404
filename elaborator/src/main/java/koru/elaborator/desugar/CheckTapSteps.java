package koru.elaborator.desugar;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import koru.elaborator.ast.Item;
import koru.elaborator.check.CheckFlowBodies;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;
import koru.elaborator.types.ResolveTypes;
import koru.elaborator.types.TypeExpressions;

/**
 * The checks of a flow body (names, calls, bindings, argument and expression types), run over the
 * tap steps where {@link ApplyTaps} inserted them (LANGUAGE.md A9). A tap's binding stands for the
 * payload of each matched transition, whose type differs per matched event under a glob or a
 * metatype, so a step can only be typed at its insertions. The copies keep the spans of the tap's
 * step, so an error points at the step as written; it is reported once, saying the first transition
 * it was inserted at. A tap that matches nothing is inserted nowhere and so is not checked here.
 */
public final class CheckTapSteps {
    private CheckTapSteps() {
    }

    /** Reports the errors of the steps of {@code tapped}, the result of {@link ApplyTaps#apply} on {@code program}. */
    public static void check(Program program, ApplyTaps.Result tapped, Diagnostics diagnostics) {
        List<Item.Tap> taps = tapped.insertions().stream().map(ApplyTaps.Insertion::tap).distinct().toList();
        List<Diagnostic> errors = errorsInSteps(tapped.program(), taps);
        if (errors.isEmpty()) {
            return;
        }
        // The error path only: each insertion alone, to name the transition an error comes from.
        Set<Diagnostic> reported = new HashSet<>();
        for (int ordinal = 0; ordinal < tapped.insertions().size(); ordinal++) {
            ApplyTaps.Insertion insertion = tapped.insertions().get(ordinal);
            for (Diagnostic error : errorsInSteps(ApplyTaps.applyOnly(program, ordinal).program(), List.of(insertion.tap()))) {
                if (reported.add(error)) {
                    diagnostics.report(insertedAt(error, insertion));
                }
            }
        }
        if (reported.isEmpty()) {
            // Only the insertions together are wrong: reported as they are rather than not at all.
            errors.forEach(diagnostics::report);
        }
    }

    /**
     * The errors of a tapped program that lie in the steps of {@code taps}. The rest of the program
     * was checked as written; KORU044 is decided in the tap's module (CheckTaps), since a copy
     * inserted into another module's body names the tap module's private events qualified.
     */
    private static List<Diagnostic> errorsInSteps(Program tapped, List<Item.Tap> taps) {
        Diagnostics sink = new Diagnostics();
        CheckFlowBodies.run(tapped, sink);
        TypeExpressions.type(tapped, ResolveTypes.resolve(tapped, sink), sink);
        return sink.sorted().stream()
                .filter(Diagnostic::isError)
                .filter(error -> error.code() != Code.KORU044)
                .filter(error -> taps.stream().anyMatch(tap -> within(error.span(), tap.span())))
                .toList();
    }

    private static boolean within(Span inner, Span outer) {
        return inner.file().equals(outer.file()) && outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    private static Diagnostic insertedAt(Diagnostic error, ApplyTaps.Insertion insertion) {
        String site = insertion.site().file().displayPath() + ":" + insertion.site().line();
        // The names in scope at the insertion are the flow's (the tap's binding renamed to one of
        // them), not what the user sees in the tap: the hint says what the step can name instead.
        Optional<String> hint = error.code() == Code.KORU040
                ? Optional.of("a tap step names its handler's binding (the transition's payload), its own steps' bindings and "
                        + "the events and types of the tap's module")
                : error.hint();
        return new Diagnostic(error.severity(), error.code(),
                error.message() + " (in the tap step inserted after `" + insertion.transition() + "` at " + site + ")",
                error.span(), error.label(), error.notes(), hint);
    }
}
