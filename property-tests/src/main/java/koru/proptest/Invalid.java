package koru.proptest;

/**
 * A run of the generators that made no test case, or a test case its check set aside: it neither
 * passes nor falsifies the property. Generating, it is counted and retried; shrinking, the candidate
 * that caused it is dropped.
 */
public abstract sealed class Invalid extends RuntimeException permits Invalid.Rejected, Invalid.Overrun, Invalid.Discarded {
    private Invalid(String message) {
        super(message, null, false, false);
    }

    /** A {@link Gen#filter} found no accepted value within its retries. */
    public static final class Rejected extends Invalid {
        public Rejected(String message) {
            super(message);
        }
    }

    /** The choices ran out (a shortened sequence replayed) or grew past {@link Choices#MAX_CHOICES}. */
    public static final class Overrun extends Invalid {
        public Overrun(String message) {
            super(message);
        }
    }

    /**
     * Thrown by a property's check: this value says nothing either way (Hypothesis' {@code assume}), such
     * as an input the reference interpreter stopped on at its step limit. Counted with the rejected runs.
     */
    public static final class Discarded extends Invalid {
        public Discarded(String message) {
            super(message);
        }
    }
}
