// Trusted: a check holds only when no path of its body broke it.
package koru.kernel.states;

import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Origin;

/**
 * One phantom-state check of a body (LANGUAGE.md A7, B5 kinds {@code state} and {@code obligation}),
 * decided by the kernel without a solver: a value passed where a state is required ({@link Kind#STATE},
 * at the argument), or an obligation issued ({@link Kind#OBLIGATION}, at the handler or input that
 * receives it). It holds when no path of the body broke it; otherwise {@code violations} says where.
 * Its lists, and a violation's states, are immutable copies: {@link CheckStates} makes them, and only it.
 */
public record StateCheck(Kind kind, Origin origin, List<Violation> violations) {
    public enum Kind {
        STATE,
        OBLIGATION
    }

    public boolean holds() {
        return violations.isEmpty();
    }

    /**
     * How a path broke a check, at {@code at}, for the value {@code subject} (a binding or a field path).
     * {@code states} are the canonical states it had; {@code earlier} is where it was discharged (use
     * after discharge) or where the loop goes round again (discharge inside a loop).
     */
    public record Violation(Rule rule, Origin at, String subject, String message, List<String> states, Optional<Origin> earlier) {
    }

    /** The rules of A7, numbered as there. */
    public enum Rule {
        /** 1: the value does not have (or is not known to have) the state the input or branch requires. */
        MISMATCH,
        /** 3: an obligation is still live where its scope ends. */
        LEAK,
        /** 2: a binding is used after its obligation was discharged (a second discharge included). */
        USE_AFTER_DISCHARGE,
        /** 4: an obligation created outside a loop is discharged on a path that goes round the loop again. */
        DISCHARGED_IN_LOOP,
        /** 4, for a task body: it names a tracked value made outside it, which the spawning path may discharge while it runs. */
        SHARED_WITH_TASK
    }
}
