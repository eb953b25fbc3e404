package koru.proptest;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where a generator's choices come from: a random source while generating, a recorded sequence while
 * shrinking or reproducing. Either way every choice drawn is recorded, so the test case a run made can
 * be made again from {@link #recorded()} alone.
 */
public abstract sealed class Choices permits Choices.Random, Choices.Replayed {
    /** More choices than any sensible test case needs: a generator that draws this many is looping. */
    public static final int MAX_CHOICES = 16_384;

    private long[] drawn = new long[16];
    private int count;

    public static Choices random(SplittableRandom random) {
        return new Random(random);
    }

    public static Choices replaying(ChoiceSequence sequence) {
        return new Replayed(sequence);
    }

    /** A choice in {@code [0, max]}, both unsigned: 0 is the simplest, what the shrinker moves toward. */
    public final long draw(long max) {
        if (count == MAX_CHOICES) {
            throw new Invalid.Overrun("more than " + MAX_CHOICES + " choices");
        }
        long choice = next(max);
        if (count == drawn.length) {
            drawn = Arrays.copyOf(drawn, count * 2);
        }
        drawn[count++] = choice;
        return choice;
    }

    /** Every choice drawn so far, in order. */
    public final ChoiceSequence recorded() {
        return new ChoiceSequence(Arrays.copyOf(drawn, count));
    }

    protected abstract long next(long max);

    /**
     * Random choices, biased toward the ends of each range: a quarter of them are 0, 1, {@code max - 1}
     * or {@code max}, so a generator's edge values (the bounds of an integer range, zero, ±1, an empty
     * or one-element collection) come up often; of the rest, half are small (below a random power of
     * two), half uniform over the whole range.
     */
    static final class Random extends Choices {
        private final SplittableRandom random;

        private Random(SplittableRandom random) {
            this.random = random;
        }

        @Override
        protected long next(long max) {
            if (max == 0) {
                return 0;
            }
            return switch (random.nextInt(8)) {
                case 0 -> random.nextBoolean() ? 0 : Long.compareUnsigned(max, 1) > 0 ? 1 : 0;
                case 1 -> random.nextBoolean() ? max : max - 1;
                case 2, 3, 4 -> {
                    long small = smallBound();
                    yield uniform(Long.compareUnsigned(max, small) < 0 ? max : small);
                }
                default -> uniform(max);
            };
        }

        /** {@code 2^k - 1} for a random {@code k} in {@code [1, 16]}. */
        private long smallBound() {
            return (1L << (1 + random.nextInt(16))) - 1;
        }

        /** Uniform over {@code [0, max]} unsigned. */
        private long uniform(long max) {
            if (max == -1L) {
                return random.nextLong();
            }
            if (max >= 0) {
                return random.nextLong(max + 1);
            }
            // Above 2^63: draw 64 bits until they fall in range (at most twice on average).
            long choice;
            do {
                choice = random.nextLong();
            } while (Long.compareUnsigned(choice, max) > 0);
            return choice;
        }
    }

    /**
     * The choices of a recorded sequence, in order. A choice larger than the range asked for is cut
     * down to its top, so that a shrink which changed one choice still replays (and records what it
     * really drew); a sequence that runs out is {@linkplain Invalid.Overrun invalid}.
     */
    static final class Replayed extends Choices {
        private final ChoiceSequence sequence;
        private int position;

        private Replayed(ChoiceSequence sequence) {
            this.sequence = sequence;
        }

        @Override
        protected long next(long max) {
            if (position == sequence.size()) {
                throw new Invalid.Overrun("the recorded choices ran out");
            }
            long choice = sequence.get(position++);
            return Long.compareUnsigned(choice, max) > 0 ? max : choice;
        }
    }
}
