package koru.runtime.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Ten million messages through two producers and two consumers, with no loss and no duplicate. Each
 * consumer records what it took in a bitmap of its own (no shared write per message, so the test
 * measures the ring, not a shared set); the test thread then checks the two bitmaps are disjoint and
 * together hold every value. The ring has 1024 slots, the capacity the benchmarks use.
 */
class MpmcRingStressTest {
    private static final int MESSAGES = 10_000_000;
    private static final long HANG_GUARD_SECONDS = 120;

    @Test
    void tenMillionMessagesThroughTwoProducersAndTwoConsumersArriveExactlyOnce() throws InterruptedException {
        MpmcRing<Integer> ring = new MpmcRing<>(1024);
        Integer[] values = new Integer[MESSAGES]; // boxed up front, so the threads allocate nothing per message
        for (int v = 0; v < MESSAGES; v++) {
            values[v] = v;
        }
        long[][] takenBy = {new long[MESSAGES / 64 + 1], new long[MESSAGES / 64 + 1]};
        long[] duplicatesSeenBy = new long[2];
        AtomicBoolean producersDone = new AtomicBoolean();
        List<Thread> producers = new ArrayList<>();
        List<Thread> consumers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int first = p * (MESSAGES / 2);
            producers.add(Thread.ofPlatform().start(() -> {
                for (int v = first; v < first + MESSAGES / 2; v++) {
                    while (!ring.offer(values[v])) {
                        Thread.onSpinWait();
                    }
                }
            }));
        }
        for (int c = 0; c < 2; c++) {
            int consumer = c;
            consumers.add(Thread.ofPlatform().start(() -> {
                long[] bits = takenBy[consumer];
                for (;;) {
                    // Read before polling: once every offer has returned, an empty answer means really empty.
                    boolean noMoreOffers = producersDone.get();
                    Integer v = ring.poll();
                    if (v == null) {
                        if (noMoreOffers) {
                            return;
                        }
                        Thread.onSpinWait();
                        continue;
                    }
                    long bit = 1L << v;
                    if ((bits[v >>> 6] & bit) != 0) {
                        duplicatesSeenBy[consumer]++;
                    }
                    bits[v >>> 6] |= bit;
                }
            }));
        }
        joinWithinGuard(producers);
        producersDone.set(true);
        joinWithinGuard(consumers); // join also makes the consumers' bitmaps visible here
        assertEquals(0, duplicatesSeenBy[0] + duplicatesSeenBy[1], "values one consumer took twice");
        long both = 0;
        long cardinality = 0;
        for (int word = 0; word < takenBy[0].length; word++) {
            both |= takenBy[0][word] & takenBy[1][word];
            cardinality += Long.bitCount(takenBy[0][word] | takenBy[1][word]);
        }
        assertEquals(0, both, "a value was taken by both consumers");
        assertEquals(MESSAGES, cardinality, "distinct values taken");
        assertNull(ring.poll());
    }

    private static void joinWithinGuard(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
            assertFalse(thread.isAlive(), "a thread still runs after the hang guard");
        }
    }
}
