package koru.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Chooses the JVM that runs the Koru/J command line: the first candidate that is a JDK of at least
 * {@link #MIN_MAJOR}. The CLI is compiled for release 21 and loads Z3's native library, while Maven
 * itself may run on an older JVM, so the CLI always runs in a forked JVM chosen here.
 */
final class ChooseJava {
    /** The oldest Java release the CLI runs on (it is compiled with {@code --release 21}). */
    static final int MIN_MAJOR = 21;

    private ChooseJava() {
    }

    /**
     * The first usable candidate, in the order given.
     *
     * @throws MojoExecutionException when a JVM the user named is unusable (falling back to another
     *     would hide the mistake), or when no candidate is usable; the message says what was tried
     */
    static ForkedJava choose(List<JavaCandidate> candidates) throws MojoExecutionException {
        List<String> tried = new ArrayList<>();
        for (JavaCandidate candidate : candidates) {
            Optional<String> problem = problemWith(candidate);
            if (problem.isEmpty()) {
                Path java = candidate.executable();
                return new ForkedJava(java, release(java).orElseThrow(), candidate.origin());
            }
            if (candidate.namedByUser()) {
                throw new MojoExecutionException("Koru/J cannot run with " + candidate.origin() + ": " + problem.get());
            }
            tried.add(candidate.origin() + " (" + problem.get() + ")");
        }
        throw new MojoExecutionException("Koru/J needs a JDK " + MIN_MAJOR + " or newer to run, and none was found"
                + (tried.isEmpty() ? "" : "; tried: " + String.join(", ", tried))
                + ". Select a jdk toolchain of version [" + MIN_MAJOR + ",) with maven-toolchains-plugin, set the"
                + " plugin's <jdkHome>, or run Maven with JAVA_HOME set to a JDK " + MIN_MAJOR + "+"
                + " (docs/maven-plugin.md, \"Which JDK runs Koru/J\").");
    }

    /** Why the candidate cannot run the CLI, or empty when it can. */
    private static Optional<String> problemWith(JavaCandidate candidate) {
        Path java = candidate.executable();
        if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
            return Optional.of(java + " is not an executable file");
        }
        Optional<JdkRelease> release = release(java);
        if (release.isEmpty()) {
            return Optional.of(java + " is not in a JDK with a `release` file naming its version");
        }
        if (release.get().major() < MIN_MAJOR) {
            return Optional.of("it is JDK " + release.get().version() + ", older than " + MIN_MAJOR);
        }
        return Optional.empty();
    }

    /** The release of the JDK that {@code java} (its {@code bin/java}, possibly through links) belongs to. */
    private static Optional<JdkRelease> release(Path java) {
        try {
            Path bin = java.toRealPath().getParent();
            Path home = bin == null ? null : bin.getParent();
            return home == null ? Optional.empty() : JdkRelease.of(home);
        } catch (IOException unresolvable) {
            return Optional.empty();
        }
    }
}
