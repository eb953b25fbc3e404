package koru.maven;

import java.nio.file.Path;

/**
 * A {@code java} executable that might run the Koru/J command line.
 *
 * @param origin where it came from, for messages ({@code "the jdk toolchain"}, {@code "JAVA_HOME"}, …)
 * @param executable the {@code bin/java} of a JDK
 * @param namedByUser true for a JVM the user named ({@code jdkHome}, {@code javaExecutable}): if it is
 *     unusable the build fails rather than silently running another one
 */
record JavaCandidate(String origin, Path executable, boolean namedByUser) {
    /** The {@code bin/java} of the JDK at {@code home}. */
    static JavaCandidate inHome(String origin, Path home, boolean namedByUser) {
        return new JavaCandidate(origin, home.resolve("bin").resolve("java"), namedByUser);
    }
}
