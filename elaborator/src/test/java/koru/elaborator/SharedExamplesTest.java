package koru.elaborator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import koru.elaborator.diag.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance against the project's shared examples, when the {@code shared/} folder sits beside
 * the clone (as in CI); a user's clone has no such folder and these tests are then skipped. Every
 * example must pass {@code koru check}; a reject example announcing a front-end code
 * ({@code // expect: KORU0nn}) must fail with it, and one announcing a verification code
 * ({@code KORU1nn}) must pass {@code check}, because only {@code verify} can find its error.
 */
class SharedExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");
    private static final Pattern EXPECT = Pattern.compile("expect: (KORU\\d{3})");

    @TestFactory
    Stream<DynamicTest> sharedExamplesPassCheck() throws IOException {
        assumeTrue(Files.isDirectory(EXAMPLES), "no shared/examples beside the clone");
        return kz(EXAMPLES).map(path -> DynamicTest.dynamicTest(path.getFileName().toString(),
                () -> assertEquals(List.of(), errorsOf(path))));
    }

    @TestFactory
    Stream<DynamicTest> sharedRejectExamplesFailWithTheirFrontEndCode() throws IOException {
        Path rejects = EXAMPLES.resolve("reject");
        assumeTrue(Files.isDirectory(rejects), "no shared/examples/reject beside the clone");
        return kz(rejects).map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Matcher expect = EXPECT.matcher(Files.readString(path));
            assertTrue(expect.find(), path + " names no expected code");
            String code = expect.group(1);
            List<String> errors = errorsOf(path);
            if (code.startsWith("KORU0")) {
                assertTrue(errors.contains(code), path.getFileName() + " must fail with " + code + " but gave " + errors);
            } else {
                assertEquals(List.of(), errors, path.getFileName() + " has only a verification error (" + code + ")");
            }
        }));
    }

    private static Stream<Path> kz(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".kz")).sorted().toList().stream();
        }
    }

    private static List<String> errorsOf(Path program) throws IOException {
        return new Elaborator(Options.defaults()).elaborate(program).diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(d -> d.code().id())
                .toList();
    }
}
