package koru.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.kernel.obligations.Obligation;
import koru.smt.stability.Run;
import koru.smt.stability.Seeds;
import koru.smt.stability.Stability;

/**
 * What {@code --stability N} found: each brittle obligation as a KORU113 warning (its answers per seed and
 * the resource units it took), and the summary line {@code stability: B brittle of M obligations over N seeds}.
 * A warning, never an error: the normal run's verdict is what was proven, and a brittle proof is still a proof
 * (one that may break when the program or Z3 changes a little).
 */
record StabilityReport(List<Diagnostic> diagnostics, int obligations, int seeds) {
    StabilityReport {
        diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    static StabilityReport of(List<Obligation> obligations, List<Stability> measured, int seeds, VerificationReport.Sources sources) {
        List<Diagnostic> brittle = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            Stability stability = measured.get(i);
            if (stability.brittle()) {
                brittle.add(warning(obligations.get(i), stability, sources));
            }
        }
        return new StabilityReport(brittle, obligations.size(), seeds);
    }

    String summary() {
        return "stability: " + diagnostics.size() + " brittle of " + ReadFailure.counted(obligations, "obligation")
                + " over " + ReadFailure.counted(seeds, "seed");
    }

    private static Diagnostic warning(Obligation obligation, Stability stability, VerificationReport.Sources sources) {
        boolean answerChanged = stability.verdict() == Stability.Verdict.OUTCOME_CHANGED;
        String why = answerChanged
                ? "its answer depends on the solver's seed"
                : "the solver's work varies more than " + Stability.MOST_SPREAD + "x with its seed";
        return Diagnostic.warning(Code.KORU113, sources.span(obligation.origin()), "brittle: " + why + ": " + obligation.description())
                .withLabel(answerChanged ? "the answer changes with the seed" : "the cost changes with the seed")
                .withNote(stability.runs().stream().map(StabilityReport::answer).collect(Collectors.joining(", ", "seeds: ", "")))
                .withNote(String.format(Locale.ROOT, "rlimit: min %,d, median %,d, max %,d units", stability.min(), stability.median(), stability.max()))
                .withHint("state the fact the proof needs more directly (e.g. a `where` on the event), or split the body into"
                        + " subflows with simpler contracts, so that the proof does not hang on the solver's luck");
    }

    /** {@code 0 (default) proven}, {@code 3 unknown}. */
    private static String answer(Run run) {
        return run.seed() + (run.seed() == Seeds.REFERENCE ? " (default) " : " ") + run.result().word();
    }
}
