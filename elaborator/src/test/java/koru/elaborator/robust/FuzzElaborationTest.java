package koru.elaborator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import koru.elaborator.Elaboration;
import koru.elaborator.diag.Code;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing with our own generator and mutator. On failure the message names the seed and
 * the program; {@code ProgramGenerator.program(seed)} and {@code Mutator.mutate} reproduce it.
 */
class FuzzElaborationTest {
    private static final long BASE_SEED = 0x6B6F7275L;
    private static final int TRIES = 10_000;
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void generatedProgramsParseWithoutLayoutOrSyntaxErrors() {
        for (int i = 0; i < TRIES / 2; i++) {
            long seed = BASE_SEED + i;
            String program = ProgramGenerator.program(seed);
            String context = "generated program of seed " + seed + ":\n" + program;
            Elaboration elaboration = Elaborate.text(program, DEADLINE, context);
            List<String> syntaxErrors = elaboration.diagnostics().stream()
                    .filter(d -> d.code() == Code.KORU010 || d.code() == Code.KORU011)
                    .map(d -> d.code() + " at " + d.span().line() + ": " + d.message())
                    .toList();
            assertEquals(List.of(), syntaxErrors, context);
        }
    }

    @Test
    void mutatedProgramsGiveWellFormedDiagnosticsOnly() {
        for (int i = 0; i < TRIES / 2; i++) {
            long seed = BASE_SEED + i;
            String program = Mutator.mutate(ProgramGenerator.program(seed), new Random(~seed));
            Elaborate.text(program, DEADLINE, "mutated program of seed " + seed + ":\n" + program);
        }
    }
}
