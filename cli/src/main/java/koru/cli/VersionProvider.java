package koru.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code koru --version}. The version is written once, in the POM: the jar's manifest carries it
 * as {@code Implementation-Version}; when the classes run from a directory (tests, an IDE) the
 * build-filtered {@code version.properties} resource does.
 */
final class VersionProvider implements IVersionProvider {
    private static final String VERSION_RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"koru " + version() + " (Koru/J, Java " + Runtime.version() + ")"};
    }

    static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : fromResource();
    }

    private static String fromResource() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource koru/cli/" + VERSION_RESOURCE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
