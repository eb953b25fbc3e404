package koru.maven;

import java.nio.file.Path;

/**
 * The JVM chosen to run the Koru/J command line.
 *
 * @param executable its {@code bin/java}
 * @param release its Java version
 * @param origin where it was found, for the log
 */
record ForkedJava(Path executable, JdkRelease release, String origin) {
}
