package koru.runtime.rt;

/** What {@link Channel#send} answers; Koru's {@code std.rt:send} has one branch for each. */
public enum SendOutcome {
    /** The value is in the channel; a receiver will take it. */
    SENT,
    /** The channel is at its high-water mark (or not yet drained below its low-water mark): the value was not taken. */
    FULL,
    /** The channel was closed before this send: the value was not taken. */
    CLOSED
}
