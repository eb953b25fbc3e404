package koru.runtime.rt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Leases on a clock the test moves, so expiry is exact; then many threads on the real clock. */
class LeasesTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final Leases leases = new Leases(now::get);

    @Test
    void aNameHasOneHolderUntilItIsReleased() {
        Lease first = leases.take("db", 100).orElseThrow();
        assertAll(
                () -> assertEquals(Optional.empty(), leases.take("db", 100)),
                () -> assertTrue(leases.take("cache", 100).isPresent(), "another name is free"),
                () -> assertTrue(leases.holds(first)));
        leases.release(first);
        assertAll(() -> assertFalse(leases.holds(first)), () -> assertTrue(leases.take("db", 100).isPresent()));
    }

    @Test
    void aLeaseExpiresExactlyAtItsTimeLimit() {
        Lease first = leases.take("db", 100).orElseThrow();
        now.addAndGet(100 * MS - 1);
        assertAll(() -> assertTrue(leases.holds(first)), () -> assertEquals(Optional.empty(), leases.take("db", 5)));
        now.addAndGet(1);
        assertFalse(leases.holds(first));
        assertTrue(leases.take("db", 5).isPresent(), "after 100 ms the name is free");
    }

    /** The stale release: the first holder's lease expired and a second took the name; the first's release must leave the second's. */
    @Test
    void releasingAnExpiredLeaseDoesNotReleaseTheNextHolder() {
        Lease stale = leases.take("db", 10).orElseThrow();
        now.addAndGet(10 * MS);
        Lease current = leases.take("db", 10).orElseThrow();
        leases.release(stale);
        assertAll(
                () -> assertTrue(leases.holds(current)),
                () -> assertEquals(Optional.empty(), leases.take("db", 10), "the name is still the second holder's"));
        leases.release(current);
        assertTrue(leases.take("db", 10).isPresent());
    }

    @Test
    void releasingTwiceIsHarmless() {
        Lease first = leases.take("db", 10).orElseThrow();
        leases.release(first);
        Lease second = leases.take("db", 10).orElseThrow();
        leases.release(first);
        assertTrue(leases.holds(second));
    }

    /** A limit above 2^63 ms (an unsigned u64, negative in Java) never expires. */
    @Test
    void anUnsignedHugeLimitNeverExpires() {
        Lease forever = leases.take("db", -1L).orElseThrow();
        now.addAndGet(Long.MAX_VALUE / 2);
        assertTrue(leases.holds(forever));
    }

    @Test
    void aLeaseLastsAtLeastOneMillisecond() {
        assertThrows(IllegalArgumentException.class, () -> leases.take("db", 0));
    }

    /** Eight threads take, hold and release one name on the real clock: never two holders at once. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void threadsTakingOneNameNeverHoldItTogether() throws InterruptedException {
        Leases real = new Leases(System::nanoTime);
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    failures.add("interrupted");
                    return;
                }
                for (int i = 0; i < 20_000; i++) {
                    // An hour: the lease never expires here, so exclusion is the only thing that keeps holders apart.
                    Optional<Lease> lease = real.take("shared", 3_600_000);
                    if (lease.isPresent()) {
                        taken.incrementAndGet();
                        if (holding.incrementAndGet() != 1) {
                            failures.add("two holders at once");
                        }
                        holding.decrementAndGet();
                        real.release(lease.get());
                    }
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertAll(() -> assertEquals(List.of(), failures), () -> assertTrue(taken.get() > 0, "nobody ever took the lease"));
    }
}
