package koru.cli;

import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--java-sources", paramLabel = "DIR",
            description = "Also write the generated Java sources under DIR (koru/app/Ledger.java), for a build that compiles them itself.")
    Path javaSources;

    @Mixin
    BuildOptions build;

    @Override
    public Integer call() {
        Optional<Elaboration> elaboration = build.elaborate(file, spec.commandLine().getErr());
        if (elaboration.isEmpty()) {
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        int exitCode = new BuildJar(build, spec).build(file, elaboration.get(), output, Optional.ofNullable(javaSources));
        if (exitCode == ExitCode.OK && !build.program.quiet) {
            spec.commandLine().getErr().println("built " + output + " from " + file);
        }
        return exitCode;
    }
}
