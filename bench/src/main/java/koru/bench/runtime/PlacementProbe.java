package koru.bench.runtime;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The placement probe of shared/notes/runtime-anchors.md: a raw round trip between two threads
 * through two cache lines, no queue, timed on the very threads a benchmark then measures. On this
 * 2-vCPU guest the host places the two vCPUs near (a round trip of ~100 ns) or far (~500 ns) and
 * moves them over minutes, so a cross-thread figure means something only next to a probe of the same
 * placement.
 *
 * <p>One thread calls {@link #measure}, the other {@link #echo}, at the same time; each call makes
 * {@link #ROUND_TRIPS} round trips. The sequence numbers keep growing from call to call, so the two
 * sides stay in step without a reset.
 */
final class PlacementProbe {
    static final int ROUND_TRIPS = 20_000;
    /** Round trips per timed batch: the timer's ~30 ns is spread over them, and a median over batches resists descheduling. */
    private static final int BATCH = 100;
    /** Longs between the two cells: 128 bytes, so each is alone on its cache line (and its adjacent-line prefetch pair). */
    private static final int PONG = 16;
    private static final long GIVE_UP_NANOS = 10_000_000_000L;

    /** Cell 0 is written by the measuring thread, cell {@link #PONG} by the echoing one. */
    private final AtomicLongArray cells = new AtomicLongArray(2 * PONG);
    private long measured; // the measuring thread's last sequence number
    private long echoed; // the echoing thread's

    /** The median round trip in ns, over batches of {@link #BATCH}. */
    double measure() {
        long[] batches = new long[ROUND_TRIPS / BATCH];
        for (int batch = 0; batch < batches.length; batch++) {
            long start = System.nanoTime();
            for (int trip = 0; trip < BATCH; trip++) {
                cells.setRelease(0, ++measured);
                awaitValue(PONG, measured);
            }
            batches[batch] = System.nanoTime() - start;
        }
        Arrays.sort(batches);
        return (double) batches[batches.length / 2] / BATCH;
    }

    /** Sends each of the measuring thread's {@link #ROUND_TRIPS} values straight back. */
    void echo() {
        for (int trip = 0; trip < ROUND_TRIPS; trip++) {
            awaitValue(0, ++echoed);
            cells.setRelease(PONG, echoed);
        }
    }

    /** Spins until the cell holds {@code value}; a partner that never comes fails the benchmark rather than hanging it. */
    private void awaitValue(int cell, long value) {
        long deadline = 0;
        for (int spins = 0; cells.getAcquire(cell) != value; spins++) {
            if ((spins & 0xFFFF) == 0xFFFF) {
                long now = System.nanoTime();
                if (deadline == 0) {
                    deadline = now + GIVE_UP_NANOS;
                } else if (now > deadline) {
                    throw new IllegalStateException("placement probe: the partner thread did not answer within 10 s");
                }
            }
            Thread.onSpinWait();
        }
    }
}
