package koru.runtime.rt;

import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import koru.runtime.mailbox.Mailbox;
import koru.runtime.mailbox.SendResult;

/**
 * The channel behind {@code std.rt:channel}, {@code send}, {@code receive} and {@code close}: a
 * {@link Mailbox} of {@code i64} values with backpressure, any number of senders and receivers, and a
 * close that receivers see once they have taken every value sent before it.
 *
 * <p>{@link #send} never blocks and never drops: it answers {@link SendOutcome#SENT}, {@link SendOutcome#FULL}
 * (the mailbox's high-water mark is {@code capacity}, its low-water mark half of it) or
 * {@link SendOutcome#CLOSED}. The mailbox allows one receiver at a time, so receivers take turns through
 * a lock; the one holding it spins a little, then parks until a send or the close wakes it.
 *
 * <p>Why a second word, {@code gate}, beside the mailbox's: a send that passed the "not closed" check
 * and has not yet reached the mailbox must not be lost, nor may a receiver answer "closed" while such
 * a send can still deliver. {@code gate} holds the number of sends in flight (times two) and the closed
 * bit: a send enters only while the bit is clear and leaves after its mailbox operation, and a receiver
 * answers closed only when the bit is set and no send is in flight, after one more look at the mailbox.
 */
public final class Channel {
    /** The largest capacity: the mailbox's high-water limit, 2^29. */
    public static final int MAX_CAPACITY = 1 << 29;

    /** Spin-waits before parking; as in the mailbox, about as long as one wake-up costs (shared/notes/runtime-anchors.md). */
    private static final int SPINS_BEFORE_PARKING = 1024;
    private static final long CLOSED_BIT = 1;
    private static final long ONE_SENDER = 2;

    private final Mailbox<Long> mailbox;
    private final AtomicLong gate = new AtomicLong();
    private final ReentrantLock receiving = new ReentrantLock();
    private volatile Thread waitingReceiver;

    /** A channel that refuses sends once it holds {@code capacity} values, until it holds fewer than half of them. */
    public Channel(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("a channel's capacity is 1 to 2^29, got " + capacity);
        }
        this.mailbox = new Mailbox<>(capacity, Math.max(1, capacity / 2));
    }

    public int capacity() {
        return mailbox.highWater();
    }

    /** Delivers {@code value}, or answers full or closed without taking it; never blocks. */
    public SendOutcome send(long value) {
        if (!enter()) {
            return SendOutcome.CLOSED;
        }
        SendResult result;
        try {
            result = mailbox.send(value);
        } finally {
            gate.addAndGet(-ONE_SENDER);
        }
        // Also after a refused send: if the channel was closed meanwhile, this send was the last one a receiver waited out.
        wakeReceiver();
        return result == SendResult.DELIVERED ? SendOutcome.SENT : SendOutcome.FULL;
    }

    /** Sends from now on answer closed; receivers take what was sent before, then see the close. Closing twice is closing once. */
    public void close() {
        gate.getAndUpdate(word -> word | CLOSED_BIT);
        wakeReceiver();
    }

    /** The oldest value, waiting for one; empty once the channel is closed and every value sent before the close is taken. */
    public OptionalLong receive() {
        return switch (await(false, 0)) {
            case Awaited.Value value -> OptionalLong.of(value.value());
            case Awaited.Closed closed -> OptionalLong.empty();
            case Awaited.TimedOut timedOut -> throw new AssertionError("a wait without a deadline timed out");
        };
    }

    /** Waits for a value until {@code deadline} ({@link System#nanoTime} terms) when {@code timed}, else for as long as it takes. */
    Awaited await(boolean timed, long deadline) {
        if (!takeReceiverTurn(timed, deadline)) {
            return Awaited.TIMED_OUT;
        }
        try {
            for (int spins = 0; ; spins++) {
                Long value = mailbox.poll();
                if (value != null) {
                    return new Awaited.Value(value);
                }
                if (closedAndQuiet()) {
                    // A send admitted after the poll above left the gate before we read it: look once more.
                    Long last = mailbox.poll();
                    return last != null ? new Awaited.Value(last) : Awaited.CLOSED;
                }
                if (timed && System.nanoTime() - deadline >= 0) {
                    return Awaited.TIMED_OUT;
                }
                if (spins < SPINS_BEFORE_PARKING) {
                    Thread.onSpinWait();
                } else {
                    parkUntilSentOrClosed(timed, deadline);
                }
            }
        } finally {
            receiving.unlock();
        }
    }

    private boolean takeReceiverTurn(boolean timed, long deadline) {
        try {
            if (!timed) {
                receiving.lockInterruptibly();
                return true;
            }
            return receiving.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    /**
     * Parks until a send or the close may have changed what {@link #await} sees. The receiver announces
     * itself, then looks; a sender or closer changes the words, then looks for a receiver to wake: of two
     * threads that each write one volatile and then read the other's, at least one sees the other's write.
     */
    private void parkUntilSentOrClosed(boolean timed, long deadline) {
        waitingReceiver = Thread.currentThread();
        try {
            if (mailbox.size() == 0 && !closedAndQuiet()) {
                if (timed) {
                    LockSupport.parkNanos(this, deadline - System.nanoTime());
                } else {
                    LockSupport.park(this);
                }
            }
        } finally {
            waitingReceiver = null;
        }
        if (Thread.interrupted()) {
            throw interrupted();
        }
    }

    /** Koru has no cancellation yet, so an interrupted receive ends the program's thread; the interrupt stays set. */
    private static CancellationException interrupted() {
        Thread.currentThread().interrupt();
        return new CancellationException("interrupted while receiving from a channel");
    }

    private boolean enter() {
        long word = gate.get();
        while ((word & CLOSED_BIT) == 0) {
            long witness = gate.compareAndExchange(word, word + ONE_SENDER);
            if (witness == word) {
                return true;
            }
            word = witness;
        }
        return false;
    }

    private boolean closedAndQuiet() {
        return gate.get() == CLOSED_BIT;
    }

    private void wakeReceiver() {
        Thread receiver = waitingReceiver;
        if (receiver != null) {
            LockSupport.unpark(receiver);
        }
    }
}
