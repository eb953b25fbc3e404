package koru.proptest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Integrated shrinking: makes a counterexample's choice sequence smaller (shortlex) while replaying
 * it still falsifies the property, until no pass finds a smaller one or the budget of replays is
 * spent. It knows nothing of the values: the generators map smaller choices to simpler values, so a
 * minimal sequence is a minimal test case that the generators themselves made (and accept).
 */
final class Shrinker<T> {
    /** The widest block of choices a pass deletes, zeroes or swaps: wide enough for a few elements of a collection. */
    private static final int MAX_BLOCK = 8;
    /** How far apart two choices may be for {@link #redistribute} to move one's value into the other. */
    private static final int REDISTRIBUTE_WINDOW = 16;

    private final Function<ChoiceSequence, Optional<Counterexample<T>>> replay;
    private final int budget;
    private Counterexample<T> best;
    private int replays;
    private int steps;

    /** {@code replay}: the counterexample a sequence makes, if it still makes one (none when it passes or is invalid). */
    Shrinker(Function<ChoiceSequence, Optional<Counterexample<T>>> replay, Counterexample<T> start, int budget) {
        this.replay = replay;
        this.best = start;
        this.budget = budget;
    }

    /** The smallest counterexample found; {@link #steps()} says how many smaller ones were taken on the way. */
    Counterexample<T> shrink() {
        boolean improved = true;
        while (improved && replays < budget) {
            int before = steps;
            deleteBlocks();
            zeroBlocks();
            lowerEach();
            lowerDuplicates();
            redistribute();
            sortAdjacentBlocks();
            improved = steps > before;
        }
        return best;
    }

    int steps() {
        return steps;
    }

    /** Drops blocks of choices: removes elements of collections, and the choices a simpler branch of a generator no longer draws. */
    private void deleteBlocks() {
        for (int size = MAX_BLOCK; size >= 1; size--) {
            for (int start = best.choices().size() - size; start >= 0; start--) {
                long[] choices = best.choices().toArray();
                long[] shorter = new long[choices.length - size];
                System.arraycopy(choices, 0, shorter, 0, start);
                System.arraycopy(choices, start + size, shorter, start, choices.length - start - size);
                consider(shorter);
                start = Math.min(start, best.choices().size() - size + 1);
            }
        }
    }

    private void zeroBlocks() {
        for (int size = MAX_BLOCK; size >= 1; size--) {
            for (int start = 0; start + size <= best.choices().size(); start++) {
                long[] choices = best.choices().toArray();
                Arrays.fill(choices, start, start + size, 0L);
                consider(choices);
            }
        }
    }

    /** Lowers each choice as far as it goes: 0 if that still fails, else the least value by binary search. */
    private void lowerEach() {
        for (int index = 0; index < best.choices().size(); index++) {
            long failing = best.choices().get(index);
            if (failing == 0 || withChoice(index, 0)) {
                continue;
            }
            long passing = 0;
            // Invariant: the choice at failing fails (it is best's), at passing it does not; both unsigned.
            while (Long.compareUnsigned(failing - passing, 1) > 0 && index < best.choices().size()) {
                long middle = passing + ((failing - passing) >>> 1); // unsigned: choices above 2^63 too
                if (withChoice(index, middle)) {
                    failing = middle;
                } else {
                    passing = middle;
                }
                if (index >= best.choices().size() || best.choices().get(index) != failing) {
                    break;
                }
            }
        }
    }

    /**
     * Lowers two equal choices together, as far as they go: what {@code [100, 100]} against "no two
     * elements in front are equal" needs, where lowering one alone makes the property pass.
     */
    private void lowerDuplicates() {
        for (int first = 0; first < best.choices().size(); first++) {
            for (int second = first + 1; second < best.choices().size(); second++) {
                long choice = best.choices().get(first);
                if (choice != 0 && best.choices().get(second) == choice) {
                    lowerTogether(List.of(first, second), choice);
                }
            }
        }
    }

    private void lowerTogether(List<Integer> indices, long failing) {
        if (withChoices(indices, 0)) {
            return;
        }
        long passing = 0;
        while (Long.compareUnsigned(failing - passing, 1) > 0) {
            long middle = passing + ((failing - passing) >>> 1); // unsigned: choices above 2^63 too
            if (withChoices(indices, middle)) {
                failing = middle;
            } else {
                passing = middle;
            }
        }
    }

    /**
     * Moves the whole of one choice into a later one ({@code a, b} to {@code 0, a + b}): what lets
     * {@code [400, 600]} against "the sum is below 1000" become {@code [0, 1000]}, then {@code [1000]},
     * where lowering or deleting either element alone would make the property pass.
     */
    private void redistribute() {
        for (int from = 0; from < best.choices().size(); from++) {
            for (int to = from + 1; to < Math.min(best.choices().size(), from + REDISTRIBUTE_WINDOW); to++) {
                long[] choices = best.choices().toArray();
                if (choices[from] == 0) {
                    break;
                }
                long sum = choices[from] + choices[to];
                choices[to] = Long.compareUnsigned(sum, choices[to]) < 0 ? -1L : sum;
                choices[from] = 0;
                consider(choices);
            }
        }
    }

    /** Puts the smaller of two adjacent blocks first: the same elements in a simpler order. */
    private void sortAdjacentBlocks() {
        for (int size = 1; size <= MAX_BLOCK / 2; size++) {
            for (int start = 0; start + 2 * size <= best.choices().size(); start++) {
                long[] choices = best.choices().toArray();
                if (Arrays.compareUnsigned(choices, start + size, start + 2 * size, choices, start, start + size) < 0) {
                    long[] first = Arrays.copyOfRange(choices, start, start + size);
                    System.arraycopy(choices, start + size, choices, start, size);
                    System.arraycopy(first, 0, choices, start + size, size);
                    consider(choices);
                }
            }
        }
    }

    private boolean withChoice(int index, long value) {
        return withChoices(List.of(index), value);
    }

    /** Whether {@code best} with {@code value} at each of {@code indices} (all in range) still fails, and is taken. */
    private boolean withChoices(List<Integer> indices, long value) {
        long[] choices = best.choices().toArray();
        for (int index : indices) {
            if (index >= choices.length) {
                return false;
            }
            choices[index] = value;
        }
        return consider(choices);
    }

    /** Replays {@code candidate} if it is smaller than the best and budget remains; takes what it made if that still fails. */
    private boolean consider(long[] candidate) {
        ChoiceSequence sequence = new ChoiceSequence(candidate);
        if (replays >= budget || sequence.compareTo(best.choices()) >= 0) {
            return false;
        }
        replays++;
        Optional<Counterexample<T>> made = replay.apply(sequence);
        // What the replay recorded may be shorter still (choices it did not draw) or clamped; it is never larger.
        if (made.isPresent() && made.get().choices().compareTo(best.choices()) < 0) {
            best = made.get();
            steps++;
            return true;
        }
        return false;
    }
}
