package koru.proptest.checks;

import java.util.List;
import koru.proptest.load.ProgramUnderTest;

/**
 * One kind of check {@code koru test} and the JUnit Platform engine run on a program: its {@code ~test}
 * blocks against every variant ({@code koru.proptest.tests.TestBlocks}), and the cross-checks of its
 * events' variants. It plans its {@link Case}s first, so that the engine can show them before they run.
 */
public interface Check {
    /** One case per thing to check, in a stable order; none has run yet. */
    List<Case> plan(ProgramUnderTest program, Settings settings);
}
