package koru.smt.report;

import java.util.function.Supplier;

/** Z3 cannot run on this machine: its native library is missing, broken or built for another platform. */
public final class SolverUnavailableException extends RuntimeException {
    public SolverUnavailableException(Throwable cause) {
        super("the Z3 native library could not be loaded: " + describe(cause)
                + "; Koru/J needs the Z3 4.14 native library that tools.aqua:z3-turnkey ships, unpacked at first use"
                + " (a supported OS and CPU, and a writable $XDG_CACHE_HOME/koru, ~/.cache/koru or java.io.tmpdir"
                + " that allows loading libraries)", cause);
    }

    /** What {@code loader} makes; the first use of Z3 loads its native library, and a failure there is this exception. */
    public static <T> T whileLoading(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (LinkageError e) {
            // UnsatisfiedLinkError, ExceptionInInitializerError (first use) or NoClassDefFoundError (later uses).
            throw new SolverUnavailableException(e);
        }
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
