package koru.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunForkedTest {
    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    @Test
    void outputOfBothStreamsReachesTheLogInOrderAndTheExitCodeIsReturned() throws Exception {
        Path java = FakeJdks.jdk(temp.resolve("jdk"), "25",
                "echo \"args: $*\"; pwd; echo 'error[KORU104]: overflow' >&2; echo ' --> a.kz:5:19' >&2; echo >&2;"
                        + " echo 'verification failed for a.kz: 0 proven, 1 failed, 0 unknown' >&2; exit 1")
                .resolve("bin/java");
        int exitCode = RunForked.run(List.of(java.toString(), "verify", "a.kz"), temp, log);
        assertEquals(1, exitCode);
        assertEquals(List.of("INFO args: verify a.kz", "INFO " + temp.toRealPath(), "ERROR error[KORU104]: overflow",
                "ERROR  --> a.kz:5:19", "INFO ", "ERROR verification failed for a.kz: 0 proven, 1 failed, 0 unknown"),
                log.lines);
    }

    @Test
    void aCommandThatCannotStartIsAnExecutionError() {
        Path missing = temp.resolve("no-such-java");
        MojoExecutionException refused = assertThrows(MojoExecutionException.class,
                () -> RunForked.run(List.of(missing.toString()), temp, log));
        assertTrue(refused.getMessage().startsWith("cannot start " + missing + ": "), refused.getMessage());
    }
}
