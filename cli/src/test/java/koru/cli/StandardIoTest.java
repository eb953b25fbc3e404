package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $std/io}'s input: the program's arguments ({@code koru run FILE -- ARGS}) and standard input, line by line. */
class StandardIoTest {
    @TempDir
    Path work;

    @Test
    void argsAnswersWhatFollowsTheDoubleDashInOrder() throws IOException {
        Path program = Files.writeString(work.resolve("greet.kz"), """
                ~import "$std/io"

                ~std.io:args()
                | given names |> for(names)
                    | each name |> std.io:print(text: "hello " ++ name)
                    | done |> std.io:print(text: "that is all")
                """);
        KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", program.toString(), "--", "ada", "grace hopper", "");
        KoruRun none = KoruRun.of("run", "--no-cache", "--color", "never", program.toString());
        assertAll(
                () -> assertEquals("hello ada\nhello grace hopper\nhello \nthat is all\n", run.out(), run.err()),
                () -> assertEquals(0, run.exitCode(), run.err()),
                () -> assertEquals("that is all\n", none.out(), none.err()));
    }

    /** {@code koru run} hands the program this process's standard input; the built jar is run the same way with a given one. */
    @Test
    void readLineReadsStandardInputAsUtf8UntilEof() throws IOException, InterruptedException {
        Path program = Files.writeString(work.resolve("echo.kz"), """
                // Echoes standard input, each line in brackets, then says it reached the end.
                ~import "$std/io"

                ~#next std.io:read_line()
                | line text |> std.io:print(text: "[" ++ text ++ "]") |> @next()
                | eof |> std.io:print(text: "end of input")
                """);
        Path jar = work.resolve("echo.jar");
        KoruRun build = KoruRun.of("build", "--no-cache", "--color", "never", program.toString(), "-o", jar.toString());
        assertEquals(0, build.exitCode(), build.err());
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true).start();
        try (OutputStream stdin = java.getOutputStream()) {
            stdin.write("first\r\nsecond é\n\nlast without newline".getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "hang guard");
        assertAll(
                () -> assertEquals("[first]\n[second é]\n[]\n[last without newline]\nend of input\n", output),
                () -> assertEquals(0, java.exitValue(), output));
    }
}
