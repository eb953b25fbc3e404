package koru.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shrinking finds counterexamples that are small and general, whatever the seed that found the first one. */
class ShrinkingTest {
    private static final Gen<Long> I64 = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE);

    private static <T> Result.Falsified<T> falsified(Result<T> result) {
        return assertInstanceOf(Result.Falsified.class, result, result::report);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void aListWhoseSumReaches1000ShrinksToTheOneElementList1000(long seed) {
        Result<List<Long>> result = Property.forAll(Gen.lists(I64)).seed(seed).tries(1_000)
                .check(list -> list.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add)
                        .compareTo(BigInteger.valueOf(1000)) < 0);
        assertEquals(List.of(1000L), falsified(result).minimal());
    }

    /** A choice above 2^63 is halved unsigned: the signed halving of 2^64 - 1 was 0, and the search never ended. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99})
    void aU64AboveTwoToThe63ShrinksToTheBoundaryInTime(long seed) {
        BigInteger half = BigInteger.TWO.pow(63);
        Gen<BigInteger> u64 = Gen.integers(BigInteger.ZERO, BigInteger.TWO.pow(64).subtract(BigInteger.ONE));
        Result<BigInteger> result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Property.forAll(u64).seed(seed).tries(1_000).check(x -> x.compareTo(half) < 0));
        assertEquals(half, falsified(result).minimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99})
    void anIntegerAbove1000ShrinksToTheBoundary(long seed) {
        assertEquals(1001L, falsified(Property.forAll(I64).seed(seed).check(x -> x <= 1000)).minimal());
        assertEquals(-1001L, falsified(Property.forAll(I64).seed(seed).check(x -> x >= -1000)).minimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 8})
    void aListHoldingALargeElementShrinksToThatElementAlone(long seed) {
        Result<List<Integer>> result = Property.forAll(Gen.lists(Gen.ints(-500, 500))).seed(seed).tries(1_000)
                .check(list -> list.stream().allMatch(x -> x <= 50));
        assertEquals(List.of(51), falsified(result).minimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void aPairOutOfOrderShrinksToOneAndZero(long seed) {
        Gen<List<Integer>> pairs = Gen.sequence(List.of(Gen.ints(0, 100), Gen.ints(0, 100)));
        assertEquals(List.of(1, 0), falsified(Property.forAll(pairs).seed(seed).check(p -> p.get(0) <= p.get(1))).minimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void textWithAnUppercaseLetterShrinksToTheFirstOne(long seed) {
        Result<String> result = Property.forAll(Gen.text()).seed(seed).tries(1_000)
                .check(text -> text.chars().noneMatch(Character::isUpperCase));
        assertEquals("A", falsified(result).minimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void aSetOfThreeOrMoreShrinksToTheThreeSimplestElements(long seed) {
        Result<Set<Integer>> result = Property.forAll(Gen.sets(Gen.ints(0, 1000))).seed(seed).tries(1_000).check(set -> set.size() < 3);
        assertEquals(Set.of(0, 1, 2), falsified(result).minimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42})
    void shrinkingKeepsToWhatTheFilterAccepts(long seed) {
        Gen<Integer> evens = Gen.ints(0, 10_000).filter(x -> x % 2 == 0);
        Result.Falsified<Integer> falsified = falsified(Property.forAll(evens).seed(seed).check(x -> x < 100));
        assertEquals(100, falsified.minimal());
        assertTrue(falsified.shrinkSteps() > 0 || falsified.original().equals(100));
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52})
    void aFailureByExceptionShrinksToo(long seed) {
        Result<List<Integer>> result = Property.forAll(Gen.lists(Gen.ints(0, 100))).seed(seed).tries(1_000)
                .checkThrowing(list -> {
                    if (list.size() >= 2 && list.get(0).equals(list.get(1))) {
                        throw new IllegalStateException("two equal in front");
                    }
                });
        Result.Falsified<List<Integer>> falsified = falsified(result);
        assertEquals(List.of(0, 0), falsified.minimal());
        assertInstanceOf(IllegalStateException.class, falsified.failure().thrown().orElseThrow());
    }
}
