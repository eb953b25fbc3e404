package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Several programs on one command line: the worst outcome decides the exit code. */
class ExitCodeTest {
    @Test
    void couldNotRunBeatsWrongBeatsInconclusiveBeatsOk() {
        assertEquals(ExitCode.PROGRAM_WRONG, ExitCode.worse(ExitCode.INCONCLUSIVE, ExitCode.PROGRAM_WRONG));
        assertEquals(ExitCode.PROGRAM_WRONG, ExitCode.worse(ExitCode.PROGRAM_WRONG, ExitCode.INCONCLUSIVE));
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, ExitCode.worse(ExitCode.PROGRAM_WRONG, ExitCode.USAGE_OR_IO_ERROR));
        assertEquals(ExitCode.INCONCLUSIVE, ExitCode.worse(ExitCode.OK, ExitCode.INCONCLUSIVE));
        assertEquals(ExitCode.OK, ExitCode.worse(ExitCode.OK, ExitCode.OK));
    }
}
