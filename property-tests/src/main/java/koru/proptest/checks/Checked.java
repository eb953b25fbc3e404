package koru.proptest.checks;

import java.util.Optional;

/** A {@link Case} that ran, and its verdict. */
public record Checked(Case checked, Verdict verdict) {
    /**
     * Passed; failed (an assertion, a disagreement); faulted (it stopped without an answer: an overflow, a
     * proc that threw); or skipped, saying why (a cross-check whose inputs cannot be generated): never
     * counted as passed.
     */
    public sealed interface Verdict {
        record Passed() implements Verdict {
        }

        record Failed(String why) implements Verdict {
        }

        record Faulted(String why) implements Verdict {
        }

        record Skipped(String why) implements Verdict {
        }
    }

    public boolean passed() {
        return verdict instanceof Verdict.Passed;
    }

    public boolean failed() {
        return verdict instanceof Verdict.Failed || verdict instanceof Verdict.Faulted;
    }

    public String title() {
        return checked.title();
    }

    /** Why it did not pass, if it did not. */
    public Optional<String> why() {
        return switch (verdict) {
            case Verdict.Passed passed -> Optional.empty();
            case Verdict.Failed failed -> Optional.of(failed.why());
            case Verdict.Faulted faulted -> Optional.of(faulted.why());
            case Verdict.Skipped skipped -> Optional.of(skipped.why());
        };
    }

    /** {@code passed}, {@code failed: why}, {@code faulted: why} or {@code skipped: why}. */
    public String outcome() {
        return switch (verdict) {
            case Verdict.Passed passed -> "passed";
            case Verdict.Failed failed -> "failed: " + failed.why();
            case Verdict.Faulted faulted -> "faulted: " + faulted.why();
            case Verdict.Skipped skipped -> "skipped: " + skipped.why();
        };
    }
}
