package koru.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WorkDequeTest {
    /** A distinct object per element, as the scheduler's tasks are. */
    private record Item(int value) {}

    @Test
    void theOwnerPopsNewestFirstAndThievesStealOldestFirst() {
        WorkDeque<Item> deque = new WorkDeque<>(4);
        assertEquals(WorkDeque.Pushed.ONTO_EMPTY, deque.push(new Item(0)));
        for (int v = 1; v < 4; v++) {
            assertEquals(WorkDeque.Pushed.ONTO_OTHERS, deque.push(new Item(v)));
        }
        assertEquals(WorkDeque.Pushed.FULL, deque.push(new Item(4)), "a full deque refuses");
        assertEquals(new Item(0), deque.steal());
        assertEquals(new Item(3), deque.pop());
        assertEquals(new Item(1), deque.steal());
        assertEquals(new Item(2), deque.pop());
        assertNull(deque.pop());
        assertNull(deque.steal());
        assertEquals(0, deque.size());
    }

    /** Push and pop judge emptiness by the slots, not by top: a deque thieves emptied reads as empty. */
    @Test
    void aDequeThievesEmptiedIsEmptyToItsOwner() {
        WorkDeque<Item> deque = new WorkDeque<>(4);
        for (int v = 0; v < 4; v++) {
            deque.push(new Item(v));
        }
        assertTrue(deque.holdsWorkAtTop());
        for (int v = 0; v < 4; v++) {
            assertEquals(new Item(v), deque.steal());
        }
        assertFalse(deque.holdsWorkAtTop());
        assertNull(deque.pop(), "every position was stolen");
        assertEquals(WorkDeque.Pushed.ONTO_EMPTY, deque.push(new Item(4)), "full by the top seen last: top is read");
        assertEquals(WorkDeque.Pushed.ONTO_OTHERS, deque.push(new Item(5)));
        assertEquals(new Item(5), deque.pop());
        assertEquals(new Item(4), deque.pop());
        assertNull(deque.pop());
    }

    @Test
    void capacityIsAPowerOfTwoOfAtLeastTwo() {
        for (int bad : new int[] {-2, 0, 1, 3, 12}) {
            assertThrows(IllegalArgumentException.class, () -> new WorkDeque<Item>(bad), "capacity " + bad);
        }
    }

    /**
     * The owner pushes 10^6 items through 8 slots (so the deque wraps and fills) and pops some back,
     * while two thieves steal: every item is taken exactly once.
     */
    @Test
    @Timeout(60)
    void everyItemIsTakenExactlyOnceByTheOwnerOrAThief() throws InterruptedException {
        int items = 1_000_000;
        WorkDeque<Item> deque = new WorkDeque<>(8);
        AtomicIntegerArray takenTimes = new AtomicIntegerArray(items);
        AtomicBoolean ownerDone = new AtomicBoolean();
        List<Thread> thieves = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            thieves.add(Thread.ofPlatform().start(() -> {
                while (!ownerDone.get() || !deque.isEmpty()) {
                    take(deque.steal(), takenTimes);
                }
            }));
        }
        for (int v = 0; v < items; v++) {
            while (deque.push(new Item(v)) == WorkDeque.Pushed.FULL) {
                take(deque.pop(), takenTimes); // full: the owner works its own deque, as a worker does
            }
            if (v % 3 == 0) {
                take(deque.pop(), takenTimes);
            }
        }
        ownerDone.set(true);
        for (Thread thief : thieves) {
            thief.join();
        }
        int missing = 0;
        int duplicated = 0;
        for (int v = 0; v < items; v++) {
            missing += takenTimes.get(v) == 0 ? 1 : 0;
            duplicated += takenTimes.get(v) > 1 ? 1 : 0;
        }
        assertEquals(0, missing, "items nobody took");
        assertEquals(0, duplicated, "items taken twice");
    }

    private static void take(Item item, AtomicIntegerArray takenTimes) {
        if (item != null) {
            takenTimes.incrementAndGet(item.value());
        }
    }
}
