package koru.runtime.profile;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Where the flows' threads leave their transitions for the writer: one {@link ThreadTrace} per
 * recording thread, so that recording is a few plain stores and one release store, with no CAS and
 * no contention between threads. When a thread's trace is full, {@link WhenFull} decides: wait for
 * the writer to make room (counted, with the time waited), or drop the transition (counted).
 */
public final class TraceBuffer {
    /* Spins of Thread.yield() before a waiting recorder parks: on two vCPUs the writer needs the core. */
    private static final int YIELDS_BEFORE_PARKING = 16;
    private static final long WAIT_PARK_NS = 20_000;

    private final int capacity;
    private final WhenFull whenFull;
    private final ThreadLocal<ThreadTrace> ownTrace;
    private final List<ThreadTrace> traces = new CopyOnWriteArrayList<>();
    /* The rare paths only: counted across threads. */
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong waits = new AtomicLong();
    private final AtomicLong waitedNs = new AtomicLong();
    /* The writer draining this buffer, while it does: a recorder waits for room only when someone
       will make it, and wakes the writer when its trace fills up. */
    private volatile Thread writer;

    /** A buffer of {@code capacity} transitions per recording thread (a power of two of at least 2), full as {@code whenFull} says. */
    public TraceBuffer(int capacity, WhenFull whenFull) {
        this.capacity = ThreadTrace.requireCapacity(capacity);
        this.whenFull = whenFull;
        this.ownTrace = ThreadLocal.withInitial(this::register);
    }

    private ThreadTrace register() {
        ThreadTrace trace = new ThreadTrace(Thread.currentThread(), capacity);
        traces.add(trace);
        return trace;
    }

    /**
     * Records a transition of the calling thread at {@code atNs}. The thread's next transition is
     * measured from the moment this call returns, so that no span includes the profiler's own cost
     * (nor, for the first, its start-up, nor any wait for room).
     */
    public void record(String source, String branch, String destination, long atNs) {
        ThreadTrace trace = ownTrace.get();
        if (trace.offer(source, branch, destination, atNs)) {
            if (trace.justFilledAHalf()) {
                wakeWriter(); // so that an idle writer need not poll often to keep up
            }
        } else if (whenFull == WhenFull.DROP || !waitForRoom(trace, source, branch, destination, atNs)) {
            dropped.incrementAndGet();
        }
        trace.leftAt(TraceClock.now());
    }

    /* Offers again until there is room; false when there is no writer (any more) to make it. */
    private boolean waitForRoom(ThreadTrace trace, String source, String branch, String destination, long atNs) {
        if (writer == null) {
            return false;
        }
        long start = TraceClock.now();
        waits.incrementAndGet();
        try {
            for (int attempt = 0; writer != null; attempt++) {
                wakeWriter();
                if (attempt < YIELDS_BEFORE_PARKING) {
                    Thread.yield();
                } else {
                    LockSupport.parkNanos(WAIT_PARK_NS);
                }
                if (trace.offer(source, branch, destination, atNs)) {
                    return true;
                }
            }
            return false;
        } finally {
            waitedNs.addAndGet(TraceClock.now() - start);
        }
    }

    private void wakeWriter() {
        Thread draining = writer;
        if (draining != null) {
            LockSupport.unpark(draining);
        }
    }

    /** The writer takes over ({@code thread}) or leaves ({@code null}). */
    void drainedBy(Thread thread) {
        writer = thread;
    }

    /** Every recording thread's trace, in the order they first recorded. */
    List<ThreadTrace> traces() {
        return traces;
    }

    /** Stops draining {@code trace}, whose thread has ended and whose every transition was taken. */
    void forget(ThreadTrace trace) {
        traces.remove(trace);
    }

    public long dropped() {
        return dropped.get();
    }

    /** How many transitions found their thread's trace full and waited for room. */
    public long waits() {
        return waits.get();
    }

    /** The total time those transitions waited, in nanoseconds. */
    public long waitedNs() {
        return waitedNs.get();
    }

    /** The transitions each recording thread's trace holds. */
    public int capacity() {
        return capacity;
    }

    public WhenFull whenFull() {
        return whenFull;
    }
}
