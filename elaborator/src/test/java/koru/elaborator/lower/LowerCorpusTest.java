package koru.elaborator.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.kernel.recheck.RecheckIr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every accepted corpus program, and every shared example when {@code shared/examples} sits beside
 * the clone, lowers to Core IR that the kernel's independent re-check accepts: lowering meets no
 * construct it cannot express and no untyped value, and produces well-formed IR.
 */
class LowerCorpusTest {
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");

    @TestFactory
    Stream<DynamicTest> everyAcceptedProgramLowers() throws IOException, URISyntaxException {
        Path root = Path.of(LowerCorpusTest.class.getResource("/corpus/accept").toURI());
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".kz"))
                .filter(p -> p.getParent().equals(root) || p.getFileName().toString().equals("main.kz"))
                .sorted()
                .map(path -> DynamicTest.dynamicTest(root.relativize(path).toString(), () -> assertLowers(path)));
    }

    @TestFactory
    Stream<DynamicTest> everySharedExampleLowers() throws IOException {
        assumeTrue(Files.isDirectory(EXAMPLES), "no shared/examples beside the clone");
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".kz")).sorted().toList().stream()
                    .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> assertLowers(path)));
        }
    }

    private static void assertLowers(Path program) throws IOException {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborate(program);
        assertFalse(elaboration.hasErrors(), () -> program + " has errors: " + elaboration.diagnostics());
        Optional<koru.kernel.ir.Program> lowered = LowerToCoreIr.lower(elaboration);
        assertTrue(lowered.isPresent(), program + " did not lower");
        assertFalse(lowered.get().events().isEmpty(), program + " lowered without its events");
        // Lowering and the kernel's re-check were written apart; on every program they must agree.
        assertEquals(List.of(), RecheckIr.check(lowered.get()), () -> program + ": the kernel refuses the lowered IR");
    }
}
