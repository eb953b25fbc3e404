package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.Elaboration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code build} and {@code run}: those of {@code verify}'s front end and proof cache,
 * {@code --no-verify}, and what to build: {@code --variant} and {@code --checked}.
 */
final class BuildOptions {
    @Option(names = "--no-verify", description = "Build without proving the contracts first (overflow then wraps, docs/extraction.md).")
    boolean noVerify;

    @Option(names = "--variant", paramLabel = "EVENT=VARIANT",
            description = "Run this implementation of EVENT wherever a call names none: a proc variant (java: the bare or |java proc)"
                    + " or subflow (repeatable).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--checked", description = "Assert host procs' contracts at run time: a violation is KORU203 on stderr, exit code 1.")
    boolean checked;

    @Mixin
    ProgramOptions program;

    @Mixin
    CacheOptions cache;

    /** The front end's reading of {@code file}; empty, after one line on {@code err}, when it cannot be read. */
    Optional<Elaboration> elaborate(Path file, PrintWriter err) {
        try {
            return Optional.of(program.elaborator().elaborate(file));
        } catch (IOException e) {
            err.println(ReadFailure.line(file, e, program.palette()));
            return Optional.empty();
        }
    }
}
