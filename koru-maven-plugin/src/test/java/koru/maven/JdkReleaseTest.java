package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkReleaseTest {
    @TempDir
    Path temp;

    @Test
    void featureReleaseIsTheFirstNumberOrTheSecondAfterALegacyOne() {
        assertEquals(Optional.of(25), JdkRelease.parseMajor("25.0.3"));
        assertEquals(Optional.of(21), JdkRelease.parseMajor("21"));
        assertEquals(Optional.of(8), JdkRelease.parseMajor("1.8.0_402"));
        assertEquals(Optional.of(26), JdkRelease.parseMajor("26-ea"));
        assertEquals(Optional.empty(), JdkRelease.parseMajor(""));
        assertEquals(Optional.empty(), JdkRelease.parseMajor("unknown"));
    }

    @Test
    void releaseFileOfAJdkGivesItsVersion() throws IOException {
        Path home = FakeJdks.jdk(temp.resolve("jdk"), "21.0.7");
        assertEquals(Optional.of(new JdkRelease(21, "21.0.7")), JdkRelease.of(home));
    }

    @Test
    void aDirectoryWithoutAReleaseFileOrAVersionInItIsNoJdk() throws IOException {
        assertEquals(Optional.empty(), JdkRelease.of(temp));
        Files.writeString(temp.resolve("release"), "IMPLEMENTOR=\"Nobody\"\n");
        assertEquals(Optional.empty(), JdkRelease.of(temp));
    }
}
