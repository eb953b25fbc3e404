package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import koru.kernel.describe.Describe;
import koru.kernel.interp.Ended;
import koru.proptest.crosscheck.CrossCheckResult;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The differential test of the extractor (issue 6, docs/testing.md): on every shipped example and
 * every program of the soundness corpus the verifier proves, the extracted Java and the reference
 * interpreter agree. Each event implemented by a subflow is cross-checked ({@code CrossCheck}): run by
 * the interpreter, as extracted Java and as any proc variant on generated inputs that satisfy its
 * precondition, they must end alike and meet the postcondition; the top-level flows run both ways
 * must print the same lines. An event the program leaves unimplemented gets a printing stub when it
 * has no branches ({@link ComparedProgram#elaborate}). What cannot be compared is reported as a
 * skipped test that says why, never left out. Two tests break a program on purpose and must fail.
 */
class ExtractorDifferentialTest {
    private static final Path SHIPPED = Path.of("..", "examples");
    private static final Path SHARED = Path.of("..", "..", "shared", "examples");
    /** Inputs generated per event: enough to reach each branch of the corpus's subflows, few enough to stay under a minute in all. */
    private static final int TRIES = 200;
    /** One seed for every event, so a failure is reproduced by running the test again. */
    private static final long SEED = 6;

    @TestFactory
    Stream<DynamicNode> shippedExamples() throws IOException {
        return programs(SHIPPED).map(ExtractorDifferentialTest::compared);
    }

    @TestFactory
    Stream<DynamicNode> sharedExamples() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "no " + SHARED + " beside the clone");
        return programs(SHARED).map(ExtractorDifferentialTest::compared);
    }

    /** {@code verify/prove}: every program {@code koru verify} proves in full (SoundnessCorpusTest). */
    @TestFactory
    Stream<DynamicNode> soundnessCorpusProvenPrograms() throws IOException, URISyntaxException {
        return programs(corpus("prove")).map(ExtractorDifferentialTest::compared);
    }

    /**
     * {@code verify/reject} (the verifier refuses them: an overflow, a false postcondition…) and {@code verify/unverified}
     * (never reported verified) are not compared: {@code koru build} refuses them, and their extracted Java need not match
     * the interpreter where a proof is missing (an unchecked sum wraps where the interpreter faults). One skipped test each
     * says so with the count, rather than a skipped test per program.
     */
    @TestFactory
    Stream<DynamicTest> corpusProgramsTheVerifierDoesNotAcceptAreNotCompared() throws IOException, URISyntaxException {
        return Stream.of(notAccepted("reject", "the verifier rejects them"), notAccepted("unverified", "the verifier does not cover them yet"));
    }

    private static DynamicTest notAccepted(String folder, String why) throws IOException, URISyntaxException {
        long count = programs(corpus(folder)).count();
        return DynamicTest.dynamicTest("verify/" + folder, corpus(folder).toUri(), () -> abort("skipped: " + ReadFailure.counted(count, "program")
                + " of verify/" + folder + ": " + why + ", and koru build refuses them, so no extracted code is held to the interpreter"));
    }

    /** One container per program: a test per event with a subflow, and one for its top-level flows. */
    private static DynamicNode compared(Path file) {
        ComparedProgram program;
        try {
            program = ComparedProgram.elaborate(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DynamicNode> tests = new ArrayList<>();
        program.subflowEvents().forEach(event -> tests.add(DynamicTest.dynamicTest("event " + Describe.simple(event), file.toUri(),
                () -> subflowAgrees(program, event))));
        if (program.hasFlows()) {
            tests.add(DynamicTest.dynamicTest("top-level flows", file.toUri(), () -> flowsPrintAlike(program)));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(), tests.stream());
    }

    static void subflowAgrees(ComparedProgram program, String event) {
        program.whyNotBuilt().ifPresent(why -> abort("skipped: " + why));
        switch (program.crossChecked(event, TRIES, SEED)) {
            case CrossCheckResult.Passed passed -> assertEquals(TRIES, passed.tries());
            case CrossCheckResult.Skipped skipped -> abort(skipped.render());
            case CrossCheckResult.Failed failed -> fail(failed.render());
            case CrossCheckResult.GaveUp gaveUp -> fail(gaveUp.render());
        }
    }

    static void flowsPrintAlike(ComparedProgram program) {
        program.whyNotBuilt().ifPresent(why -> abort("skipped: " + why));
        program.whyFlowsAreNotCompared().ifPresent(why -> abort("skipped: " + why));
        ComparedProgram.Printed interpreted = program.flowsInterpreted();
        if (interpreted.stoppedShort().orElse(null) instanceof Ended.Stopped stopped) {
            abort("skipped: the interpreter " + stopped.what());
        }
        ComparedProgram.Printed extracted = program.flowsExtracted();
        String stops = "interpreter: " + interpreted.stoppedShort() + "\nextracted:   " + extracted.stoppedShort();
        assertEquals(interpreted.faulted(), extracted.faulted(), "one side faulted, the other did not\n" + stops);
        if (program.spawns()) {
            // The runtime runs a task beside the path that spawned it, the interpreter before it: the lines, not their order.
            assertEquals(interpreted.lines().sorted().toList(), extracted.lines().sorted().toList(), stops);
        } else {
            assertEquals(interpreted.text(), extracted.text(), stops);
        }
    }

    // ------------------------------------------------------------ the test can fail

    /** The interpreter runs {@code div_checked} with {@code >} made {@code >=}: the extracted code must be found to differ. */
    @Test
    void aSubflowThatDiffersFromItsExtractedCodeIsCaughtNamedAndShrunk() throws Exception {
        ComparedProgram broken = ComparedProgram.interpreting(text -> text.replace("a / b > 1", "a / b >= 1"),
                corpus("prove").resolve("div_checked.kz"));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> subflowAgrees(broken, "div_checked:ratio_above"));
        String report = failure.getMessage();
        assertTrue(report.contains("ratio_above (interpreter)") && report.contains("ratio_above|subflow"), report);
        // Shrunk to where `>` and `>=` part: a / b == 1, with the smallest such numbers.
        assertTrue(report.contains("a = 1, b = 1"), report);
        assertTrue(report.contains("seed " + SEED), report);
        // Its other event, unchanged, still agrees.
        subflowAgrees(broken, "div_checked:divide");
    }

    /** The interpreter runs {@code hello.kz} with one printed word changed: the flows must be found to print otherwise. */
    @Test
    void flowsThatPrintOtherwiseAreCaught() throws Exception {
        ComparedProgram broken = ComparedProgram.interpreting(text -> text.replace("Hello", "Jello"), SHIPPED.resolve("hello.kz"));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> flowsPrintAlike(broken));
        assertTrue(failure.getMessage().contains("Jello") && failure.getMessage().contains("Hello"), failure.getMessage());
    }

    // ------------------------------------------------------------ programs

    private static Stream<Path> programs(Path folder) throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(folder)) {
            programs = files.filter(p -> p.toString().endsWith(".kz")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in " + folder);
        return programs.stream();
    }

    private static Path corpus(String folder) throws URISyntaxException {
        return Path.of(ExtractorDifferentialTest.class.getResource("/verify/" + folder).toURI());
    }
}
