package koru.proptest.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import koru.extract.FrontEndParts;
import koru.kernel.interp.Interpreter;
import koru.kernel.interp.TestResult;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.proptest.checks.Case;
import koru.proptest.checks.Check;
import koru.proptest.checks.Checked;
import koru.proptest.checks.Settings;
import koru.proptest.load.ProgramUnderTest;

/**
 * The program's {@code ~test} blocks, each run once per {@link Combination} of the implementations of
 * the events it reaches ({@link TestMatrix}), by the reference interpreter with a {@link VariantHost}:
 * {@code clamp keeps values already in range [clamp|branchless]: failed: assert(c == 5) at
 * variants.kz:24:20, c = 4}. The tests use no generated inputs; of the settings, only the cap on
 * combinations is theirs ({@link TestMatrix#capped}): the combinations left out are one skipped case.
 */
public final class TestBlocks implements Check {
    @Override
    public List<Case> plan(ProgramUnderTest under, Settings settings) {
        Program program = under.program();
        VerdictText text = new VerdictText(under.parts().sources());
        List<Case> cases = new ArrayList<>();
        Set<Origin> named = under.parts().callVariants().stream().map(FrontEndParts.CallVariant::at).collect(Collectors.toUnmodifiableSet());
        for (Program.Test test : program.tests()) {
            List<Combination> every = TestMatrix.of(program, test, under.loaded(), named);
            List<Combination> run = TestMatrix.capped(every, settings.combinations());
            for (Combination combination : run) {
                cases.add(new Case(test.title(), combination.label(), test.origin(), () -> {
                    TestResult result = new Interpreter(program, new VariantHost(under.loaded(), combination))
                            .runTest(test, combination.hosted());
                    return switch (result.verdict()) {
                        case TestResult.Verdict.Passed passed -> new Checked.Verdict.Passed();
                        case TestResult.Verdict.Failed failed -> new Checked.Verdict.Failed(text.describe(failed.assertion()));
                        case TestResult.Verdict.Faulted faulted -> new Checked.Verdict.Faulted(text.fault(faulted.what()));
                    };
                }));
            }
            if (run.size() < every.size()) {
                String why = (every.size() - run.size()) + " of its " + every.size() + " combinations of implementations not run: "
                        + run.size() + " were, every implementation at least once (at most " + settings.combinations() + " unless told)";
                cases.add(new Case(test.title(), "the other combinations", test.origin(), () -> new Checked.Verdict.Skipped(why)));
            }
        }
        return cases;
    }
}
