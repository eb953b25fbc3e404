package koru.kernel.interp;

/**
 * Thrown where a run reaches one of the interpreter's {@linkplain Interpreter.Limits limits}, and caught
 * where the run began, which answers {@link Ended.Stopped}: unlike {@link Faulted}, it says nothing of
 * the program, only that the interpreter would not go on. It has no stack trace: it is an answer.
 */
final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached(String what) {
        super(what, null, false, false);
    }

    String what() {
        return String.valueOf(getMessage());
    }
}
