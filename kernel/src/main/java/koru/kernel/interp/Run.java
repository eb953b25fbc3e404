package koru.kernel.interp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import koru.kernel.describe.Describe;
import koru.kernel.interp.TestResult.Assertion;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;

/**
 * One run of the interpreter: the bodies in force (the program's subflows, a test's mocks over them),
 * the steps left, the assertions checked so far. It walks a body node by node, checking on the way each
 * obligation the verifier generates there (docs/interpreter.md): a false one is a fault. A label loop
 * iterates in {@link #loop}, never recursing: a jump travels back to its loop as an {@link Outcome}.
 */
final class Run {
    static final String ASSERT = "std.control:assert";
    static final String ASSERT_FAIL = "std.control:assert.fail";
    static final String JOIN = "std.rt:join";

    /** How a path ended inside a body: at {@code _}, at a constructor, or at a jump still travelling to its loop. */
    sealed interface Outcome {
        record Done() implements Outcome {
        }

        record Returned(Ended.Branch branch) implements Outcome {
        }

        record Jumped(String label, List<Value> args) implements Outcome {
        }
    }

    /** A failed assertion: it ends the test at once. */
    static final class AssertionFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Assertion assertion;

        AssertionFailed(Assertion assertion) {
            super(assertion.message(), null, false, false);
            this.assertion = assertion;
        }
    }

    /** The handle a spawn binds: its task has already run to its end (docs/interpreter.md, "Spawn"). */
    private record FinishedTask(Origin spawn) {
    }

    /** The body being walked: the event it implements (none for a flow or a test) and that event's inputs by name. */
    private record Frame(Optional<Event> implementing, Map<String, Value> inputs) {
    }

    private static final Outcome DONE = new Outcome.Done();

    private final Lookup lookup;
    private final Host host;
    private final Interpreter.Limits limits;
    /** The body that implements each event in this run: a mock, else the program's subflow. */
    private final Map<String, Body> bodies;
    private final List<Assertion> assertions = new ArrayList<>();
    private long steps;
    private int depth;

    Run(Lookup lookup, Host host, Interpreter.Limits limits, Map<String, Body> bodies) {
        this.lookup = lookup;
        this.host = host;
        this.limits = limits;
        this.bodies = bodies;
    }

    List<Assertion> assertions() {
        return assertions;
    }

    /** Runs the implementation of {@code event} in force on {@code args}; its precondition is the caller's to check. */
    Ended implementation(Event event, List<Value> args) {
        Body body = bodies.get(event.name());
        if (body == null) {
            return host.call(event.name(), args);
        }
        if (++depth > limits.depth()) {
            throw new LimitReached("more than " + limits.depth() + " nested calls of subflows (at " + event.name() + ")");
        }
        try {
            Map<String, Value> inputs = Contracts.inputs(event, args);
            return switch (body(body, new Frame(Optional.of(event), inputs), inputs)) {
                case Outcome.Returned returned -> returned.branch();
                case Outcome.Done done -> new Ended.Fault("a path of " + event.name() + "'s "
                        + body.kind().name().toLowerCase(Locale.ROOT) + " ended (_) without a branch");
                case Outcome.Jumped jumped -> throw new IllegalStateException("a jump to #" + jumped.label() + " left its body");
            };
        } finally {
            depth--;
        }
    }

    /** The implementation in force at the call at {@code at}: a mock, else what the host runs there (a named variant), else as usual. */
    private Ended implementationAt(Event event, List<Value> args, Origin at) {
        Body body = bodies.get(event.name());
        if (body != null && body.kind() == Body.Kind.MOCK) {
            return implementation(event, args);
        }
        return host.callAt(at, event.name(), args).orElseGet(() -> implementation(event, args));
    }

    /** Runs a flow or a test body to its end: a fault, or an assertion that fails, is thrown. */
    void flow(Body flow) {
        body(flow, new Frame(Optional.empty(), Map.of()), Map.of());
    }

    private Outcome body(Body body, Frame frame, Map<String, Value> scope) {
        return exec(body.root(), frame, scope);
    }

    private Outcome exec(Node node, Frame frame, Map<String, Value> scope) {
        step(node.origin());
        Evaluate code = new Evaluate(lookup, Evaluate.Mode.CODE, scope, Map.of());
        return switch (node) {
            case Node.Invoke invoke -> invoke(invoke, code.values(invoke.args()), frame, scope);
            case Node.Call call -> {
                call(call.event(), call.args(), code.values(call.args()), call.origin(), scope);
                yield exec(call.next(), frame, scope);
            }
            case Node.Construct construct -> construct(construct, code, frame);
            case Node.Loop loop -> loop(loop, code.values(loop.head().args()), frame, scope);
            case Node.Jump jump -> new Outcome.Jumped(jump.label(), code.values(jump.args()));
            case Node.If branch -> exec(code.bool(branch.condition()) ? branch.then() : branch.otherwise(), frame, scope);
            case Node.For each -> forEach(each, code, frame, scope);
            case Node.Spawn spawn -> spawn(spawn, frame, scope);
            case Node.End end -> DONE;
        };
    }

    /** Stops the run once it has taken more steps than its budget: a run that might never end. */
    private void step(Origin at) {
        if (++steps > limits.steps()) {
            throw new LimitReached("the step budget of " + limits.steps() + " steps ran out (at " + Faulted.place(at)
                    + "): the run may not terminate");
        }
    }

    /**
     * Calls {@code event} at {@code at}: its precondition must hold (KORU101), then the assertions
     * and joins the interpreter answers itself, else the implementation in force. A fault is thrown.
     */
    private Ended.Branch call(String name, List<Expr> argExprs, List<Value> args, Origin at, Map<String, Value> scope) {
        Event event = lookup.event(name).orElseThrow();
        event.pre().filter(pre -> !Evaluate.holds(lookup, pre, Contracts.inputs(event, args), Map.of()))
                .ifPresent(pre -> {
                    throw Faulted.violated(Describe.precondition(name, pre), "KORU101", at);
                });
        Ended ended = switch (name) {
            case ASSERT -> assertion(new Assertion(at, ((Value.Bool) args.get(0)).value(), "assert(" + Describe.of(argExprs.get(0)) + ")", scope));
            case ASSERT_FAIL -> assertion(new Assertion(at, false, "assert.fail(" + ((Value.Text) args.get(0)).value() + ")", scope));
            case JOIN -> args.get(0) instanceof Value.Host handle && handle.object() instanceof FinishedTask
                    ? VOID : implementation(event, args);
            default -> implementationAt(event, args, at);
        };
        return switch (ended) {
            case Ended.Fault fault -> throw new Faulted(name + " at " + Faulted.place(at) + ": " + fault.what());
            case Ended.Stopped stopped -> throw new LimitReached(name + " at " + Faulted.place(at) + ": " + stopped.what());
            case Ended.Branch branch -> event.branches().isEmpty() ? branch : shaped(event, branch, at);
        };
    }

    /** What a void event's run answers: the name is ignored (Host). */
    static final Ended.Branch VOID = new Ended.Branch("", Optional.empty());

    private Ended assertion(Assertion assertion) {
        assertions.add(assertion);
        if (!assertion.held()) {
            throw new AssertionFailed(assertion);
        }
        return VOID;
    }

    /** {@code answer} if it is a branch {@code event} has, with a payload exactly when the branch has one. */
    private static Ended.Branch shaped(Event event, Ended.Branch answer, Origin at) {
        Optional<Branch> branch = Lookup.branch(event, answer.branch());
        if (branch.isEmpty() || Lookup.payloadType(event, branch.get()).isPresent() != answer.payload().isPresent()) {
            throw new Faulted(event.name() + " at " + Faulted.place(at) + " answered " + answer + ", which is not one of its branches");
        }
        return answer;
    }

    private Outcome invoke(Node.Invoke invoke, List<Value> args, Frame frame, Map<String, Value> scope) {
        Ended.Branch taken = call(invoke.event(), invoke.args(), args, invoke.origin(), scope);
        Event callee = lookup.event(invoke.event()).orElseThrow();
        Branch branch = Lookup.branch(callee, taken.branch()).orElseThrow();
        List<Node.Handler> handlers = invoke.handlers().stream().filter(h -> h.branch().equals(branch.name())).toList();
        if (handlers.isEmpty() && branch.optional()) {
            return DONE; // an optional branch left unhandled: its path ends
        }
        // The guarded handlers in source order, the first whose guard holds; else the unguarded one (A4).
        for (Node.Handler handler : handlers.stream().filter(h -> h.guard().isPresent()).toList()) {
            Map<String, Value> bound = bind(scope, handler, taken.payload());
            if (new Evaluate(lookup, Evaluate.Mode.CODE, bound, Map.of()).bool(handler.guard().orElseThrow())) {
                return exec(handler.body(), frame, bound);
            }
        }
        for (Node.Handler handler : handlers.stream().filter(h -> h.guard().isEmpty()).toList()) {
            return exec(handler.body(), frame, bind(scope, handler, taken.payload()));
        }
        throw Faulted.violated(Describe.exhaustive(invoke.event(), branch.name()), "KORU050", invoke.origin());
    }

    private static Map<String, Value> bind(Map<String, Value> scope, Node.Handler handler, Optional<Value> payload) {
        return handler.binding().flatMap(name -> payload.map(value -> with(scope, name, value))).orElse(scope);
    }

    private static Map<String, Value> with(Map<String, Value> scope, String name, Value value) {
        Map<String, Value> more = new LinkedHashMap<>(scope);
        more.put(name, value);
        return more;
    }

    /** A branch constructor: its value is code, and the branch's postcondition must hold of it (KORU102). */
    private Outcome construct(Node.Construct construct, Evaluate code, Frame frame) {
        Event self = frame.implementing().orElseThrow(() -> new IllegalStateException("a constructor outside a subflow"));
        Ended.Branch built = new Ended.Branch(construct.branch(), construct.value().map(code::value));
        Branch branch = Lookup.branch(self, construct.branch()).orElseThrow();
        branch.post().filter(post -> !Evaluate.holds(lookup, post, Contracts.payloadScope(branch, built.payload()), frame.inputs()))
                .ifPresent(post -> {
                    throw Faulted.violated(Describe.postcondition(self, branch), "KORU102", construct.origin());
                });
        return new Outcome.Returned(built);
    }

    /**
     * {@code #label head}: the head runs with {@code args}, then again with the arguments of each jump
     * back to it, in this Java loop; the loop's invariant, if the user gave one, must hold each time.
     */
    private Outcome loop(Node.Loop loop, List<Value> entry, Frame frame, Map<String, Value> scope) {
        Event head = lookup.event(loop.head().event()).orElseThrow();
        List<Value> args = entry;
        while (true) {
            if (loop.invariant().isPresent()) {
                Map<String, Value> names = new LinkedHashMap<>(scope);
                names.putAll(Contracts.inputs(head, args));
                if (!Evaluate.holds(lookup, loop.invariant().get(), names, Map.of())) {
                    throw Faulted.violated(Describe.loopInvariant(loop.label(), loop.invariant().get()), "KORU111", loop.origin());
                }
            }
            Outcome outcome = invoke(loop.head(), args, frame, scope);
            if (!(outcome instanceof Outcome.Jumped jump && jump.label().equals(loop.label()))) {
                return outcome;
            }
            step(loop.origin());
            args = jump.args();
        }
    }

    /** {@code for}: {@code each} once per integer of {@code [from, to)} or element of the list, then {@code done}. */
    private Outcome forEach(Node.For loop, Evaluate code, Frame frame, Map<String, Value> scope) {
        switch (loop.over()) {
            case Node.Iteration.Range range -> {
                BigInteger from = ((Value.Int) code.value(range.from())).value();
                BigInteger to = ((Value.Int) code.value(range.to())).value();
                for (BigInteger i = from; i.compareTo(to) < 0; i = i.add(BigInteger.ONE)) {
                    Outcome outcome = exec(loop.each(), frame, with(scope, loop.binding(), new Value.Int(i)));
                    if (!(outcome instanceof Outcome.Done)) {
                        return outcome;
                    }
                }
            }
            case Node.Iteration.Elements over -> {
                for (Value element : ((Value.ListOf) code.value(over.list())).elements()) {
                    Outcome outcome = exec(loop.each(), frame, with(scope, loop.binding(), element));
                    if (!(outcome instanceof Outcome.Done)) {
                        return outcome;
                    }
                }
            }
        }
        return exec(loop.done(), frame, scope);
    }

    /**
     * {@code spawn}: the task path runs to its end first, then the running path with a handle to the
     * finished task, so joining it returns at once. One interleaving of the many the runtime allows:
     * the verifier gives both paths only the facts known before the spawn, and values are immutable.
     */
    private Outcome spawn(Node.Spawn spawn, Frame frame, Map<String, Value> scope) {
        Outcome task = exec(spawn.task(), frame, scope);
        if (!(task instanceof Outcome.Done)) {
            throw new IllegalStateException("the task of a spawn ended with " + task + ": only _ ends a task");
        }
        return exec(spawn.running(), frame, with(scope, spawn.binding(), new Value.Host(new FinishedTask(spawn.origin()))));
    }
}
