package koru.proptest;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The choices one test case was made from, in the order its generators drew them. Each choice is an
 * unsigned 64-bit integer, and every generator maps a smaller choice to a simpler value; so the
 * shrinker only has to make this sequence smaller, in shortlex order ({@link #compareTo}): shorter,
 * or as long and lexicographically smaller.
 */
public final class ChoiceSequence implements Comparable<ChoiceSequence> {
    private final long[] choices;

    public ChoiceSequence(long... choices) {
        this.choices = choices.clone();
    }

    public int size() {
        return choices.length;
    }

    /** The {@code index}th choice, unsigned. */
    public long get(int index) {
        return choices[index];
    }

    /** A copy of the choices, to be changed into a candidate. */
    public long[] toArray() {
        return choices.clone();
    }

    @Override
    public int compareTo(ChoiceSequence other) {
        if (choices.length != other.choices.length) {
            return Integer.compare(choices.length, other.choices.length);
        }
        return Arrays.compareUnsigned(choices, other.choices);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChoiceSequence sequence && Arrays.equals(choices, sequence.choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
        return Arrays.stream(choices).mapToObj(Long::toUnsignedString).collect(Collectors.joining(", ", "[", "]"));
    }
}
