package koru.kernel.interp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Event;
import koru.kernel.recheck.RecheckIr;

/**
 * The reference interpreter of Core IR (docs/interpreter.md): runs an event's implementation, a
 * top-level flow or a {@code ~test} on values, with the meaning the verifier gives the program, and is
 * the oracle every other implementation of an event is compared with. What has no body in the program
 * (Java procs, the standard library's host events) it asks of its {@link Host}. It never decides that
 * anything is proven: it is not part of the trusted kernel.
 */
public final class Interpreter {
    /**
     * A run is stopped ({@link Ended.Stopped}) after {@code steps} steps (nodes walked and loop rounds), or
     * {@code depth} nested subflow calls: the interpreter's limits, not the program's faults.
     */
    public record Limits(long steps, int depth) {
        public static final Limits DEFAULT = new Limits(10_000_000, 1_000);

        public Limits {
            if (steps < 1 || depth < 1) {
                throw new IllegalArgumentException("limits must be positive: " + steps + " steps, depth " + depth);
            }
        }
    }

    private final Program program;
    private final Lookup lookup;
    private final Host host;
    private final Limits limits;
    private final Map<String, Body> subflows = new HashMap<>();

    /** Refuses ({@link IllegalArgumentException}) a program {@link RecheckIr} finds ill-formed. */
    public Interpreter(Program program, Host host, Limits limits) {
        RecheckIr.requireWellFormed(program);
        this.program = program;
        this.lookup = new Lookup(program);
        this.host = host;
        this.limits = limits;
        implementations(program.bodies(), subflows);
    }

    public Interpreter(Program program, Host host) {
        this(program, host, Limits.DEFAULT);
    }

    /**
     * Runs {@code event}'s implementation (its subflow, else the host's) on {@code args}, in input order.
     * Its own precondition is not checked (the caller chooses inputs that satisfy it: {@link Contracts#pre});
     * every call inside it has its precondition checked.
     */
    public Ended run(String event, List<Value> args) {
        Event implemented = lookup.event(event).orElseThrow(() -> new IllegalArgumentException("no event " + event));
        return ending(() -> new Run(lookup, host, limits, subflows).implementation(implemented, args));
    }

    /**
     * Runs a top-level flow to its end: nothing if it reached one, else how it stopped short
     * ({@link Ended.Fault}, or {@link Ended.Stopped} at the interpreter's limits).
     */
    public Optional<Ended> runFlow(Body flow) {
        Ended ended = ending(() -> {
            new Run(lookup, host, limits, subflows).flow(flow);
            return Run.VOID;
        });
        return ended instanceof Ended.Branch ? Optional.empty() : Optional.of(ended);
    }

    /** Runs {@code walk}: a fault, or an assertion that failed outside a test, ends it as a fault saying so. */
    private static Ended ending(Supplier<Ended> walk) {
        try {
            return walk.get();
        } catch (Faulted faulted) {
            return new Ended.Fault(faulted.what());
        } catch (LimitReached reached) {
            return new Ended.Stopped(reached.what());
        } catch (Run.AssertionFailed failed) {
            return new Ended.Fault("failed: " + failed.assertion.message());
        }
    }

    /** Runs a {@code ~test}: its mocks replace their events' implementations for this run only. */
    public TestResult runTest(Program.Test test) {
        return runTest(test, Set.of());
    }

    /**
     * Runs a {@code ~test} asking the host for each event of {@code hosted} even where the program has
     * a subflow for it (a test's mock still wins): how a test runs against another implementation of
     * an event, such as the subflow's extracted Java (koru test's matrix, docs/testing.md).
     */
    public TestResult runTest(Program.Test test, Set<String> hosted) {
        Map<String, Body> bodies = new HashMap<>(subflows);
        bodies.keySet().removeAll(hosted);
        implementations(test.mocks(), bodies);
        Run run = new Run(lookup, host, limits, bodies);
        TestResult.Verdict verdict;
        try {
            run.flow(test.flow());
            verdict = new TestResult.Verdict.Passed();
        } catch (Faulted faulted) {
            verdict = new TestResult.Verdict.Faulted(faulted.what());
        } catch (LimitReached reached) {
            // A test is one run the author wrote: one the interpreter cannot finish is reported, not set aside.
            verdict = new TestResult.Verdict.Faulted(reached.what());
        } catch (Run.AssertionFailed failed) {
            verdict = new TestResult.Verdict.Failed(failed.assertion);
        }
        return new TestResult(test.title(), run.assertions(), verdict);
    }

    /** Adds each subflow or mock among {@code bodies} as the implementation of its event. */
    private static void implementations(List<Body> bodies, Map<String, Body> implementations) {
        bodies.stream().filter(body -> body.kind() == Body.Kind.SUBFLOW || body.kind() == Body.Kind.MOCK)
                .forEach(body -> implementations.put(body.implementing().orElseThrow(), body));
    }
}
