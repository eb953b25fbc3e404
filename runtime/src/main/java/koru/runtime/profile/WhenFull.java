package koru.runtime.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * What a recording thread does when its trace buffer is full because the writer is behind
 * (docs/profiler.md, "When the writer falls behind").
 */
public enum WhenFull {
    /** Waits for room: the trace is complete, and the time waited is counted and reported. The default. */
    WAIT,
    /** Drops the transition and counts it: the flow's timing is undisturbed, the trace has holes. */
    DROP;

    /** The system property choosing the policy, {@code wait} or {@code drop}. */
    public static final String PROPERTY = "koru.profile.full";
    /** The environment variable read when the property is not set. */
    public static final String VARIABLE = "KORU_PROFILE_FULL";

    /** The policy named {@code wait} or {@code drop} (any case), or empty for any other text. */
    public static Optional<WhenFull> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "wait" -> Optional.of(WAIT);
            case "drop" -> Optional.of(DROP);
            default -> Optional.empty();
        };
    }

    public String lowerCaseName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
