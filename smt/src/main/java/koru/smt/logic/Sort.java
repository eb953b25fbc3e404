package koru.smt.logic;

import java.util.List;

/**
 * The sorts of the query language (trusted: the kernel states obligations in it and the encoder
 * translates it one to one). Integers are mathematical; fixed widths are range facts the kernel
 * adds. Maps and sets are arrays (a set is an array to booleans); enumerations are datatypes; a
 * host object is an element of an uninterpreted sort, equal only to itself.
 */
public sealed interface Sort {
    Int INT = new Int();
    Bool BOOL = new Bool();
    Text TEXT = new Text();

    record Int() implements Sort {
    }

    record Bool() implements Sort {
    }

    /** Immutable text, compared by value. */
    record Text() implements Sort {
    }

    /** A total map from {@code key} to {@code value}: Koru maps (missing keys read as a default) and sets. */
    record Array(Sort key, Sort value) implements Sort {
    }

    /** A Koru enumeration: exactly the listed values, pairwise distinct. */
    record Enum(String name, List<String> values) implements Sort {
        public Enum {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("enumeration " + name + " has no values");
            }
        }
    }

    /** Host objects of one Java type: no structure, only identity. */
    record Opaque(String name) implements Sort {
    }

    static Array setOf(Sort element) {
        return new Array(element, BOOL);
    }
}
