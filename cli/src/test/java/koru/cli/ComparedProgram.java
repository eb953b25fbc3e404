package koru.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.extract.BuildProblem;
import koru.extract.CallSites;
import koru.extract.java.JavaNames;
import koru.extract.variants.LoadedProgram;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Interpreter;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Implementation;
import koru.kernel.ir.Ty;
import koru.proptest.crosscheck.CrossCheck;
import koru.proptest.crosscheck.CrossCheckResult;
import koru.proptest.load.ProgramUnderTest;

/**
 * One {@code .kz} program run both ways for {@link ExtractorDifferentialTest}: by the reference interpreter,
 * which asks the extracted program for what it has no body for (Java procs, {@code $std}'s host events), and
 * as extracted Java. Its events are compared by {@link CrossCheck} (the interpreter against the extracted
 * subflow and any proc variant), its top-level flows by what they print.
 */
final class ComparedProgram {
    /** Events a flow that calls cannot be run the same way twice: it reads what the test's process was given. */
    private static final Set<String> READS_THE_OUTSIDE = Set.of("std.io:read_line", "std.io:args");
    private static final String SPAWN = "std.rt:spawn";

    /** How a program's top-level flows ran: what they printed, and how they stopped short, if they did. */
    record Printed(String text, Optional<Ended> stoppedShort) {
        Stream<String> lines() {
            return text.lines();
        }

        boolean faulted() {
            return stoppedShort.orElse(null) instanceof Ended.Fault;
        }
    }

    /** The program the interpreter runs: the built one, but for {@link #interpreting} (breaking the comparison on purpose). */
    private final Program interpreted;
    private final ProgramUnderTest.Loading loading;

    private ComparedProgram(Program interpreted, ProgramUnderTest.Loading loading) {
        this.interpreted = interpreted;
        this.loading = loading;
    }

    /**
     * {@code file} elaborated and built. An event it calls but leaves unimplemented ({@code verify} assumes its contract)
     * stops the build; it gets a stub Java proc, run alike by both sides, so that the subflows and flows around it are
     * compared ({@link #stub}). An event no stub can answer for leaves the program unbuilt, saying why.
     */
    static ComparedProgram elaborate(Path file) throws IOException {
        Elaboration elaboration = elaborated(file);
        ProgramUnderTest.Loading loading = ProgramUnderTest.load(elaboration);
        Program program = LowerToCoreIr.lower(elaboration).orElseThrow();
        if (loading instanceof ProgramUnderTest.Loading.NotBuilt notBuilt) {
            String stubs = stubs(program, notBuilt.problems());
            if (!stubs.isEmpty()) {
                Elaboration stubbed = elaborated(file, Files.readString(file) + stubs);
                return new ComparedProgram(LowerToCoreIr.lower(stubbed).orElseThrow(), ProgramUnderTest.load(stubbed));
            }
        }
        return new ComparedProgram(program, loading);
    }

    /**
     * {@code file} built as it is, but interpreted after {@code edit} of its text: a program that must disagree with its
     * own extracted code wherever the edit changes what it does; how the test shows it can fail.
     */
    static ComparedProgram interpreting(UnaryOperator<String> edit, Path file) throws IOException {
        Elaboration edited = elaborated(file, edit.apply(Files.readString(file)));
        return new ComparedProgram(LowerToCoreIr.lower(edited).orElseThrow(), ProgramUnderTest.load(elaborated(file)));
    }

    /** A stub proc for each unimplemented event among {@code problems} that {@link #stub} can answer for. */
    private static String stubs(Program program, List<BuildProblem> problems) {
        Lookup lookup = new Lookup(program);
        return problems.stream().filter(BuildProblem.NoImplementation.class::isInstance)
                .map(problem -> lookup.event(((BuildProblem.NoImplementation) problem).event()).orElseThrow()).distinct()
                .flatMap(event -> stub(event).stream()).collect(Collectors.joining());
    }

    /**
     * A stub: it prints the event's name and its inputs of Koru/J types (host handles left out), then answers one of the
     * branches it can build with nothing to guess: a branch without a postcondition, and with no payload or one that
     * an input of the same type (integer, bool or text) gives. Which one depends on the inputs' hash, so that generated
     * inputs reach each. {@code ~event read { key: u64 } | value u64} answers {@code value(key)}; an event none of
     * whose branches is such (a payload of a host type, a branch with a {@code where}) gets no stub.
     */
    private static Optional<String> stub(Program.Event event) {
        String path = JavaNames.pathOf(event.name());
        List<Program.Field> values = event.inputs().stream()
                .filter(input -> input.type() instanceof Ty.Int || input.type() instanceof Ty.Bool || input.type() instanceof Ty.Text).toList();
        String printed = event.inputs().stream().filter(input -> !(input.type() instanceof Ty.Host))
                .map(input -> " + \" \" + " + JavaNames.identifier(input.name())).collect(Collectors.joining());
        String body = "    System.out.println(\"" + path + "\"" + printed + ");\n";
        if (event.branches().isEmpty()) {
            return Optional.of("\n~proc " + path + "|java {\n" + body + "}\n");
        }
        List<String> answers = event.branches().stream().filter(branch -> branch.post().isEmpty())
                .flatMap(branch -> answer(branch, values).stream()).toList();
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        if (answers.size() == 1) {
            return Optional.of("\n~proc " + path + "|java {\n" + body + "    return " + answers.getFirst() + ";\n}\n");
        }
        String hashed = values.stream().map(input -> JavaNames.identifier(input.name())).collect(Collectors.joining(", "));
        StringBuilder choose = new StringBuilder("    switch (Math.floorMod(java.util.Objects.hash(" + hashed + "), " + answers.size() + ")) {\n");
        for (int i = 0; i < answers.size(); i++) {
            choose.append(i == answers.size() - 1 ? "        default" : "        case " + i).append(": return ").append(answers.get(i)).append(";\n");
        }
        return Optional.of("\n~proc " + path + "|java {\n" + body + choose + "    }\n}\n");
    }

    /** {@code branch}'s factory called with nothing, or with the first of {@code values} of its payload's type. */
    private static Optional<String> answer(Program.Branch branch, List<Program.Field> values) {
        String factory = JavaNames.identifier(branch.name());
        return switch (branch.payload()) {
            case Program.Payload.None none -> Optional.of(factory + "()");
            case Program.Payload.One one -> values.stream().filter(input -> input.type().equals(one.type())).findFirst()
                    .map(input -> factory + "(" + JavaNames.identifier(input.name()) + ")");
            case Program.Payload.Fields fields -> Optional.empty();
        };
    }

    private static Elaboration elaborated(Path file) throws IOException {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborate(file);
        assertFalse(elaboration.hasErrors(), () -> file + ": " + elaboration.diagnostics());
        return elaboration;
    }

    /** {@code text} elaborated as if it were {@code file}'s (the same module, so the same event names). */
    private static Elaboration elaborated(Path file, String text) {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText(file.toString(), text);
        assertFalse(elaboration.hasErrors(), () -> file + " edited: " + elaboration.diagnostics());
        return elaboration;
    }

    /** Why there is no extracted code to compare, if there is none: the build's problems (a call of an event with no implementation…). */
    Optional<String> whyNotBuilt() {
        return switch (loading) {
            case ProgramUnderTest.Loading.Loaded loaded -> Optional.empty();
            case ProgramUnderTest.Loading.NotBuilt notBuilt -> Optional.of("it does not build: " + notBuilt.problems().stream()
                    .map(BuildProblem::message).distinct().collect(Collectors.joining("; ")));
            case ProgramUnderTest.Loading.FrontEndErrors errors -> throw new IllegalStateException("elaborated without errors, then not");
        };
    }

    /** The program's own events (not {@code $std}'s) that a subflow implements, in declaration order. */
    List<String> subflowEvents() {
        return interpreted.events().stream().filter(event -> event.implementation() == Implementation.SUBFLOW)
                .map(Program.Event::name).filter(name -> !name.startsWith("std.")).toList();
    }

    /** {@code event} cross-checked: the interpreter against the extracted subflow (and any proc variant) on {@code tries} inputs. */
    CrossCheckResult crossChecked(String event, int tries, long seed) {
        return CrossCheck.of(interpreted, loaded()).check(event, tries, seed);
    }

    boolean hasFlows() {
        return flows().findAny().isPresent();
    }

    /** Whether the program may spawn a task: it declares {@code std.rt}'s spawn (a spawn is a node of its own, not a call). */
    boolean spawns() {
        return new Lookup(interpreted).event(SPAWN).isPresent();
    }

    /** Why the flows are not run both ways, if they are not. */
    Optional<String> whyFlowsAreNotCompared() {
        return CallSites.calledEvents(interpreted).stream().filter(READS_THE_OUTSIDE::contains).findFirst()
                .map(event -> "it calls " + event + ", which reads what the test's own process was given");
    }

    /** The flows in source order, each run by the interpreter until one stops short, what the host events print collected. */
    Printed flowsInterpreted() {
        StringBuilder printed = new StringBuilder();
        Interpreter interpreter = new Interpreter(interpreted, loaded().host(printed::append), CrossCheck.LIMITS);
        Optional<Ended> stoppedShort = flows().map(interpreter::runFlow).flatMap(Optional::stream).findFirst();
        return new Printed(printed.toString(), stoppedShort);
    }

    /** The extracted program's {@code main}, which runs the flows in source order. */
    Printed flowsExtracted() {
        LoadedProgram.Run run = loaded().runMain();
        return new Printed(run.printed(), Optional.of(run.ended()).filter(Ended.Fault.class::isInstance));
    }

    private LoadedProgram loaded() {
        return ((ProgramUnderTest.Loading.Loaded) loading).program().loaded();
    }

    private Stream<Body> flows() {
        return interpreted.bodies().stream().filter(body -> body.kind() == Body.Kind.FLOW);
    }
}
