package koru.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The Java version of a JDK, read from the {@code release} file at its root (as scripts/jdk.bash does),
 * so that a JDK is judged without starting it.
 *
 * @param major the feature release: 25 for {@code "25.0.3"}, 8 for {@code "1.8.0_402"}
 * @param version the version as the file states it
 */
record JdkRelease(int major, String version) {
    /** The release of the JDK at {@code home}, or empty when it has no readable {@code release} file naming a version. */
    static Optional<JdkRelease> of(Path home) {
        Path file = home.resolve("release");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        return parseMajor(version).map(major -> new JdkRelease(major, version));
    }

    /** The feature release of a version string: the first number, or the second after a legacy {@code "1."}. */
    static Optional<Integer> parseMajor(String version) {
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 4) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(feature.substring(0, end)));
    }
}
