package koru.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Directories that look like JDKs to {@link ChooseJava}: a {@code release} file and an executable {@code bin/java}. */
final class FakeJdks {
    private FakeJdks() {
    }

    /** A JDK at {@code home} whose {@code release} file says {@code JAVA_VERSION="version"}, with {@code script} as its java. */
    static Path jdk(Path home, String version, String script) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin").resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    static Path jdk(Path home, String version) throws IOException {
        return jdk(home, version, "exit 0");
    }
}
