package koru.extract;

import java.util.ArrayList;
import java.util.List;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;

/**
 * Finds every call, in the flows and subflows that run, of an event with no implementation to run:
 * the variant the call names, or else the event's selected implementation, does not exist
 * ({@link Implementations}). {@code check} and {@code verify} assume such an event's contract; a
 * build cannot.
 */
final class FindMissingImplementations {
    private final Implementations implementations;
    private final List<BuildProblem> found = new ArrayList<>();

    private FindMissingImplementations(Implementations implementations) {
        this.implementations = implementations;
    }

    static List<BuildProblem> in(Program program, Implementations implementations) {
        FindMissingImplementations finder = new FindMissingImplementations(implementations);
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
        if (implementations.at(name, at).isEmpty()) {
            String event = name.substring(name.indexOf(':') + 1);
            found.add(new BuildProblem.NoImplementation(at, implementations.namedAt(at)
                    .map(variant -> "`" + event + "|" + variant + "` is called but that variant has no implementation to run")
                    .orElse("`" + event + "` is called but has no implementation to run"), name));
        }
    }
}
