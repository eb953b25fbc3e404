package koru.runtime.mailbox;

/**
 * What {@link Mailbox#send} answers: the message was delivered, or the mailbox is full and the message
 * was not taken. Koru's {@code send} event has the same two branches ({@code | delivered}, {@code | full}),
 * so a sender is never blocked and a message is never dropped behind its back.
 */
public sealed interface SendResult {
    /** The message is in the mailbox; the receiver will get it. */
    record Delivered() implements SendResult {}

    /** The mailbox refused the message: it is at its high-water mark, or has not yet drained below its low-water mark. */
    record Full() implements SendResult {}

    // A send answers one of these two, so the hot path allocates nothing.
    Delivered DELIVERED = new Delivered();
    Full FULL = new Full();
}
