package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code koru verify} on the project's shared examples, when {@code shared/} sits beside the clone
 * (as in CI; skipped otherwise). A reject example announcing a verification code
 * ({@code // expect: KORU1nn}) must never be reported all proven; the good examples that need no
 * {@code for} loop or state reasoning beyond what is verified must report no failure, and the
 * capability example is proven in full.
 */
class SharedExamplesVerifyTest {
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");
    private static final Pattern EXPECT = Pattern.compile("expect: (KORU1\\d{2})");

    private static int verify(Path file, StringWriter err) {
        return Koru.run(new String[] {"verify", "--color", "never", file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @TestFactory
    Stream<DynamicTest> rejectExamplesWithAVerificationCodeAreNotAllProven() throws IOException {
        Path rejects = EXAMPLES.resolve("reject");
        assumeTrue(Files.isDirectory(rejects), "no shared/examples/reject beside the clone");
        try (Stream<Path> files = Files.list(rejects)) {
            return files.filter(p -> p.toString().endsWith(".kz")).sorted().toList().stream()
                    .filter(p -> EXPECT.matcher(read(p)).find())
                    .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                        StringWriter err = new StringWriter();
                        assertNotEquals(0, verify(path, err), err.toString());
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> goodExamplesReportNoFailure() {
        assumeTrue(Files.isDirectory(EXAMPLES), "no shared/examples beside the clone");
        return List.of("ledger.kz", "variants.kz", "capabilities.kz", "hello.kz", "loops.kz").stream()
                .map(EXAMPLES::resolve)
                .filter(Files::isRegularFile)
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    StringWriter err = new StringWriter();
                    int exitCode = verify(path, err);
                    assertTrue(exitCode == 0 || exitCode == 3, "exit " + exitCode + "\n" + err);
                    assertTrue(err.toString().contains(" 0 failed, 0 unknown"), err.toString());
                }));
    }

    @Test
    void theCapabilityExampleIsProvenInFull() {
        Path capabilities = EXAMPLES.resolve("capabilities.kz");
        assumeTrue(Files.isRegularFile(capabilities), "no shared/examples beside the clone");
        StringWriter err = new StringWriter();
        int exitCode = verify(capabilities, err);
        assertAll(
                () -> assertEquals(0, exitCode, err.toString()),
                () -> assertFalse(err.toString().contains("warning[KORU110]"), err.toString()));
    }

    @TestFactory
    Stream<DynamicTest> theExpectedCodeIsReportedWhereTheKernelCoversIt() throws IOException {
        Path rejects = EXAMPLES.resolve("reject");
        assumeTrue(Files.isDirectory(rejects), "no shared/examples/reject beside the clone");
        // KORU101-105 and 109 come from the kernel's obligations, KORU107 from the leaks elaboration found.
        Pattern covered = Pattern.compile("KORU10[1-579]");
        try (Stream<Path> files = Files.list(rejects)) {
            return files.filter(p -> p.toString().endsWith(".kz")).sorted().toList().stream()
                    .map(path -> {
                        Matcher expect = EXPECT.matcher(read(path));
                        return expect.find() && covered.matcher(expect.group(1)).matches()
                                ? DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                                    StringWriter err = new StringWriter();
                                    verify(path, err);
                                    assertTrue(err.toString().contains("error[" + expect.group(1) + "]"), err.toString());
                                })
                                : null;
                    })
                    .filter(java.util.Objects::nonNull);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
