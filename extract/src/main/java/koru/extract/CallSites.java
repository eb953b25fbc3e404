package koru.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;

/**
 * Every call of an event in a program's flows and subflows, the code a build turns into Java that
 * runs: which events need an implementation, and which of the runtime's services the program uses.
 */
public final class CallSites {
    /** A call of {@code event} (a canonical name) at {@code origin}. */
    public record CallSite(String event, Origin origin) {
    }

    private final List<CallSite> found = new ArrayList<>();

    private CallSites() {
    }

    public static List<CallSite> in(Program program) {
        CallSites sites = new CallSites();
        program.bodies().stream().filter(body -> body.kind() == Body.Kind.FLOW || body.kind() == Body.Kind.SUBFLOW)
                .forEach(body -> sites.walk(body.root()));
        return List.copyOf(sites.found);
    }

    /** The canonical names of the events called anywhere in the program's flows and subflows. */
    public static Set<String> calledEvents(Program program) {
        return in(program).stream().map(CallSite::event).collect(Collectors.toUnmodifiableSet());
    }

    /** The canonical names of the events called in one body ({@code koru test} follows a test's calls into the bodies it runs). */
    public static Set<String> calledIn(Node root) {
        return sitesIn(root).stream().map(CallSite::event).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The calls in one body, in the order it reads. */
    public static List<CallSite> sitesIn(Node root) {
        CallSites sites = new CallSites();
        sites.walk(root);
        return List.copyOf(sites.found);
    }

    private void walk(Node node) {
        switch (node) {
            case Node.Invoke invoke -> {
                found.add(new CallSite(invoke.event(), invoke.origin()));
                invoke.handlers().forEach(handler -> walk(handler.body()));
            }
            case Node.Call call -> {
                found.add(new CallSite(call.event(), call.origin()));
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
}
