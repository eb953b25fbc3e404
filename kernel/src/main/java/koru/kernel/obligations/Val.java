// Trusted: a Koru value is a term, or for a record or a struct payload one value per field.
package koru.kernel.obligations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import koru.smt.logic.Term;

/**
 * What an expression means in a query. Records are not a sort of the query language: a record
 * value is its fields, each a value (so {@code book.balances} is a free constant of its own).
 */
sealed interface Val {
    /** The term of a plain value; where one is needed the re-check has typed the expression as no record or payload. */
    default Term scalar() {
        return ((Scalar) this).term();
    }

    /** The terms of this value, a record's field by field. */
    default Stream<Term> terms() {
        return switch (this) {
            case Scalar scalar -> Stream.of(scalar.term());
            case Fields fields -> fields.fields().values().stream().flatMap(Val::terms);
        };
    }

    record Scalar(Term term) implements Val {
    }

    /** Fields in declaration order. */
    record Fields(Map<String, Val> fields) implements Val {
        public Fields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        Val field(String name) {
            return Optional.ofNullable(fields.get(name)).orElseThrow(() -> new IllegalArgumentException("no field " + name));
        }
    }
}
