package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --variant event=name} and call-site variants ({@code ~clamp|branchless(…)}): each
 * implementation of {@code clamp} prints its own name, so the output shows which one ran.
 */
class VariantOptionTest {
    private static final String CLAMP = """
            ~pub event clamp { x: i64, lo: i64, hi: i64 } where lo <= hi
            | clamped i64 where in.lo <= clamped && clamped <= in.hi

            ~clamp = if(x < lo)
            | then |> clamped lo
            | else |> if(x > hi)
                | then |> clamped hi
                | else |> clamped x

            ~proc clamp|java {
                System.out.println("java");
                return clamped(x < lo ? lo : x > hi ? hi : x);
            }

            ~proc clamp|java(branchless) {
                System.out.println("branchless");
                return clamped(Math.max(lo, Math.min(x, hi)));
            }

            ~event show { text: []const u8 }

            ~proc show|java {
                System.out.println(text);
            }
            """;

    @TempDir
    Path work;

    @Test
    void theSubflowRunsUnlessAVariantIsChosen() throws IOException {
        Path program = write("variants.kz", CLAMP + """

                ~clamp(x: 50, lo: 0, hi: 10)
                | clamped c |> show(text: "clamped " ++ c)
                """);
        assertAll(
                () -> assertRuns("clamped 10\n", program),
                () -> assertRuns("java\nclamped 10\n", program, "--variant", "clamp=java"),
                () -> assertRuns("branchless\nclamped 10\n", program, "--variant", "clamp=branchless"),
                () -> assertRuns("branchless\nclamped 10\n", program, "--variant", "variants:clamp=branchless"),
                () -> assertRuns("clamped 10\n", program, "--variant", "clamp=subflow"));
    }

    @Test
    void aCallSiteVariantRunsBesideTheSelectedOneInOneJar() throws IOException {
        Path program = write("sites.kz", CLAMP + """

                ~clamp(x: 50, lo: 0, hi: 10)
                | clamped c |> show(text: "clamped " ++ c)

                ~clamp|branchless(x: -5, lo: 0, hi: 10)
                | clamped c |> show(text: "clamped " ++ c)
                """);
        assertRuns("java\nclamped 10\nbranchless\nclamped 0\n", program, "--variant", "clamp=java");
        assertRuns("clamped 10\nbranchless\nclamped 0\n", program);

        Path sources = work.resolve("java");
        KoruRun build = KoruRun.of("build", "--no-verify", "--color", "never", "--variant", "clamp=java", program.toString(),
                "-o", work.resolve("sites.jar").toString(), "--java-sources", sources.toString());
        assertEquals(0, build.exitCode(), build.err());
        String java = Files.readString(sources.resolve("koru/app/Sites.java"));
        assertAll(
                () -> assertTrue(java.contains("static Clamp clamp(final long x, final long lo, final long hi) {"), java),
                () -> assertTrue(java.contains("static Clamp clamp$branchless(final long x, final long lo, final long hi) {"), java),
                () -> assertTrue(java.contains("switch (Clamp.clamp$branchless(-5L, 0L, 10L))"), java),
                () -> assertTrue(java.contains("switch (Clamp.clamp(50L, 0L, 10L))"), java));
    }

    @Test
    void aWrongVariantIsAUsageErrorNamingWhatExists() throws IOException {
        Path program = write("wrong.kz", CLAMP + """

                ~clamp(x: 50, lo: 0, hi: 10)
                | clamped c |> show(text: "clamped " ++ c)
                """);
        KoruRun misspelt = run(program, "--variant", "clamp=branchles");
        KoruRun unknownEvent = run(program, "--variant", "clmap=java");
        KoruRun noEquals = run(program, "--variant", "clamp");
        KoruRun twice = run(program, "--variant", "clamp=java", "--variant", "clamp=branchless");
        assertAll(
                () -> assertEquals("error: --variant clamp=branchles: `clamp` has no variant `branchles`; its variants: `subflow`, `java`,"
                        + " `branchless` (did you mean `clamp=branchless`?)\n", misspelt.err()),
                () -> assertEquals(2, misspelt.exitCode()),
                () -> assertEquals("error: --variant clmap=java: the program has no event `clmap` (did you mean `clamp`?)\n", unknownEvent.err()),
                () -> assertEquals(2, unknownEvent.exitCode()),
                () -> assertEquals("error: --variant clamp: write it as EVENT=VARIANT, e.g. --variant clamp=branchless\n", noEquals.err()),
                () -> assertEquals(2, noEquals.exitCode()),
                () -> assertEquals("error: --variant clamp=branchless: `clamp` is already given the variant `java`\n", twice.err()),
                () -> assertEquals(2, twice.exitCode()),
                () -> assertEquals("", misspelt.out() + unknownEvent.out() + noEquals.out() + twice.out()));
    }

    @Test
    void anEventWithOnlyNamedVariantsNeedsOneChosen() throws IOException {
        Path program = write("named.kz", """
                ~event twice { x: i64 }
                | doubled i64

                ~proc twice|java(shift) {
                    return doubled(x << 1);
                }

                ~event show { text: []const u8 }

                ~proc show|java {
                    System.out.println(text);
                }

                ~twice(x: 21)
                | doubled d |> show(text: "doubled " ++ d)
                """);
        KoruRun unchosen = run(program);
        assertAll(
                () -> assertEquals(List.of("KORU202 at 14"), unchosen.errors(), unchosen.err()),
                () -> assertEquals(1, unchosen.exitCode()),
                () -> assertRuns("doubled 42\n", program, "--variant", "twice=shift"));
    }

    private void assertRuns(String expected, Path program, String... options) {
        KoruRun run = run(program, options);
        assertEquals(expected, run.out(), run.err());
        assertEquals(0, run.exitCode(), run.err());
    }

    /** {@code koru run --no-cache --no-verify OPTIONS PROGRAM}: which implementation runs is the point, not the proofs. */
    private static KoruRun run(Path program, String... options) {
        return KoruRun.with(List.of("run", "--no-cache", "--no-verify", "--color", "never"), program, options);
    }

    private Path write(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
