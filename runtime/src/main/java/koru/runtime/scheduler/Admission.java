package koru.runtime.scheduler;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether outside threads may still submit, and how many are submitting right now. Shutdown closes
 * it; the workers may stop only once it is closed <em>and</em> drained, so that a submission that
 * was admitted just before shutdown still reaches the ring and runs.
 */
final class Admission {
    private static final int CLOSED = Integer.MIN_VALUE; // the sign bit; the other bits count submitters

    private final AtomicInteger state = new AtomicInteger();

    /** Admits one submitter; {@code false} once closed. A {@code true} must be followed by {@link #leave}. */
    boolean tryEnter() {
        for (;;) {
            int now = state.get();
            if ((now & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void leave() {
        state.decrementAndGet();
    }

    void close() {
        state.getAndUpdate(now -> now | CLOSED);
    }

    /** Closed, and no admitted submitter is still on its way. */
    boolean isClosedAndDrained() {
        return state.get() == CLOSED;
    }
}
