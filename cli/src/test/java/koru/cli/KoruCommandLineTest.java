package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code koru} in-process, as a user would call it, and checks exit codes and both streams. */
class KoruCommandLineTest {
    private static final String HELLO = """
            ~event greet { name: []const u8 }
            | greeting []const u8

            ~greet = greeting "Hello, " ++ name

            ~event show { text: []const u8 }

            ~greet(name: "Koru")
            | greeting g |> show(text: g)
            """;

    @TempDir
    Path dir;

    private static KoruRun koru(String... args) {
        return KoruRun.of(args);
    }

    /** A program whose second line holds, inside a string, a byte that is not UTF-8. */
    private Path invalidUtf8File() throws IOException {
        Path file = dir.resolve("bad.kz");
        byte[] head = "~event show { text: []const u8 }\n~show(text: \"a".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "\")\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void versionPrintsTheBuildVersionOnStdout() {
        KoruRun run = koru("--version");
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertTrue(run.out().matches("koru \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Koru/J, Java .+\\)\\R"), run.out()),
                () -> assertEquals("", run.err()));
    }

    @Test
    void helpListsTheVerbsAndExitCodes() {
        KoruRun run = koru("--help");
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertTrue(run.out().startsWith("Usage: koru "), run.out()),
                () -> assertTrue(run.out().contains("check"), run.out()),
                () -> assertTrue(run.out().contains("explain"), run.out()),
                () -> assertTrue(run.out().contains("Exit codes: 0 no errors, 1 the program has errors, 2 usage or I/O error,"), run.out()));
    }

    @Test
    void helpVerbShowsTheHelpOfAVerb() {
        KoruRun run = koru("help", "check");
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertTrue(run.out().startsWith("Usage: koru check "), run.out()),
                () -> assertTrue(run.out().contains("--auto-discharge=MODE"), run.out()));
    }

    @Test
    void noVerbIsAUsageError() {
        KoruRun run = koru();
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertTrue(run.err().startsWith("Missing required subcommand"), run.err()));
    }

    @Test
    void explainPrintsTheExplanationOfAKnownCode() {
        KoruRun run = koru("explain", "koru022");
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertTrue(run.out().startsWith("# KORU022: unhandled branch\n"), run.out()),
                () -> assertTrue(run.out().contains("## Wrong") && run.out().contains("## Right"), run.out()),
                () -> assertEquals("", run.err()));
    }

    @Test
    void explainOfAnUnknownCodeSaysHowToListTheCodes() {
        KoruRun run = koru("explain", "KORU999");
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertEquals("error: there is no diagnostic code `KORU999`; `koru explain --list` lists every code\n",
                        run.err().replace(System.lineSeparator(), "\n")));
    }

    @Test
    void explainListShowsEveryCodeWithItsTitle() {
        KoruRun run = koru("explain", "--list");
        List<String> lines = run.out().lines().toList();
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertEquals(koru.elaborator.diag.Code.values().length, lines.size()),
                () -> assertTrue(lines.contains("KORU107  obligation leaked"), run.out()));
    }

    @Test
    void checkOfAMissingFileIsOneLineAndExitTwo() {
        Path missing = dir.resolve("missing.kz");
        KoruRun run = koru("check", missing.toString());
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertEquals(List.of("error: could not read " + missing + ": no such file"), run.err().lines().toList()));
    }

    @Test
    void checkOfACleanFileSaysSoOnStderrOnly() throws IOException {
        Path hello = Files.writeString(dir.resolve("hello.kz"), HELLO);
        KoruRun run = koru("check", hello.toString());
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertEquals(List.of("checked " + hello + ": no errors"), run.err().lines().toList()));
    }

    @Test
    void checkOfInvalidUtf8RendersKoru011WithACaret() throws IOException {
        Path bad = invalidUtf8File();
        KoruRun run = koru("check", "--color", "never", bad.toString());
        List<String> lines = run.err().lines().toList();
        assertAll(
                () -> assertEquals(1, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertEquals("error[KORU011]: the file is not valid UTF-8: byte 0xFF at byte offset 47 cannot be decoded",
                        lines.get(0)),
                () -> assertEquals(" --> " + bad + ":2:15", lines.get(1)),
                () -> assertEquals("2 | ~show(text: \"a\uFFFD\")", lines.get(3)),
                () -> assertEquals("  |               ^", lines.get(4)),
                () -> assertEquals("error: could not check " + bad + ": 1 error", lines.get(lines.size() - 1)),
                () -> assertFalse(run.err().contains("\tat "), "no stack trace"));
    }

    @Test
    void quietLeavesOutTheSummary() throws IOException {
        Path bad = invalidUtf8File();
        KoruRun run = koru("check", "-q", bad.toString());
        assertAll(
                () -> assertEquals(1, run.exitCode()),
                () -> assertTrue(run.err().startsWith("error[KORU011]"), run.err()),
                () -> assertFalse(run.err().contains("could not check"), run.err()));
    }

    @Test
    void theWorstFileDecidesTheExitCode() throws IOException {
        Path bad = invalidUtf8File();
        KoruRun run = koru("check", bad.toString(), dir.resolve("missing.kz").toString());
        assertEquals(2, run.exitCode());
    }

    @Test
    void jsonFormatWritesOneStableArrayOnStdout() throws IOException {
        Path bad = invalidUtf8File();
        Path hello = Files.writeString(dir.resolve("hello.kz"), HELLO);
        KoruRun run = koru("check", "--format", "json", bad.toString(), hello.toString());

        List<String> keys = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(run.out())) {
            assertEquals(JsonToken.START_ARRAY, json.nextToken());
            assertEquals(JsonToken.START_OBJECT, json.nextToken());
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(json.currentName());
                json.nextToken();
                json.skipChildren();
            }
            assertEquals(JsonToken.END_ARRAY, json.nextToken());
        }
        assertAll(
                () -> assertEquals(1, run.exitCode()),
                () -> assertEquals(List.of("code", "severity", "message", "file", "line", "column",
                        "endLine", "endColumn", "label", "notes", "hint"), keys),
                () -> assertTrue(run.out().contains("\"code\" : \"KORU011\""), run.out()),
                () -> assertTrue(run.out().contains("\"line\" : 2,"), run.out()),
                () -> assertTrue(run.out().contains("\"column\" : 15,"), run.out()),
                () -> assertTrue(run.out().contains("\"label\" : null,"), run.out()),
                () -> assertFalse(run.err().contains("error[KORU011]"), "json mode renders nothing for humans"),
                () -> assertTrue(run.err().contains("could not check " + bad + ": 1 error"), run.err()));
    }

    @Test
    void jsonFormatOfACleanFileIsAnEmptyArray() throws IOException {
        Path hello = Files.writeString(dir.resolve("hello.kz"), HELLO);
        KoruRun run = koru("check", "--format=JSON", hello.toString());
        assertAll(
                () -> assertEquals(0, run.exitCode()),
                () -> assertEquals("[ ]\n", run.out()));
    }

    @Test
    void autoDischargeAcceptsDisableAndRejectsUnknownModes() throws IOException {
        Path hello = Files.writeString(dir.resolve("hello.kz"), HELLO);
        KoruRun accepted = koru("check", "--auto-discharge", "disable", "--flag", "profile", hello.toString());
        KoruRun rejected = koru("check", "--auto-discharge", "sometimes", hello.toString());
        assertAll(
                () -> assertEquals(0, accepted.exitCode()),
                () -> assertEquals(2, rejected.exitCode()),
                () -> assertTrue(rejected.err().contains("unknown auto-discharge mode 'sometimes'"), rejected.err()));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        KoruRun run = koru("check", "--colour", "never", "x.kz");
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertTrue(run.err().startsWith("Unknown option: '--colour'"), run.err()));
    }
}
