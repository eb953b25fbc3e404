package koru.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hang guards: a lost wake-up or a lost task shows as a test that never ends. */
@Timeout(120)
class SchedulerTest {
    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 4})
    void recursiveFibonacciComputesTheKnownValue(int workers) throws InterruptedException {
        try (Scheduler scheduler = new Scheduler(workers)) {
            assertEquals(75_025, scheduler.spawn(() -> fib(scheduler, 25)).join());
        }
    }

    private static int fib(Scheduler scheduler, int n) {
        if (n < 2) {
            return n;
        }
        Task<Integer> left = scheduler.spawn(() -> fib(scheduler, n - 1));
        int right = fib(scheduler, n - 2);
        return left.join() + right;
    }

    /** Tiny deques and ring, so spawns overflow onto the ring and, when that is full too, run in place. */
    @Test
    void aParallelSumIsExactWhenDequesAndRingOverflow() throws InterruptedException {
        try (Scheduler scheduler = new Scheduler(2, 2, 2)) {
            long n = 200_000;
            assertEquals(n * (n + 1) / 2, scheduler.spawn(() -> sum(scheduler, 1, n)).join());
        }
    }

    private static long sum(Scheduler scheduler, long from, long to) {
        if (to - from < 1_000) {
            long total = 0;
            for (long i = from; i <= to; i++) {
                total += i;
            }
            return total;
        }
        long middle = (from + to) >>> 1;
        Task<Long> low = scheduler.spawn(() -> sum(scheduler, from, middle));
        Task<Long> high = scheduler.spawn(() -> sum(scheduler, middle + 1, to));
        return high.join() + low.join();
    }

    /** Three outside threads submit through a ring of 8 slots (full most of the time): each task runs once. */
    @Test
    void tasksFromManyOutsideThreadsEachRunExactlyOnce() throws InterruptedException {
        int perSubmitter = 20_000;
        int submitters = 3;
        AtomicIntegerArray runs = new AtomicIntegerArray(perSubmitter * submitters);
        List<Task<Integer>> tasks = new ArrayList<>();
        try (Scheduler scheduler = new Scheduler(2, 8, 1 << 10)) {
            List<Thread> threads = new ArrayList<>();
            List<List<Task<Integer>>> handles = new ArrayList<>();
            for (int s = 0; s < submitters; s++) {
                int first = s * perSubmitter;
                List<Task<Integer>> mine = new ArrayList<>();
                handles.add(mine);
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int id = first; id < first + perSubmitter; id++) {
                        int task = id;
                        mine.add(scheduler.spawn(() -> {
                            runs.incrementAndGet(task);
                            return task;
                        }));
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            handles.forEach(tasks::addAll);
            for (int i = 0; i < tasks.size(); i++) {
                assertEquals(i, tasks.get(i).join());
            }
        }
        for (int id = 0; id < runs.length(); id++) {
            assertEquals(1, runs.get(id), "runs of task " + id);
        }
    }

    @Test
    void anExceptionInATaskReachesItsJoinerInsideAndOutsideThePool() throws InterruptedException {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Scheduler scheduler = new Scheduler(2)) {
            Task<Integer> failing = scheduler.spawn(() -> {
                throw boom;
            });
            TaskFailedException outside = assertThrows(TaskFailedException.class, failing::join);
            assertSame(boom, outside.getCause());
            assertTrue(failing.isDone());

            Task<String> parent = scheduler.spawn(() -> {
                Task<Integer> child = scheduler.spawn(() -> {
                    throw new ArithmeticException("child");
                });
                try {
                    child.join();
                    return "no exception";
                } catch (TaskFailedException e) {
                    return e.getCause().getMessage();
                }
            });
            assertEquals("child", parent.join());
            assertEquals(7, scheduler.spawn(() -> 7).join(), "the worker survives a failing task");
        }
    }

    /** A task's value is kept as it is, null included (null inside the task means "not done yet"). */
    @Test
    void aNullValueIsJoinedAsNull() throws InterruptedException {
        try (Scheduler scheduler = new Scheduler(2)) {
            Task<String> nothing = scheduler.spawn(() -> null);
            assertNull(nothing.join());
            assertTrue(nothing.isDone());
            assertEquals("null", scheduler.spawn(() -> String.valueOf(scheduler.spawn(() -> null).join())).join(),
                    "joined inside a worker too");
        }
    }

    /**
     * Shutdown while a tree of tasks is still growing: the tasks submitted before, and every task
     * they spawn afterwards, all run; a submission from outside after shutdown is refused.
     */
    @Test
    void shutdownWithWorkInFlightLosesNothing() throws InterruptedException {
        AtomicLong ran = new AtomicLong();
        Scheduler scheduler = new Scheduler(2, 16, 16);
        int roots = 50;
        int depth = 10;
        for (int root = 0; root < roots; root++) {
            scheduler.spawn(() -> tree(scheduler, depth, ran)); // never joined: only shutdown waits for them
        }
        scheduler.shutdown();
        RejectedExecutionException refused = assertThrows(RejectedExecutionException.class, () -> scheduler.spawn(() -> 1));
        assertTrue(refused.getMessage().contains("shut down"), refused.getMessage());
        assertTrue(scheduler.awaitTermination(Duration.ofSeconds(60)), "workers ended");
        assertTrue(scheduler.isTerminated());
        assertEquals(roots * ((1L << (depth + 1)) - 1), ran.get(), "tasks run (each root is a full binary tree)");
    }

    /** Spawns two children without joining them: only the scheduler's shutdown waits for them. */
    private static Void tree(Scheduler scheduler, int depth, AtomicLong ran) {
        ran.incrementAndGet();
        if (depth > 0) {
            scheduler.spawn(() -> tree(scheduler, depth - 1, ran));
            scheduler.spawn(() -> tree(scheduler, depth - 1, ran));
        }
        return null;
    }

    /** A scheduler with nothing to do ends on shutdown; one that is never shut down does not end. */
    @Test
    void anIdleSchedulerEndsOnShutdownAndNotBefore() throws InterruptedException {
        Scheduler scheduler = new Scheduler(2);
        awaitAllParked(scheduler);
        assertFalse(scheduler.awaitTermination(Duration.ofMillis(50)));
        assertFalse(scheduler.isTerminated());
        scheduler.shutdown();
        assertTrue(scheduler.awaitTermination(Duration.ofSeconds(30)));
    }

    /** Every worker parked, then one task from outside: somebody must wake for it, every time. */
    @Test
    void aSubmissionToAFullyParkedPoolIsNeverMissed() throws InterruptedException {
        try (Scheduler scheduler = new Scheduler(2)) {
            for (int round = 0; round < 200; round++) {
                awaitAllParked(scheduler);
                int expected = round;
                assertEquals(expected, scheduler.spawn(() -> expected).join());
            }
        }
    }

    private static void awaitAllParked(Scheduler scheduler) {
        while (!scheduler.idleWorkers().allRegistered(scheduler.idleWorkers().snapshot())) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aSchedulerNeedsAWorker() {
        assertThrows(IllegalArgumentException.class, () -> new Scheduler(0));
    }
}
