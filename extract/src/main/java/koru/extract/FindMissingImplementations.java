package koru.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Implementation;

/**
 * Finds every call, in the flows and subflows that run, of an event with no implementation to run:
 * no subflow, and no proc among those selected. {@code check} and {@code verify} assume such an
 * event's contract; a build cannot.
 */
final class FindMissingImplementations {
    private FindMissingImplementations() {
    }

    static List<BuildProblem> in(Program program, FrontEndParts parts) {
        Lookup lookup = new Lookup(program);
        Set<String> withProc = parts.procs().stream().map(HostProc::event).collect(Collectors.toSet());
        return CallSites.in(program).stream().filter(call -> !implemented(lookup.event(call.event()).orElseThrow(), withProc))
                .map(call -> (BuildProblem) new BuildProblem.NoImplementation(call.origin(),
                        "`" + call.event().substring(call.event().indexOf(':') + 1) + "` is called but has no implementation to run", call.event()))
                .toList();
    }

    private static boolean implemented(Event event, Set<String> withProc) {
        return event.implementation() == Implementation.SUBFLOW
                || event.implementation() == Implementation.HOST && withProc.contains(event.name());
    }
}
