package koru.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Runs a command in a child process and streams its output, stdout and stderr in order, into Maven's log. */
final class RunForked {
    private RunForked() {
    }

    /**
     * Runs {@code command} in {@code directory} until it ends and returns its exit code.
     *
     * @throws MojoExecutionException when it cannot be started or the build is interrupted (the child is then killed)
     */
    static int run(List<String> command, Path directory, Log log) throws MojoExecutionException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException cannotStart) {
            throw new MojoExecutionException("cannot start " + command.get(0) + ": " + cannotStart.getMessage(), cannotStart);
        }
        try {
            process.getOutputStream().close();
            copyToLog(process, log);
            return process.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while Koru/J was running", interrupted);
        } catch (IOException unreadable) {
            throw new MojoExecutionException("cannot read the output of " + command.get(0) + ": " + unreadable.getMessage(), unreadable);
        } finally {
            process.destroyForcibly();
        }
    }

    /** The CLI writes UTF-8 whatever the locale (docs/CLI.md, "Output streams"). */
    private static void copyToLog(Process process, Log log) throws IOException {
        CliOutputLevels levels = new CliOutputLevels();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                switch (levels.of(line)) {
                    case ERROR -> log.error(line);
                    case WARN -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
    }
}
