package koru.proptest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lists, sets and maps, grown one element at a time: before each element past the minimum, a choice
 * says whether there is one more (0: no). Zeroing that choice or deleting an element's block of
 * choices makes the collection shorter, which is how shrinking drops elements; the random source
 * makes short collections likelier (about five elements on average, often none or one).
 */
final class Containers {
    static final int MAX_SIZE = 1_000;
    /** "One more" is any choice of {@code [1, MORE]}. */
    private static final long MORE = 5;
    /** A set or map that keeps drawing keys it already has this many times in a row gives up. */
    private static final int DUPLICATES_IN_A_ROW = 100;

    private Containers() {
    }

    static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return choices -> {
            List<T> list = new ArrayList<>();
            while (more(choices, list.size(), minSize, maxSize)) {
                list.add(element.generate(choices));
            }
            return Collections.unmodifiableList(list);
        };
    }

    static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return choices -> {
            Set<T> set = new LinkedHashSet<>();
            distinct(choices, element, minSize, maxSize, set::contains, set::add);
            return Collections.unmodifiableSet(set);
        };
    }

    /** A map's keys as a set's elements; each new key's value drawn right after it. */
    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return choices -> {
            Map<K, V> map = new LinkedHashMap<>();
            distinct(choices, keys, minSize, maxSize, map::containsKey, key -> map.put(key, values.generate(choices)));
            return Collections.unmodifiableMap(map);
        };
    }

    /** Draws elements until the size says stop, handing each new one to {@code add}; one already {@code held} is skipped. */
    private static <T> void distinct(Choices choices, Gen<T> element, int minSize, int maxSize,
            Predicate<T> held, Consumer<T> add) {
        int size = 0;
        int duplicates = 0;
        while (more(choices, size, minSize, maxSize)) {
            T candidate = element.generate(choices);
            if (held.test(candidate)) {
                if (++duplicates == DUPLICATES_IN_A_ROW) {
                    throw new Invalid.Rejected(DUPLICATES_IN_A_ROW + " duplicate elements in a row");
                }
            } else {
                add.accept(candidate);
                size++;
                duplicates = 0;
            }
        }
    }

    /** Whether to add one more element: always below the minimum, never at the maximum, else as a choice says. */
    private static boolean more(Choices choices, int size, int minSize, int maxSize) {
        return size < maxSize && (size < minSize || choices.draw(MORE) != 0);
    }

    private static void checkSizes(int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("sizes [" + minSize + ", " + maxSize + "] are no range of sizes");
        }
    }
}
