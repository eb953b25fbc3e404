// Trusted: an obligation's query (with its loops' Horn rules) says exactly what must hold at its origin, given what is known on its path.
package koru.kernel.obligations;

import koru.kernel.ir.Origin;
import java.util.List;
import java.util.Optional;
import koru.smt.logic.Horn;
import koru.smt.logic.Query;

/**
 * One proof obligation of a body (LANGUAGE.md B5): of {@code kind}, at {@code origin} (the offending
 * call, constructor or operation), described in source terms, and proven when {@code query} is. Inside
 * a loop whose invariant is inferred, {@code query} assumes that invariant, an unknown predicate: then
 * {@code loops} holds the loops' Horn rules with {@code query} as their query rule, and it is what is solved.
 * {@code path} is the branches taken to reach it, for the report only.
 */
public record Obligation(Kind kind, Origin origin, String description, Query query, Optional<Horn> loops, List<Step> path) {
    public Obligation {
        path = List.copyOf(path);
    }

    /** A choice on the way to the obligation: {@code construct} ({@code if}, a callee, {@code for}) at {@code at} went to {@code taken}. */
    public record Step(Origin at, String construct, String taken) {
    }

    /** State and obligation come later. */
    public enum Kind {
        PRE,
        POST,
        INV,
        OVERFLOW,
        DIV,
        /** A capability literal outside an authority narrows one the body received (B4): no amplification, no forgery. */
        CAP,
        /** A branch handled only under {@code when} guards: one of them holds whenever the branch is taken. */
        EXHAUSTIVE,
        /** A user's loop invariant ({@code #L[where P]}) holds when the loop starts and at each jump back. */
        LOOP_INVARIANT
    }
}
