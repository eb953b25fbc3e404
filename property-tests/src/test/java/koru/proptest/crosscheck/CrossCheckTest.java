package koru.proptest.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Interpreter;
import koru.kernel.interp.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        return Arrays.stream(values).mapToObj(Value::of).map(Value.class::cast).toList();
    }

    private static Ended clamped(long value) {
        return new Ended.Branch("clamped", Optional.of(Value.of(value)));
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
        assertEquals(new Answer("clamp|off_by_one", clamped(-1)),
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

    /**
     * {@code x > lo} for {@code x < lo}: wrong wherever x is not in range and the bounds differ, or x is in range above lo;
     * the least such input has x one below lo.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aFlippedComparisonShrinksToNeighbouringValues(long seed) {
        CrossCheckReport report = failed("""

                ~proc clamp|java(flipped) {
                    if (x > lo) return clamped(lo);
                    if (x > hi) return clamped(hi);
                    return clamped(x);
                }
                """, seed);
        assertEquals(List.of("clamp|flipped"), report.wrongImplementations());
        assertEquals(ints(0, 1, 1), minimal(report), report::render);
    }

    /** Always the lower bound: it breaks the clause that keeps values already in range, and disagrees. */
    @Test
    void aVariantAnsweringTheLowerBoundBreaksTheInRangeClause() {
        CrossCheckReport report = failed("""

                ~proc clamp|java(floor) {
                    return clamped(lo);
                }
                """, 5);
        assertEquals(ints(1, 0, 1), minimal(report), report::render);
        String inRange = "((in.lo <= in.x) && (in.x <= in.hi)) ==> (clamped == in.x)";
        assertEquals(List.of(
                new Problem.BreaksPostcondition("clamp|floor", "clamped", inRange,
                        "clamp's clamped satisfies its postcondition `" + inRange + "`: it does not"),
                new Problem.Disagrees("clamp|floor", "clamp (interpreter)", List.of())), report.problems(), report::render);
    }

    /** Above the upper bound, always: every other implementation answers otherwise, and the contract says why it is wrong. */
    @Test
    void aVariantThatBreaksThePostconditionAgreesWithNobody() {
        CrossCheckReport report = failed("""

                ~proc clamp|java(above) {
                    return clamped(hi + 1);
                }
                """, 9);
        assertEquals(ints(0, 0, 0), minimal(report), report::render);
        assertEquals(clamped(1), report.answers().getLast().ended());
        assertTrue(report.answers().stream().limit(4).allMatch(answer -> answer.ended().equals(clamped(0))), report::render);
        assertTrue(report.problems().contains(new Problem.BreaksPostcondition("clamp|above", "clamped", "clamped <= in.hi",
                "clamp's clamped satisfies its postcondition `clamped <= in.hi`: it does not")), report::render);
    }

    @Test
    void aProcThatThrowsFaultsOnTheLeastInputThatMakesItThrow() {
        CrossCheckReport report = failed("""

                ~proc clamp|java(thrower) {
                    if (x == hi) throw new IllegalStateException("x at the top");
                    return clamped(Math.max(lo, Math.min(x, hi)));
                }
                """, 4);
        assertEquals(ints(0, 0, 0), minimal(report), report::render);
        assertEquals(List.of(new Problem.Faulted("clamp|thrower", "clamp|thrower threw java.lang.IllegalStateException: x at the top")),
                report.problems(), report::render);
    }

    /** A limit near 2^32 takes more steps than the interpreter's budget: those inputs are set aside, the others compared. */
    @Test
    void inputsTheInterpreterStopsOnAreSetAsideNotReported() {
        CrossCheckResult.Passed passed = assertInstanceOf(CrossCheckResult.Passed.class,
                Programs.crossCheck("count.kz", "").check("count:count", 200, 8), () -> "");
        assertEquals(List.of("count (interpreter)", "count|subflow"), passed.implementations());
        assertEquals(200, passed.tries());
    }

    /**
     * {@code forever} never ends for n > 0: every such input is set aside, and the cross-check gives up saying why (under
     * a budget of a thousand steps, so that the thousand inputs it sets aside take a fraction of a second).
     */
    @Test
    void anEventTheInterpreterAlwaysStopsOnGivesUpSayingSo() {
        CrossCheckResult result = Programs.crossCheck("count.kz", "", new Interpreter.Limits(1_000, 100)).check("count:forever", 200, 8);
        CrossCheckResult.GaveUp gaveUp = assertInstanceOf(CrossCheckResult.GaveUp.class, result, result::render);
        assertTrue(gaveUp.reason().startsWith("forever (interpreter) stopped: the step budget of 1000 steps ran out"), gaveUp.reason());
    }
}
