package koru.proptest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator: makes a value of {@code T} from the choices it draws. It is a pure function of its
 * choices (no randomness of its own), so a recorded {@link ChoiceSequence} makes the same value
 * again, and a smaller sequence a simpler value: that is what shrinking relies on (docs/testing.md).
 */
@FunctionalInterface
public interface Gen<T> {
    /** Tries a {@link #filter} makes before it gives up on one value. */
    int FILTER_TRIES = 100;

    T generate(Choices choices);

    default <R> Gen<R> map(Function<? super T, ? extends R> function) {
        return choices -> function.apply(generate(choices));
    }

    /** A generator chosen by this one's value: its choices follow this one's in the sequence. */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        return choices -> next.apply(generate(choices)).generate(choices);
    }

    /** Only values {@code accepted} takes: generates again, up to {@link #FILTER_TRIES} times, then {@linkplain Invalid.Rejected rejects}. */
    default Gen<T> filter(Predicate<? super T> accepted) {
        return filter(accepted, FILTER_TRIES);
    }

    default Gen<T> filter(Predicate<? super T> accepted, int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("a filter needs at least one try, given " + tries);
        }
        return choices -> {
            for (int attempt = 0; attempt < tries; attempt++) {
                T value = generate(choices);
                if (accepted.test(value)) {
                    return value;
                }
            }
            throw new Invalid.Rejected("the filter accepted none of " + tries + " values");
        };
    }

    static <T> Gen<T> constant(T value) {
        return choices -> value;
    }

    static Gen<Boolean> booleans() {
        return choices -> choices.draw(1) == 1;
    }

    /** Integers in {@code [min, max]}: shrinking toward the one nearest 0; both bounds, 0 and ±1 come up often. */
    static Gen<BigInteger> integers(BigInteger min, BigInteger max) {
        return new Integers(min, max);
    }

    static Gen<Long> longs(long min, long max) {
        return integers(BigInteger.valueOf(min), BigInteger.valueOf(max)).map(BigInteger::longValueExact);
    }

    static Gen<Integer> ints(int min, int max) {
        return integers(BigInteger.valueOf(min), BigInteger.valueOf(max)).map(BigInteger::intValueExact);
    }

    /** Doubles: finite ones shrinking toward 0.0, and often ±0.0, ±1.0, NaN, the infinities and the extremes. */
    static Gen<Double> doubles() {
        return Doubles.ANY;
    }

    /** Text of printable ASCII, control characters and some Unicode (accents, Greek, CJK, astral code points). */
    static Gen<String> text() {
        return Texts.ANY;
    }

    /** Text of printable ASCII only. */
    static Gen<String> asciiText() {
        return Texts.ASCII;
    }

    static <T> Gen<List<T>> lists(Gen<T> element) {
        return lists(element, 0, Containers.MAX_SIZE);
    }

    /** Lists of {@code [minSize, maxSize]} elements, short ones likelier; shrinking drops elements. */
    static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        return Containers.lists(element, minSize, maxSize);
    }

    static <T> Gen<Set<T>> sets(Gen<T> element) {
        return sets(element, 0, Containers.MAX_SIZE);
    }

    static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
        return Containers.sets(element, minSize, maxSize);
    }

    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values) {
        return maps(keys, values, 0, Containers.MAX_SIZE);
    }

    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int minSize, int maxSize) {
        return Containers.maps(keys, values, minSize, maxSize);
    }

    /** One of {@code gens}, each as likely; shrinking toward the first. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return frequency(List.of(gens).stream().map(gen -> new Weighted<T>(1, gen)).toList());
    }

    /** One of {@code values}, each as likely; shrinking toward the first. */
    static <T> Gen<T> elements(List<T> values) {
        return oneOf(values.stream().map(Gen::constant).toArray(Gen[]::new));
    }

    /** A generator with its weight in {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("a weight must be positive, given " + weight);
            }
        }
    }

    /** One of {@code gens}, each as likely as its weight says; shrinking toward the first. */
    static <T> Gen<T> frequency(List<Weighted<T>> gens) {
        if (gens.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        long total = gens.stream().mapToLong(Weighted::weight).sum();
        return choices -> {
            long pick = choices.draw(total - 1);
            for (Weighted<T> weighted : gens) {
                if (pick < weighted.weight()) {
                    return weighted.gen().generate(choices);
                }
                pick -= weighted.weight();
            }
            throw new AssertionError("a pick below the total weight falls in some generator's share");
        };
    }

    static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combined) {
        return choices -> {
            A a = first.generate(choices);
            return combined.apply(a, second.generate(choices));
        };
    }

    /** One value of each generator, in order: the fields of a record, say, before its constructor takes them. */
    static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> gens) {
        List<Gen<? extends T>> each = List.copyOf(gens);
        return choices -> {
            List<T> values = new ArrayList<>(each.size());
            each.forEach(gen -> values.add(gen.generate(choices)));
            return Collections.unmodifiableList(values);
        };
    }
}
