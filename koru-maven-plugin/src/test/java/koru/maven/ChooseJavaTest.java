package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChooseJavaTest {
    @TempDir
    Path temp;

    @Test
    void firstJdkOf21OrNewerIsChosenAndOlderOnesAreSkipped() throws Exception {
        Path old = FakeJdks.jdk(temp.resolve("jdk17"), "17.0.15");
        Path recent = FakeJdks.jdk(temp.resolve("jdk25"), "25.0.3");
        Path other = FakeJdks.jdk(temp.resolve("jdk21"), "21.0.7");
        ForkedJava chosen = ChooseJava.choose(List.of(
                JavaCandidate.inHome("the build's jdk toolchain", old, false),
                JavaCandidate.inHome("JAVA_HOME", recent, false),
                JavaCandidate.inHome("the JVM running Maven", other, false)));
        assertEquals(recent.resolve("bin/java"), chosen.executable());
        assertEquals(25, chosen.release().major());
        assertEquals("JAVA_HOME", chosen.origin());
    }

    @Test
    void javaReachedThroughALinkBelongsToTheJdkItLinksTo() throws Exception {
        Path jdk = FakeJdks.jdk(temp.resolve("jdk25"), "25");
        Path link = Files.createSymbolicLink(temp.resolve("java"), jdk.resolve("bin/java"));
        ForkedJava chosen = ChooseJava.choose(List.of(new JavaCandidate("javaExecutable", link, true)));
        assertEquals(25, chosen.release().major());
    }

    @Test
    void aJdkTheUserNamedMustBeUsableEvenWhenAnotherIs() throws Exception {
        Path old = FakeJdks.jdk(temp.resolve("jdk17"), "17.0.15");
        Path recent = FakeJdks.jdk(temp.resolve("jdk25"), "25.0.3");
        MojoExecutionException tooOld = assertThrows(MojoExecutionException.class, () -> ChooseJava.choose(List.of(
                JavaCandidate.inHome("jdkHome " + old, old, true),
                JavaCandidate.inHome("the JVM running Maven", recent, false))));
        assertEquals("Koru/J cannot run with jdkHome " + old + ": it is JDK 17.0.15, older than 21", tooOld.getMessage());

        Path missing = temp.resolve("no-such-jdk");
        MojoExecutionException absent = assertThrows(MojoExecutionException.class, () -> ChooseJava.choose(List.of(
                JavaCandidate.inHome("jdkHome " + missing, missing, true))));
        assertEquals("Koru/J cannot run with jdkHome " + missing + ": " + missing.resolve("bin/java")
                + " is not an executable file", absent.getMessage());
    }

    @Test
    void aJavaOutsideAJdkIsRefused() throws IOException {
        Path jdk = FakeJdks.jdk(temp.resolve("jre"), "25");
        Files.delete(jdk.resolve("release"));
        MojoExecutionException refused = assertThrows(MojoExecutionException.class, () -> ChooseJava.choose(List.of(
                JavaCandidate.inHome("jdkHome", jdk, true))));
        assertTrue(refused.getMessage().endsWith("is not in a JDK with a `release` file naming its version"),
                refused.getMessage());
    }

    @Test
    void withNoUsableJdkTheMessageSaysWhatWasTriedAndWhatToDo() throws IOException {
        Path old = FakeJdks.jdk(temp.resolve("jdk17"), "17.0.15");
        MojoExecutionException none = assertThrows(MojoExecutionException.class, () -> ChooseJava.choose(List.of(
                JavaCandidate.inHome("the JVM running Maven", old, false))));
        assertEquals("Koru/J needs a JDK 21 or newer to run, and none was found; tried: the JVM running Maven"
                + " (it is JDK 17.0.15, older than 21). Select a jdk toolchain of version [21,) with"
                + " maven-toolchains-plugin, set the plugin's <jdkHome>, or run Maven with JAVA_HOME set to a"
                + " JDK 21+ (docs/maven-plugin.md, \"Which JDK runs Koru/J\").", none.getMessage());
    }
}
