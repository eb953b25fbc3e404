package koru.proptest.checks;

import java.util.Optional;
import koru.kernel.ir.Origin;

/**
 * One thing a {@link Check} checked: {@code name} (a test's title), under {@code variants} (the
 * implementations it ran, {@code clamp|java}; empty when nothing was varied), declared at {@code origin},
 * and its verdict.
 */
public record Checked(String name, String variants, Origin origin, Verdict verdict) {
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

    /** {@code clamp keeps values already in range [clamp|java]}: the name and the variants, as reports show it. */
    public String title() {
        return variants.isEmpty() ? name : name + " [" + variants + "]";
    }

    /** {@code passed}, {@code failed: why} or {@code faulted: why}. */
    public String outcome() {
        return switch (verdict) {
            case Verdict.Passed passed -> "passed";
            case Verdict.Failed failed -> "failed: " + failed.why();
            case Verdict.Faulted faulted -> "faulted: " + faulted.why();
        };
    }

    /** Why it did not pass, if it did not. */
    public Optional<String> why() {
        return switch (verdict) {
            case Verdict.Passed passed -> Optional.empty();
            case Verdict.Failed failed -> Optional.of(failed.why());
            case Verdict.Faulted faulted -> Optional.of(faulted.why());
        };
    }
}
