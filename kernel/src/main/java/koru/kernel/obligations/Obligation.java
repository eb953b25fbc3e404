// Trusted: an obligation's query says exactly what must hold at its origin, given what is known on its path.
package koru.kernel.obligations;

import koru.kernel.ir.Origin;
import koru.smt.logic.Query;

/**
 * One proof obligation of a body (LANGUAGE.md B5): of {@code kind}, at {@code origin} (the offending
 * call, constructor or operation), described in source terms, and proven when {@code query} is.
 */
public record Obligation(Kind kind, Origin origin, String description, Query query) {
    /** The kinds generated for loop-free bodies; state, obligation, cap, exhaustive and loops come later. */
    public enum Kind {
        PRE,
        POST,
        INV,
        OVERFLOW,
        DIV
    }
}
