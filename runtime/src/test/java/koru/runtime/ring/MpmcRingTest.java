package koru.runtime.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MpmcRingTest {
    @Test
    void oneThreadGetsItsElementsBackInOrderLapAfterLap() {
        MpmcRing<Integer> ring = new MpmcRing<>(4);
        for (int lap = 0; lap < 3; lap++) {
            for (int i = 0; i < 4; i++) {
                assertTrue(ring.offer(lap * 10 + i));
            }
            assertEquals(4, ring.size());
            for (int i = 0; i < 4; i++) {
                assertEquals(lap * 10 + i, ring.poll());
            }
            assertEquals(0, ring.size());
        }
    }

    @Test
    void aFullRingRefusesAndAnEmptyOneAnswersNull() {
        MpmcRing<String> ring = new MpmcRing<>(2);
        assertNull(ring.poll());
        assertTrue(ring.offer("a"));
        assertTrue(ring.offer("b"));
        assertFalse(ring.offer("c"));
        assertEquals("a", ring.poll());
        assertTrue(ring.offer("c"));
        assertEquals("b", ring.poll());
        assertEquals("c", ring.poll());
        assertNull(ring.poll());
    }

    @Test
    void capacityIsAPowerOfTwoOfAtLeastTwoAndNullIsRefused() {
        for (int bad : new int[] {-4, 0, 1, 3, 6, 1000}) {
            assertThrows(IllegalArgumentException.class, () -> new MpmcRing<>(bad), "capacity " + bad);
        }
        assertEquals(1024, new MpmcRing<>(1024).capacity());
        assertThrows(NullPointerException.class, () -> new MpmcRing<>(2).offer(null));
    }

    /** Two producers and two consumers through a ring of 8 slots (so it is full and empty often): each value exactly once. */
    @Test
    @Timeout(120) // hang guard: a lost value leaves the consumers waiting for it forever
    void everyValueArrivesExactlyOnceBetweenTwoProducersAndTwoConsumers() throws InterruptedException {
        int perProducer = 200_000;
        MpmcRing<Integer> ring = new MpmcRing<>(8);
        BitSet[] seen = {new BitSet(2 * perProducer), new BitSet(2 * perProducer)};
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger twice = new AtomicInteger(); // counted here: an assertion on a consumer's thread would be lost
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int first = p * perProducer;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int v = first; v < first + perProducer; v++) {
                    while (!ring.offer(v)) {
                        Thread.onSpinWait();
                    }
                }
            }));
        }
        for (int c = 0; c < 2; c++) {
            BitSet mine = seen[c];
            threads.add(Thread.ofPlatform().start(() -> {
                while (taken.get() < 2 * perProducer) {
                    Integer v = ring.poll();
                    if (v == null) {
                        Thread.onSpinWait();
                    } else {
                        if (mine.get(v)) {
                            twice.incrementAndGet();
                        }
                        mine.set(v);
                        taken.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(0, twice.get(), "values one consumer took twice");
        assertFalse(seen[0].intersects(seen[1]), "a value was taken by both consumers");
        BitSet all = (BitSet) seen[0].clone();
        all.or(seen[1]);
        assertEquals(2 * perProducer, all.cardinality());
        assertNull(ring.poll());
    }
}
