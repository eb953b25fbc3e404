package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong tap step is a user error found by {@code koru check} at the step, saying which transition
 * it was inserted at (docs/language/obligations-and-taps.md), never an internal error of a later stage.
 */
class TapStepCheckTest {
    private static final String PROGRAM = """
            ~event work { n: u32 }
            | done u32

            ~work = done n + 1

            ~event show { text: []const u8 }

            ~proc show|java {
                System.out.println(text);
            }

            ~tap(work -> *)
            | done d |> show(text: STEP)

            ~work(n: 41)
            | done _ |> show(text: "ok")
            """;

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({"d, KORU014", "x, KORU040"})
    void aWrongStepIsADiagnosticAtTheStep(String argument, String code) throws IOException {
        Path program = work.resolve("main.kz");
        Files.writeString(program, PROGRAM.replace("STEP", argument));
        KoruRun check = KoruRun.of("check", "--color", "never", program.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.err().contains("error[" + code + "]"), check.err());
        assertTrue(check.err().contains("inserted after `work | done` at " + program + ":15"), check.err());
        assertTrue(check.err().contains("main.kz:13:"), check.err());
        assertFalse(check.err().contains("internal error"), check.err());
    }

    @ParameterizedTest
    @CsvSource({"d", "x"})
    void aWrongStepIsNotRun(String argument) throws IOException {
        Path program = work.resolve("main.kz");
        Files.writeString(program, PROGRAM.replace("STEP", argument));
        KoruRun run = KoruRun.of("run", "--no-cache", "--no-verify", "--color", "never", program.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }
}
