package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code koru test}: every ~test under every variant, a readable summary, exit codes, and a JUnit XML report. */
class TestCommandTest {
    private static final Path VARIANTS = Path.of("src", "test", "resources", "variants", "clamp.kz");
    private static final Path WRONG = Path.of("src", "test", "resources", "test", "wrong_floor.kz");

    @Test
    void variantsKzPassesUnderEveryImplementation() {
        KoruRun run = KoruRun.of("test", "--color", "never", "--seed", "7", VARIANTS.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(VARIANTS + "\n"
                + "  cross-check of clamp: passed\n"
                + "  clamp keeps values already in range [clamp|interpreter]: passed\n"
                + "  clamp keeps values already in range [clamp|subflow]: passed\n"
                + "  clamp keeps values already in range [clamp|java]: passed\n"
                + "  clamp keeps values already in range [clamp|branchless]: passed\n"
                + "  clamp pulls values up to the floor [clamp|interpreter]: passed\n"
                + "  clamp pulls values up to the floor [clamp|subflow]: passed\n"
                + "  clamp pulls values up to the floor [clamp|java]: passed\n"
                + "  clamp pulls values up to the floor [clamp|branchless]: passed\n"
                + "koru test: 9 passed, 0 failed (1 file, seed 7)\n", run.out());
    }

    @Test
    void aWrongVariantFailsUnderItsNameAndTheReportSaysSo(@TempDir Path directory) throws Exception {
        Path report = directory.resolve("koru-test.xml");
        KoruRun run = KoruRun.of("test", "--color", "never", "--report", "junit=" + report, WRONG.toString(), VARIANTS.toString());
        assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  clamp pulls values up to the floor [clamp|floor_plus_one]: failed: assert(c == 0) at "
                + WRONG + ":28:20, c = 1\n"), run.out());
        assertTrue(run.out().contains("  cross-check of clamp: failed: cross-check of clamp failed"), run.out());
        assertTrue(run.out().contains("clamp|floor_plus_one"), run.out());
        assertTrue(run.out().contains("koru test: 16 passed, 2 failed (2 files, seed "), run.out());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        List<Element> suites = elements(xml, "testsuite");
        assertEquals(List.of(WRONG.toString(), VARIANTS.toString()), suites.stream().map(s -> s.getAttribute("name")).toList());
        assertEquals(List.of("9", "9"), suites.stream().map(s -> s.getAttribute("tests")).toList());
        assertEquals(List.of("2", "0"), suites.stream().map(s -> s.getAttribute("failures")).toList());
        List<Element> failures = elements(xml, "failure");
        assertEquals(2, failures.size());
        assertEquals("cross-check of clamp", ((Element) failures.get(0).getParentNode()).getAttribute("name"));
        Element failed = (Element) failures.get(1).getParentNode();
        assertEquals("clamp pulls values up to the floor [clamp|floor_plus_one]", failed.getAttribute("name"));
        assertEquals("src.test.resources.test.wrong_floor", failed.getAttribute("classname"));
        assertTrue(failures.get(1).getAttribute("message").startsWith("assert(c == 0) at "), failures.get(1).getAttribute("message"));
    }

    @Test
    void aDirectoryIsEveryKzFileUnderItAndFrontEndErrorsAreRenderedWithTheirCodes(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("a_broken.kz"), "~event e { x: i64 }\n~proc nosuch|java { return; }\n");
        Files.copy(VARIANTS, directory.resolve("b_clamp.kz"));
        KoruRun run = KoruRun.of("test", "--color", "never", directory.toString());
        assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), run.out() + run.err());
        assertEquals(java.util.Set.of("KORU040"), run.codes(), run.err());
        assertTrue(run.err().contains("error: could not test " + directory.resolve("a_broken.kz") + ": 1 error"), run.err());
        assertTrue(run.out().contains("koru test: 9 passed, 0 failed, 1 file not tested (2 files, seed "), run.out());
    }

    /** A cross-check that cannot run (a host-typed input) is skipped with the reason: never a pass, never a failure. */
    @Test
    void aCrossCheckThatCannotRunIsSkippedWithItsReasonAndCountedApart(@TempDir Path directory) throws Exception {
        Path program = directory.resolve("host.kz");
        Files.writeString(program, """
                ~pub event size { b: StringBuilder }
                | counted i64

                ~proc size|java {
                    return counted(b.length());
                }

                ~proc size|java(again) {
                    return counted(b.toString().length());
                }
                """);
        Path report = directory.resolve("koru-test.xml");
        KoruRun run = KoruRun.of("test", "--color", "never", "--seed", "3", "--report", "junit=" + report, program.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  cross-check of size: skipped: values of the host type StringBuilder cannot be generated"), run.out());
        assertTrue(run.out().contains("koru test: 0 passed, 0 failed, 1 skipped (1 file, seed 3)"), run.out());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        assertEquals("1", elements(xml, "testsuite").get(0).getAttribute("skipped"));
        assertEquals(1, elements(xml, "skipped").size());
    }

    /** inc (3 implementations) then dec (3): nine combinations; capped at four, the five that cover each run and one skip says so. */
    @Test
    void maxCombinationsCapsTheMatrixButNeverLeavesAnImplementationOut(@TempDir Path directory) throws Exception {
        Path program = directory.resolve("inc_dec.kz");
        Files.writeString(program, """
                ~event inc { x: i64 } where x < 1000
                | done i64 where done == in.x + 1

                ~inc = done x + 1

                ~proc inc|java {
                    return done(x + 1);
                }

                ~event dec { x: i64 } where x > -1000
                | done i64 where done == in.x - 1

                ~dec = done x - 1

                ~proc dec|java {
                    return done(x - 1);
                }

                ~test(inc then dec) {
                    ~inc(x: 5)
                    | done a |> dec(x: a)
                        | done b |> assert(b == 5)
                }
                """);
        KoruRun run = KoruRun.of("test", "--color", "never", "--seed", "7", "--max-combinations", "4", program.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  inc then dec [the other combinations]: skipped: 4 of its 9 combinations of implementations not run:"
                + " 5 were, every implementation at least once (at most 4 unless told)\n"), run.out());
        assertTrue(run.out().endsWith("koru test: 7 passed, 0 failed, 1 skipped (1 file, seed 7)\n"), run.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, KoruRun.of("test", "--tries", "0", VARIANTS.toString()).exitCode());
        KoruRun noCombinations = KoruRun.of("test", "--max-combinations", "0", VARIANTS.toString());
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, noCombinations.exitCode());
        assertTrue(noCombinations.err().contains("--max-combinations must be at least 1, not 0"), noCombinations.err());
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, KoruRun.of("test", "--seed", "many", VARIANTS.toString()).exitCode());
        KoruRun sarif = KoruRun.of("test", "--report", "sarif=x.sarif", VARIANTS.toString());
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, sarif.exitCode());
        assertTrue(sarif.err().contains("--report takes junit=FILE"), sarif.err());
        KoruRun missing = KoruRun.of("test", "no/such/file.kz");
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, missing.exitCode(), missing.err());
    }

    private static List<Element> elements(Document xml, String tag) {
        var nodes = xml.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}
