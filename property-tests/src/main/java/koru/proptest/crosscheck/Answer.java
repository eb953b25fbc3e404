package koru.proptest.crosscheck;

import koru.kernel.interp.Ended;

/** What one implementation of the event answered on the input: {@code implementation} names it as a report does. */
public record Answer(String implementation, Ended ended) {
    /** {@code clamp|java -> clamped 10}, {@code clamp|thrower -> fault: …}. */
    public String render() {
        return implementation + " -> " + ShowValue.ended(ended);
    }
}
