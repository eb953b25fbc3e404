package koru.proptest.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-checking {@code clamp} of {@code ../shared/examples/variants.kz} (copied to {@code clamp.kz}), and wrong variants of it. */
class CrossCheckTest {
    private static final String CLAMP = "clamp:clamp";

    @Test
    void clampsImplementationsAgreeOverAThousandTries() {
        CrossCheck crossCheck = Programs.crossCheck("clamp.kz", "");
        assertEquals(List.of(CLAMP), crossCheck.events());
        CrossCheckResult.Passed passed = assertInstanceOf(CrossCheckResult.Passed.class, crossCheck.check(CLAMP, 1_000, 42));
        assertEquals(List.of("clamp (interpreter)", "clamp|subflow", "clamp|java", "clamp|branchless"), passed.implementations());
        assertEquals(1_000, passed.tries());
    }
}
