package koru.proptest.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which events are cross-checked (docs/testing.md, "Cross-checking"), struct payloads and records compared field by field,
 * generated records that meet their invariant, and a precondition random inputs rarely meet.
 */
class WhatIsCrossCheckedTest {
    @Test
    void structPayloadsAgreeAndRecordsMeetTheirInvariant() {
        CrossCheck crossCheck = Programs.crossCheck("order.kz", "");
        assertEquals(List.of("order:order", "order:low_of"), crossCheck.events());
        for (String event : crossCheck.events()) {
            CrossCheckResult result = crossCheck.check(event, 500, 3);
            assertInstanceOf(CrossCheckResult.Passed.class, result, result::render);
        }
    }

    @Test
    void aStructPayloadWrongInOneFieldIsNamedByThatField() {
        CrossCheckResult result = Programs.crossCheck("order.kz", """

                ~proc order|java(low_off) {
                    return ordered(Math.min(p.a(), p.b()) - (p.a() == p.b() ? 0 : 1), Math.max(p.a(), p.b()));
                }
                """).check("order:order", 1_000, 8);
        CrossCheckReport report = assertInstanceOf(CrossCheckResult.Failed.class, result, result::render).report();
        assertEquals(List.of(new Problem.Disagrees("order|low_off", "order (interpreter)", List.of("low"))), report.problems(), report::render);
        assertTrue(report.render().contains("order|low_off       -> ordered {low: -1, high: 1}")
                || report.render().contains("order|low_off       -> ordered {low: -2, high: 0}"), report::render);
    }

    @Test
    void aSingleProcIsHeldToItsPostconditionAlone() {
        CrossCheckResult result = Programs.crossCheck("order.kz", "").check("order:low_of", 1, 1);
        assertInstanceOf(CrossCheckResult.Passed.class, result);
        CrossCheck wrong = Programs.crossCheckText("wrong_low.kz", """
                ~type Range { lo: i64, hi: i64 } where lo <= hi

                ~pub event high_of { r: Range }
                | high i64 where high <= in.r.hi

                ~proc high_of|java {
                    return high(r.hi() + 1);
                }
                """);
        CrossCheckReport report = assertInstanceOf(CrossCheckResult.Failed.class, wrong.check("wrong_low:high_of", 100, 2)).report();
        assertEquals(List.of("high_of|java"), report.wrongImplementations());
        assertEquals("r = {lo: 0, hi: 0}", report.minimalInput().getFirst().render(), report::render);
    }

    @Test
    void eventsWithNothingToCompareOrInputsThatCannotBeGeneratedAreSkippedWithTheReason() {
        CrossCheck crossCheck = Programs.crossCheckText("skipped.kz", """
                ~pub event size { b: StringBuilder }
                | counted i64

                ~proc size|java {
                    return counted(b.length());
                }

                ~proc size|java(again) {
                    return counted(b.toString().length());
                }

                ~pub event twice { x: i32 }
                | doubled i64

                ~proc twice|java {
                    return doubled(2L * x);
                }
                """);
        assertEquals(List.of("skipped:size"), crossCheck.events());
        CrossCheckResult.Skipped host = assertInstanceOf(CrossCheckResult.Skipped.class, crossCheck.check("skipped:size", 100, 1));
        assertTrue(host.reason().startsWith("values of the host type StringBuilder cannot be generated"), host.reason());
        CrossCheckResult.Skipped alone = assertInstanceOf(CrossCheckResult.Skipped.class, crossCheck.check("skipped:twice", 100, 1));
        assertEquals("it has one implementation and no contract: nothing to compare it with or hold it to", alone.reason());
    }

    @Test
    void aPreconditionRandomInputsRarelyMeetIsMetBySolverSeeds() {
        CrossCheck crossCheck = Programs.crossCheckText("solve.kz", """
                ~pub event solve { x: i64, y: i64 } where x * 1000003 == y + 17 && x > 1000000000000
                | rest i64 where rest == in.y - in.x

                ~solve = rest y - x

                ~proc solve|java {
                    return rest(y - x);
                }
                """);
        CrossCheckResult.Passed passed = assertInstanceOf(CrossCheckResult.Passed.class, crossCheck.check("solve:solve", 300, 5));
        assertTrue(passed.plan().solverAided() && !passed.plan().solverSeeds().isEmpty(), passed.plan()::toString);
        assertEquals(300, passed.tries());
    }
}
