package koru.extract.variants;

import koru.kernel.interp.Value;

/**
 * Between the {@link Value}s of one Koru type and the Java objects generated code holds them as
 * (docs/extraction.md): primitives boxed, as a method handle of generic type passes them.
 */
interface Conversion {
    /** The Java form of {@code value}; an {@link IllegalArgumentException} if it is no value of this type (the caller's bug). */
    Object toJava(Value value);

    /** The value {@code java} holds; an {@link OutsideType} if Java holds something this type has no value for. */
    Value toValue(Object java);
}
