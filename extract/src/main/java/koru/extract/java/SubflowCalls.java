package koru.extract.java;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program.Body;

/**
 * What the call graph of the subflows tells the translation: which subflows a call may take inline
 * ({@link InlinedCall}), those on no cycle (inlining one that reaches itself would never end; one that does
 * not is expanded along an acyclic graph, and {@link TranslateBody}'s budget bounds a wide one); and which
 * may end a path with no branch ({@code _}), so that their callers must be ready for it.
 */
final class SubflowCalls {
    private final Lookup lookup;
    private final Map<String, Body> subflows;
    /** Each event implemented by a subflow, and the events its body invokes or calls. */
    private final Map<String, Set<String>> callees;
    private final Set<String> inlinable;
    private final Set<String> mayEnd;

    /** {@code subflows}: the body each subflow-implemented event's method runs, by event. */
    SubflowCalls(Lookup lookup, Map<String, Body> subflows) {
        this.lookup = lookup;
        this.subflows = Map.copyOf(subflows);
        this.callees = subflows.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> usedBy(entry.getValue().root()).collect(Collectors.toSet())));
        this.inlinable = subflows.keySet().stream().filter(event -> !reaches(event, event)).collect(Collectors.toSet());
        this.mayEnd = subflowsThatMayEnd();
    }

    /**
     * The body to inline for a call of {@code event}, unless it has no subflow or its subflow lies on a cycle. Whether a
     * call runs that subflow, not a proc that {@code --variant} or the call names, is the caller's to ask.
     */
    Optional<Body> inlinableBody(String event) {
        return inlinable.contains(event) ? Optional.of(subflows.get(event)) : Optional.empty();
    }

    /** Whether a call of {@code event} may come back with no branch: a path of its subflow ends ({@code _}). */
    boolean mayEnd(String event) {
        return mayEnd.contains(event);
    }

    /** The number of steps of a body: what inlining it adds to the caller. */
    static int size(Node node) {
        return 1 + switch (node) {
            case Node.Invoke invoke -> invoke.handlers().stream().mapToInt(handler -> size(handler.body())).sum();
            case Node.Call call -> size(call.next());
            case Node.Loop loop -> size(loop.head());
            case Node.If branch -> size(branch.then()) + size(branch.otherwise());
            case Node.For each -> size(each.each()) + size(each.done());
            case Node.Spawn spawn -> size(spawn.task()) + size(spawn.running());
            case Node.Construct construct -> 0;
            case Node.Jump jump -> 0;
            case Node.End end -> 0;
        };
    }

    /** Whether a step of {@code node}, or of what follows it in its body, spawns a task. */
    static boolean spawns(Node node) {
        return switch (node) {
            case Node.Spawn spawn -> true;
            case Node.Invoke invoke -> invoke.handlers().stream().anyMatch(handler -> spawns(handler.body()));
            case Node.Call call -> spawns(call.next());
            case Node.Loop loop -> spawns(loop.head());
            case Node.If branch -> spawns(branch.then()) || spawns(branch.otherwise());
            case Node.For each -> spawns(each.each()) || spawns(each.done());
            case Node.Construct construct -> false;
            case Node.Jump jump -> false;
            case Node.End end -> false;
        };
    }

    /** Whether a path of calls leads from {@code from}'s body to {@code target}. */
    private boolean reaches(String from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(callees.getOrDefault(from, Set.of()));
        while (!pending.isEmpty()) {
            String event = pending.pop();
            if (event.equals(target)) {
                return true;
            }
            if (seen.add(event)) {
                pending.addAll(callees.getOrDefault(event, Set.of()));
            }
        }
        return false;
    }

    private static Stream<String> usedBy(Node node) {
        return switch (node) {
            case Node.Invoke invoke -> Stream.concat(Stream.of(invoke.event()),
                    invoke.handlers().stream().flatMap(handler -> usedBy(handler.body())));
            case Node.Call call -> Stream.concat(Stream.of(call.event()), usedBy(call.next()));
            case Node.Loop loop -> usedBy(loop.head());
            case Node.If branch -> Stream.concat(usedBy(branch.then()), usedBy(branch.otherwise()));
            case Node.For each -> Stream.concat(usedBy(each.each()), usedBy(each.done()));
            // The task's calls are calls of this body too: a subflow that spawns itself is on a cycle.
            case Node.Spawn spawn -> Stream.concat(usedBy(spawn.task()), usedBy(spawn.running()));
            case Node.Construct construct -> Stream.empty();
            case Node.Jump jump -> Stream.empty();
            case Node.End end -> Stream.empty();
        };
    }

    /** The least set closed under "a path of the body ends, or calls one in the set, outside a {@code for} body". */
    private Set<String> subflowsThatMayEnd() {
        Set<String> ending = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Body> subflow : subflows.entrySet()) {
                if (!ending.contains(subflow.getKey()) && ends(subflow.getValue().root(), ending)) {
                    ending.add(subflow.getKey());
                    grew = true;
                }
            }
        }
        return Set.copyOf(ending);
    }

    /** Whether a path from {@code node} ends the body: {@code _}, an unhandled optional branch, or a call that may end. */
    private boolean ends(Node node, Set<String> ending) {
        return switch (node) {
            case Node.End end -> true;
            case Node.Invoke invoke -> ending.contains(invoke.event()) || unhandledBranch(invoke)
                    || invoke.handlers().stream().anyMatch(handler -> ends(handler.body(), ending));
            case Node.Call call -> ends(call.next(), ending);
            case Node.Loop loop -> ends(loop.head(), ending);
            case Node.If branch -> ends(branch.then(), ending) || ends(branch.otherwise(), ending);
            // A path that ends inside a `for` body ends only its iteration.
            case Node.For each -> ends(each.done(), ending);
            // A path that ends inside a task ends only the task.
            case Node.Spawn spawn -> ends(spawn.running(), ending);
            case Node.Construct construct -> false;
            case Node.Jump jump -> false;
        };
    }

    /** Whether an optional branch of the invoked event has no handler: its path ends there. */
    private boolean unhandledBranch(Node.Invoke invoke) {
        Set<String> handled = invoke.handlers().stream().map(Node.Handler::branch).collect(Collectors.toSet());
        return lookup.event(invoke.event()).orElseThrow().branches().stream().anyMatch(branch -> !handled.contains(branch.name()));
    }
}
