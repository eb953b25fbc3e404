package koru.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import koru.elaborator.Elaboration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koru build FILE -o app.jar} (docs/extraction.md): verify, extract one Java class per
 * module, compile in memory, and write a jar that {@code java -jar} runs (JDK 21 or newer).
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Verify a program, then compile it to a runnable jar (the build diagnostics, KORU2xx).",
        footer = {"", "Exit codes: 0 built, 1 an error or a failed obligation, 2 usage, I/O or internal error,",
                "3 nothing failed but something is unknown (nothing built)."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The entry file of the program.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "JAR", required = true, description = "Where to write the jar.")
    Path output;

    @Mixin
    BuildJar.BuildOptions build;

    @Mixin
    ProgramOptions options;

    @Mixin
    CacheOptions cache;

    @Override
    public Integer call() {
        Elaboration elaboration;
        try {
            elaboration = options.elaborator().elaborate(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println(ReadFailure.line(file, e, options.palette()));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        int exitCode = new BuildJar(build, options, cache, spec).build(file, elaboration, output);
        if (exitCode == ExitCode.OK && !options.quiet) {
            spec.commandLine().getErr().println("built " + output + " from " + file);
        }
        return exitCode;
    }
}
