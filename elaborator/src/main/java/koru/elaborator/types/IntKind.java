package koru.elaborator.types;

import java.math.BigInteger;
import java.util.Optional;

/** The fixed-width integer types of LANGUAGE.md B1 ({@code usize} is {@code u64}). */
public enum IntKind {
    I8(true, 8),
    I16(true, 16),
    I32(true, 32),
    I64(true, 64),
    U8(false, 8),
    U16(false, 16),
    U32(false, 32),
    U64(false, 64);

    private final boolean signed;
    private final int bits;

    IntKind(boolean signed, int bits) {
        this.signed = signed;
        this.bits = bits;
    }

    public boolean signed() {
        return signed;
    }

    public int bits() {
        return bits;
    }

    public BigInteger min() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    public BigInteger max() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    public boolean holds(BigInteger value) {
        return value.compareTo(min()) >= 0 && value.compareTo(max()) <= 0;
    }

    /** Whether every value of {@code narrower} is a value of this kind without a change of signedness. */
    public boolean widens(IntKind narrower) {
        return signed == narrower.signed && bits >= narrower.bits;
    }

    /** The kind a type name denotes: {@code u32}, {@code usize}; empty for any other name. */
    public static Optional<IntKind> named(String name) {
        if (name.equals("usize")) {
            return Optional.of(U64);
        }
        for (IntKind kind : values()) {
            if (kind.keyword().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The name users write: {@code u64}. */
    public String keyword() {
        return (signed ? "i" : "u") + bits;
    }
}
