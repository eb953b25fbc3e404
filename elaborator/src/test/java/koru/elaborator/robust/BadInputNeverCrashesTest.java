package koru.elaborator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * "Bad input never crashes": whatever bytes arrive, the front end answers with diagnostics, never
 * an exception, a stack overflow or a hang.
 */
class BadInputNeverCrashesTest {
    // Limits that catch a hang or a quadratic pass, not speed claims (docs/PERFORMANCE.md measures speed): 20 MB
    // elaborate in about 20 s on 2 cores, and a quadratic pass would take hours, so LARGE leaves room for a
    // loaded machine (it took 41 s once while other builds ran at a load of 17).
    private static final Duration QUICK = Duration.ofSeconds(10);
    private static final Duration LARGE = Duration.ofSeconds(120);

    private static List<String> errors(Elaboration elaboration) {
        return elaboration.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " at " + d.span().line()).toList();
    }

    private static String firstError(Elaboration elaboration) {
        List<String> errors = errors(elaboration);
        assertFalse(errors.isEmpty(), "expected an error");
        return errors.get(0);
    }

    @Test
    void randomBytesGiveDiagnosticsOnly() {
        Random random = new Random(20_250_101L);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(3_000)];
            random.nextBytes(bytes);
            Elaboration elaboration = Elaborate.bytes(bytes, QUICK, "random bytes, round " + round);
            assertTrue(elaboration.diagnostics().size() <= bytes.length + 1, "more diagnostics than bytes");
        }
    }

    @Test
    void everyTruncationOfEveryAcceptedProgramGivesDiagnosticsOnly() throws Exception {
        Random random = new Random(7L);
        for (Path program : acceptedPrograms()) {
            String text = Files.readString(program);
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
                Elaborate.text(text.substring(0, end), QUICK, program.getFileName() + " cut at offset " + end);
            }
            for (int i = 0; i < 50; i++) {
                int end = random.nextInt(text.length() + 1);
                Elaborate.text(text.substring(0, end), QUICK, program.getFileName() + " cut at offset " + end);
            }
        }
    }

    private static List<Path> acceptedPrograms() throws IOException, URISyntaxException {
        Path root = Path.of(BadInputNeverCrashesTest.class.getResource("/corpus/accept").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".kz")).sorted().toList();
            assertFalse(programs.isEmpty());
            return programs;
        }
    }

    @Test
    void tenThousandNestedParenthesesBracketsAndBracesAreOneParseError() {
        for (String[] pair : new String[][] {{"(", ")"}, {"[", "]"}, {"{", "}"}}) {
            String deep = pair[0].repeat(10_000) + "1" + pair[1].repeat(10_000);
            Elaboration elaboration = Elaborate.text("~event f { x: u8 }\n~f(x: " + deep + ")\n", QUICK, "deep " + pair[0]);
            assertEquals(List.of("KORU011 at 2"), errors(elaboration), "nesting " + pair[0]);
        }
    }

    @Test
    void tenThousandBracketsOpenedOnePerLineAreOneParseError() {
        String text = "~f(x:\n" + "(\n".repeat(10_000) + "1\n" + ")\n".repeat(10_000) + ")\n";
        Elaboration elaboration = Elaborate.text(text, QUICK, "one bracket per line");
        assertEquals(List.of("KORU011 at 257"), errors(elaboration));
    }

    @Test
    void tenThousandHandlersEachIndentedOneMoreSpaceAreOneParseError() {
        StringBuilder text = new StringBuilder("~event a {}\n~a()\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(" ".repeat(i)).append("| ok x |> a()\n");
        }
        Elaboration elaboration = Elaborate.text(text.toString(), LARGE, "deep handlers");
        // The handler on line 3 is at depth 0; the first one deeper than 256 is on line 3 + 257.
        assertEquals(List.of("KORU011 at 260"), errors(elaboration));
    }

    @Test
    void oneHundredThousandUnaryOperatorsAreRefusedAsTooDeep() {
        String text = "~event f { x: bool }\n~f(x: " + "!".repeat(100_000) + "true)\n";
        assertEquals(List.of("KORU011 at 2"), errors(Elaborate.text(text, QUICK, "deep unary")));
    }

    @Test
    void oneHundredThousandTermSumsAreRefusedAsTooDeep() {
        String text = "~event f { x: u64 }\n\n~f(x: 1" + "+1".repeat(99_999) + ")\n~f(x: true" + " ==> true".repeat(99_999) + ")\n";
        assertEquals(List.of("KORU011 at 3", "KORU011 at 4"), errors(Elaborate.text(text, QUICK, "long chains")));
    }

    @Test
    void twentyMegabytesOfValidProgramElaborateWithoutError() {
        StringBuilder text = new StringBuilder(21_000_000);
        for (int i = 0; text.length() < 20_000_000; i++) {
            text.append("~event step").append(i).append(" { n: u64, label: []const u8 } where n < 1_000_000\n")
                    .append("| more u64 where more == in.n + 1\n")
                    .append("| done { n: u64, label: []const u8 }\n\n")
                    .append("~step").append(i).append("(n: ").append(i).append(", label: \"step ").append(i).append("\")\n")
                    .append("| more m |> step").append(i).append("(n: m, label: \"again\")\n")
                    .append("    | more _ |> _\n")
                    .append("    | done _ |> _\n")
                    .append("| done _d |> _\n\n");
        }
        Elaboration elaboration = Elaborate.text(text.toString(), LARGE, "20 MB of events and flows");
        assertEquals(List.of(), errors(elaboration));
    }

    @Test
    void twentyMegabytesOfGarbageGiveAtMostOneDiagnosticPerLine() {
        Random random = new Random(42L);
        String alphabet = "~|>(){}[]<=!&*+-/%.,:;?@#'\" \tabcxyz019_\n";
        StringBuilder text = new StringBuilder(20_000_000);
        while (text.length() < 20_000_000) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Elaboration elaboration = Elaborate.text(text.toString(), LARGE, "20 MB of garbage");
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        assertTrue(elaboration.hasErrors());
        assertTrue(elaboration.diagnostics().size() <= lines, elaboration.diagnostics().size() + " diagnostics for " + lines + " lines");
    }

    @Test
    void utf16WithByteOrderMarkIsNotUtf8() {
        byte[] bytes = "~event e {}\n".getBytes(StandardCharsets.UTF_16);
        Elaboration elaboration = Elaborate.bytes(bytes, QUICK, "UTF-16");
        assertEquals("KORU011 at 1", firstError(elaboration));
        assertTrue(elaboration.diagnostics().get(0).message().contains("not valid UTF-8"));
    }

    @Test
    void latin1BytesAreAParseErrorAtTheirLine() {
        byte[] bytes = "~event e {}\n// caf\u00e9\n~e()\n".getBytes(StandardCharsets.ISO_8859_1);
        Elaboration elaboration = Elaborate.bytes(bytes, QUICK, "Latin-1");
        assertEquals(List.of("KORU011 at 2"), errors(elaboration));
        assertEquals(Code.KORU011, elaboration.diagnostics().get(0).code());
    }

    @Test
    void anEncodedLoneSurrogateIsNotUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("~event e {}\n~e()\n// ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertEquals(List.of("KORU011 at 3"), errors(Elaborate.bytes(bytes.toByteArray(), QUICK, "lone surrogate")));
    }

    @Test
    void aLoneSurrogateInTextGivesDiagnosticsOnly() {
        // Inside a string literal it is just text; as a token on line 3 it is a parse error.
        assertEquals(List.of("KORU011 at 3"),
                errors(Elaborate.text("~event e { t: []const u8 }\n~e(t: \"\uD800\")\n~e(t: \uDC00)\n", QUICK, "lone surrogate in text")));
    }

    @Test
    void aNulByteInAConstructIsAParseError() {
        byte[] bytes = "~event e {}\n~e(\0)\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("KORU011 at 2"), errors(Elaborate.bytes(bytes, QUICK, "NUL")));
    }

    @Test
    void carriageReturnOnlyLineEndsAreReported() {
        byte[] bytes = "~event e {}\r~e()\r".getBytes(StandardCharsets.UTF_8);
        Elaboration elaboration = Elaborate.bytes(bytes, QUICK, "CR line ends");
        assertEquals("KORU011 at 1", firstError(elaboration));
        assertTrue(elaboration.diagnostics().get(0).message().contains("carriage return"));
    }

    @Test
    void windowsLineEndsAreOrdinaryLineBreaks() {
        byte[] bytes = "~event e {}\r\n| ok u8\r\n\r\n~e()\r\n| ok _ |> _\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), errors(Elaborate.bytes(bytes, QUICK, "CRLF")));
    }
}
