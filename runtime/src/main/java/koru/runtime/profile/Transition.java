package koru.runtime.profile;

/**
 * One recorded transition: the {@code source} event returned {@code branch} (empty for a void event)
 * and the flow goes on to {@code destination} ({@code _} for a terminal), on {@code thread}, at
 * {@code atNs} by {@link TraceClock}. {@code previousNs} is when the same thread finished recording its
 * previous transition, or {@link #NONE} for its first: the span between the two is what the flow did
 * to get from one transition to the next (docs/profiler.md, "What the times mean").
 */
public record Transition(String source, String branch, String destination, Thread thread, long previousNs, long atNs) {
    /** {@link #previousNs} of a thread's first transition: nothing before it to measure from. */
    public static final long NONE = Long.MIN_VALUE;

    public boolean hasPrevious() {
        return previousNs != NONE;
    }
}
