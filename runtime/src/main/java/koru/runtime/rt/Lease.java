package koru.runtime.rt;

/**
 * One holding of a name, handed out by {@link Leases#take}: {@code std.rt:lease}'s {@code leased}
 * payload. Compared by identity, never by value: releasing this holding must not release a later
 * holding of the same name that happens to carry the same fields.
 */
public final class Lease {
    private final String name;
    private final long expiresAt;

    Lease(String name, long expiresAt) {
        this.name = name;
        this.expiresAt = expiresAt;
    }

    public String name() {
        return name;
    }

    /** Whether the time limit has passed at {@code now} (the clock of the {@link Leases} that made it). */
    boolean expiredAt(long now) {
        return now - expiresAt >= 0;
    }

    @Override
    public String toString() {
        return "Lease[" + name + "]";
    }
}
