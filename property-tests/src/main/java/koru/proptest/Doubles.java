package koru.proptest;

import java.util.List;

/**
 * Doubles from three choices: which kind (a finite number, or one of the values that break
 * arithmetic), then a mantissa and a binary exponent. Choice 0 everywhere is 0.0, and a smaller
 * mantissa or exponent a simpler number.
 */
final class Doubles {
    private static final List<Double> SPECIAL = List.of(-0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
    /** One in four doubles is special. */
    private static final long KINDS = 4L * SPECIAL.size() - 1;
    private static final Gen<Long> MANTISSA = Gen.longs(-(1L << 53), 1L << 53);
    private static final Gen<Integer> EXPONENT = Gen.ints(-64, 64);

    static final Gen<Double> ANY = choices -> {
        long kind = choices.draw(KINDS);
        if (kind >= 1 && kind <= SPECIAL.size()) {
            return SPECIAL.get((int) kind - 1);
        }
        long mantissa = MANTISSA.generate(choices);
        return Math.scalb((double) mantissa, EXPONENT.generate(choices));
    };

    private Doubles() {
    }
}
