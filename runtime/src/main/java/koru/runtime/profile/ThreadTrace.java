package koru.runtime.profile;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's transitions on their way to the writer: a single-producer single-consumer ring whose
 * slots are columns of primitive arrays and string references, so recording allocates nothing and
 * takes no lock nor CAS. The recording thread is the only producer: it fills a slot, then publishes
 * it by a release store of {@code tail}. The writer is the only consumer: it reads {@code tail} with
 * acquire, formats the slots up to it and gives them back by a release store of {@code head}.
 */
final class ThreadTrace {
    /** The {@code previousNs} of a thread's first transition: nothing before it to measure from. */
    static final long NONE = Long.MIN_VALUE;

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(ThreadTrace.class, "head", long.class);
            TAIL = lookup.findVarHandle(ThreadTrace.class, "tail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread thread;
    private final int mask;
    private final String[] sources;
    private final String[] branches;
    private final String[] destinations;
    private final long[] previousNs;
    private final long[] atNs;
    /* Written by the writer only: the next slot to take. */
    private long head;
    /* Written by the recording thread only: the next slot to fill. */
    private long tail;
    /* The recording thread's own: the head it last saw (re-read only when the ring looks full), and
       when it last left the profiler, which starts its next span. */
    private long headSeen;
    private long lastLeftNs = NONE;
    /* The writer's own: whether the thread's name is in the file yet. */
    boolean named;

    /** A ring for {@code thread}'s transitions of {@code capacity} slots, a power of two of at least 2. */
    ThreadTrace(Thread thread, int capacity) {
        requireCapacity(capacity);
        this.thread = thread;
        this.mask = capacity - 1;
        this.sources = new String[capacity];
        this.branches = new String[capacity];
        this.destinations = new String[capacity];
        this.previousNs = new long[capacity];
        this.atNs = new long[capacity];
    }

    static int requireCapacity(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("a trace buffer's capacity is a power of two of at least 2, got " + capacity);
        }
        return capacity;
    }

    /**
     * On the recording thread: adds a transition at {@code at}, measured from when the thread last
     * left the profiler; {@code false}, with nothing added, when the ring is full.
     */
    boolean offer(String source, String branch, String destination, long at) {
        long position = tail;
        if (position - headSeen > mask) {
            headSeen = (long) HEAD.getAcquire(this);
            if (position - headSeen > mask) {
                return false;
            }
        }
        int slot = (int) position & mask;
        sources[slot] = source;
        branches[slot] = branch;
        destinations[slot] = destination;
        previousNs[slot] = lastLeftNs;
        atNs[slot] = at;
        TAIL.setRelease(this, position + 1);
        return true;
    }

    /** On the recording thread: whether the last {@link #offer} filled the last slot of a half of the ring. */
    boolean justFilledAHalf() {
        return (tail & (mask >> 1)) == 0;
    }

    /** On the recording thread: the moment it left the profiler, from which its next transition is measured. */
    void leftAt(long ns) {
        lastLeftNs = ns;
    }

    /** On the writer: whether the thread has published a transition not yet taken. */
    boolean hasPending() {
        return (long) TAIL.getAcquire(this) != head;
    }

    /** On the writer: formats up to {@code most} published transitions into {@code out}, frees their slots and says how many. */
    int drainInto(TraceBytes out, ChromeTraceFormat format, int most) {
        long from = head;
        long to = Math.min((long) TAIL.getAcquire(this), from + most);
        long tid = thread.threadId();
        for (long position = from; position < to; position++) {
            int slot = (int) position & mask;
            format.event(out, sources[slot], branches[slot], destinations[slot], tid, previousNs[slot], atNs[slot]);
        }
        HEAD.setRelease(this, to);
        return (int) (to - from);
    }

    int capacity() {
        return mask + 1;
    }
}
