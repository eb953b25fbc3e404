package koru.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import koru.elaborator.Elaboration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koru run FILE [-- ARGS]}: build the program as {@code koru build} does (the jar cached
 * under {@code .koru/build}, by a hash of the sources, the options and Koru/J's own code) and run
 * it in a child JVM of the same JDK. stdout carries the program's output and nothing else; the
 * exit code is the program's.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Build a program (verifying it first) and run it; its output is the only output on stdout.",
        footer = {"", "Exit codes: the program's own, once it runs; before: 1 an error or a failed obligation,",
                "2 usage, I/O or internal error, 3 nothing failed but something is unknown (not run)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The entry file of the program.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "The program's arguments (after `--`).")
    List<String> programArguments = new ArrayList<>();

    @Mixin
    BuildOptions build;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Optional<Elaboration> read = build.elaborate(file, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        Elaboration elaboration = read.get();
        if (build.cache.disabled) {
            Path jar = Files.createTempFile("koru-run-", ".jar");
            try {
                int built = new BuildJar(build, spec).build(file, elaboration, jar, Optional.empty());
                return built == ExitCode.OK ? runJar(jar) : built;
            } finally {
                Files.deleteIfExists(jar);
            }
        }
        Path jar = build.cache.directory.toAbsolutePath().resolveSibling("build").resolve(JarKey.of(elaboration, build) + ".jar");
        if (!Files.isRegularFile(jar)) {
            int built = new BuildJar(build, spec).build(file, elaboration, jar, Optional.empty());
            if (built != ExitCode.OK) {
                return built;
            }
        }
        return runJar(jar);
    }

    /** {@code java -jar JAR ARGS} on this JDK; its stdout and stderr copied to ours as they come, stdin inherited. */
    private int runJar(Path jar) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(programArguments);
        Process program = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread errors = Thread.ofPlatform().daemon().start(() -> copy(program.getErrorStream(), spec.commandLine().getErr()));
        copy(program.getInputStream(), spec.commandLine().getOut());
        int exitCode = program.waitFor();
        errors.join();
        return exitCode;
    }

    private static void copy(InputStream from, PrintWriter to) {
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                synchronized (to) {
                    to.write(buffer, 0, read);
                    to.flush();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the program's output", e);
        }
    }
}
