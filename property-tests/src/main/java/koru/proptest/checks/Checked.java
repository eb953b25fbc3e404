package koru.proptest.checks;

import java.util.Optional;

/** A {@link Case} that ran, and its verdict. */
public record Checked(Case checked, Verdict verdict) {
    /** Passed; failed (an assertion, a disagreement); or faulted (it stopped without an answer: an overflow, a proc that threw). */
    public sealed interface Verdict {
        record Passed() implements Verdict {
        }

        record Failed(String why) implements Verdict {
        }

        record Faulted(String why) implements Verdict {
        }
    }

    public boolean passed() {
        return verdict instanceof Verdict.Passed;
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
        };
    }

    /** {@code passed}, {@code failed: why} or {@code faulted: why}. */
    public String outcome() {
        return why().map(why -> (verdict instanceof Verdict.Failed ? "failed: " : "faulted: ") + why).orElse("passed");
    }
}
