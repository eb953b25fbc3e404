package koru.runtime.scheduler;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * A spawned computation and its result: what {@link Scheduler#spawn} returns and {@link #join}
 * waits for. A task runs exactly once, on whichever worker takes it (its spawner when nobody
 * stole it). Threads that wait for it park on a list of waiters that completion empties.
 */
public final class Task<T> {
    private static final VarHandle WAITERS;
    private static final VarHandle OUTCOME;

    static {
        try {
            WAITERS = MethodHandles.lookup().findVarHandle(Task.class, "waiters", Waiter.class);
            OUTCOME = MethodHandles.lookup().findVarHandle(Task.class, "outcome", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A parked thread waiting for the outcome, and the ones that came before it. */
    private record Waiter(Thread thread, Waiter next) {}

    /** Swapped in for the waiter list when the task completes: nobody may wait any more. */
    private static final Waiter COMPLETED = new Waiter(null, null);

    /** What a task that threw ended with. No value can be one: the class is private to Task. */
    private record Failure(Throwable cause) {}

    /** Stands for a task whose value is null, as null means "not done". */
    private static final Object NULL_VALUE = new Object();

    private Callable<T> body; // dropped once run, so a finished task keeps nothing of its closure
    /**
     * Null while not done; then the value itself, {@link #NULL_VALUE} or a {@link Failure}. The value
     * is stored unwrapped (as ForkJoinTask does) so a task that succeeds allocates nothing more.
     */
    private volatile Object outcome;
    private volatile Waiter waiters;

    Task(Callable<T> body) {
        this.body = body;
    }

    /** Whether the task has finished, with a value or an exception. */
    public boolean isDone() {
        return outcome != null;
    }

    /**
     * The task's value, once it is done. A worker of the scheduler runs other tasks while it waits
     * (its own newest first, which is usually this one); any other thread spins briefly, then parks.
     *
     * @throws TaskFailedException when the task threw; its cause is what the task threw
     */
    public T join() {
        if (!isDone()) {
            if (Thread.currentThread() instanceof Worker worker) {
                worker.helpUntilDone(this);
            } else {
                for (int spin = 0; spin < Worker.SPINS_BEFORE_PARK && !isDone(); spin++) {
                    Thread.onSpinWait();
                }
                awaitParked();
            }
        }
        Object ended = outcome;
        if (ended instanceof Failure failure) {
            throw new TaskFailedException(failure.cause());
        }
        @SuppressWarnings("unchecked")
        T value = ended == NULL_VALUE ? null : (T) ended;
        return value;
    }

    /** Runs the body on the calling thread and records how it ended. Called once, by whoever took the task. */
    void run() {
        Callable<T> runnable = body;
        body = null;
        Object ended;
        try {
            T value = runnable.call();
            ended = value == null ? NULL_VALUE : value;
        } catch (Throwable thrown) { // everything reaches the joiner, errors included, and the worker survives
            ended = new Failure(thrown);
        }
        // A release store, not a volatile one: the swap of the waiter list just below is a full fence anyway, and
        // a waiter that finds the list closed reads the outcome after that swap; one fence per task is saved.
        OUTCOME.setRelease(this, ended);
        // The outcome is stored before the list is closed: a waiter that got onto the list sees it after waking.
        for (Waiter waiter = (Waiter) WAITERS.getAndSet(this, COMPLETED); waiter != null; waiter = waiter.next()) {
            LockSupport.unpark(waiter.thread());
        }
    }

    /**
     * Parks the calling thread until the task is done. It first puts itself on the waiter list and
     * then re-reads the outcome: completion stores the outcome before it takes the list, so either
     * this thread sees the outcome or completion sees this thread and unparks it. No wake-up is lost.
     */
    void awaitParked() {
        Waiter head;
        do {
            head = waiters;
            if (head == COMPLETED) {
                return;
            }
        } while (!WAITERS.compareAndSet(this, head, new Waiter(Thread.currentThread(), head)));
        while (!isDone()) {
            LockSupport.park(this);
        }
    }
}
