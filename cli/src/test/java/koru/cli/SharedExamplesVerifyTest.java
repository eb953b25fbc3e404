package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance of issue 3 on the project's shared examples, when {@code shared/} sits beside the
 * clone (as in CI; skipped otherwise): {@code koru verify} proves every example in full, and fails
 * every reject example with the code its header announces ({@code // expect: KORU107 — …}).
 */
class SharedExamplesVerifyTest {
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");
    private static final Pattern EXPECT = Pattern.compile("^// expect: (KORU\\d{3})", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyExampleIsProvenInFull() throws IOException {
        return programs(EXAMPLES).map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            KoruRun run = KoruRun.verify(path);
            assertAll(
                    () -> assertEquals(ExitCode.OK, run.exitCode(), run.err()),
                    () -> assertFalse(run.err().contains("warning[KORU110]"), run.err()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRejectExampleFailsWithItsCode() throws IOException {
        return programs(EXAMPLES.resolve("reject")).map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Matcher expect = EXPECT.matcher(Files.readString(path));
            assertTrue(expect.find(), path + " announces no `// expect: KORUnnn`");
            KoruRun run = KoruRun.verify(path);
            assertAll(
                    () -> assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), run.err()),
                    () -> assertTrue(run.err().contains("error[" + expect.group(1) + "]"), run.err()));
        }));
    }

    private static Stream<Path> programs(Path folder) throws IOException {
        assumeTrue(Files.isDirectory(folder), "no " + folder + " beside the clone");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".kz")).sorted().toList();
            assertFalse(programs.isEmpty(), "no programs in " + folder);
            return programs.stream();
        }
    }
}
