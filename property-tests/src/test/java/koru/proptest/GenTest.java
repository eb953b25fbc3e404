package koru.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What the generators make, over many random runs: in range, edges often, every kind of value at some point. */
class GenTest {
    private static <T> List<T> sample(Gen<T> gen, int count) {
        SplittableRandom random = new SplittableRandom(2024);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.generate(Choices.random(random.split())));
        }
        return values;
    }

    private static <T> long count(List<T> values, Predicate<T> which) {
        return values.stream().filter(which).count();
    }

    @Test
    void integersStayInTheirRangeAndHitItsEdgesOften() {
        List<Long> values = sample(Gen.longs(-128, 127), 4_000);
        assertTrue(values.stream().allMatch(x -> x >= -128 && x <= 127));
        for (long edge : new long[] {-128, 127, 0, -1, 1}) {
            assertTrue(count(values, x -> x == edge) > 40, "edge " + edge + " came up " + count(values, x -> x == edge) + " times");
        }
        assertTrue(new HashSet<>(values).size() > 200, "most of the range is reached");
    }

    @Test
    void integersOfTheWidestRangesReachBothBounds() {
        BigInteger u64 = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        List<BigInteger> unsigned = sample(Gen.integers(BigInteger.ZERO, u64), 2_000);
        assertTrue(unsigned.stream().allMatch(x -> x.signum() >= 0 && x.compareTo(u64) <= 0));
        assertTrue(unsigned.contains(u64) && unsigned.contains(BigInteger.ZERO));
        List<Long> signed = sample(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 2_000);
        assertTrue(signed.contains(Long.MIN_VALUE) && signed.contains(Long.MAX_VALUE));
    }

    @Test
    void aRangeWithoutZeroShrinksTowardItsEndNearestZero() {
        assertEquals(5L, Gen.longs(5, 100).generate(Choices.replaying(new ChoiceSequence(0))));
        assertEquals(-5L, Gen.longs(-100, -5).generate(Choices.replaying(new ChoiceSequence(0))));
        assertThrows(IllegalArgumentException.class, () -> Gen.longs(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Gen.integers(BigInteger.ZERO, BigInteger.TWO.pow(64)));
    }

    @Test
    void doublesIncludeTheValuesThatBreakArithmetic() {
        List<Double> values = sample(Gen.doubles(), 2_000);
        assertTrue(values.stream().anyMatch(d -> d.isNaN()));
        assertTrue(values.contains(Double.POSITIVE_INFINITY) && values.contains(Double.NEGATIVE_INFINITY));
        assertTrue(values.contains(-0.0) && count(values, d -> d != Math.rint(d)) > 100, "fractions too");
    }

    @Test
    void textHasAsciiAndBeyond() {
        List<String> values = sample(Gen.text(), 2_000);
        assertTrue(values.contains(""));
        assertTrue(values.stream().anyMatch(t -> t.codePoints().anyMatch(c -> c > 0xFFFF)), "astral code points");
        assertTrue(values.stream().anyMatch(t -> t.contains("\n")));
        assertTrue(values.stream().allMatch(t -> t.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)), "no lone surrogates");
        assertTrue(sample(Gen.asciiText(), 1_000).stream().allMatch(t -> t.chars().allMatch(c -> c >= 0x20 && c < 0x7f)));
    }

    @Test
    void collectionsAreMostlyShortAndRespectTheirSizes() {
        List<List<Boolean>> lists = sample(Gen.lists(Gen.booleans()), 2_000);
        double mean = lists.stream().mapToInt(List::size).average().orElseThrow();
        assertTrue(mean > 2 && mean < 10, "mean size " + mean);
        assertTrue(count(lists, List::isEmpty) > 100);
        assertTrue(sample(Gen.lists(Gen.booleans(), 2, 3), 500).stream().allMatch(l -> l.size() >= 2 && l.size() <= 3));
        List<Set<Integer>> sets = sample(Gen.sets(Gen.ints(0, 9), 3, 10), 500);
        assertTrue(sets.stream().allMatch(s -> s.size() >= 3 && s.size() <= 10));
        List<Map<Integer, String>> maps = sample(Gen.maps(Gen.ints(0, 3), Gen.asciiText()), 500);
        assertTrue(maps.stream().allMatch(m -> m.size() <= 4) && maps.stream().anyMatch(m -> m.size() == 4));
    }

    @Test
    void aSetOfFewerDistinctValuesThanAskedForIsRejected() {
        assertThrows(Invalid.Rejected.class, () -> sample(Gen.sets(Gen.booleans(), 3, 3), 1));
    }

    @Test
    void frequencyFollowsTheWeights() {
        List<String> values = sample(Gen.frequency(List.of(new Gen.Weighted<>(1, Gen.constant("rare")),
                new Gen.Weighted<>(9, Gen.constant("common")))), 2_000);
        long rare = count(values, "rare"::equals);
        assertTrue(rare > 100 && rare < 600, "rare came up " + rare + " times");
        assertEquals(Set.of(1, 2, 3), new HashSet<>(sample(Gen.elements(List.of(1, 2, 3)), 200)));
    }

    @Test
    void mapFlatMapAndCombineCompose() {
        Gen<List<Integer>> sized = Gen.ints(0, 5).flatMap(n -> Gen.lists(Gen.ints(0, 9), n, n).map(l -> {
            assertEquals(n, l.size());
            return l;
        }));
        assertTrue(sample(sized, 200).stream().allMatch(l -> l.size() <= 5));
        Gen<String> pairs = Gen.combine(Gen.ints(0, 9), Gen.booleans(), (n, b) -> n + ":" + b);
        assertTrue(sample(pairs, 200).stream().allMatch(s -> s.matches("\\d:(true|false)")));
    }

    @Test
    void aReplayRecordsWhatItReallyDrew() {
        Choices replay = Choices.replaying(new ChoiceSequence(7, 1_000, 3));
        assertEquals(1, replay.draw(1));
        assertEquals(9, replay.draw(9));
        assertEquals(new ChoiceSequence(1, 9), replay.recorded());
        assertEquals(3, replay.draw(5));
        assertThrows(Invalid.Overrun.class, () -> replay.draw(5));
    }

    @Test
    void aGeneratorThatNeverStopsDrawingOverruns() {
        Gen<Integer> forever = choices -> {
            while (true) {
                choices.draw(1);
            }
        };
        assertThrows(Invalid.Overrun.class, () -> sample(forever, 1));
    }
}
