package koru.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Implementation;

/**
 * Finds every call, in the flows and subflows that run, of an event with no implementation to run:
 * no subflow, and no proc among those selected. {@code check} and {@code verify} assume such an
 * event's contract; a build cannot.
 */
final class FindMissingImplementations {
    private final Lookup lookup;
    private final Set<String> withProc;
    private final List<BuildProblem> found = new ArrayList<>();

    private FindMissingImplementations(Program program, FrontEndParts parts) {
        this.lookup = new Lookup(program);
        this.withProc = parts.procs().stream().map(HostProc::event).collect(Collectors.toSet());
    }

    static List<BuildProblem> in(Program program, FrontEndParts parts) {
        FindMissingImplementations finder = new FindMissingImplementations(program, parts);
        program.bodies().stream().filter(body -> body.kind() == Body.Kind.FLOW || body.kind() == Body.Kind.SUBFLOW)
                .forEach(body -> finder.walk(body.root()));
        return List.copyOf(finder.found);
    }

    private void walk(Node node) {
        switch (node) {
            case Node.Invoke invoke -> {
                called(invoke.event(), invoke.origin());
                invoke.handlers().forEach(handler -> walk(handler.body()));
            }
            case Node.Call call -> {
                called(call.event(), call.origin());
                walk(call.next());
            }
            case Node.Loop loop -> walk(loop.head());
            case Node.If branch -> {
                walk(branch.then());
                walk(branch.otherwise());
            }
            case Node.For each -> {
                walk(each.each());
                walk(each.done());
            }
            case Node.Spawn spawn -> { // spawn itself is never called: the task is handed to the runtime
                walk(spawn.task());
                walk(spawn.running());
            }
            case Node.Construct construct -> { }
            case Node.Jump jump -> { }
            case Node.End end -> { }
        }
    }

    private void called(String name, Origin at) {
        Event event = lookup.event(name).orElseThrow();
        boolean implemented = event.implementation() == Implementation.SUBFLOW
                || event.implementation() == Implementation.HOST && withProc.contains(name);
        if (!implemented) {
            found.add(new BuildProblem.NoImplementation(at,
                    "`" + name.substring(name.indexOf(':') + 1) + "` is called but has no implementation to run", name));
        }
    }
}
