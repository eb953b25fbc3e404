package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tap's step means what it means where the tap is written (docs/language/obligations-and-taps.md,
 * "Taps"): module {@code audit} taps {@code main:work} and calls its own, non-{@code pub}
 * {@code audit} unqualified, although {@code main} has an {@code audit} of its own.
 */
class TapAcrossModulesTest {
    private static final String MAIN = """
            ~[audit]import "$app/audit"

            ~pub event work { n: i64 }
            | done i64

            ~proc work|java {
                return done(n * 2);
            }

            ~pub event show { text: []const u8 }

            ~proc show|java {
                System.out.println(text);
            }

            ~event audit { text: []const u8 }

            ~proc audit|java {
                System.out.println("main's audit, never called: " + text);
            }

            ~work(n: 21)
            | done d |> show(text: "work " ++ d)
            """;

    private static final String AUDIT = """
            ~import "$app/main"

            ~type Level = low | high

            ~event audit { text: []const u8, level: Level }

            ~proc audit|java {
                System.out.println("audit (" + level + "): " + text);
            }

            ~tap(main:work -> *)
            | done d |> audit(text: "done " ++ d, level: Level.high)
            """;

    @TempDir
    Path work;

    @Test
    void theTapsStepCallsItsOwnModulesEventWrittenUnqualified() throws IOException {
        Files.writeString(work.resolve("koru.json"), "{ \"paths\": { \"app\": \".\" } }\n");
        Files.writeString(work.resolve("audit.kz"), AUDIT);
        Path program = work.resolve("main.kz");
        Files.writeString(program, MAIN);
        KoruRun run = KoruRun.of("run", "--no-cache", "--no-verify", "--color", "never", "--quiet", "--flag", "audit",
                program.toString());
        assertEquals("audit (high): done 42\nwork 42\n", run.out(), run.err());
        assertEquals(0, run.exitCode());
    }
}
