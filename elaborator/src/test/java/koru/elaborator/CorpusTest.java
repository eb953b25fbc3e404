package koru.elaborator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
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
 * The test corpus: every program under {@code corpus/accept} must pass {@code koru check} with no
 * error, and every program under {@code corpus/reject} must fail with exactly the errors its
 * header announces, one {@code // expect: KORU022 at 9} line per error (code and 1-based line).
 *
 * <p>A program of several modules lives in a subdirectory with its own {@code koru.json}; its
 * entry file is {@code main.kz}, and only that file is run as a program (the other files are
 * modules it imports, or the other files of module {@code main}). Its expected lines may be in
 * any of its files, listed in reading order (by file path, then line).
 */
class CorpusTest {
    private static final Pattern EXPECT = Pattern.compile("^// expect: (KORU\\d{3}) at (\\d+)\\s*$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> acceptedProgramsHaveNoErrors() throws Exception {
        return programs("accept").map(path -> DynamicTest.dynamicTest(nameOf(path), path.toUri(), () -> {
            List<String> errors = errorsOf(path);
            assertEquals(List.of(), errors, "expected no errors in " + path.getFileName());
        }));
    }

    @TestFactory
    Stream<DynamicTest> rejectedProgramsFailWithTheAnnouncedCodes() throws Exception {
        return programs("reject").map(path -> DynamicTest.dynamicTest(nameOf(path), path.toUri(), () -> {
            List<String> expected = expectedErrors(path);
            assertFalse(expected.isEmpty(), path.getFileName() + " announces no `// expect: KORUnnn at LINE`");
            assertEquals(expected, errorsOf(path), "errors of " + path.getFileName());
        }));
    }

    static Stream<Path> programs(String folder) throws IOException, URISyntaxException {
        Path root = Path.of(CorpusTest.class.getResource("/corpus/" + folder).toURI());
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".kz"))
                .filter(p -> p.getParent().equals(root) || p.getFileName().toString().equals("main.kz"))
                .sorted();
    }

    /** {@code hello.kz}, or {@code res_modules/main.kz} for a program of several modules. */
    private static String nameOf(Path program) {
        String file = program.getFileName().toString();
        return file.equals("main.kz") ? program.getParent().getFileName() + "/" + file : file;
    }

    /** {@code KORU022 at 9} for every error, in reading order. */
    static List<String> errorsOf(Path program) throws IOException {
        return new Elaborator(Options.defaults()).elaborate(program).diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(d -> d.code() + " at " + d.span().line())
                .toList();
    }

    static List<String> expectedErrors(Path program) throws IOException {
        Matcher matcher = EXPECT.matcher(Files.readString(program));
        return matcher.results().map(m -> m.group(1) + " at " + m.group(2)).toList();
    }
}
