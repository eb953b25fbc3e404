package koru.extract.variants;

import com.palantir.javapoet.ClassName;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import koru.extract.BuildChoices;
import koru.extract.BuildProblem;
import koru.extract.BuildProgram;
import koru.extract.FrontEndParts;
import koru.extract.Implementations;
import koru.extract.java.JavaNames;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Host;
import koru.kernel.interp.Value;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Event;

/**
 * A program built with every implementation of every event ({@link BuildChoices#EVERY_VARIANT}),
 * its classes loaded, so that any implementation runs on {@link Value}s and says how it
 * {@link Ended}: what cross-checking compares (docs/extraction.md, "Running every variant").
 * An implementation's method, its inputs' conversions and its branch records are resolved on its
 * first run and kept; what a run prints is captured ({@link #runPrinting}) and never reaches the
 * console.
 */
public final class LoadedProgram {
    /** The branch a void event ends in: the empty name, which no Koru branch has. */
    public static final String VOID_BRANCH = "";

    private final Lookup lookup;
    private final Implementations implementations;
    private final JavaNames names;
    private final InMemoryClasses classes;
    private final Conversions conversions;
    private final ClassName mainClass;
    private final Map<String, Map<String, CallableVariant>> resolved = new ConcurrentHashMap<>();

    /** The program loaded, or why it could not be built (a javac error in a proc body, KORU201; a call with no implementation, KORU202). */
    public sealed interface Loading {
        record Loaded(LoadedProgram program) implements Loading {
        }

        record Rejected(List<BuildProblem> problems) implements Loading {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }

    /** What a run answered, and what it printed on standard output meanwhile. */
    public record Run(Ended ended, String printed) {
    }

    private LoadedProgram(Program program, FrontEndParts parts, Map<String, byte[]> compiled, ClassName mainClass) {
        this.lookup = new Lookup(program);
        this.implementations = new Implementations(program, parts, BuildChoices.EVERY_VARIANT);
        this.names = new JavaNames(program, parts);
        this.classes = new InMemoryClasses(compiled, LoadedProgram.class.getClassLoader());
        this.conversions = new Conversions(lookup, names, classes);
        this.mainClass = mainClass;
    }

    public static Loading load(Program program, FrontEndParts parts) {
        return switch (BuildProgram.of(program, parts, BuildChoices.EVERY_VARIANT)) {
            case BuildProgram.Outcome.Built built -> new Loading.Loaded(new LoadedProgram(program, parts, built.classes(), built.mainClass()));
            case BuildProgram.Outcome.Rejected rejected -> new Loading.Rejected(rejected.problems());
        };
    }

    /**
     * The implementations of {@code event} (a canonical name): its default one first, then the others;
     * {@link BuildChoices#SUBFLOW} names its subflow.
     */
    public Set<String> variants(String event) {
        Set<String> variants = new LinkedHashSet<>();
        implementations.used(event).forEach(chosen -> variants.add(chosen.variant()));
        return variants;
    }

    /**
     * Runs the implementation {@code variant} of {@code event} on {@code args} (in the event's input order), its output
     * captured and dropped. An argument that is no value of its input's type is the caller's mistake: an
     * {@link IllegalArgumentException}, as is an unknown event or variant.
     */
    public Ended run(String event, String variant, List<Value> args) {
        return runPrinting(event, variant, args).ended();
    }

    /** {@link #run}, and what the run printed. */
    public Run runPrinting(String event, String variant, List<Value> args) {
        CallableVariant callable = callable(event, variant);
        CapturedOutput.Printed<Ended> printed = CapturedOutput.during(() -> callable.run(args));
        return new Run(printed.result(), printed.output());
    }

    /**
     * The reference interpreter's {@link Host}: an event it has no body for runs as a call naming no variant would, its
     * default implementation (a proc, {@code --variant} not being given); an event with none is a fault. A call that
     * names a variant ({@code ~clamp|branchless(…)}) runs that variant, as in a build, even where the interpreter
     * has the event's subflow.
     */
    public Host host() {
        return host(printed -> { });
    }

    /** {@link #host()}, handing what each event it runs prints to {@code printed}: a flow's output, as the interpreter runs it. */
    public Host host(Consumer<String> printed) {
        return new Host() {
            @Override
            public Ended call(String event, List<Value> args) {
                return implementations.selected(event).map(chosen -> printing(event, chosen.variant(), args, printed))
                        .orElseGet(() -> new Ended.Fault("`" + JavaNames.pathOf(event) + "` has no implementation to run"));
            }

            @Override
            public Optional<Ended> callAt(Origin at, String event, List<Value> args) {
                return implementations.namedAt(at).map(variant -> printing(event, variant, args, printed));
            }
        };
    }

    private Ended printing(String event, String variant, List<Value> args, Consumer<String> printed) {
        Run run = runPrinting(event, variant, args);
        printed.accept(run.printed());
        return run.ended();
    }

    /**
     * Runs the program's {@code main} with no arguments, as {@code koru run} does: its top-level flows in source order.
     * It ends in {@link #VOID_BRANCH}, or in a fault naming what {@code main} threw; what it printed is captured.
     */
    public Run runMain() {
        MethodHandle main;
        try {
            main = MethodHandles.publicLookup().findStatic(classes.load(mainClass.reflectionName()), "main",
                    MethodType.methodType(void.class, String[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the build's " + mainClass + " has no public main", e);
        }
        CapturedOutput.Printed<Ended> printed = CapturedOutput.during(() -> {
            try {
                main.invokeExact(new String[0]);
                return new Ended.Branch(VOID_BRANCH, Optional.empty());
            } catch (Throwable e) {
                return Thrown.asFault("main", e);
            }
        });
        return new Run(printed.result(), printed.output());
    }

    private CallableVariant callable(String event, String variant) {
        return resolved.computeIfAbsent(event, e -> new ConcurrentHashMap<>()).computeIfAbsent(variant, v -> {
            Event declared = lookup.event(event).orElseThrow(() -> new IllegalArgumentException("no event " + event + " in the program"));
            Implementations.Chosen chosen = implementations.variant(event, variant)
                    .orElseThrow(() -> new IllegalArgumentException(JavaNames.pathOf(event) + " has no variant " + variant));
            return new CallableVariant(declared, variant, implementations.methodOf(event, chosen), names, conversions, classes);
        });
    }
}
