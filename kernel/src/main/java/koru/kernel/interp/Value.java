package koru.kernel.interp;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A Koru/J value as the reference interpreter computes it (LANGUAGE.md B1), and as the other
 * implementations of an event are compared with it: two values are equal exactly when the language
 * says they are. Integers are unbounded here; their type is the context's, and an operation that leaves
 * its type's range is a fault of the interpreter, never a wrapped value. Maps keep no entry equal to
 * their zero (a missing key reads as zero), so map equality is the language's.
 */
public sealed interface Value {
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Int of(long value) {
        return new Int(BigInteger.valueOf(value));
    }

    static Bool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static Text of(String value) {
        return new Text(value);
    }

    record Int(BigInteger value) implements Value {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** {@code []const u8}. */
    record Text(String value) implements Value {
    }

    /** {@code f64} and {@code f32}: carried, compared by {@link Double#compare} (so NaN equals NaN). */
    record Float(double value) implements Value {
    }

    record ListOf(List<Value> elements) implements Value {
        public ListOf {
            elements = List.copyOf(elements);
        }
    }

    /** A finite map: {@code zero} is what a missing key reads as, and no entry holds it. */
    record MapOf(Map<Value, Value> entries, Value zero) implements Value {
        public MapOf {
            LinkedHashMap<Value, Value> kept = new LinkedHashMap<>();
            entries.forEach((key, value) -> {
                if (!value.equals(zero)) {
                    kept.put(key, value);
                }
            });
            entries = Collections.unmodifiableMap(kept);
        }

        public Value read(Value key) {
            return entries.getOrDefault(key, zero);
        }
    }

    record SetOf(Set<Value> elements) implements Value {
        public SetOf {
            elements = Set.copyOf(elements);
        }
    }

    /**
     * A {@code ~type} record, by canonical name, or a branch's struct payload (named
     * {@code event.branch}); {@code fields} in declaration order.
     */
    record Struct(String name, Map<String, Value> fields) implements Value {
        public Struct {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Value field(String field) {
            Value value = fields.get(field);
            if (value == null) {
                throw new IllegalArgumentException(name + " has no field " + field);
            }
            return value;
        }
    }

    record Enum(String enumeration, String value) implements Value {
        @Override
        public String toString() {
            return value;
        }
    }

    /** A Java object of a host type: opaque, equal only to itself (B1). */
    record Host(Object object) implements Value {
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Host host && host.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
