package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import koru.maven.CliOutputLevels.Level;
import org.junit.jupiter.api.Test;

class CliOutputLevelsTest {
    private static List<Level> levels(String... lines) {
        CliOutputLevels levels = new CliOutputLevels();
        return List.of(lines).stream().map(levels::of).toList();
    }

    @Test
    void everyLineOfADiagnosticTakesTheLevelOfItsFirstLine() {
        assertEquals(List.of(Level.ERROR, Level.ERROR, Level.ERROR, Level.INFO, Level.WARN, Level.WARN, Level.INFO),
                levels("error[KORU104]: integer overflow possible", " --> overflow.kz:5:19",
                        "  = counterexample: n = 128 (replayed)", "",
                        "warning[KORU110]: not proven, and not refuted", " --> a.kz:1:1", ""));
    }

    @Test
    void summaryLinesHaveTheLevelOfTheirOutcome() {
        assertEquals(List.of(Level.ERROR, Level.WARN, Level.INFO, Level.INFO, Level.ERROR, Level.ERROR),
                levels("verification failed for a.kz: 0 proven, 1 failed, 0 unknown",
                        "verification inconclusive for b.kz: 1 proven, 0 failed, 1 unknown",
                        "verified c.kz: 3 proven, 0 failed, 0 unknown",
                        "checked d.kz: no errors",
                        "internal error: the kernel refused the lowered program: 1 problems (a bug in Koru/J)",
                        "a.kz:1:1: what"));
    }
}
