package koru.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class KoruExitTest {
    private final RecordingLog log = new RecordingLog();

    @Test
    void successLetsTheBuildGoOn() {
        assertDoesNotThrow(() -> KoruExit.judge(0, "verify", true, log));
        assertEquals(List.of(), log.lines);
    }

    @Test
    void aWrongProgramFailsTheBuild() {
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> KoruExit.judge(1, "verify", false, log));
        assertEquals("koru verify found errors in the Koru/J program (exit 1); they are listed above", failure.getMessage());
    }

    @Test
    void anInconclusiveRunFailsTheBuildUnlessTheProjectAcceptsIt() throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> KoruExit.judge(3, "verify", true, log));
        assertTrue(failure.getMessage().endsWith("set failOnUnknown to false (-Dkoru.failOnUnknown=false) to let the build pass"),
                failure.getMessage());
        KoruExit.judge(3, "verify", false, log);
        assertEquals(1, log.lines.size());
        assertTrue(log.lines.get(0).startsWith("WARN koru verify proved nothing wrong but could not prove everything"),
                log.lines.get(0));
    }

    @Test
    void aCliThatCouldNotRunOrAJvmThatFailedIsAnExecutionError() {
        MojoExecutionException usage = assertThrows(MojoExecutionException.class, () -> KoruExit.judge(2, "check", true, log));
        assertEquals("koru check could not run (exit 2: a usage, I/O or internal error; see above)", usage.getMessage());
        MojoExecutionException crash = assertThrows(MojoExecutionException.class, () -> KoruExit.judge(134, "check", true, log));
        assertEquals("koru check ended with exit code 134, which Koru/J never uses: its JVM failed", crash.getMessage());
    }
}
