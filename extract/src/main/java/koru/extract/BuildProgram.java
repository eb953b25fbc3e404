package koru.extract;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.extract.compile.CompileInMemory;
import koru.extract.compile.JavacError;
import koru.extract.jar.WriteJar;
import koru.extract.java.GenerateJava;
import koru.extract.java.GeneratedClass;
import koru.extract.java.ProcRegion;
import koru.kernel.ir.Program;

/**
 * From a program's Core IR and its front-end parts to classes ready for a jar: checks that every
 * called event has an implementation, generates the Java source, compiles it in memory, and maps
 * javac's errors in proc bodies back to the {@code .kz} file. An error anywhere else in the
 * generated code is a bug of Koru/J, reported as such.
 */
public final class BuildProgram {
    private BuildProgram() {
    }

    public sealed interface Outcome {
        /** The generated sources, the main class and the compiled classes. */
        record Built(List<GeneratedClass> sources, ClassName mainClass, Map<String, byte[]> classes) implements Outcome {
            public Built {
                sources = List.copyOf(sources);
                classes = Map.copyOf(classes);
            }

            /** A runnable jar: these classes, their sources, and the libraries the generated code needs at run time. */
            public void writeJar(OutputStream target) throws IOException {
                WriteJar.write(target, mainClass.canonicalName(), classes, sources, runtimeLibraries());
            }
        }

        record Rejected(List<BuildProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }

    public static Outcome of(Program program, FrontEndParts parts) {
        List<BuildProblem> missing = FindMissingImplementations.in(program, parts);
        if (!missing.isEmpty()) {
            return new Outcome.Rejected(missing);
        }
        List<GeneratedClass> sources = GenerateJava.of(program, parts);
        return switch (CompileInMemory.compile(sources, runtimeLibraries())) {
            case CompileInMemory.Result.Compiled compiled ->
                    new Outcome.Built(sources, GenerateJava.mainClass(program, parts), compiled.classes());
            case CompileInMemory.Result.Failed failed -> new Outcome.Rejected(inProcBodies(failed.errors(), sources));
        };
    }

    /** Each javac error at its proc body's position; one outside every body means the generator is wrong. */
    private static List<BuildProblem> inProcBodies(List<JavacError> errors, List<GeneratedClass> sources) {
        List<BuildProblem> problems = new ArrayList<>();
        for (JavacError error : errors) {
            Optional<BuildProblem> located = sources.stream().filter(source -> source.path().equals(error.path()))
                    .flatMap(source -> source.procs().stream())
                    .flatMap(region -> region.originOf(error.line(), error.column()).stream()
                            .map(at -> (BuildProblem) new BuildProblem.JavacErrorInProc(at, error.message(), region.proc().event())))
                    .findFirst();
            problems.add(located.orElseThrow(() -> new IllegalStateException("javac rejected the generated " + error.path() + " at line "
                    + error.line() + " (a bug in Koru/J's extraction): " + error.message())));
        }
        return problems;
    }

    /** The libraries generated code uses (Vavr's collections, koru-runtime: the scheduler, the profiler), as jars or class directories. */
    static List<Path> runtimeLibraries() {
        return List.of(locationOf(io.vavr.collection.HashMap.class), locationOf(koru.runtime.profile.Profiler.class));
    }

    private static Path locationOf(Class<?> library) {
        try {
            return Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + library.getName(), e);
        }
    }
}
