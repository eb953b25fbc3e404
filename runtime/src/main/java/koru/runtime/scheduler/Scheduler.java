package koru.runtime.scheduler;

import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import koru.runtime.ring.MpmcRing;

/**
 * A work-stealing scheduler: a fixed set of {@link Worker} threads, each with its own Chase-Lev
 * {@link WorkDeque}, and one bounded {@link MpmcRing} for tasks submitted from outside and for the
 * overflow of full deques. {@link #spawn} from a worker pushes onto that worker's deque (tens of
 * ns, no wake-up unless the deque was empty and a worker is parked); from any other thread it goes
 * through the ring and wakes a parked worker. {@link Task#join} on a worker runs other tasks while
 * it waits.
 *
 * <p>{@link #shutdown} refuses further submissions from outside, but every task already submitted,
 * and every task those spawn, still runs; the workers end when no work is left anywhere.
 */
public final class Scheduler implements AutoCloseable {
    /** Room in the ring for outside submissions; a submitter waits while it is full. */
    public static final int DEFAULT_RING_CAPACITY = 1 << 12;
    /** Room in each worker's deque; a spawn beyond it goes to the ring. */
    public static final int DEFAULT_DEQUE_CAPACITY = 1 << 13;

    private final Worker[] workers;
    private final MpmcRing<Task<?>> ring;
    private final IdleWorkers idleWorkers;
    private final Admission admission = new Admission();
    private volatile boolean terminated;

    /** A scheduler of {@code parallelism} workers, started at once. */
    public Scheduler(int parallelism) {
        this(parallelism, DEFAULT_RING_CAPACITY, DEFAULT_DEQUE_CAPACITY);
    }

    /** Capacities are powers of two of at least 2. */
    public Scheduler(int parallelism, int ringCapacity, int dequeCapacity) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("a scheduler needs at least one worker, got " + parallelism);
        }
        this.ring = new MpmcRing<>(ringCapacity);
        this.workers = new Worker[parallelism];
        for (int index = 0; index < parallelism; index++) {
            workers[index] = new Worker(this, index, dequeCapacity);
        }
        this.idleWorkers = new IdleWorkers(workers);
        for (Worker worker : workers) {
            worker.start();
        }
    }

    public int parallelism() {
        return workers.length;
    }

    /**
     * Runs {@code body} concurrently and answers its handle. From one of this scheduler's workers
     * the task goes onto that worker's deque; from anywhere else, onto the ring.
     *
     * @throws RejectedExecutionException when called from outside the workers after {@link #shutdown}
     */
    public <T> Task<T> spawn(Callable<T> body) {
        Task<T> task = new Task<>(body);
        if (Thread.currentThread() instanceof Worker worker && worker.scheduler() == this) {
            worker.push(task);
        } else {
            submitFromOutside(task);
        }
        return task;
    }

    /**
     * Refuses further spawns from outside the workers. Tasks already submitted, and those they spawn,
     * still run; then the workers end. Returns at once: see {@link #awaitTermination}.
     */
    public void shutdown() {
        admission.close();
        idleWorkers.wakeAll(); // parked workers must look again: the last one to go idle ends the pool
    }

    /** Waits until every worker has ended or {@code timeout} has passed; {@code true} when they all ended. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Worker worker : workers) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !worker.join(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the workers have been told to end: shut down, and no work left anywhere. */
    public boolean isTerminated() {
        return terminated;
    }

    /** Shuts down and waits for every submitted task to finish. */
    @Override
    public void close() throws InterruptedException {
        shutdown();
        for (Worker worker : workers) {
            worker.join();
        }
    }

    private void submitFromOutside(Task<?> task) {
        if (!admission.tryEnter()) {
            throw new RejectedExecutionException(
                    "the scheduler is shut down: it takes no new task from outside its workers");
        }
        try {
            while (!ring.offer(task)) {
                LockSupport.parkNanos(1_000); // full: the workers are behind, so let one of them run
            }
            signalAfterOffer();
        } finally {
            admission.leave();
        }
    }

    /** The overflow of a full deque: {@code false} when the ring is full too. */
    boolean offerToRing(Task<?> task) {
        if (!ring.offer(task)) {
            return false;
        }
        signalAfterOffer();
        return true;
    }

    /**
     * The publishing half of the idle protocol (see {@link IdleWorkers}): the fence orders the ring's
     * release store before the read of the registrations, as a registering worker's CAS orders its
     * registration before its last look at the ring.
     */
    private void signalAfterOffer() {
        VarHandle.fullFence();
        idleWorkers.wakeOne();
    }

    Task<?> pollRing() {
        return ring.poll();
    }

    Worker[] workers() {
        return workers;
    }

    IdleWorkers idleWorkers() {
        return idleWorkers;
    }

    boolean hasVisibleWork() {
        return ring.size() > 0 || Arrays.stream(workers).anyMatch(worker -> !worker.deque().isEmpty());
    }

    /**
     * Ends the scheduler if it is shut down, every admitted submitter has left, every worker is
     * registered idle, and no work is visible: then no task is running, so none can be spawned,
     * and none can come from outside. The two equal snapshots around the look at the queues show that
     * no worker left the idle set (to take a task) meanwhile.
     */
    boolean tryTerminate() {
        if (!admission.isClosedAndDrained()) {
            return false;
        }
        long before = idleWorkers.snapshot();
        if (!idleWorkers.allRegistered(before) || hasVisibleWork() || idleWorkers.snapshot() != before) {
            return false;
        }
        terminated = true;
        idleWorkers.wakeAll();
        return true;
    }
}
