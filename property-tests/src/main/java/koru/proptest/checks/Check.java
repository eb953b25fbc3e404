package koru.proptest.checks;

import java.util.List;
import koru.proptest.load.ProgramUnderTest;

/**
 * One kind of check {@code koru test} and the JUnit Platform engine run on a program: its {@code ~test}
 * blocks against every variant ({@code koru.proptest.tests.TestBlocks}), and the cross-checks of its
 * events' variants. Each answers one {@link Checked} per thing checked, in a stable order.
 */
public interface Check {
    List<Checked> run(ProgramUnderTest program, Settings settings);
}
