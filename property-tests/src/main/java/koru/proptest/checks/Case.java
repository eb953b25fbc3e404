package koru.proptest.checks;

import java.util.function.Supplier;
import koru.kernel.ir.Origin;

/**
 * One thing a {@link Check} will check: {@code name} (a test's title) under {@code variants} (the
 * implementations it runs, {@code clamp|java}; empty when nothing is varied), declared at {@code origin};
 * {@link #run} checks it.
 */
public record Case(String name, String variants, Origin origin, Supplier<Checked.Verdict> check) {
    /** {@code clamp keeps values already in range [clamp|java]}: the name and the variants, as reports show it. */
    public String title() {
        return variants.isEmpty() ? name : name + " [" + variants + "]";
    }

    public Checked run() {
        return new Checked(this, check.get());
    }
}
