package koru.elaborator.ast;

import java.util.List;
import koru.elaborator.source.Span;

/** What a branch carries (LANGUAGE.md A2). */
public sealed interface Payload {

    /** {@code | empty}: nothing. */
    record None() implements Payload {
    }

    /** {@code | ok u64}: one value, bound directly. */
    record Identity(TypeRef type) implements Payload {
    }

    /**
     * {@code | err { line: u32, msg: str }}: a record of fields. The parser accepts any number of
     * fields; fewer than two is a shape error reported by the checks (KORU020), not a parse error.
     */
    record Struct(List<Field> fields, Span span) implements Payload {
        public Struct {
            fields = List.copyOf(fields);
        }
    }
}
