package koru.runtime.ring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded lock-free multi-producer multi-consumer queue: Dmitry Vyukov's ring. Every slot carries a
 * sequence number that says whose turn it is: {@code pos} when a producer may fill it for position
 * {@code pos}, {@code pos + 1} when the consumer of {@code pos} may empty it, {@code pos + capacity}
 * when it is free again for the producer one lap later. A producer claims a position by a CAS on the
 * enqueue counter, writes the element, then publishes it by a release store of the slot's sequence;
 * a consumer reads the sequence with acquire, so the element written before it is visible.
 *
 * <p>{@link #offer} never blocks: a full ring answers {@code false}, and the caller decides (spin, park,
 * or take the {@code full} branch of a mailbox). {@link #poll} answers {@code null} when the slot at the
 * head is not yet published, even if a producer has already claimed it: that is the relaxed poll,
 * which measured at the physical round-trip floor here where a strict one costs up to twice as much
 * (shared/notes/runtime-anchors.md). The two counters sit on cache lines of their own, so producers
 * and consumers do not slow each other down by false sharing.
 */
public final class MpmcRing<E> extends DequeueCounter {
    private static final VarHandle SEQUENCE = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(Object[].class);

    /**
     * Slots start this many elements into each array, and as many are left after the last: at least 128
     * bytes either side. Every array access checks its index against the array's length, read from the
     * header; without the padding, the header's cache line is also the line of the first slots, so every
     * write to those slots would evict the length from the other threads' caches (JCTools reads arrays
     * through Unsafe, with no length check, and needs no such padding). 1P/1C NEAR went from 0.93 to
     * 1.07 of JCTools (PERFORMANCE.md).
     */
    private static final int PAD = 32;

    private final int mask;
    private final long[] sequences;
    private final Object[] elements;

    /** A ring of {@code capacity} slots, a power of two of at least 2. */
    public MpmcRing(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("a ring's capacity is a power of two of at least 2, got " + capacity);
        }
        this.mask = capacity - 1;
        this.sequences = new long[PAD + capacity + PAD];
        this.elements = new Object[PAD + capacity + PAD];
        for (int position = 0; position < capacity; position++) {
            sequences[PAD + position] = position;
        }
        VarHandle.releaseFence(); // the initial sequences are published with the ring
    }

    public int capacity() {
        return mask + 1;
    }

    /** Adds {@code element} at the tail; {@code false}, with nothing added, when the ring is full. */
    public boolean offer(E element) {
        if (element == null) {
            throw new NullPointerException("a ring holds no null: null is what poll answers when it is empty");
        }
        long position = (long) ENQUEUE.getOpaque(this);
        for (;;) {
            int slot = PAD + ((int) position & mask);
            long turn = (long) SEQUENCE.getAcquire(sequences, slot) - position;
            if (turn == 0) {
                long witness = (long) ENQUEUE.compareAndExchange(this, position, position + 1);
                if (witness == position) {
                    ELEMENT.set(elements, slot, element);
                    SEQUENCE.setRelease(sequences, slot, position + 1);
                    return true;
                }
                position = witness;
            } else if (turn < 0) {
                return false; // the slot still holds the element of the previous lap: full
            } else {
                position = (long) ENQUEUE.getOpaque(this); // another producer took this position
            }
        }
    }

    /** Takes the element at the head; {@code null} when there is none published yet. */
    @SuppressWarnings("unchecked")
    public E poll() {
        long position = (long) DEQUEUE.getOpaque(this);
        for (;;) {
            int slot = PAD + ((int) position & mask);
            long turn = (long) SEQUENCE.getAcquire(sequences, slot) - (position + 1);
            if (turn == 0) {
                long witness = (long) DEQUEUE.compareAndExchange(this, position, position + 1);
                if (witness == position) {
                    E element = (E) ELEMENT.get(elements, slot);
                    ELEMENT.set(elements, slot, null); // no reference kept to what was taken
                    SEQUENCE.setRelease(sequences, slot, position + mask + 1);
                    return element;
                }
                position = witness;
            } else if (turn < 0) {
                return null; // not yet published for this lap: empty
            } else {
                position = (long) DEQUEUE.getOpaque(this); // another consumer took this position
            }
        }
    }

    /** How many elements the ring holds about now: exact when no offer or poll runs concurrently. */
    public int size() {
        long dequeued = (long) DEQUEUE.getVolatile(this);
        long enqueued = (long) ENQUEUE.getVolatile(this);
        return (int) Math.max(0, Math.min(enqueued - dequeued, capacity()));
    }
}

/*
 * The enqueue and dequeue counters, each between 120 bytes of padding on either side. HotSpot lays out a
 * superclass's fields before its subclass's, so this chain keeps each counter on a cache line of its own
 * and away from the ring's other fields; 128 bytes rather than 64, as JCTools pads, because the
 * adjacent-line prefetcher pulls lines in pairs (1P/1C NEAR: 0.80 of JCTools with 56 bytes, 0.93-0.95
 * with 120; 2P/2C no better, within what thread placement moves; PERFORMANCE.md). The padding fields
 * are never read.
 */
@SuppressWarnings("unused")
abstract class PadBeforeEnqueue {
    private long p01, p02, p03, p04, p05, p06, p07, p08, p09, p0a, p0b, p0c, p0d, p0e, p0f;
}

abstract class EnqueueCounter extends PadBeforeEnqueue {
    static final VarHandle ENQUEUE;

    static {
        try {
            ENQUEUE = MethodHandles.lookup().findVarHandle(EnqueueCounter.class, "enqueue", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile long enqueue;
}

@SuppressWarnings("unused")
abstract class PadBetweenCounters extends EnqueueCounter {
    private long p11, p12, p13, p14, p15, p16, p17, p18, p19, p1a, p1b, p1c, p1d, p1e, p1f;
}

abstract class DequeueCounter extends PadBetweenCounters {
    static final VarHandle DEQUEUE;

    static {
        try {
            DEQUEUE = MethodHandles.lookup().findVarHandle(DequeueCounter.class, "dequeue", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile long dequeue;
    @SuppressWarnings("unused")
    private long p21, p22, p23, p24, p25, p26, p27, p28, p29, p2a, p2b, p2c, p2d, p2e, p2f;
}
