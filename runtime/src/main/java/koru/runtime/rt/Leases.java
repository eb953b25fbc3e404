package koru.runtime.rt;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The leases of one process ({@link #PROCESS}, behind {@code std.rt:lease} and {@code release}): at
 * most one unexpired {@link Lease} per name. A name is free when nobody holds it, when its holder
 * released it, or when the holder's time limit has passed; a release takes effect only while the
 * releasing lease is still the name's holder, so a holder whose lease expired and was taken over
 * cannot release the new holder's.
 */
public final class Leases {
    /** The process's leases, on {@link System#nanoTime}. */
    public static final Leases PROCESS = new Leases(System::nanoTime);

    private final ConcurrentMap<String, Lease> holders = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    /** Leases on {@code nanoClock}, a monotonic clock in nanoseconds ({@link System#nanoTime}, or a test's). */
    public Leases(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * A lease on {@code name} for {@code millis} milliseconds (read as unsigned, Koru's {@code u64}; at
     * least 1), or empty when another lease holds the name and has not expired.
     */
    public Optional<Lease> take(String name, long millis) {
        if (millis == 0) {
            throw new IllegalArgumentException("a lease lasts at least one millisecond");
        }
        long now = nanoClock.getAsLong();
        // A limit beyond 2^63 ns (292 years) is no limit; it must still compare as "after now".
        long nanos = millis < 0 ? Long.MAX_VALUE : TimeUnit.MILLISECONDS.toNanos(millis);
        Lease mine = new Lease(name, now + nanos);
        Lease holder = holders.compute(name, (key, current) -> current == null || current.expiredAt(now) ? mine : current);
        return holder == mine ? Optional.of(mine) : Optional.empty();
    }

    /** Frees the lease's name if the lease still holds it; does nothing if it expired and another lease took the name. */
    public void release(Lease lease) {
        holders.remove(lease.name(), lease);
    }

    /** Whether {@code lease} holds its name now: not released, not expired. */
    public boolean holds(Lease lease) {
        return holders.get(lease.name()) == lease && !lease.expiredAt(nanoClock.getAsLong());
    }
}
