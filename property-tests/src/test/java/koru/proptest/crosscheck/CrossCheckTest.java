package koru.proptest.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import koru.kernel.interp.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Cross-checking {@code clamp} of {@code ../shared/examples/variants.kz} (copied to {@code clamp.kz}):
 * its three implementations and the interpreter agree; each wrong variant added to them is caught,
 * named, and shrunk to the smallest input that shows it, the same for the same seed.
 */
class CrossCheckTest {
    private static final String CLAMP = "clamp:clamp";

    private static CrossCheckReport failed(String appended, long seed) {
        CrossCheckResult result = Programs.crossCheck("clamp.kz", appended).check(CLAMP, 1_000, seed);
        return assertInstanceOf(CrossCheckResult.Failed.class, result, result::render).report();
    }

    private static List<Value> minimal(CrossCheckReport report) {
        return report.minimalInput().stream().map(Argument::value).toList();
    }

    private static List<Value> ints(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Value::of).map(Value.class::cast).toList();
    }

    @Test
    void clampsImplementationsAgreeOverAThousandTries() {
        CrossCheck crossCheck = Programs.crossCheck("clamp.kz", "");
        assertEquals(List.of(CLAMP), crossCheck.events());
        CrossCheckResult.Passed passed = assertInstanceOf(CrossCheckResult.Passed.class, crossCheck.check(CLAMP, 1_000, 42));
        assertEquals(List.of("clamp (interpreter)", "clamp|subflow", "clamp|java", "clamp|branchless"), passed.implementations());
        assertEquals(1_000, passed.tries());
    }

    /** Off by one above the upper bound: the least input that shows it is one above a bound of 0. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void anOffByOneAtTheUpperBoundShrinksToOneAboveIt(long seed) {
        CrossCheckReport report = failed("""

                ~proc clamp|java(off_by_one) {
                    return clamped(x > hi ? hi - 1 : Math.max(x, lo));
                }
                """, seed);
        assertEquals(List.of("clamp|off_by_one"), report.wrongImplementations());
        assertEquals(List.of("x", "lo", "hi"), report.minimalInput().stream().map(Argument::name).toList());
        assertEquals(ints(1, 0, 0), minimal(report), report::render);
        assertTrue(report.problems().contains(new Problem.Disagrees("clamp|off_by_one", "clamp (interpreter)", List.of())), report::render);
        assertTrue(report.problems().contains(new Problem.BreaksPostcondition("clamp|off_by_one", "clamped", "in.lo <= clamped",
                "clamp's clamped satisfies its postcondition `in.lo <= clamped`: it does not")), report::render);
        assertEquals(new Answer("clamp|off_by_one", new koru.kernel.interp.Ended.Branch("clamped", java.util.Optional.of(Value.of(-1)))),
                report.answers().getLast());
    }

    @Test
    void theSameSeedMakesTheSameReport() {
        String offByOne = """

                ~proc clamp|java(off_by_one) {
                    return clamped(x > hi ? hi - 1 : Math.max(x, lo));
                }
                """;
        assertEquals(failed(offByOne, 11), failed(offByOne, 11));
        assertEquals(failed(offByOne, 11).render(), failed(offByOne, 11).render());
    }
}
