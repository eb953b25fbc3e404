package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code koru run}'s cached jar is keyed by every option that changes what is built: with one
 * cache, {@code --flag}, {@code --variant} and {@code --checked} each run their own jar, and the
 * plain run afterwards still runs the plain jar. The program is a project whose conditional import
 * ({@code ~[audit]import}) brings a tap, so {@code --flag audit} shows in the output end to end.
 */
class JarKeyTest {
    private static final String MAIN = """
            ~[audit]import "$app/audit"

            ~pub event clamp { x: i64, lo: i64, hi: i64 } where lo <= hi
            | clamped i64 where in.lo <= clamped && clamped <= in.hi

            ~proc clamp|java {
                return clamped(x + 1);
            }

            ~proc clamp|java(branchless) {
                System.out.println("branchless");
                return clamped(Math.max(lo, Math.min(x, hi)));
            }

            ~pub event show { text: []const u8 }

            ~proc show|java {
                System.out.println(text);
            }

            ~clamp(x: 50, lo: 0, hi: 10)
            | clamped c |> show(text: "clamped " ++ c)
            """;

    private static final String AUDIT = """
            ~import "$app/main"

            ~tap(main:clamp -> *)
            | clamped c |> main:show(text: "audit: clamped " ++ c)
            """;

    @TempDir
    Path work;

    @Test
    void everyOptionThatChangesTheJarRunsItsOwnCachedJar() throws IOException {
        Files.writeString(work.resolve("koru.json"), "{ \"paths\": { \"app\": \".\" } }\n");
        Files.writeString(work.resolve("audit.kz"), AUDIT);
        Path program = work.resolve("main.kz");
        Files.writeString(program, MAIN);

        KoruRun plain = run(program);
        KoruRun flagged = run(program, "--flag", "audit");
        KoruRun variant = run(program, "--variant", "clamp=branchless");
        KoruRun checked = run(program, "--checked");
        KoruRun plainAgain = run(program);
        assertAll(
                () -> assertEquals("clamped 51\n", plain.out(), plain.err()),
                () -> assertEquals("audit: clamped 51\nclamped 51\n", flagged.out(), flagged.err()),
                () -> assertEquals("branchless\nclamped 10\n", variant.out(), variant.err()),
                () -> assertEquals("", checked.out()),
                () -> assertTrue(checked.err().startsWith("error[KORU203]: `clamp|java` returned `clamped`"), checked.err()),
                () -> assertEquals(1, checked.exitCode()),
                () -> assertEquals("clamped 51\n", plainAgain.out(), plainAgain.err()),
                () -> assertEquals(4, jarsIn(work.resolve(".koru").resolve("build"))));
    }

    /** The verified build runs too: the conditional import's tap is proven with the rest. */
    @Test
    void aFlaggedProjectVerifiesBuildsAndRuns() throws IOException {
        Files.writeString(work.resolve("koru.json"), "{ \"paths\": { \"app\": \".\" } }\n");
        Files.writeString(work.resolve("audit.kz"), AUDIT);
        Path program = work.resolve("main.kz");
        Files.writeString(program, MAIN.replace("return clamped(x + 1);", "return clamped(x < lo ? lo : x > hi ? hi : x);"));
        KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", "--quiet", "--flag", "audit", program.toString());
        assertEquals("audit: clamped 10\nclamped 10\n", run.out(), run.err());
        assertEquals(0, run.exitCode());
    }

    private static long jarsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jar")).count();
        }
    }

    /** {@code koru run} with the proof cache (and so the jar cache) under the project: {@code .koru/cache}, {@code .koru/build}. */
    private KoruRun run(Path program, String... options) {
        return KoruRun.with(List.of("run", "--no-verify", "--quiet", "--color", "never",
                "--cache", work.resolve(".koru").resolve("cache").toString()), program, options);
    }
}
