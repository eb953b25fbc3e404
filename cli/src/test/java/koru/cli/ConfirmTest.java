package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import koru.proofs.confirm.Cvc5;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --confirm cvc5}: the second opinion from the command line (docs/certificates.md). */
class ConfirmTest {
    private static final Path LEDGER = Path.of("..", "examples", "ledger.kz");

    @TempDir
    Path dir;

    @Test
    void everyProvenObligationOfTheExamplesIsConfirmed() {
        KoruRun run = confirmWithCvc5(LEDGER.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s)verified ../examples/ledger.kz: 10 proven, 0 failed, 0 unknown\n"
                + "confirm: 10 confirmed, 0 disagree, 0 not confirmed \\(cvc5 \\d+\\.\\d+\\.\\d+\\)\n"), run.err());
    }

    @Test
    void capabilitiesWithZ3sSetOperatorsAreConfirmed() {
        KoruRun run = confirmWithCvc5("src/test/resources/verify/prove/cap_narrowed_by_inter.kz");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("confirm: 2 confirmed, 0 disagree, 0 not confirmed"), run.err());
    }

    @Test
    void aHornProblemIsANoteNotAnError() {
        KoruRun run = confirmWithCvc5("src/test/resources/certificates/loop_inferred_invariant.kz");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("note: not confirmed by cvc5: src/test/resources/certificates/loop_inferred_invariant.kz:16:17: triple's total"
                + " satisfies its postcondition `total == (3 * in.n)` (a Horn problem (a loop with an inferred invariant): cvc5 has no Horn engine)\n"), run.err());
        assertTrue(run.err().contains("confirm: 4 confirmed, 0 disagree, 2 not confirmed"), run.err());
    }

    /** A cvc5 that finds a model for everything stands for a solver that disagrees: KORU112 on every proof, exit 1. */
    @Test
    void aDisagreementIsAnErrorWithItsCodeAndTheModel() throws IOException {
        Path contrarian = executable("cvc5", """
                #!/bin/sh
                if [ "$1" = --version ]; then echo 'This is cvc5 version 9.9.9'; exit 0; fi
                cat >/dev/null
                printf 'sat\\n(\\n(define-fun coins () Int 7)\\n)\\n'
                """);

        KoruRun run = KoruRun.of("verify", "--color", "never", "--confirm", contrarian.toString(), LEDGER.toString());

        assertAll(
                () -> assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), run.err()),
                () -> assertEquals(Set.of("KORU112"), run.codes()),
                () -> assertTrue(run.err().contains("error[KORU112]: second solver disagrees with a proof: Z3 proved, cvc5 refutes: "), run.err()),
                () -> assertTrue(run.err().contains("= note: cvc5 answered sat on the certificate, with the model: ( (define-fun coins () Int 7) )"), run.err()),
                () -> assertTrue(run.err().endsWith("confirm: 0 confirmed, 10 disagree, 0 not confirmed (cvc5 9.9.9)\n"), run.err()));
    }

    @Test
    void anotherSolverIsOneLineAndExit2() {
        KoruRun run = KoruRun.of("verify", "--color", "never", "--confirm", "yices", LEDGER.toString());

        assertEquals(ExitCode.USAGE_OR_IO_ERROR, run.exitCode());
        assertEquals("error: cannot confirm: --confirm knows only cvc5, not `yices`; " + Cvc5.HOW_TO_INSTALL + "\n", run.err());
    }

    @Test
    void aMissingCvc5IsOneLineAndExit2() {
        Path missing = dir.resolve("bin/cvc5");

        KoruRun run = KoruRun.of("verify", "--color", "never", "--confirm", missing.toString(), LEDGER.toString());

        assertEquals(ExitCode.USAGE_OR_IO_ERROR, run.exitCode());
        assertEquals("error: cannot confirm: " + missing + " is not an executable file; " + Cvc5.HOW_TO_INSTALL + "\n", run.err());
    }

    private Path executable(String name, String script) throws IOException {
        Path file = Files.writeString(dir.resolve(name), script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    /** {@code verify --confirm cvc5 FILE}; under CI (env CI set) a missing cvc5 fails the test, elsewhere it skips it. */
    private static KoruRun confirmWithCvc5(String file) {
        KoruRun run = KoruRun.of("verify", "--color", "never", "--confirm", "cvc5", file);
        boolean missing = run.err().startsWith("error: cannot confirm: cvc5 is not on PATH");
        assertFalse(missing && System.getenv("CI") != null, "CI must have cvc5 (.ci/run installs it)");
        assumeFalse(missing, "no cvc5 on PATH, so the second opinion is not tested (apt-get install cvc5)");
        return run;
    }
}
