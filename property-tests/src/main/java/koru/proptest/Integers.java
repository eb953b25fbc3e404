package koru.proptest;

import java.math.BigInteger;

/**
 * Integers of a range, from two choices: the side of the origin (the range's value nearest 0), then
 * the distance from it. Shrinking either moves toward the origin; a side the distance does not fit
 * is swapped for the other, so every choice makes a value of the range. The random source's bias to
 * the ends of a choice's range makes the origin (0 where the range holds it), ±1 and both bounds common.
 */
record Integers(BigInteger min, BigInteger max, BigInteger origin, BigInteger above, BigInteger below) implements Gen<BigInteger> {
    /** The widest range a distance (one unsigned 64-bit choice) covers: u64's, and i64's. */
    private static final BigInteger WIDEST = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);

    Integers(BigInteger min, BigInteger max) {
        this(min, max, min.max(max.min(BigInteger.ZERO)));
    }

    private Integers(BigInteger min, BigInteger max, BigInteger origin) {
        this(min, max, origin, max.subtract(origin), origin.subtract(min));
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        if (max.subtract(min).compareTo(WIDEST) > 0) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] is wider than 2^64 - 1");
        }
    }

    @Override
    public BigInteger generate(Choices choices) {
        boolean twoSided = above.signum() > 0 && below.signum() > 0;
        boolean negative = twoSided && choices.draw(1) == 1;
        BigInteger distance = new BigInteger(Long.toUnsignedString(choices.draw(above.max(below).longValue())));
        if (negative && distance.compareTo(below) > 0 || !negative && distance.compareTo(above) > 0) {
            negative = !negative;
        }
        return negative ? origin.subtract(distance) : origin.add(distance);
    }
}
