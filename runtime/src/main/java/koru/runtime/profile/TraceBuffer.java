package koru.runtime.profile;

import java.util.concurrent.atomic.AtomicLong;
import koru.runtime.ring.MpmcRing;

/**
 * Where the flows' threads leave their transitions for the writer: a bounded ring that never makes a
 * flow wait. When it is full the transition is dropped and counted, and the trace says how many were
 * lost; a profiler that blocked the flow on its own I/O would measure itself.
 */
public final class TraceBuffer {
    private final MpmcRing<Transition> ring;
    private final AtomicLong dropped = new AtomicLong();
    /* When each thread last left record(), read and written only by that thread. */
    private final ThreadLocal<long[]> previous = ThreadLocal.withInitial(() -> new long[] {Transition.NONE});

    /** A buffer of {@code capacity} transitions, a power of two of at least 2. */
    public TraceBuffer(int capacity) {
        this.ring = new MpmcRing<>(capacity);
    }

    /**
     * Records a transition of the calling thread at {@code atNs}; drops it, counted, when the buffer is
     * full. The thread's next transition is measured from the moment this call returns, so that no
     * span includes the profiler's own cost (nor, for the first, its start-up).
     */
    public void record(String source, String branch, String destination, long atNs) {
        long[] last = previous.get();
        if (!ring.offer(new Transition(source, branch, destination, Thread.currentThread(), last[0], atNs))) {
            dropped.incrementAndGet();
        }
        last[0] = TraceClock.now();
    }

    /** The oldest transition not yet taken, or {@code null} when there is none. */
    Transition poll() {
        return ring.poll();
    }

    public long dropped() {
        return dropped.get();
    }

    public int capacity() {
        return ring.capacity();
    }
}
