package koru.runtime.rt;

/**
 * What a receiver's wait on a {@link Channel} ended with: a value, the channel closed and drained, or
 * the deadline passed. Package-private: {@link Channel#receive} waits without a deadline and answers
 * an {@code OptionalLong}; only {@link Quorum} waits with one.
 */
sealed interface Awaited {
    record Value(long value) implements Awaited {}

    record Closed() implements Awaited {}

    record TimedOut() implements Awaited {}

    Closed CLOSED = new Closed();
    TimedOut TIMED_OUT = new TimedOut();
}
