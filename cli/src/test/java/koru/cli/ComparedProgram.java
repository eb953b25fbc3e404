package koru.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.BuildChoices;
import koru.extract.CallSites;
import koru.extract.FrontEndParts;
import koru.extract.variants.LoadedProgram;
import koru.kernel.interp.Contracts;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Interpreter;
import koru.kernel.interp.Value;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Implementation;
import koru.proptest.EventInputs;
import koru.proptest.load.FrontEndPartsOf;

/**
 * One {@code .kz} program run both ways for {@link ExtractorDifferentialTest}: by the reference interpreter,
 * which asks the extracted program for what it has no body for (Java procs, {@code $std}'s host events), and
 * as extracted Java. Elaborated when made, so that its events can be listed; compiled on first use.
 */
final class ComparedProgram {
    /** Events a flow that calls cannot be run the same way twice: it reads what the test's process was given. */
    private static final Set<String> READS_THE_OUTSIDE = Set.of("std.io:read_line", "std.io:args");
    private static final String SPAWN = "std.rt:spawn";

    /** How a program's top-level flows ran: what they printed, and the fault that stopped them, if one did. */
    record Printed(String text, Optional<Ended.Fault> fault) {
        Stream<String> lines() {
            return text.lines();
        }
    }

    private final Program program;
    private final Supplier<LoadedProgram> loaded;
    /** The interpreter of the events' runs: its host drops what they print. */
    private final Supplier<Interpreter> interpreter;

    private ComparedProgram(Program program, FrontEndParts parts) {
        this.program = program;
        this.loaded = memoized(() -> assertInstanceOf(LoadedProgram.Loading.Loaded.class, LoadedProgram.load(program, parts),
                "the program does not build").program());
        this.interpreter = memoized(() -> new Interpreter(program, loaded.get().host()));
    }

    static ComparedProgram elaborate(Path file) {
        Elaboration elaboration;
        try {
            elaboration = new Elaborator(Options.defaults()).elaborate(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(elaboration.hasErrors(), () -> file + ": " + elaboration.diagnostics());
        return new ComparedProgram(LowerToCoreIr.lower(elaboration).orElseThrow(), FrontEndPartsOf.of(elaboration));
    }

    /** The program's own events (not {@code $std}'s) that a subflow implements, in declaration order. */
    List<String> subflowEvents() {
        return program.events().stream().filter(event -> event.implementation() == Implementation.SUBFLOW)
                .map(Program.Event::name).filter(name -> !name.startsWith("std.")).toList();
    }

    /** {@code event}'s argument lists under its precondition, records under their invariants, as the interpreter evaluates them. */
    EventInputs inputsOf(String event, long seed) {
        Contracts contracts = new Contracts(program);
        return EventInputs.of(program, new Lookup(program).event(event).orElseThrow(),
                args -> contracts.pre(event, args) instanceof Contracts.Check.Holds,
                record -> contracts.invariant((Value.Struct) record) instanceof Contracts.Check.Holds, seed);
    }

    Ended interpreted(String event, List<Value> args) {
        return interpreter.get().run(event, args);
    }

    Ended extracted(String event, List<Value> args) {
        return loaded.get().run(event, BuildChoices.SUBFLOW, args);
    }

    boolean hasFlows() {
        return flows().findAny().isPresent();
    }

    boolean spawns() {
        return CallSites.calledEvents(program).contains(SPAWN);
    }

    /** Why the flows are not run both ways, if they are not. */
    Optional<String> whyFlowsAreNotCompared() {
        return CallSites.calledEvents(program).stream().filter(READS_THE_OUTSIDE::contains).findFirst()
                .map(event -> "it calls " + event + ", which reads what the test's own process was given");
    }

    /** The flows in source order, each run by the interpreter until one faults, what the host events print collected. */
    Printed flowsInterpreted() {
        StringBuilder printed = new StringBuilder();
        Interpreter interpreter = new Interpreter(program, loaded.get().host(printed::append));
        Optional<Ended.Fault> fault = flows().map(interpreter::runFlow).flatMap(Optional::stream).findFirst();
        return new Printed(printed.toString(), fault);
    }

    /** The extracted program's {@code main}, which runs the flows in source order. */
    Printed flowsExtracted() {
        LoadedProgram.Run run = loaded.get().runMain();
        return new Printed(run.printed(), Optional.of(run.ended()).filter(Ended.Fault.class::isInstance).map(Ended.Fault.class::cast));
    }

    private Stream<Body> flows() {
        return program.bodies().stream().filter(body -> body.kind() == Body.Kind.FLOW);
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
