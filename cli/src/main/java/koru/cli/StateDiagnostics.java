package koru.cli;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import koru.elaborator.desugar.InsertAutoDischarge;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.source.Span;
import koru.kernel.ir.Program;
import koru.kernel.ir.State;
import koru.kernel.states.StateCheck.Violation;

/**
 * The kernel's phantom-state findings (LANGUAGE.md A7) as diagnostics: KORU106 mismatch, KORU107 leak,
 * KORU108 use after discharge, KORU032 an outer obligation discharged inside a loop. A leak's hint names
 * the events that could discharge it: those auto-discharge weighed at that terminal when the front end
 * recorded one there, else every event with an input that discharges the state.
 */
final class StateDiagnostics {
    private final VerificationReport.Sources sources;
    private final Program program;
    private final List<InsertAutoDischarge.Leak> frontEndLeaks;

    StateDiagnostics(VerificationReport.Sources sources, Program program, List<InsertAutoDischarge.Leak> frontEndLeaks) {
        this.sources = sources;
        this.program = program;
        this.frontEndLeaks = List.copyOf(frontEndLeaks);
    }

    Diagnostic of(Violation violation) {
        Span at = sources.span(violation.at());
        Optional<String> earlier = violation.earlier().map(sources::position);
        return switch (violation.rule()) {
            case MISMATCH -> Diagnostic.error(Code.KORU106, at, violation.message())
                    .withLabel("not in the state required here")
                    .withHint("pass a value in the required state (see which branch produced it), or accept several states"
                            + " with a union `[a|b]` or a state variable `M'_`");
            case LEAK -> Diagnostic.error(Code.KORU107, at, violation.message())
                    .withLabel("the path ends here")
                    .withHint(dischargers(violation, at));
            case USE_AFTER_DISCHARGE -> Diagnostic.error(Code.KORU108, at, violation.message())
                    .withLabel("used after discharge")
                    .withNote("it was discharged at " + earlier.orElse("an earlier call"))
                    .withHint("use the value before the call that discharges it; a second discharge is never needed");
            case DISCHARGED_IN_LOOP -> Diagnostic.error(Code.KORU032, at, violation.message())
                    .withLabel("discharged inside the loop")
                    .withNote("the loop goes round again at " + earlier.orElse("its jump"))
                    .withHint("discharge it on the loop's exit path, or make the resource inside the loop");
            case SHARED_WITH_TASK -> Diagnostic.error(Code.KORU032, at, violation.message())
                    .withLabel("used inside the spawned task")
                    .withHint("make the resource inside the task body, or use it on the `running` path after `std.rt:join`");
        };
    }

    private String dischargers(Violation leak, Span at) {
        List<String> candidates = frontEndLeaks.stream()
                .filter(l -> l.terminal().start() == at.start() && leak.states().contains(l.state().toString()))
                .findFirst()
                .map(InsertAutoDischarge.Leak::candidates)
                .orElseGet(() -> consumers(leak.states()));
        return candidates.isEmpty()
                ? "no event discharges it; declare one whose input takes the state with `!` (e.g. `[!state]`)"
                : "call " + String.join(" or ", candidates.stream().map(c -> "`" + c + "`").toList()) + " with `" + leak.subject() + "` before the path ends";
    }

    /** The events with an input that discharges one of {@code states}, by the name the source calls them. */
    private List<String> consumers(List<String> states) {
        TreeSet<String> names = new TreeSet<>();
        for (Program.Event event : program.events()) {
            for (Program.Field input : event.inputs()) {
                boolean discharges = switch (input.state().orElse(null)) {
                    case State.Is is -> is.mark() == State.Mark.DISCHARGES && states.contains(is.state());
                    case State.AnyOf any -> any.discharges() && any.states().stream().anyMatch(states::contains);
                    case null, default -> false;
                };
                if (discharges) {
                    names.add(event.name().substring(event.name().indexOf(':') + 1));
                }
            }
        }
        return List.copyOf(names);
    }
}
