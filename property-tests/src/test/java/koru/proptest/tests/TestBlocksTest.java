package koru.proptest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.proptest.checks.Case;
import koru.proptest.checks.Checked;
import koru.proptest.checks.Settings;
import koru.proptest.load.ProgramUnderTest;
import org.junit.jupiter.api.Test;

/** {@code ~test} blocks run once per implementation of the events they reach, and a wrong variant fails only its own runs. */
class TestBlocksTest {
    private static final Path TESTS = Path.of("src", "test", "resources", "tests");

    @Test
    void variantsKzPassesUnderEveryImplementationOfClamp() {
        List<Checked> checked = run("passing/variants.kz", "");
        assertEquals(List.of(
                "clamp keeps values already in range [clamp|interpreter]: passed",
                "clamp keeps values already in range [clamp|subflow]: passed",
                "clamp keeps values already in range [clamp|java]: passed",
                "clamp keeps values already in range [clamp|branchless]: passed",
                "clamp pulls values up to the floor [clamp|interpreter]: passed",
                "clamp pulls values up to the floor [clamp|subflow]: passed",
                "clamp pulls values up to the floor [clamp|java]: passed",
                "clamp pulls values up to the floor [clamp|branchless]: passed"), lines(checked));
    }

    @Test
    void aWrongVariantFailsItsTestUnderThatVariantOnlyWithTheAssertionAndTheValuesItRead() {
        List<Checked> failed = run("failing/wrong_floor.kz", "").stream().filter(c -> !c.passed()).toList();
        assertEquals(List.of("clamp pulls values up to the floor [clamp|floor_plus_one]: failed: assert(c == 0) at wrong_floor.kz:28:20, c = 1"),
                lines(failed));
        assertEquals(8, run("failing/wrong_floor.kz", "").size());
    }

    @Test
    void aVariantThatThrowsFaultsItsRuns() {
        List<Checked> checked = run("passing/variants.kz", """

                ~proc clamp|java(throws) {
                    throw new IllegalStateException("not written yet");
                }
                """);
        List<Checked> faulted = checked.stream().filter(c -> !c.passed()).toList();
        assertEquals(List.of("clamp keeps values already in range [clamp|throws]", "clamp pulls values up to the floor [clamp|throws]"),
                faulted.stream().map(Checked::title).toList());
        faulted.forEach(c -> assertInstanceOf(Checked.Verdict.Faulted.class, c.verdict(), c.outcome()));
    }

    @Test
    void aMockThatBreaksItsEventsContractFaultsAtTheMocksLineAndColumn() {
        List<Checked> checked = run("passing/variants.kz", """

                ~test(a mock keeps the contract) {
                    ~clamp = clamped hi + 1
                    ~clamp(x: 5, lo: 0, hi: 10)
                    | clamped c |> assert(c == 11)
                }
                """);
        assertEquals(List.of("a mock keeps the contract: faulted: clamp's clamped satisfies its postcondition"
                + " `((in.lo <= clamped) && (clamped <= in.hi)) && (((in.lo <= in.x) && (in.x <= in.hi)) ==> (clamped == in.x))`:"
                + " does not hold (KORU102, at variants.kz:33:14)"), lines(checked.subList(8, checked.size())));
    }

    @Test
    void anEventReachedThroughAnInterpretedSubflowIsVariedAndAMockedOneIsNot() {
        assertEquals(List.of(
                "quadruple multiplies by four [quadruple|interpreter, double|java]: passed",
                "quadruple multiplies by four [quadruple|interpreter, double|shifted]: passed",
                "quadruple multiplies by four [quadruple|subflow]: passed",
                // quadruple's extracted Java would call the real double, not the mock: only the interpreter runs it.
                "a mock of double is not varied: passed"), lines(run("passing/scaled.kz", "")));
    }

    @Test
    void aWrongVariantReachedThroughASubflowFailsUnderThatCombination() {
        List<Checked> failed = run("passing/scaled.kz", """

                ~proc double|java(squared) {
                    return doubled(x * x);
                }
                """).stream().filter(c -> !c.passed()).toList();
        assertEquals(List.of("quadruple multiplies by four [quadruple|interpreter, double|squared]: failed: assert(q == 28) at scaled.kz:19:23, q = 98"),
                lines(failed));
    }

    /** {@code ~clamp|floor_plus_one(…)} in a test runs that variant, once, whatever the matrix varies elsewhere. */
    @Test
    void aCallThatNamesAVariantRunsItAloneAndIsNotVaried() {
        List<Checked> named = run("failing/wrong_floor.kz", """

                ~test(a call that names a variant runs it) {
                    ~clamp|floor_plus_one(x: -3, lo: 0, hi: 10)
                    | clamped c |> assert(c == 1)
                }
                """).stream().filter(c -> c.title().startsWith("a call that names")).toList();
        // c == 1 holds of floor_plus_one only: the interpreter, the subflow and clamp|java answer 0.
        assertEquals(List.of("a call that names a variant runs it: passed"), lines(named));
    }

    /** Twelve combinations, capped at eight: the six that run each implementation once, two more, and a skipped case for the rest. */
    @Test
    void aCappedMatrixRunsEveryImplementationAtLeastOnceAndSaysWhatItLeftOut() {
        assertEquals(12, run("passing/inc_dec.kz", "").size());
        List<String> capped = lines(run("passing/inc_dec.kz", "", new Settings(Settings.DEFAULT_TRIES, 1, 8)));
        assertEquals(List.of(
                "inc then dec [inc|interpreter, dec|interpreter]: passed",
                "inc then dec [inc|interpreter, dec|subflow]: passed",
                "inc then dec [inc|interpreter, dec|java]: passed",
                "inc then dec [inc|subflow, dec|interpreter]: passed",
                "inc then dec [inc|subflow, dec|subflow]: passed",
                "inc then dec [inc|subflow, dec|java]: passed",
                "inc then dec [inc|java, dec|interpreter]: passed",
                "inc then dec [inc|twice, dec|interpreter]: passed",
                "inc then dec [the other combinations]: skipped: 4 of its 12 combinations of implementations not run: 8 were,"
                        + " every implementation at least once (at most 8 unless told)"), capped);
        // A cap below what covers every implementation is exceeded rather than leave one out.
        List<String> tight = lines(run("passing/inc_dec.kz", "", new Settings(Settings.DEFAULT_TRIES, 1, 1)));
        assertEquals(7, tight.size(), String.join("\n", tight));
        assertTrue(tight.getLast().contains("6 of its 12 combinations of implementations not run: 6 were"), tight.getLast());
    }

    private static List<String> lines(List<Checked> checked) {
        return checked.stream().map(c -> c.title() + ": " + c.outcome()).toList();
    }

    /** The checks of the {@code ~test} blocks of {@code resource} with {@code appended} added to its text. */
    static List<Checked> run(String resource, String appended) {
        return run(resource, appended, new Settings(Settings.DEFAULT_TRIES, 1));
    }

    private static List<Checked> run(String resource, String appended, Settings settings) {
        String text;
        try {
            text = Files.readString(TESTS.resolve(resource)) + appended;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = Path.of(resource).getFileName().toString();
        ProgramUnderTest.Loading loading = ProgramUnderTest.load(new Elaborator(Options.defaults()).elaborateText(name, text));
        ProgramUnderTest program = assertInstanceOf(ProgramUnderTest.Loading.Loaded.class, loading, loading.toString()).program();
        return new TestBlocks().plan(program, settings).stream().map(Case::run).toList();
    }
}
