package koru.extract;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.extract.compile.CompileInMemory;
import koru.extract.compile.JavacError;
import koru.extract.jar.Library;
import koru.extract.jar.WriteJar;
import koru.extract.java.CheckContracts;
import koru.extract.java.GenerateJava;
import koru.extract.java.GeneratedClass;
import koru.extract.java.JavaNames;
import koru.kernel.ir.Program;

/**
 * From a program's Core IR and its front-end parts to classes ready for a jar: checks that every
 * called event has an implementation, generates the Java source, compiles it in memory, and maps
 * javac's errors in proc bodies back to the {@code .kz} file, and those naming a host type's
 * missing class to the type's first use. An error anywhere else in the generated code is a bug
 * of Koru/J, reported as such.
 */
public final class BuildProgram {
    private BuildProgram() {
    }

    public sealed interface Outcome {
        /** The generated sources, the main class, the compiled classes and the libraries they use at run time. */
        record Built(List<GeneratedClass> sources, ClassName mainClass, Map<String, byte[]> classes, List<Library> libraries)
                implements Outcome {
            public Built {
                sources = List.copyOf(sources);
                classes = Map.copyOf(classes);
                libraries = List.copyOf(libraries);
            }

            /** A runnable jar: these classes, their sources, and the classes of the libraries they use. */
            public void writeJar(OutputStream target) throws IOException {
                WriteJar.write(target, mainClass.canonicalName(), classes, sources, libraries.stream().map(Library::classes).toList());
            }
        }

        record Rejected(List<BuildProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }

    public static Outcome of(Program program, FrontEndParts parts, BuildChoices choices) {
        Implementations implementations = new Implementations(program, parts, choices);
        List<BuildProblem> problems = new ArrayList<>(FindMissingImplementations.in(program, implementations));
        if (choices.checked()) {
            problems.addAll(CheckContracts.uncheckable(program, implementations));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        List<GeneratedClass> sources = GenerateJava.of(program, parts, implementations, choices.checked());
        List<Library> available = libraries();
        return switch (CompileInMemory.compile(sources, available.stream().map(Library::classes).toList())) {
            case CompileInMemory.Result.Compiled compiled -> {
                List<byte[]> running = classesThatRun(compiled.classes(), program, parts);
                yield new Outcome.Built(sources, GenerateJava.mainClass(program, parts), compiled.classes(),
                        available.stream().filter(library -> library.usedBy(running)).toList());
            }
            case CompileInMemory.Result.Failed failed -> new Outcome.Rejected(located(failed.errors(), sources, new HostTypeUses(program)));
        };
    }

    /**
     * Each javac error at its proc body's position, or, outside every body, at the first use of a host type whose class
     * it does not find (once a type). Any other error outside the bodies means the generator is wrong, unless a host
     * class is missing: javac's later errors (a {@code var} whose type it cannot infer) follow from that one.
     */
    private static List<BuildProblem> located(List<JavacError> errors, List<GeneratedClass> sources, HostTypeUses hostTypes) {
        List<BuildProblem> inProcs = new ArrayList<>();
        Map<String, BuildProblem> missingHostClasses = new LinkedHashMap<>();
        List<JavacError> unexplained = new ArrayList<>();
        for (JavacError error : errors) {
            Optional<BuildProblem> inProc = sources.stream().filter(source -> source.path().equals(error.path()))
                    .flatMap(source -> source.procs().stream())
                    .flatMap(region -> region.originOf(error.line(), error.column()).stream()
                            .map(at -> (BuildProblem) new BuildProblem.JavacErrorInProc(at, error.message(), region.proc().event())))
                    .findFirst();
            Optional<BuildProblem.NoHostClass> noClass = inProc.isPresent() ? Optional.empty() : hostTypes.noClass(error);
            inProc.ifPresent(inProcs::add);
            noClass.ifPresent(missing -> missingHostClasses.putIfAbsent(missing.hostType(), missing));
            if (inProc.isEmpty() && noClass.isEmpty()) {
                unexplained.add(error);
            }
        }
        if (!unexplained.isEmpty() && missingHostClasses.isEmpty()) {
            JavacError error = unexplained.getFirst();
            throw new IllegalStateException("javac rejected the generated " + error.path() + " at line " + error.line()
                    + " (a bug in Koru/J's extraction): " + error.message());
        }
        List<BuildProblem> problems = new ArrayList<>(inProcs);
        problems.addAll(missingHostClasses.values());
        return problems;
    }

    /**
     * The class files of everything but the events nobody calls. The JVM loads a class when code that
     * runs first uses it, so an uncalled event's interface (its proc's body) and its branch records
     * (used only where the event is called) are never loaded, and what they refer to need not be in the
     * jar: {@code $std/io}'s {@code read_line} does not make every program that prints carry the runtime.
     */
    private static List<byte[]> classesThatRun(Map<String, byte[]> classes, Program program, FrontEndParts parts) {
        Set<String> called = CallSites.calledEvents(program);
        JavaNames names = new JavaNames(program, parts);
        List<String> uncalled = program.events().stream()
                .filter(event -> event.implementation() != Program.Implementation.NONE && !called.contains(event.name()))
                .map(event -> names.event(event.name()).reflectionName()).toList();
        return classes.entrySet().stream()
                .filter(compiled -> uncalled.stream().noneMatch(event -> compiled.getKey().equals(event) || compiled.getKey().startsWith(event + "$")))
                .map(Map.Entry::getValue).toList();
    }

    /** The libraries generated code may use, as jars or class directories: Vavr's collections and Koru/J's runtime. */
    public static List<Library> libraries() {
        return List.of(new Library("io/vavr/", locationOf(io.vavr.collection.HashMap.class)),
                new Library("koru/runtime/", locationOf(koru.runtime.rt.Channel.class)));
    }

    private static Path locationOf(Class<?> libraryClass) {
        try {
            return Path.of(libraryClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + libraryClass.getName(), e);
        }
    }
}
