package koru.runtime.profile;

/**
 * The clock of profile records ({@code $std/taps}' {@code Profile.timestamp_ns}): {@link System#nanoTime()},
 * and the origin a trace counts from, read when the first timestamp is taken, so that no record of the
 * program comes before it.
 */
public final class TraceClock {
    static final long ORIGIN_NS = System.nanoTime();

    private TraceClock() {
    }

    public static long now() {
        return System.nanoTime();
    }
}
