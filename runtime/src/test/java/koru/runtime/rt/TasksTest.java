package koru.runtime.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import koru.runtime.scheduler.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What generated code relies on: every spawned body runs once before its join returns, and join rethrows what the body threw. */
class TasksTest {
    @Test
    @Timeout(60) // a hang guard only
    void everyBodyHasRunWhenItsJoinReturnsEvenWhenTasksSpawnTasks() {
        AtomicLong sum = new AtomicLong();
        List<Task<?>> tasks = new ArrayList<>();
        for (int i = 1; i <= 1_000; i++) {
            long n = i;
            // Each task spawns one of its own and joins it, as a task body with a spawn in it does (on a worker).
            tasks.add(Tasks.spawn(() -> Tasks.join(Tasks.spawn(() -> sum.addAndGet(n)))));
        }
        tasks.forEach(Tasks::join);
        assertEquals(1_000L * 1_001 / 2, sum.get());
        assertTrue(tasks.stream().allMatch(Task::isDone));
    }

    @Test
    void joinThrowsTheUncheckedExceptionTheBodyThrewAsItWas() {
        IllegalStateException thrown = new IllegalStateException("the task broke");
        Task<?> task = Tasks.spawn(() -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Tasks.join(task)));
    }

    @Test
    void joinThrowsTheErrorTheBodyThrewAsItWas() {
        StackOverflowError thrown = new StackOverflowError("deep");
        Task<?> task = Tasks.spawn(() -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(StackOverflowError.class, () -> Tasks.join(task)));
    }
}
