package koru.kernel.interp;

import koru.kernel.ir.Origin;

/**
 * Thrown where a run stops without a branch, and caught where the run began, which answers
 * {@link Ended.Fault} with {@link #getMessage}: unwinding the Java stack is how a fault deep in an
 * expression ends the whole run. It has no stack trace: it is an answer, not a bug.
 */
final class Faulted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Faulted(String what) {
        super(what, null, false, false);
    }

    /** An obligation the verifier would have reported as {@code code} does not hold at {@code at}. */
    static Faulted violated(String obligation, String code, Origin at) {
        return new Faulted(obligation + ": does not hold (" + code + ", at " + place(at) + ")");
    }

    static String place(Origin at) {
        return at.file() + ":" + at.start();
    }

    String what() {
        return String.valueOf(getMessage());
    }
}
