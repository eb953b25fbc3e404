package koru.runtime.scheduler;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Which workers have registered as idle, and waking them. A worker registers before it parks, then
 * looks for work once more; whoever publishes work looks at the registrations after publishing.
 * With a full fence on both sides (the registering CAS; {@link Scheduler}'s fence after an outside
 * submission) one of the two sees the other, so a parked worker is never left asleep beside work
 * from outside. Waking a worker cancels its registration, and only one waker can cancel it.
 *
 * <p>The state packs the number of registered workers (low 32 bits) with the number of
 * registrations ever ended (high 32 bits), so that termination can check that nobody left the idle
 * set between two reads (see {@link #snapshot}).
 */
final class IdleWorkers {
    private static final long ONE_ENDED = 1L << 32;

    private final Thread[] threads;
    private final AtomicIntegerArray registered;
    private final AtomicLong state = new AtomicLong();

    IdleWorkers(Thread[] threads) {
        this.threads = threads;
        this.registered = new AtomicIntegerArray(threads.length);
    }

    void register(int worker) {
        registered.set(worker, 1);
        state.addAndGet(1); // a full fence: the worker's next look for work comes after it
    }

    /** Ends the worker's own registration; {@code false} when a waker has ended it already. */
    boolean cancel(int worker) {
        return endRegistration(worker);
    }

    /** Parks the worker until a waker ends its registration. */
    void parkWhileRegistered(int worker) {
        while (registered.get(worker) == 1) {
            LockSupport.park(this);
        }
    }

    /** Wakes one registered worker, if there is one. Cheap when none is registered. */
    void wakeOne() {
        if (count(state.get()) == 0) {
            return;
        }
        for (int worker = 0; worker < threads.length; worker++) {
            if (endRegistration(worker)) {
                LockSupport.unpark(threads[worker]);
                return;
            }
        }
    }

    void wakeAll() {
        for (int worker = 0; worker < threads.length; worker++) {
            if (endRegistration(worker)) {
                LockSupport.unpark(threads[worker]);
            }
        }
    }

    boolean anyRegistered() {
        return count(state.get()) > 0;
    }

    /**
     * The registrations now: two equal snapshots with every worker registered mean that no worker
     * left the idle set in between, so none took a task or ran one meanwhile.
     */
    long snapshot() {
        return state.get();
    }

    boolean allRegistered(long snapshot) {
        return count(snapshot) == threads.length;
    }

    private boolean endRegistration(int worker) {
        if (registered.compareAndSet(worker, 1, 0)) {
            state.addAndGet(ONE_ENDED - 1);
            return true;
        }
        return false;
    }

    private static int count(long state) {
        return (int) state;
    }
}
