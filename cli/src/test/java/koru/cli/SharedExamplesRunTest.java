package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance of issue 5 on the project's shared examples, when {@code shared/} sits beside the
 * clone (skipped otherwise): {@code koru run} prints exactly the output each example's comments and
 * code imply. The outputs below are derived from each example's comments and code; an
 * example with no entry here fails, so a new one cannot slip through untested.
 */
class SharedExamplesRunTest {
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");
    /** What {@code files.kz} opens: a path relative to the working directory, which is {@code cli/} under Maven. */
    private static final Path FILES_KZ_READS = Path.of("README.md");

    private static final Map<String, String> EXPECTED_OUTPUT = Map.of(
            // `restrict` keeps only `write`, which is what `edit` needs; the proc prints the doc and the text.
            "capabilities.kz", "doc 7 <- hello\n",
            // Every line of README.md, in order; or the failure branch, whose message is the missing path.
            "files.kz", linesOrFailure(FILES_KZ_READS),
            "hello.kz", "Hello, Koru!\n",
            // 30 of alice's 100 go to bob's 50; the supply stays 150.
            "ledger.kz", "alice=70 bob=80 supply=150\n",
            "loops.kz", "3 * 14 = 42\n",
            // The tap observes `work -> done` before the flow's own continuation runs.
            "taps.kz", "audit: work finished with 42\nresult 42\n",
            // Only `~test` blocks and no top-level flow: `koru run` has nothing to run and prints nothing.
            "variants.kz", "");

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsWhatItsCommentsImply() throws IOException {
        assumeTrue(Files.isDirectory(EXAMPLES), "no " + EXAMPLES + " beside the clone");
        List<Path> programs;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            programs = files.filter(p -> p.toString().endsWith(".kz")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in " + EXAMPLES);
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            String name = program.getFileName().toString();
            assertTrue(EXPECTED_OUTPUT.containsKey(name), name + " has no expected output in " + SharedExamplesRunTest.class.getSimpleName());
            KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", program.toString());
            assertAll(
                    () -> assertEquals(EXPECTED_OUTPUT.get(name), run.out(), run.err()),
                    () -> assertEquals(ExitCode.OK, run.exitCode(), run.err()));
        }));
    }

    /** As {@code files.kz} prints a file: each line read by {@code readLine}, then a line separator; else {@code cannot open: PATH}. */
    private static String linesOrFailure(Path file) {
        if (!Files.isRegularFile(file)) {
            return "cannot open: " + file + "\n";
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(line -> line + "\n").collect(Collectors.joining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
