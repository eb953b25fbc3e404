package koru.proptest.crosscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import koru.extract.BuildChoices;
import koru.extract.variants.LoadedProgram;
import koru.kernel.describe.Describe;
import koru.kernel.interp.Contracts;
import koru.kernel.interp.Interpreter;
import koru.kernel.interp.Value;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Event;
import koru.proptest.EventInputs;
import koru.proptest.NotGenerable;
import koru.proptest.Property;
import koru.proptest.Result;

/**
 * Cross-checks the implementations of a program's events (docs/testing.md, "Cross-checking"): the
 * reference interpreter running the event's subflow, the extracted subflow, each Java proc variant,
 * all run on the same generated inputs that meet the precondition; they must end alike (branch and
 * payload), meet the branch's postcondition, and never fault. A failure is shrunk to a minimal input
 * and reported ({@link CrossCheckReport}) with the seed that reproduces it. An input on which the
 * interpreter reaches its {@link #LIMITS} is set aside, neither passed nor failed.
 *
 * <pre>{@code
 * CrossCheck crossCheck = CrossCheck.of(program, loaded);
 * for (String event : crossCheck.events()) {
 *     CrossCheckResult result = crossCheck.check(event, 1_000, seed);
 * }
 * }</pre>
 */
public final class CrossCheck {
    /**
     * The interpreter's limits here: ten thousand steps, more than a subflow takes on the small inputs generators
     * favour, few enough that an input it stops on (a loop counting to 2^32, say) is set aside soon. An event
     * that needs more on most inputs gives up, saying so, rather than passing unseen.
     */
    public static final Interpreter.Limits LIMITS = new Interpreter.Limits(10_000, 1_000);

    private final Program program;
    private final LoadedProgram loaded;
    private final Interpreter interpreter;
    private final Contracts contracts;

    private CrossCheck(Program program, LoadedProgram loaded, Interpreter.Limits limits) {
        this.program = program;
        this.loaded = loaded;
        // The interpreter asks the build's default implementation of an event it has no body for (a Java proc).
        this.interpreter = new Interpreter(program, loaded.host(), limits);
        this.contracts = new Contracts(program);
    }

    /** {@code loaded} must be {@code program} built with every variant ({@link LoadedProgram#load}). */
    public static CrossCheck of(Program program, LoadedProgram loaded) {
        return of(program, loaded, LIMITS);
    }

    /** {@link #of(Program, LoadedProgram)} with other limits for the interpreter: lower ones set more inputs aside, sooner (tests). */
    static CrossCheck of(Program program, LoadedProgram loaded, Interpreter.Limits limits) {
        return new CrossCheck(program, loaded, limits);
    }

    /**
     * The events cross-checked, in declaration order: those with a subflow (the interpreter and the
     * extracted subflow are two implementations), at least two Java procs, or one Java proc and a
     * contract (a precondition or a branch postcondition) to hold it to. Some of them may be
     * {@linkplain CrossCheckResult.Skipped skipped} when checked: inputs of a host type cannot be generated.
     */
    public List<String> events() {
        return program.events().stream().filter(event -> whyNot(event).isEmpty()).map(Event::name).toList();
    }

    /** Cross-checks {@code event} (a canonical name) on {@code tries} inputs made from {@code seed}: one seed, one result. */
    public CrossCheckResult check(String event, int tries, long seed) {
        Event declared = new Lookup(program).event(event).orElseThrow(() -> new IllegalArgumentException("no event " + event + " in the program"));
        Optional<String> notChecked = whyNot(declared);
        if (notChecked.isPresent()) {
            return new CrossCheckResult.Skipped(event, notChecked.get());
        }
        EventInputs inputs;
        try {
            inputs = EventInputs.of(program, declared, args -> contracts.pre(event, args) instanceof Contracts.Check.Holds,
                    record -> contracts.invariant((Value.Struct) record) instanceof Contracts.Check.Holds, seed);
        } catch (NotGenerable notGenerable) {
            return new CrossCheckResult.Skipped(event, notGenerable.getMessage());
        }
        Judge judge = new Judge(program, declared, implementations(declared), contracts);
        return switch (Property.forAll(inputs.gen()).tries(tries).seed(seed).check(judge::passes)) {
            case Result.Passed<List<Value>> passed -> new CrossCheckResult.Passed(event, judge.implementations(), passed.tries(), seed,
                    inputs.plan());
            case Result.GaveUp<List<Value>> gaveUp -> new CrossCheckResult.GaveUp(event, gaveUp.tries(), gaveUp.lastReason(), seed);
            case Result.Falsified<List<Value>> falsified -> {
                Judge.Judgement minimal = judge.judge(falsified.minimal());
                yield new CrossCheckResult.Failed(new CrossCheckReport(event, arguments(declared, falsified.minimal()),
                        arguments(declared, falsified.original()), minimal.answers(), minimal.problems(), falsified.tries(),
                        falsified.shrinkSteps(), seed));
            }
        };
    }

    /** Why {@code event} is not cross-checked, if it is not (the rule of {@link #events()}). */
    private Optional<String> whyNot(Event event) {
        int procs = procVariants(event).size();
        if (hasSubflow(event) || procs >= 2) {
            return Optional.empty();
        }
        if (procs == 0) {
            return Optional.of("it has no implementation in the program");
        }
        boolean contract = event.pre().isPresent() || event.branches().stream().anyMatch(branch -> branch.post().isPresent());
        return contract ? Optional.empty()
                : Optional.of("it has one implementation and no contract: nothing to compare it with or hold it to");
    }

    /** The interpreter first (the reference, where the event has a subflow), then every implementation the build holds. */
    private List<Implementation> implementations(Event event) {
        String name = event.name();
        String shown = Describe.simple(name);
        List<Implementation> implementations = new ArrayList<>();
        if (hasSubflow(event)) {
            implementations.add(new Implementation(shown + " (interpreter)", args -> interpreter.run(name, args)));
        }
        loaded.variants(name).forEach(variant ->
                implementations.add(new Implementation(shown + "|" + variant, args -> loaded.run(name, variant, args))));
        return implementations;
    }

    private boolean hasSubflow(Event event) {
        return program.bodies().stream().anyMatch(body -> body.kind() == Body.Kind.SUBFLOW && body.implementing().equals(Optional.of(event.name())));
    }

    private List<String> procVariants(Event event) {
        return loaded.variants(event.name()).stream().filter(variant -> !variant.equals(BuildChoices.SUBFLOW)).toList();
    }

    private static List<Argument> arguments(Event event, List<Value> values) {
        return IntStream.range(0, values.size()).mapToObj(i -> new Argument(event.inputs().get(i).name(), values.get(i))).toList();
    }
}
