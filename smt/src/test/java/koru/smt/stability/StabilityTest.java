package koru.smt.stability;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import koru.smt.stability.Run.Result;
import koru.smt.stability.Stability.Verdict;
import org.junit.jupiter.api.Test;

/** The classification on made-up numbers: an answer that changes, a spread over twice, and exactly twice. */
class StabilityTest {
    private static Stability of(Object... resultsAndUnits) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < resultsAndUnits.length; i += 2) {
            runs.add(new Run(i / 2, (Result) resultsAndUnits[i], ((Number) resultsAndUnits[i + 1]).longValue()));
        }
        return new Stability(runs);
    }

    @Test
    void theSameAnswerWithCloseUnitsIsStable() {
        Stability stability = of(Result.PROVEN, 1000, Result.PROVEN, 1200, Result.PROVEN, 900);
        assertAll(
                () -> assertEquals(Verdict.STABLE, stability.verdict()),
                () -> assertFalse(stability.brittle()),
                () -> assertEquals(900, stability.min()),
                () -> assertEquals(1000, stability.median()),
                () -> assertEquals(1200, stability.max()));
    }

    @Test
    void provenUnderOneSeedAndUnknownUnderAnotherIsAnOutcomeChange() {
        Stability stability = of(Result.PROVEN, 900, Result.UNKNOWN, 1000, Result.PROVEN, 950);
        assertAll(
                () -> assertEquals(Verdict.OUTCOME_CHANGED, stability.verdict()),
                () -> assertTrue(stability.brittle()));
    }

    @Test
    void anOutcomeChangeIsReportedBeforeASpread() {
        assertEquals(Verdict.OUTCOME_CHANGED, of(Result.FAILED, 10, Result.UNKNOWN, 1000).verdict());
    }

    @Test
    void exactlyTwiceTheUnitsIsStableAndOneMoreIsBrittle() {
        assertAll(
                () -> assertEquals(Verdict.STABLE, of(Result.PROVEN, 500, Result.PROVEN, 1000).verdict()),
                () -> assertEquals(Verdict.RESOURCE_SPREAD, of(Result.PROVEN, 500, Result.PROVEN, 1001).verdict()),
                () -> assertEquals(Verdict.RESOURCE_SPREAD, of(Result.UNKNOWN, 1001, Result.UNKNOWN, 500).verdict()));
    }

    @Test
    void aCheckOfNoUnitsCountsAsOne() {
        assertAll(
                () -> assertEquals(Verdict.STABLE, of(Result.PROVEN, 0, Result.PROVEN, 2).verdict()),
                () -> assertEquals(Verdict.RESOURCE_SPREAD, of(Result.PROVEN, 0, Result.PROVEN, 3).verdict()));
    }

    @Test
    void theMedianOfAnEvenNumberIsTheLowerMiddleCount() {
        assertEquals(20, of(Result.PROVEN, 40, Result.PROVEN, 10, Result.PROVEN, 30, Result.PROVEN, 20).median());
    }

    @Test
    void noRunsAndNoSeedsAreRefused() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new Stability(List.of())),
                () -> assertThrows(IllegalArgumentException.class, () -> Seeds.withReference(0)));
    }

    @Test
    void theSeedsAreTheReferenceThenOneToN() {
        assertEquals(List.of(0L, 1L, 2L, 3L), Seeds.withReference(3));
    }
}
