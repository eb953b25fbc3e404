package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import koru.elaborator.diag.Code;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code koru build}: a runnable jar for a verified program, KORU201 and KORU202 for what cannot be built. */
class BuildCommandTest {
    private static final Pattern EXAMPLE = Pattern.compile("## (Wrong|Right)\\n\\n```koru\\n(.+?)\\n```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void theJarRunsWithJavaAndCarriesItsSources() throws IOException, InterruptedException {
        Path jar = work.resolve("out").resolve("ledger.jar");
        KoruRun build = KoruRun.of("build", "--no-cache", "--color", "never", Path.of("..", "examples", "ledger.kz").toString(),
                "-o", jar.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("", build.out(), "build writes nothing on stdout");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "hang guard");
        try (JarFile contents = new JarFile(jar.toFile())) {
            assertAll(
                    () -> assertEquals("alice=70 bob=50 total=120\n", output.replace(System.lineSeparator(), "\n")),
                    () -> assertEquals("koru.app.Ledger", contents.getManifest().getMainAttributes().getValue("Main-Class")),
                    () -> assertTrue(contents.getEntry("koru/app/Ledger.java") != null, "the generated source is in the jar"),
                    () -> assertTrue(contents.getEntry("io/vavr/collection/HashMap.class") != null, "Vavr's classes are in the jar"));
        }
    }

    @Test
    void theDocsShowTheLedgerAsItIsGenerated() throws IOException {
        Path jar = work.resolve("ledger.jar");
        KoruRun build = KoruRun.of("build", "--no-cache", "-q", Path.of("..", "examples", "ledger.kz").toString(), "-o", jar.toString());
        assertEquals(0, build.exitCode(), build.err());
        try (JarFile contents = new JarFile(jar.toFile())) {
            String generated = new String(contents.getInputStream(contents.getEntry("koru/app/Ledger.java")).readAllBytes(), StandardCharsets.UTF_8);
            String docs = Files.readString(Path.of("..", "docs", "extraction.md"));
            assertTrue(docs.contains("```java\n" + generated + "```\n"), "docs/extraction.md must show the generated Ledger.java as it is:\n" + generated);
        }
    }

    @Test
    void aJavacErrorInAProcBodyIsKoru201AtTheBodysLineAndColumn() throws IOException {
        Path program = Files.writeString(work.resolve("typo.kz"), """
                // A typo in a proc body.
                ~event show { text: []const u8 }

                ~proc show|java {
                    String shown = text;
                    System.out.printn(shown);
                }

                ~show(text: "hi")
                """);
        Path jar = work.resolve("typo.jar");
        KoruRun build = KoruRun.of("build", "--no-cache", "--color", "never", program.toString(), "-o", jar.toString());
        assertAll(
                () -> assertEquals(1, build.exitCode()),
                () -> assertEquals(List.of("KORU201 at 6"), build.errors(), build.err()),
                () -> assertTrue(build.err().contains("error[KORU201]: javac: cannot find symbol\n --> " + program + ":6:15\n"), build.err()),
                () -> assertTrue(build.err().contains("  = javac: symbol: method printn(java.lang.String)\n"), build.err()),
                () -> assertTrue(build.err().contains("= hint: "), build.err()),
                () -> assertFalse(Files.exists(jar), "no jar for a program that does not compile"));
    }

    @Test
    void aCalledEventWithoutImplementationIsKoru202AtTheCall() throws IOException {
        Path program = Files.writeString(work.resolve("missing.kz"), """
                // `shout` is declared and called, never implemented; `whisper` has only a named variant.
                ~event shout { text: []const u8 }

                ~event whisper { text: []const u8 }

                ~proc whisper|java(soft) {
                    System.out.println(text);
                }

                ~shout(text: "hello")

                ~whisper(text: "hello")
                """);
        KoruRun build = KoruRun.of("build", "--no-cache", "--color", "never", program.toString(), "-o", work.resolve("m.jar").toString());
        assertAll(
                () -> assertEquals(1, build.exitCode()),
                () -> assertEquals(List.of("KORU202 at 10", "KORU202 at 12"), build.errors(), build.err()),
                () -> assertTrue(build.err().contains("`shout` is called but has no implementation to run"), build.err()));
    }

    @Test
    void aHostTypeNoJavaClassAnswersToIsKoru204AtItsFirstUseOnce() throws IOException {
        Path program = Files.writeString(work.resolve("files.kz"), """
                // `Handle` is no class of java.lang, and no import line names one.
                ~event open { path: []const u8 }
                | opened *Handle[opened!]
                | failed []const u8

                ~[!]event close { file: *Handle[!opened] }

                ~proc open|java {
                    return failed(path);
                }

                ~proc close|java {
                }

                ~open(path: "x")
                | opened f |> close(file: f)
                | failed _ |> _
                """);
        KoruRun build = KoruRun.of("build", "--no-cache", "--no-verify", "--color", "never", program.toString(), "-o",
                work.resolve("f.jar").toString());
        assertAll(
                () -> assertEquals(1, build.exitCode(), build.err()),
                () -> assertEquals(List.of("KORU204 at 3"), build.errors(), build.err()),
                () -> assertTrue(build.err().contains("no Java class `Handle` for the host type `*Handle`"), build.err()),
                () -> assertTrue(build.err().contains("import it in the module's Java"), build.err()),
                () -> assertFalse(build.err().contains("internal error"), build.err()));
    }

    /** As ExplanationExamplesTest does for check and verify: each build code's wrong example reports it, its right example builds. */
    @TestFactory
    Stream<DynamicTest> everyBuildExampleBuildsAsItsExplanationSays() {
        return Stream.of(Code.KORU201, Code.KORU202, Code.KORU204).map(code -> dynamicTest(code.id(), () -> {
            Matcher examples = EXAMPLE.matcher(Explanations.of(code));
            assertTrue(examples.find());
            KoruRun wrong = build(code, "wrong", examples.group(2));
            assertTrue(examples.find());
            KoruRun right = build(code, "right", examples.group(2));
            assertAll(
                    () -> assertEquals(java.util.Set.of(code.id()), wrong.codes(), wrong.err()),
                    () -> assertEquals(1, wrong.exitCode()),
                    () -> assertEquals(0, right.exitCode(), right.err()));
        }));
    }

    private KoruRun build(Code code, String kind, String example) throws IOException {
        Path file = Files.writeString(work.resolve(code.id() + "-" + kind + ".kz"), example + "\n");
        return KoruRun.of("build", "--no-cache", "--color", "never", file.toString(), "-o", work.resolve(code.id() + "-" + kind + ".jar").toString());
    }
}
