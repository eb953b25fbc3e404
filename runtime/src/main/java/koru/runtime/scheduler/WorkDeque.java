package koru.runtime.scheduler;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded work-stealing deque: one owner thread pushes and pops at the bottom (newest first, so a
 * fork/join computation keeps its working set hot), any number of thieves steal at the top (oldest
 * first, so a thief takes the biggest piece of work). The slots are a circular array; positions only
 * grow, and a position's slot is {@code position & mask}.
 *
 * <p><b>Who takes an element.</b> As in {@code ForkJoinPool}'s queues (and unlike Chase-Lev's
 * original, which settles the last element by a CAS on {@code top}), whoever empties a slot owns its
 * element: the owner's {@link #pop} swaps the slot with null, a thief's {@link #steal} CASes it from
 * the element to null, and a slot is emptied only once. So the owner never has to announce a claim
 * and read the thieves' index after it (the store-load fence of Chase-Lev's {@code pop}), and a
 * thief never reads the owner's index, which the owner writes at every push and pop: an idle worker
 * looking at a deque touches only {@code top} and the slots at the top, not the lines the busy owner
 * writes. Nor does the owner read {@code top}, which thieves write at every steal, except when the
 * deque may be full. (Measured: docs/PERFORMANCE.md, "Runtime: scheduler".)
 *
 * <p><b>Why it is correct.</b>
 * <ul>
 *   <li>{@link #push} writes the slot with a release store, so a thief that reads the element (with
 *       acquire) sees the task fully built; then it raises {@code bottom}.
 *   <li>A thief takes position {@code t} only while {@code top == t}: it reads {@code top}, reads the
 *       slot, reads {@code top} again, and CASes the slot. Only the thief that won position {@code t}
 *       writes {@code top = t + 1}, so {@code top} only grows, one position at a time. The second
 *       read of {@code top} rules out a slot refilled a lap later: the owner writes position
 *       {@code t + capacity} only after it has seen {@code top > t}.
 *   <li>The owner pops position {@code bottom - 1} by swapping its slot. Thieves take positions in
 *       order from {@code top} and the owner from the bottom, so a slot found empty there was taken
 *       by a thief, as was every position before it: "empty". A swap that finds an element owns it.
 *   <li>A slot is refilled only one lap later ({@code push} refuses at {@code bottom - top ==
 *       capacity}), and the elements must be distinct objects (the scheduler pushes each task
 *       once), so a thief's CAS from an element it read a while ago fails once that element is gone.
 *   <li>Between a thief's CAS and its store of {@code top}, the slot at {@code top} is empty while
 *       {@code top} still counts it. A thief that finds the slot at {@code top} empty answers "empty"
 *       only if the next slot is empty too and {@code top} did not move meanwhile (the owner pops
 *       from the bottom, so an element after {@code t} means {@code t} was taken by a thief, not the
 *       last element popped); otherwise it waits for that store (a few instructions), as {@code push}
 *       does before it would answer "full". {@code size} may count the taken element meanwhile.
 * </ul>
 */
final class WorkDeque<E> {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle END = MethodHandles.arrayElementVarHandle(long[].class);
    /**
     * {@code top} (written by thieves) and {@code bottom} (written by the owner) live in one array,
     * 128 bytes apart and 64 or more from anything else, so that each has a cache line of its own.
     */
    private static final int TOP = 8;
    private static final int BOTTOM = 24;
    /** Owner only, on {@code bottom}'s line: a value {@code top} had, so at most {@code top} now. */
    private static final int TOP_SEEN = BOTTOM + 1;
    private static final int ENDS_LENGTH = 40;

    /** What {@link #push} did. */
    enum Pushed {
        /** Added to an empty deque: nobody else can know there is work in it yet. */
        ONTO_EMPTY,
        /** Added behind elements still there. */
        ONTO_OTHERS,
        /** Nothing added: the deque is full. */
        FULL
    }

    private final Object[] slots;
    private final int mask;
    /** {@code ends[TOP]}: the next position a thief takes; {@code ends[BOTTOM]}: the next the owner fills. */
    private final long[] ends = new long[ENDS_LENGTH];

    /** A deque of {@code capacity} slots, a power of two of at least 2. */
    WorkDeque(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("a deque's capacity is a power of two of at least 2, got " + capacity);
        }
        this.slots = new Object[capacity];
        this.mask = capacity - 1;
    }

    /**
     * Owner only: adds {@code element} at the bottom, and says whether the deque was empty before.
     * Neither question reads {@code top}, the line thieves write at every steal: fullness is judged
     * against a value of {@code top} seen before (it only grows, so that errs towards "full", and then
     * {@code top} itself is read), and emptiness by the slot of the newest position, which the owner
     * filled and which is empty again only if a thief took it, that is, if every position was taken.
     */
    Pushed push(E element) {
        long b = (long) END.getOpaque(ends, BOTTOM); // only this thread writes bottom
        if (b - ends[TOP_SEEN] >= slots.length) {
            long t = top();
            while (b - t >= slots.length) {
                if (SLOT.getAcquire(slots, (int) b & mask) != null) {
                    return Pushed.FULL; // position b - capacity is still there
                }
                t = awaitTopPast(t);
            }
            ends[TOP_SEEN] = t;
        }
        boolean ontoEmpty = SLOT.getOpaque(slots, (int) (b - 1) & mask) == null;
        SLOT.setRelease(slots, (int) b & mask, element);
        END.setRelease(ends, BOTTOM, b + 1);
        return ontoEmpty ? Pushed.ONTO_EMPTY : Pushed.ONTO_OTHERS;
    }

    /**
     * Owner only: takes the newest element; {@code null} when the deque is empty. The slot of
     * position {@code bottom - 1} holds that position's element or nothing (a refill comes a lap
     * later, after the position was taken), so the swap alone decides, without a look at {@code top}.
     */
    @SuppressWarnings("unchecked")
    E pop() {
        long b = (long) END.getOpaque(ends, BOTTOM);
        int slot = (int) (b - 1) & mask;
        if (SLOT.getOpaque(slots, slot) == null) {
            return null; // a thief took it, so every position was taken (or nothing was ever pushed)
        }
        E element = (E) SLOT.getAndSet(slots, slot, null);
        if (element != null) {
            END.setRelease(ends, BOTTOM, b - 1);
        }
        return element; // null: a thief took it meanwhile, and it was the last one
    }

    /** Any thread: takes the oldest element; {@code null} when the deque was empty. */
    @SuppressWarnings("unchecked")
    E steal() {
        for (;;) {
            long t = top();
            E element = (E) SLOT.getAcquire(slots, (int) t & mask);
            boolean nextHeld = SLOT.getAcquire(slots, (int) (t + 1) & mask) != null;
            if (top() != t) {
                continue; // another thief moved on meanwhile
            }
            if (element != null) {
                if (SLOT.compareAndSet(slots, (int) t & mask, element, null)) {
                    END.setRelease(ends, TOP, t + 1);
                    return element;
                }
            } else if (!nextHeld) {
                return null; // nothing at top and nothing after it, top unchanged throughout
            } else {
                // Position t is taken and t + 1 follows: the taker (a thief) is about to raise top.
                while (top() == t && SLOT.getAcquire(slots, (int) t & mask) == null
                        && SLOT.getAcquire(slots, (int) (t + 1) & mask) != null) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    /** About how many elements the deque holds: exact when nobody pushes, pops or steals meanwhile. */
    int size() {
        long t = (long) END.getVolatile(ends, TOP);
        long b = (long) END.getVolatile(ends, BOTTOM);
        return (int) Math.max(b - t, 0);
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Any thread: whether a thief would find an element at {@code top} now. Unlike {@link #isEmpty} it
     * does not read {@code bottom}, the line the busy owner writes.
     */
    boolean holdsWorkAtTop() {
        return SLOT.getAcquire(slots, (int) top() & mask) != null;
    }

    private long top() {
        return (long) END.getAcquire(ends, TOP);
    }

    /**
     * Push only, with the deque full by {@code top}: the slot of position {@code t} (the one
     * {@code push} would refill) is empty, so a thief has taken it and is about to raise {@code top}.
     */
    private long awaitTopPast(long t) {
        long now;
        while ((now = top()) == t && SLOT.getAcquire(slots, (int) t & mask) == null) {
            Thread.onSpinWait();
        }
        return now;
    }
}
