package koru.proptest.crosscheck;

import koru.kernel.interp.Ended;

/** What one implementation of the event answered on the input: {@code implementation} names it as a report does. */
public record Answer(String implementation, Ended ended) {
    /** {@code clamp|java -> clamped 10}, {@code clamp|thrower -> fault: …}: the name padded to {@code width}, so arrows line up. */
    public String render(int width) {
        return String.format("%-" + width + "s -> %s", implementation, ShowValue.ended(ended));
    }
}
