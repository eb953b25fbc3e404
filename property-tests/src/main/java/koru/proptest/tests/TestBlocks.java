package koru.proptest.tests;

import java.util.ArrayList;
import java.util.List;
import koru.kernel.interp.Interpreter;
import koru.kernel.interp.TestResult;
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
 * variants.kz:24:20, c = 4}. The tests use no generated inputs: the settings are not theirs.
 */
public final class TestBlocks implements Check {
    @Override
    public List<Case> plan(ProgramUnderTest under, Settings settings) {
        Program program = under.program();
        VerdictText text = new VerdictText(under.parts().sources());
        List<Case> cases = new ArrayList<>();
        for (Program.Test test : program.tests()) {
            for (Combination combination : TestMatrix.of(program, test, under.loaded())) {
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
        }
        return cases;
    }
}
