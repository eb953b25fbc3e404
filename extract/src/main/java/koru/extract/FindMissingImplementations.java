package koru.extract;

import java.util.List;
import koru.kernel.ir.Program;

/**
 * Finds every call, in the flows and subflows that run, of an event with no implementation to run:
 * the variant the call names, or else the event's selected implementation, does not exist
 * ({@link Implementations}). {@code check} and {@code verify} assume such an event's contract; a
 * build cannot.
 */
final class FindMissingImplementations {
    private FindMissingImplementations() {
    }

    static List<BuildProblem> in(Program program, Implementations implementations) {
        return CallSites.in(program).stream().filter(call -> implementations.at(call.event(), call.origin()).isEmpty())
                .map(call -> (BuildProblem) new BuildProblem.NoImplementation(call.origin(), message(call, implementations), call.event()))
                .toList();
    }

    private static String message(CallSites.CallSite call, Implementations implementations) {
        String event = call.event().substring(call.event().indexOf(':') + 1);
        return implementations.namedAt(call.origin())
                .map(variant -> "`" + event + "|" + variant + "` is called but that variant has no implementation to run")
                .orElse("`" + event + "` is called but has no implementation to run");
    }
}
