package koru.proptest.checks;

import java.util.List;
import koru.proptest.crosscheck.CrossChecks;
import koru.proptest.load.ProgramUnderTest;
import koru.proptest.tests.TestBlocks;

/** The checks {@code koru test} and the JUnit Platform engine run on every program, in this order. */
public final class Checks {
    public static final List<Check> ALL = List.of(new CrossChecks(), new TestBlocks());

    private Checks() {
    }

    /** The cases of every check of {@link #ALL} on {@code program}, not yet run. */
    public static List<Case> plan(ProgramUnderTest program, Settings settings) {
        return ALL.stream().flatMap(check -> check.plan(program, settings).stream()).toList();
    }
}
