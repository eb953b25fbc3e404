package koru.runtime.mailbox;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded many-senders, one-receiver mailbox with backpressure by high and low water marks.
 *
 * <p>{@link #send} never blocks and never drops: it answers {@link SendResult.Delivered} or
 * {@link SendResult.Full}. Once the mailbox holds {@code highWater} messages it refuses every send until
 * the receiver has drained it below {@code lowWater}; the gap between the marks keeps senders from
 * flapping between delivered and full on every message. The mailbox never holds more than
 * {@code highWater} messages.
 *
 * <p>Everything a decision needs is one 64-bit word, {@code state}: the tail (messages ever admitted),
 * the head (messages ever received), both modulo 2^31, and a refusing bit. A sender admits its message
 * and claims slot {@code tail} in one CAS, then stores the message there with a release store; the
 * receiver waits for that store, clears the slot, and advances the head in one CAS that also clears the
 * refusing bit once fewer than {@code lowWater} messages remain. One word makes every send and receive
 * take effect at a single instant, with the count, the order and the water marks agreeing: an
 * {@link koru.runtime.ring.MpmcRing} behind a separate admission counter does not, because two senders
 * can be admitted in one order and take ring positions in the other (Lincheck's counterexample is in
 * docs/runtime.md).
 *
 * <p>Only one thread may receive ({@link #poll} or {@link #receive}) at a time; any number may send.
 */
public final class Mailbox<M> {
    private static final VarHandle STATE;
    private static final VarHandle WAITING_RECEIVER;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STATE = lookup.findVarHandle(Mailbox.class, "state", long.class);
            WAITING_RECEIVER = lookup.findVarHandle(Mailbox.class, "waitingReceiver", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * How often {@link #receive} polls before it parks. Waking a parked thread costs 4-44 us on the
     * measured machine and a hand-off between spinning threads ~0.1 us (shared/notes/runtime-anchors.md);
     * about a thousand spin-waits last roughly as long as one wake-up, so spinning first never costs more
     * than about twice the better of the two choices.
     */
    private static final int SPINS_BEFORE_PARKING = 1024;

    private final Object[] slots;
    private final int slotMask;
    private final int highWater;
    private final int lowWater;
    @SuppressWarnings("unused") // accessed through STATE
    private volatile long state;
    @SuppressWarnings("unused") // accessed through WAITING_RECEIVER
    private volatile Thread waitingReceiver;

    /**
     * A mailbox that refuses sends once it holds {@code highWater} messages, until it holds fewer than
     * {@code lowWater}; {@code 1 <= lowWater <= highWater <= 2^29}.
     */
    public Mailbox(int highWater, int lowWater) {
        if (lowWater < 1 || lowWater > highWater || highWater > 1 << 29) {
            throw new IllegalArgumentException(
                    "water marks need 1 <= low <= high <= 2^29, got high " + highWater + ", low " + lowWater);
        }
        // A power of two divides 2^31, so slot = position & slotMask stays right when positions wrap.
        int slotCount = Integer.highestOneBit(Math.max(1, highWater - 1)) << 1;
        this.slots = new Object[slotCount];
        this.slotMask = slotCount - 1;
        this.highWater = highWater;
        this.lowWater = lowWater;
    }

    public int highWater() {
        return highWater;
    }

    public int lowWater() {
        return lowWater;
    }

    /** Delivers {@code message}, or answers full without taking it; never blocks. */
    public SendResult send(M message) {
        if (message == null) {
            throw new NullPointerException("a mailbox holds no null: null is what poll answers when it is empty");
        }
        long seen = (long) STATE.getVolatile(this);
        for (;;) {
            if (MailboxState.refusing(seen)) {
                return SendResult.FULL;
            }
            int tail = MailboxState.tail(seen);
            boolean reachesHighWater = MailboxState.count(seen) + 1 >= highWater;
            long witness = (long) STATE.compareAndExchange(
                    this, seen, MailboxState.of(tail + 1, MailboxState.head(seen), reachesHighWater));
            if (witness == seen) {
                SLOT.setRelease(slots, tail & slotMask, message);
                wakeReceiver();
                return SendResult.DELIVERED;
            }
            seen = witness;
        }
    }

    /**
     * Takes the oldest message, or answers {@code null} when the mailbox holds none. When the oldest
     * message is admitted but its sender has not yet stored it (a few instructions), this waits for the
     * store rather than answer {@code null} for a mailbox that is not empty.
     */
    @SuppressWarnings("unchecked")
    public M poll() {
        long seen = (long) STATE.getVolatile(this);
        if (MailboxState.count(seen) == 0) {
            return null;
        }
        int head = MailboxState.head(seen);
        int slot = head & slotMask;
        Object message;
        while ((message = SLOT.getAcquire(slots, slot)) == null) {
            Thread.onSpinWait();
        }
        // Cleared before the head moves on: the CAS below publishes the empty slot to the sender that reuses it.
        SLOT.set(slots, slot, null);
        for (;;) {
            int remaining = MailboxState.count(seen) - 1;
            boolean stillRefusing = MailboxState.refusing(seen) && remaining >= lowWater;
            long witness = (long) STATE.compareAndExchange(
                    this, seen, MailboxState.of(MailboxState.tail(seen), head + 1, stillRefusing));
            if (witness == seen) {
                return (M) message;
            }
            seen = witness; // a sender moved the tail; the head is this receiver's alone
        }
    }

    /** Takes the oldest message, waiting for one: it spins a little, then parks until a send wakes it. */
    public M receive() throws InterruptedException {
        for (int spins = 0; ; spins++) {
            M message = poll();
            if (message != null) {
                return message;
            }
            if (spins < SPINS_BEFORE_PARKING) {
                Thread.onSpinWait();
            } else {
                parkUntilSent();
            }
        }
    }

    /**
     * Parks until a send may have delivered. The receiver announces itself before it looks at the state
     * one last time, and a sender moves the tail before it looks for a receiver to wake: of two threads
     * that each write one volatile and then read the other's, at least one sees the other's write, so
     * either the receiver sees the message and does not park, or the sender sees the receiver and wakes it.
     */
    private void parkUntilSent() throws InterruptedException {
        WAITING_RECEIVER.setVolatile(this, Thread.currentThread());
        try {
            if (MailboxState.count((long) STATE.getVolatile(this)) == 0) {
                LockSupport.park(this);
            }
        } finally {
            WAITING_RECEIVER.setVolatile(this, null);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted while receiving");
        }
    }

    private void wakeReceiver() {
        Thread receiver = (Thread) WAITING_RECEIVER.getVolatile(this);
        if (receiver != null) {
            LockSupport.unpark(receiver);
        }
    }

    /** How many messages the mailbox holds, counting those admitted and still being stored. */
    public int size() {
        return MailboxState.count((long) STATE.getVolatile(this));
    }

    /** Whether a send now would answer full. */
    public boolean refusing() {
        return MailboxState.refusing((long) STATE.getVolatile(this));
    }
}
