package koru.proptest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** The {@code koru} engine run through the JUnit Platform launcher (EngineTestKit), as Surefire and IDEs run it. */
class KoruTestEngineTest {
    private static final Path TESTS = Path.of("src", "test", "resources", "tests");

    @Test
    void variantsKzIsAContainerWithAPassingTestPerTestAndVariant() {
        EngineExecutionResults results = EngineTestKit.engine(KoruTestEngine.ID).selectors(selectFile(TESTS.resolve("passing/variants.kz").toFile()))
                .execute();
        Map<String, TestExecutionResult.Status> tests = outcomes(results);
        assertEquals(1 + 8, tests.size(), "the cross-check of clamp, then two tests under four implementations: " + tests);
        assertTrue(tests.containsKey("cross-check of clamp"), tests.toString());
        assertTrue(tests.containsKey("clamp keeps values already in range [clamp|branchless]"), tests.toString());
        assertTrue(tests.values().stream().allMatch(TestExecutionResult.Status.SUCCESSFUL::equals), tests.toString());
        List<Event> containers = results.containerEvents().finished().list();
        assertTrue(containers.stream().anyMatch(event -> event.getTestDescriptor().getDisplayName().endsWith("variants.kz")
                && event.getTestDescriptor().getSource().orElseThrow() instanceof FileSource), containers.toString());
    }

    @Test
    void aWrongVariantFailsItsCrossCheckAndItsTestUnderThatVariantOnlyWithTheAssertionAsTheMessage() {
        EngineExecutionResults results = EngineTestKit.engine(KoruTestEngine.ID).selectors(selectClasspathResource("tests/failing/wrong_floor.kz"))
                .execute();
        assertEquals(1 + 8, results.testEvents().started().count());
        List<Event> failed = results.testEvents().failed().list();
        assertEquals(2, failed.size(), failed.toString());
        assertEquals("cross-check of clamp", failed.get(0).getTestDescriptor().getDisplayName());
        Throwable disagreement = failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertTrue(assertInstanceOf(AssertionError.class, disagreement).getMessage().contains("clamp|floor_plus_one"), disagreement.getMessage());
        assertEquals("clamp pulls values up to the floor [clamp|floor_plus_one]", failed.get(1).getTestDescriptor().getDisplayName());
        Throwable thrown = failed.get(1).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertEquals("assert(c == 0) at tests/failing/wrong_floor.kz:28:20, c = 1", assertInstanceOf(AssertionError.class, thrown).getMessage());
    }

    @Test
    void theConfiguredPathsAreTestedAndAFileWithFrontEndErrorsIsATestThatFaults(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("broken.kz"), "~event e { x: i64 }\n~proc nosuch|java { return; }\n");
        EngineExecutionResults results = EngineTestKit.engine(KoruTestEngine.ID)
                .configurationParameter(EngineSettings.PATHS, TESTS.resolve("failing/wrong_floor.kz") + ", " + directory)
                .execute();
        assertEquals(7, results.testEvents().succeeded().count(), "wrong_floor.kz's 9 but its cross-check and one test");
        List<Event> failed = results.testEvents().failed().list();
        assertEquals(3, failed.size(), failed.toString());
        Event broken = failed.get(2);
        assertEquals("not tested", broken.getTestDescriptor().getDisplayName());
        assertTrue(broken.getTestDescriptor().getParent().orElseThrow().getDisplayName().endsWith("broken.kz"));
        Throwable why = broken.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertInstanceOf(KoruFault.class, why);
        assertTrue(why.getMessage().contains("KORU040"), why.getMessage());
    }

    @Test
    void aDirectorySelectorTestsEveryKzFileUnderItAndAClassSelectorNone() {
        // wrong_floor.kz, scaled.kz, variants.kz, and inc_dec.kz (12 combinations, 2 cross-checks).
        assertEquals(9 + 6 + 9 + 14, EngineTestKit.engine(KoruTestEngine.ID).selectors(selectDirectory(TESTS.toFile())).execute()
                .testEvents().finished().count());
        assertEquals(0, EngineTestKit.engine(KoruTestEngine.ID).selectors(
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(KoruTestEngineTest.class)).execute()
                .allEvents().filter(event -> event.getType() == EventType.STARTED).count() - 1, "only the engine starts");
    }

    private static Map<String, TestExecutionResult.Status> outcomes(EngineExecutionResults results) {
        Map<String, TestExecutionResult.Status> outcomes = new TreeMap<>();
        results.testEvents().finished().stream().forEach(event -> outcomes.put(event.getTestDescriptor().getDisplayName(),
                event.getPayload(TestExecutionResult.class).orElseThrow().getStatus()));
        return outcomes;
    }

    /** Each case names its line: an IDE opens the {@code ~test} (or the event a cross-check checks) where it is declared. */
    @Test
    void eachCaseNamesTheLineAndColumnItIsDeclaredAt() {
        Map<String, FilePosition> positions = new TreeMap<>();
        EngineTestKit.engine(KoruTestEngine.ID).selectors(selectFile(TESTS.resolve("passing/variants.kz").toFile())).execute()
                .testEvents().finished().list().forEach(event -> positions.put(event.getTestDescriptor().getDisplayName(),
                        ((FileSource) event.getTestDescriptor().getSource().orElseThrow()).getPosition().orElseThrow()));
        assertEquals(FilePosition.from(3, 1), positions.get("cross-check of clamp"), positions.toString());
        assertEquals(FilePosition.from(27, 1), positions.get("clamp pulls values up to the floor [clamp|java]"), positions.toString());
    }

    /** An IDE's "run this test again" sends the case's unique id: that case runs, and no other. */
    @Test
    void aUniqueIdSelectorRunsTheCaseItNamesOrTheWholeFile() {
        UniqueId file = UniqueId.forEngine(KoruTestEngine.ID).append("kz", TESTS.resolve("failing/wrong_floor.kz").toString());
        UniqueId oneCase = file.append("case", "clamp pulls values up to the floor [clamp|floor_plus_one]");
        EngineExecutionResults one = EngineTestKit.engine(KoruTestEngine.ID).selectors(selectUniqueId(oneCase)).execute();
        assertEquals(List.of("clamp pulls values up to the floor [clamp|floor_plus_one]"),
                one.testEvents().failed().list().stream().map(event -> event.getTestDescriptor().getDisplayName()).toList());
        assertEquals(1, one.testEvents().started().count());
        assertEquals(oneCase, one.testEvents().started().list().getFirst().getTestDescriptor().getUniqueId());

        assertEquals(1 + 8, EngineTestKit.engine(KoruTestEngine.ID).selectors(selectUniqueId(file)).execute().testEvents().started().count());
        UniqueId resource = UniqueId.forEngine(KoruTestEngine.ID).append("kz-resource", "tests/passing/variants.kz")
                .append("case", "cross-check of clamp");
        assertEquals(1, EngineTestKit.engine(KoruTestEngine.ID).selectors(selectUniqueId(resource)).execute().testEvents().succeeded().count());
        // Another engine's ids select nothing here.
        assertEquals(0, EngineTestKit.engine(KoruTestEngine.ID).selectors(selectUniqueId(UniqueId.forEngine("junit-jupiter")
                .append("kz", TESTS.resolve("failing/wrong_floor.kz").toString()))).execute().testEvents().started().count());
    }
}
