package koru.kernel.ir;

import java.math.BigInteger;

/** Koru's fixed-width integers (LANGUAGE.md B1) and the ranges that make overflow an obligation. */
public enum IntKind {
    I8(true, 8), I16(true, 16), I32(true, 32), I64(true, 64),
    U8(false, 8), U16(false, 16), U32(false, 32), U64(false, 64);

    private final BigInteger min;
    private final BigInteger max;

    IntKind(boolean signed, int bits) {
        this.min = signed ? BigInteger.TWO.pow(bits - 1).negate() : BigInteger.ZERO;
        this.max = signed ? BigInteger.TWO.pow(bits - 1).subtract(BigInteger.ONE) : BigInteger.TWO.pow(bits).subtract(BigInteger.ONE);
    }

    public boolean signed() {
        return min.signum() < 0;
    }

    public BigInteger min() {
        return min;
    }

    public BigInteger max() {
        return max;
    }

    /** Whether every value of {@code narrower} is a value of this kind (the implicit widening of B1). */
    public boolean holds(IntKind narrower) {
        return min.compareTo(narrower.min) <= 0 && max.compareTo(narrower.max) >= 0;
    }
}
