package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import koru.elaborator.Elaboration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code build} and {@code run}: those of {@code verify}'s front end and proof cache, and {@code --no-verify}. */
final class BuildOptions {
    @Option(names = "--no-verify", description = "Build without proving the contracts first (overflow then wraps, docs/extraction.md).")
    boolean noVerify;

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
