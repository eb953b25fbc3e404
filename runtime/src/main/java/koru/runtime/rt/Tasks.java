package koru.runtime.rt;

import koru.runtime.scheduler.Scheduler;
import koru.runtime.scheduler.Task;
import koru.runtime.scheduler.TaskFailedException;

/**
 * What extracted programs call for {@code std.rt:spawn} and {@code std.rt:join}: one scheduler for the
 * whole process, made at the first spawn, with a worker per available processor. Its workers are
 * daemons and it is never shut down: the {@code [running!]} obligation proves that every task is
 * joined before its flow ends, so no task is still running when {@code main} returns.
 */
public final class Tasks {
    private Tasks() {
    }

    /** The holder idiom: the JVM makes the scheduler once, at the first use, without a lock on every spawn. */
    private static final class Shared {
        static final Scheduler SCHEDULER = new Scheduler(Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code body} concurrently and answers its handle. */
    public static Task<?> spawn(Runnable body) {
        return Shared.SCHEDULER.spawn(() -> {
            body.run();
            return null;
        });
    }

    /**
     * Waits until {@code task} has run; a worker runs other tasks meanwhile. What the task's body threw
     * is thrown here, as it was: an unchecked exception or an error (a generated body throws no checked ones).
     */
    public static void join(Task<?> task) {
        try {
            task.join();
        } catch (TaskFailedException failed) {
            switch (failed.getCause()) {
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw failed;
            }
        }
    }
}
