package koru.proptest.crosscheck;

import java.util.List;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Lookup;
import koru.proptest.checks.Case;
import koru.proptest.checks.Check;
import koru.proptest.checks.Checked;
import koru.proptest.checks.Settings;
import koru.proptest.load.ProgramUnderTest;

/**
 * The cross-check of every event {@link CrossCheck#events()} selects, one case each, on the settings'
 * tries and seed: {@code cross-check of clamp: failed: …} with the shrunk input, the answers that
 * disagree and the seed ({@link CrossCheckReport}). An event whose inputs cannot be generated is
 * skipped with the reason; one whose inputs the generators could not make often enough gave up, which
 * is a failure, since nothing was checked.
 */
public final class CrossChecks implements Check {
    @Override
    public List<Case> plan(ProgramUnderTest under, Settings settings) {
        CrossCheck crossCheck = CrossCheck.of(under.program(), under.loaded());
        Lookup lookup = new Lookup(under.program());
        return crossCheck.events().stream().map(event -> new Case("cross-check of " + Describe.simple(event), "",
                lookup.event(event).orElseThrow().origin(), () -> verdict(crossCheck.check(event, settings.tries(), settings.seed()))))
                .toList();
    }

    private static Checked.Verdict verdict(CrossCheckResult result) {
        return switch (result) {
            case CrossCheckResult.Passed passed -> new Checked.Verdict.Passed();
            case CrossCheckResult.Failed failed -> new Checked.Verdict.Failed(failed.render());
            case CrossCheckResult.GaveUp gaveUp -> new Checked.Verdict.Failed(gaveUp.render());
            case CrossCheckResult.Skipped skipped -> new Checked.Verdict.Skipped(skipped.reason());
        };
    }
}
