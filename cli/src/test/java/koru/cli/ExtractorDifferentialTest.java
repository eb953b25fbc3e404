package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;
import koru.proptest.EventInputs;
import koru.proptest.NotGenerable;
import koru.proptest.Property;
import koru.proptest.Result;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential test of the extractor (issue 6, docs/testing.md): on every shipped example and
 * every program of the soundness corpus the verifier proves, the extracted Java and the reference
 * interpreter agree. Each event implemented by a subflow is run both ways on generated inputs that
 * satisfy its precondition, and must end alike; the top-level flows run both ways must print the
 * same lines. What cannot be compared is reported as a skipped test that says why, never left out.
 */
class ExtractorDifferentialTest {
    private static final Path SHIPPED = Path.of("..", "examples");
    private static final Path SHARED = Path.of("..", "..", "shared", "examples");
    /** Inputs generated per event: enough to reach each branch of the corpus's subflows, few enough to stay under a minute in all. */
    private static final int TRIES = 200;
    /** One seed for every event, so a failure is reproduced by running the test again. */
    private static final long SEED = 6;
    /** Replays while shrinking a disagreement: each runs both sides, and a small input is reached long before. */
    private static final int SHRINK_BUDGET = 300;

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
     * (never reported verified): {@code koru build} does not build them, so there is no extracted code to compare.
     */
    @TestFactory
    Stream<DynamicNode> corpusProgramsTheVerifierDoesNotAcceptAreSkipped() throws IOException, URISyntaxException {
        return Stream.of(notAccepted("reject", "the verifier rejects it"),
                notAccepted("unverified", "it uses constructs the verifier does not cover yet"));
    }

    private static DynamicContainer notAccepted(String folder, String why) throws IOException, URISyntaxException {
        return DynamicContainer.dynamicContainer("verify/" + folder, programs(corpus(folder)).map(program ->
                DynamicTest.dynamicTest(program.getFileName().toString(), program.toUri(),
                        () -> abort("skipped: " + why + " (verify/" + folder + "), so it does not build"))));
    }

    /** One container per program: a test per event with a subflow, and one for its top-level flows. */
    private static DynamicNode compared(Path file) {
        ComparedProgram program = ComparedProgram.elaborate(file);
        List<DynamicNode> tests = new ArrayList<>();
        program.subflowEvents().forEach(event -> tests.add(DynamicTest.dynamicTest("event " + event, file.toUri(),
                () -> subflowAgrees(program, event))));
        if (program.hasFlows()) {
            tests.add(DynamicTest.dynamicTest("top-level flows", file.toUri(), () -> flowsPrintAlike(program)));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(), tests.stream());
    }

    private static void subflowAgrees(ComparedProgram program, String event) {
        EventInputs inputs;
        try {
            inputs = program.inputsOf(event, SEED);
        } catch (NotGenerable notGenerable) {
            abort("skipped: its inputs cannot be generated: " + notGenerable.getMessage());
            return;
        }
        Result<List<Value>> result = Property.forAll(inputs.gen()).seed(SEED).tries(TRIES).shrinkBudget(SHRINK_BUDGET).checkThrowing(args -> {
            Ended interpreted = program.interpreted(event, args);
            Ended extracted = program.extracted(event, args);
            if (!(interpreted instanceof Ended.Fault && extracted instanceof Ended.Fault)) {
                assertEquals(interpreted, extracted, "the interpreter's run (expected) and the extracted subflow's (actual)");
            }
        });
        result.orThrow();
    }

    private static void flowsPrintAlike(ComparedProgram program) {
        program.whyFlowsAreNotCompared().ifPresent(why -> abort("skipped: " + why));
        ComparedProgram.Printed interpreted = program.flowsInterpreted();
        ComparedProgram.Printed extracted = program.flowsExtracted();
        String faults = "interpreter: " + interpreted.fault() + "\nextracted:   " + extracted.fault();
        assertEquals(interpreted.fault().isPresent(), extracted.fault().isPresent(), "one side faulted, the other did not\n" + faults);
        if (program.spawns()) {
            // The runtime runs a task beside the path that spawned it, the interpreter before it: the lines, not their order.
            assertEquals(interpreted.lines().sorted().toList(), extracted.lines().sorted().toList(), faults);
        } else {
            assertEquals(interpreted.text(), extracted.text(), faults);
        }
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
