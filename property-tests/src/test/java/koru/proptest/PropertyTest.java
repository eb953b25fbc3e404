package koru.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {
    private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(-1_000_000, 1_000_000));

    @Test
    void aTrueStatementPassesEveryTry() {
        Result<List<Integer>> result = Property.forAll(LISTS).tries(500).seed(3).check(list -> list.size() >= 0);
        assertEquals(new Result.Passed<>(500, 0, 3), result);
    }

    @Test
    void theSameSeedMakesTheSameTestCasesAndTheSameCounterexample() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        Property.forAll(LISTS).tries(200).seed(77).check(first::add);
        Property.forAll(LISTS).tries(200).seed(77).check(second::add);
        assertEquals(first, second);

        Result<List<Integer>> once = Property.forAll(LISTS).seed(77).check(list -> list.stream().mapToLong(x -> x).sum() < 50_000);
        Result<List<Integer>> again = Property.forAll(LISTS).seed(77).check(list -> list.stream().mapToLong(x -> x).sum() < 50_000);
        assertEquals(once, again);
    }

    @Test
    void anotherSeedMakesOtherTestCases() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        Property.forAll(LISTS).tries(50).seed(1).check(first::add);
        Property.forAll(LISTS).tries(50).seed(2).check(second::add);
        assertNotEquals(first, second);
    }

    @Test
    void theMinimalChoicesReplayToTheMinimalInput() {
        Result.Falsified<?> falsified = assertInstanceOf(Result.Falsified.class,
                Property.forAll(LISTS).seed(9).check(list -> list.size() < 4));
        assertEquals(falsified.minimal(), LISTS.generate(Choices.replaying(falsified.choices())));
        assertEquals(List.of(0, 0, 0, 0), falsified.minimal());
    }

    @Test
    void aJUnitAssertionReportsTheMinimalInputAndTheSeed() {
        AssertionError error = assertThrows(AssertionError.class, () -> Property.forAll(Gen.ints(0, 100)).seed(5)
                .assertNeverThrows(x -> assertTrue(x < 10, "below ten")));
        assertTrue(error.getMessage().contains("minimal input:  10"), error.getMessage());
        assertTrue(error.getMessage().contains("seed 5"), error.getMessage());
        assertTrue(error.getMessage().contains("below ten"), error.getMessage());
        assertInstanceOf(AssertionError.class, error.getCause());
    }

    @Test
    void aPassingPropertyThrowsNothing() {
        Property.forAll(Gen.ints(0, 100)).seed(5).assertHolds(x -> x <= 100);
    }

    @Test
    void aFilterThatAcceptsNothingGivesUpAndSaysWhy() {
        Result<Integer> result = Property.forAll(Gen.ints(0, 100).filter(x -> x > 100)).seed(1).maxRejected(20).check(x -> true);
        Result.GaveUp<Integer> gaveUp = assertInstanceOf(Result.GaveUp.class, result);
        assertEquals(21, gaveUp.rejected());
        assertEquals(0, gaveUp.tries());
        assertThrows(AssertionError.class, result::orThrow);
    }

    @Test
    void aDiscardedValueNeitherPassesNorFailsAndIsNeverTheCounterexample() {
        // x >= 50 is set aside (as the interpreter's step limit sets an input aside): the rest must be even to pass.
        Property.Check<Integer> evenBelowFifty = x -> {
            if (x >= 50) {
                throw new Invalid.Discarded("too big to judge");
            }
            assertTrue(x % 2 == 0 || x < 7, "odd from 7 on");
        };
        Result.Falsified<?> falsified = assertInstanceOf(Result.Falsified.class,
                Property.forAll(Gen.ints(0, 1_000)).seed(4).checkThrowing(evenBelowFifty));
        // Shrinking toward 0 steps over the discarded values: the minimal input is the smallest odd one judged.
        assertEquals(7, falsified.minimal());

        Result<Integer> passed = Property.forAll(Gen.ints(0, 1_000)).tries(100).seed(4).check(x -> {
            if (x >= 50) {
                throw new Invalid.Discarded("too big to judge");
            }
            return x < 50;
        });
        Result.Passed<Integer> counted = assertInstanceOf(Result.Passed.class, passed);
        assertEquals(100, counted.tries());
        assertTrue(counted.rejected() > 0, "some of 0..1000 are 50 or more");

        Result.GaveUp<?> gaveUp = assertInstanceOf(Result.GaveUp.class, Property.forAll(Gen.ints(0, 1_000)).seed(4).maxRejected(10)
                .check(x -> {
                    throw new Invalid.Discarded("nothing can be judged");
                }));
        assertEquals("nothing can be judged", gaveUp.lastReason());
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Property.forAll(LISTS).tries(0));
        assertThrows(IllegalArgumentException.class, () -> Property.forAll(LISTS).shrinkBudget(-1));
    }
}
