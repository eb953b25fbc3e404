package koru.runtime.scheduler;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded Chase-Lev work-stealing deque: one owner thread pushes and pops at the bottom (newest
 * first, so a fork/join computation keeps its working set hot), any number of thieves steal at the
 * top (oldest first, so a thief takes the biggest piece of work). The slots are a circular array;
 * positions only grow, and a position's slot is {@code position & mask}.
 *
 * <p>Memory ordering (Lê, Pop, Cohen, Zappa Nardelli, "Correct and Efficient Work-Stealing for Weak
 * Memory Models", PPoPP 2013, translated from C11 to VarHandle access modes):
 * <ul>
 *   <li>{@link #push} writes the slot, then publishes it by a <em>release</em> store of {@code bottom}. A
 *       thief reads {@code bottom} with acquire before it reads the slot, so it sees the element.
 *   <li>{@link #pop} and {@link #steal} race for the last element: the owner announces its claim by
 *       storing {@code bottom - 1} and then reads {@code top}; a thief reads {@code top} and then
 *       {@code bottom}. Like Dekker's algorithm this needs store-to-load order on both sides, which
 *       only sequential consistency gives: both fields are accessed with volatile mode there, so at
 *       least one side sees the other's claim. When both see one element left, they settle it by a
 *       CAS on {@code top}, which only one of them wins.
 *   <li>{@code top} only grows and a thief takes position {@code t} only by a CAS from {@code t}, so a
 *       thief that read a stale {@code top} or a recycled slot fails its CAS and tries again.
 *   <li>A slot is overwritten only one lap later ({@code push} refuses when {@code bottom - top}
 *       reaches the capacity), so while {@code top == t} the slot of {@code t} still holds its element.
 * </ul>
 * Only the owner writes {@code bottom}; thieves write only {@code top}. The elements must be distinct
 * objects (the scheduler pushes each task once): a thief clears the slot it took by a CAS from the
 * element it took, which must not match an element pushed into the same slot a lap later.
 */
final class WorkDeque<E> {
    private static final VarHandle TOP;
    private static final VarHandle BOTTOM;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TOP = lookup.findVarHandle(WorkDeque.class, "top", long.class);
            BOTTOM = lookup.findVarHandle(WorkDeque.class, "bottom", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object[] slots;
    private final int mask;
    /** The next position a thief takes; advanced only by CAS. */
    private volatile long top;
    /** The next position the owner fills; written only by the owner. */
    private volatile long bottom;

    /** A deque of {@code capacity} slots, a power of two of at least 2. */
    WorkDeque(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("a deque's capacity is a power of two of at least 2, got " + capacity);
        }
        this.slots = new Object[capacity];
        this.mask = capacity - 1;
    }

    /**
     * Owner only: adds {@code element} at the bottom. Answers how many elements the deque held
     * before (so the caller can tell an empty-to-non-empty transition), or -1, with nothing added,
     * when it is full.
     */
    int push(E element) {
        long b = (long) BOTTOM.getOpaque(this); // only this thread writes bottom
        long t = (long) TOP.getAcquire(this);
        long held = b - t;
        if (held >= slots.length) {
            return -1;
        }
        SLOT.setOpaque(slots, (int) b & mask, element);
        BOTTOM.setRelease(this, b + 1); // publishes the slot written just above
        return (int) Math.max(held, 0);
    }

    /** Owner only: takes the newest element; {@code null} when the deque is empty. */
    @SuppressWarnings("unchecked")
    E pop() {
        long b = (long) BOTTOM.getOpaque(this) - 1;
        BOTTOM.setVolatile(this, b); // the owner's claim; must be ordered before the read of top
        long t = (long) TOP.getVolatile(this);
        if (t > b) {
            BOTTOM.setOpaque(this, b + 1); // it was empty: undo the claim
            return null;
        }
        int slot = (int) b & mask;
        E element = (E) SLOT.getOpaque(slots, slot);
        if (t < b) {
            SLOT.setOpaque(slots, slot, null); // no thief reaches position b while top < b
            return element;
        }
        // The last element: a thief may be taking it at the same moment; the CAS on top decides.
        boolean won = TOP.compareAndSet(this, t, t + 1);
        BOTTOM.setOpaque(this, b + 1);
        if (won) {
            SLOT.setOpaque(slots, slot, null);
        }
        return won ? element : null;
    }

    /** Any thread: takes the oldest element; {@code null} only when the deque was seen empty. */
    @SuppressWarnings("unchecked")
    E steal() {
        for (;;) {
            long t = (long) TOP.getVolatile(this);
            long b = (long) BOTTOM.getVolatile(this); // read after top (see the class comment)
            if (t >= b) {
                return null;
            }
            int slot = (int) t & mask;
            E element = (E) SLOT.getOpaque(slots, slot);
            if (TOP.compareAndSet(this, t, t + 1)) {
                // Forget the reference unless the owner has already refilled the slot one lap later.
                SLOT.compareAndSet(slots, slot, element, null);
                return element;
            }
            Thread.onSpinWait(); // the owner or another thief took position t first: look again
        }
    }

    /** About how many elements the deque holds: exact when nobody pushes, pops or steals meanwhile. */
    int size() {
        long t = (long) TOP.getVolatile(this);
        long b = (long) BOTTOM.getVolatile(this);
        return (int) Math.max(b - t, 0);
    }

    boolean isEmpty() {
        return size() == 0;
    }
}
