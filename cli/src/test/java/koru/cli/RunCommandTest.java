package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code koru run}: each program builds, runs in a child JVM, and prints exactly the output its
 * comments imply on stdout, nothing else. The repository's examples, then the programs of
 * {@code src/test/resources/run/}, each beside a {@code .out} file holding its exact output.
 */
class RunCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path PROGRAMS = Path.of("src", "test", "resources", "run");

    @TempDir
    Path work;

    @Test
    void helloGreets() {
        KoruRun run = run(EXAMPLES.resolve("hello.kz"));
        assertEquals("Hello, Koru!\n", run.out(), run.err());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void ledgerPaysThirtyCoinsFromAliceToBob() {
        KoruRun run = run(EXAMPLES.resolve("ledger.kz"));
        assertEquals("alice=70 bob=50 total=120\n", run.out(), run.err());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void spawnRunsBothTasksAndJoinsThemBeforeItSaysSo() {
        KoruRun run = run(EXAMPLES.resolve("spawn.kz"));
        List<String> lines = run.out().lines().toList();
        // The two tasks print in either order; the joins come before the last line.
        assertEquals(3, lines.size(), run.out() + run.err());
        assertEquals(Set.of("primes below 20000: 2262", "primes below 40000: 4203"), Set.copyOf(lines.subList(0, 2)), run.err());
        assertEquals("both joined", lines.get(2));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void whatATaskThrowsIsThrownByItsJoin() throws IOException {
        Path program = write("failing-task.kz", """
                ~import "$std/rt"

                ~event fail { why: []const u8 }

                ~proc fail|java {
                    throw new IllegalStateException(why);
                }

                ~event show { text: []const u8 }

                ~proc show|java {
                    System.out.println(text);
                }

                ~std.rt:spawn()
                | task |> fail(why: "the task broke")
                | running t |> show(text: "spawned") |> std.rt:join(task: t) |> show(text: "not reached")
                """);
        KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", program.toString());
        assertEquals("spawned\n", run.out(), run.err());
        assertTrue(run.err().contains("java.lang.IllegalStateException: the task broke"), run.err());
        assertEquals(1, run.exitCode(), run.err());
    }

    void channelsRefuseWhenFullDrainAfterTheCloseAndReachAQuorum() {
        KoruRun run = run(EXAMPLES.resolve("channels.kz"));
        assertEquals("""
                sent 1
                sent 2
                sent 3
                sent 4
                full at 5
                full at 6
                got 1
                got 2
                got 3
                got 4
                closed
                reply 10
                reply 20
                quorum of 2 reached
                short: 1 of 5
                """, run.out(), run.err());
        assertEquals(0, run.exitCode(), run.err());
    }

    @TestFactory
    Stream<DynamicTest> everyTestProgramPrintsItsExpectedOutput() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            programs = files.filter(f -> f.toString().endsWith(".kz")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in " + PROGRAMS);
        return programs.stream().map(program -> dynamicTest(program.getFileName().toString(), () -> {
            String expected = Files.readString(Path.of(program.toString().replaceFirst("\\.kz$", ".out")));
            KoruRun run = run(program);
            assertAll(() -> assertEquals(expected, run.out(), run.err()), () -> assertEquals(0, run.exitCode(), run.err()));
        }));
    }

    @Test
    void theProgramsArgumentsAndExitCodeAreItsOwn() throws IOException {
        Path program = write("exits.kz", """
                ~event leave { code: i32 }

                ~proc leave|java {
                    // A proc cannot see main's String[]: the JVM's command line is where the arguments show.
                    System.out.println(String.join(" ", ProcessHandle.current().info().arguments().orElseThrow()));
                    System.out.println("leaving with " + code);
                    System.exit(code);
                }

                ~leave(code: 7)
                """);
        KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", program.toString(), "--", "ignored", "args");
        assertTrue(run.out().endsWith(".jar ignored args\nleaving with 7\n"), run.out() + run.err());
        assertEquals(7, run.exitCode(), run.err());
    }

    @Test
    void aProgramThatDoesNotVerifyDoesNotRunUnlessAsked() throws IOException {
        Path program = write("overflow.kz", """
                ~event double { n: u8 }
                | doubled u8

                ~double = doubled n * 2

                ~event show { text: []const u8 }

                ~proc show|java {
                    System.out.println(text);
                }

                ~double(n: 200)
                | doubled d |> show(text: "doubled: " ++ d)
                """);
        KoruRun refused = run(program);
        assertAll(() -> assertEquals("", refused.out()),
                () -> assertEquals(1, refused.exitCode()),
                () -> assertTrue(refused.codes().contains("KORU104"), refused.err()),
                () -> assertTrue(refused.err().contains("error: not building " + program + ": it does not verify"), refused.err()));
        // Unverified, u8 arithmetic is Java's int arithmetic (docs/extraction.md): 400 is printed, not a wrapped 144.
        KoruRun unverified = KoruRun.of("run", "--no-cache", "--no-verify", "--color", "never", program.toString());
        assertEquals("doubled: 400\n", unverified.out(), unverified.err());
    }

    @Test
    void theJarIsCachedByContentAndRebuiltWhenTheSourceChanges() throws IOException {
        Path program = write("cached.kz", """
                ~event show { text: []const u8 }

                ~proc show|java {
                    System.out.println(text);
                }

                ~show(text: "first")
                """);
        Path cache = work.resolve("koru").resolve("cache");
        KoruRun first = KoruRun.of("run", "--cache", cache.toString(), program.toString());
        KoruRun second = KoruRun.of("run", "--cache", cache.toString(), program.toString());
        List<Path> jars = jarsIn(work.resolve("koru").resolve("build"));
        Files.writeString(program, Files.readString(program).replace("\"first\"", "\"changed\""));
        KoruRun changed = KoruRun.of("run", "--cache", cache.toString(), program.toString());
        assertAll(
                () -> assertEquals("first\n", first.out()),
                () -> assertTrue(first.err().contains("verified " + program), first.err()),
                () -> assertEquals("first\n", second.out()),
                () -> assertEquals("", second.err(), "a cached jar runs without verifying or building again"),
                () -> assertEquals(1, jars.size(), () -> "one jar per program: " + jars),
                () -> assertEquals("changed\n", changed.out()),
                () -> assertEquals(2, jarsIn(work.resolve("koru").resolve("build")).size()));
    }

    private static List<Path> jarsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".jar")).toList();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private static KoruRun run(Path program) {
        return KoruRun.of("run", "--no-cache", "--color", "never", program.toString());
    }
}
