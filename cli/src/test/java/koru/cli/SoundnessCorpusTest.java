package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The soundness corpus (docs/verification-corpus.md), run through {@code koru verify} in-process:
 * every program under {@code verify/prove} is proven in full, every program under
 * {@code verify/reject} fails with exactly the errors its header announces
 * ({@code // expect: KORU104 at 7}, in reading order), and no program under
 * {@code verify/unverified} — constructs verification does not cover yet, whose bodies are
 * skipped — ever counts as verified.
 */
class SoundnessCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("^// expect: (KORU\\d{3}) at (\\d+)\\s*$", Pattern.MULTILINE);
    /** Options a program needs beside {@code --jobs 1}, e.g. {@code // options: --auto-discharge=off} to see a leak auto-discharge would mend. */
    private static final Pattern OPTIONS = Pattern.compile("^// options: (.+)$", Pattern.MULTILINE);
    // Host procs' contracts are assumed, never proven (LANGUAGE.md B5): the summary counts them after the obligations.
    private static final Pattern ALL_PROVEN = Pattern.compile("^verified .*: \\d+ proven, 0 failed, 0 unknown(, \\d+ contracts? assumed)?$", Pattern.MULTILINE);


    @TestFactory
    Stream<DynamicTest> provenProgramsHaveEveryObligationProven() throws Exception {
        return programs("prove").map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(), () -> {
            KoruRun run = verify(path);
            assertAll(
                    () -> assertEquals(ExitCode.OK, run.exitCode(), run.err()),
                    () -> assertTrue(ALL_PROVEN.matcher(run.err()).find(), run.err()),
                    () -> assertFalse(run.err().contains("warning["), run.err()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> rejectedProgramsFailWithTheAnnouncedErrors() throws Exception {
        return programs("reject").map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(), () -> {
            List<String> expected = expectedErrors(path);
            assertFalse(expected.isEmpty(), path.getFileName() + " announces no `// expect: KORUnnn at LINE`");
            KoruRun run = verify(path);
            assertAll(
                    () -> assertEquals(expected, run.errors(), run.err()),
                    () -> assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), run.err()),
                    () -> assertFalse(run.err().contains("warning[KORU110]"), "an unknown or unverified part could hide a failure\n" + run.err()));
        }));
    }

    /** Until verification covers these constructs, a program that uses them is never reported all proven. */
    @TestFactory
    Stream<DynamicTest> programsWithSkippedBodiesAreNeverVerified() throws Exception {
        return programs("unverified").map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(), () -> {
            KoruRun run = verify(path);
            assertAll(
                    () -> assertNotEquals(ExitCode.OK, run.exitCode(), run.err()),
                    () -> assertTrue(run.exitCode() == ExitCode.PROGRAM_WRONG || run.exitCode() == ExitCode.INCONCLUSIVE, run.err()),
                    () -> assertTrue(run.err().contains("warning[KORU110]: not verified yet"), run.err()));
        }));
    }

    private static Stream<Path> programs(String folder) throws IOException, URISyntaxException {
        Path root = Path.of(SoundnessCorpusTest.class.getResource("/verify/" + folder).toURI());
        return Files.list(root).filter(p -> p.toString().endsWith(".kz")).sorted();
    }


    private static KoruRun verify(Path program) throws IOException {
        Matcher options = OPTIONS.matcher(Files.readString(program));
        return options.find() ? KoruRun.verifyWith(program, Stream.concat(Stream.of("--jobs", "1"),
                Stream.of(options.group(1).strip().split("\\s+"))).toArray(String[]::new)) : KoruRun.verify(program);
    }

    private static List<String> expectedErrors(Path program) throws IOException {
        Matcher matcher = EXPECT.matcher(Files.readString(program));
        return matcher.results().map(m -> m.group(1) + " at " + m.group(2)).toList();
    }
}
