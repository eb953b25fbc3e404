package koru.kernel.interp;

import java.util.Optional;

/**
 * How one run of an event's implementation ended, whichever implementation ran it (the reference
 * interpreter, an extracted subflow, a Java proc variant): what cross-checking compares.
 */
public sealed interface Ended {
    /** The implementation took {@code branch}: its payload ({@link Value.Struct} for a struct payload), if it has one. */
    record Branch(String branch, Optional<Value> payload) implements Ended {
    }

    /**
     * It stopped without a branch: an integer left its type's range, a division by zero, a call
     * whose precondition did not hold, a host proc that threw, a path that ended ({@code _}).
     * {@code what} says which, in words a report can show.
     */
    record Fault(String what) implements Ended {
    }

    /**
     * The reference interpreter stopped the run at one of its {@linkplain Interpreter.Limits limits}
     * (steps, nested calls): no answer, neither a branch nor a fault of the program. Cross-checking
     * sets such an input aside; only the interpreter ends a run so.
     */
    record Stopped(String what) implements Ended {
    }
}
