package koru.smt.report;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/** A value in a model, in the query language's terms; counterexamples are made of these. */
public sealed interface Value {
    record IntValue(BigInteger value) implements Value {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    record BoolValue(boolean value) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    record TextValue(String value) implements Value {
        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    record EnumValue(String sort, String value) implements Value {
        @Override
        public String toString() {
            return sort + "." + value;
        }
    }

    /** A finite map: the listed entries, and {@code otherwise} for every other key. */
    record ArrayValue(Map<Value, Value> entries, Value otherwise) implements Value {
        public ArrayValue {
            entries = Map.copyOf(entries);
        }

        /** The map without its entries equal to the default: they say nothing, and dropping them makes equal maps equal values. */
        public static ArrayValue canonical(Map<Value, Value> entries, Value otherwise) {
            Map<Value, Value> listed = new HashMap<>(entries);
            listed.values().removeIf(otherwise::equals);
            return new ArrayValue(listed, otherwise);
        }
    }

    /** A host object: only its identity is known. */
    record OpaqueValue(String sort, int index) implements Value {
        @Override
        public String toString() {
            return sort + "#" + index;
        }
    }
}
