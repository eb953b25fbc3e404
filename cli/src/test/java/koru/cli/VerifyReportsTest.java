package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import koru.proofs.report.Schemas;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code koru verify --report}: every format written in one run, for a shipped example that is proven
 * and for must-reject programs (a counterexample, a path, a state rule, an assumed contract, an
 * unverified body); all five agree with the summary line, and the machine formats meet their schemas.
 */
class VerifyReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SUMMARY = Pattern.compile(": (\\d+) proven, (\\d+) failed, (\\d+) unknown(?:, (\\d+) not verified yet)?"
            + "(?:, (\\d+) contracts? assumed)?$", Pattern.MULTILINE);

    @TempDir
    Path reports;

    private KoruRun verifyWithEveryReport(Path program) {
        return KoruRun.of("verify", "--color", "never", "--jobs", "1",
                "--report", "json=" + reports.resolve("r.json"), "--report", "junit=" + reports.resolve("junit/r.xml"),
                "--report", "sarif=" + reports.resolve("r.sarif"), "--report", "md=" + reports.resolve("r.md"),
                "--report", "text=" + reports.resolve("r.txt"), program.toString());
    }

    private static Path resource(String name) {
        return Path.of("src", "test", "resources", "verify", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../examples/ledger.kz", "reject/overflow_product_and_sum.kz", "reject/pre_else_branch.kz",
            "reject/state_double_close.kz", "unverified/list_length.kz"})
    void everyFormatAgreesWithTheSummaryLine(String name) throws Exception {
        Path program = name.startsWith("../") ? Path.of(name) : resource(name);
        KoruRun run = verifyWithEveryReport(program);
        Matcher summary = SUMMARY.matcher(run.err());
        assertTrue(summary.find(), run.err());
        List<Integer> counts = List.of(group(summary, 1), group(summary, 2), group(summary, 3), group(summary, 4), group(summary, 5));

        String json = Files.readString(reports.resolve("r.json"));
        String sarif = Files.readString(reports.resolve("r.sarif"));
        JsonNode jsonCounts = JSON.readTree(json).get("counts");
        Map<String, Long> sarifStatuses = JSON.readTree(sarif).get("runs").get(0).get("results").valueStream()
                .collect(Collectors.groupingBy(r -> r.get("properties").get("status").asString(), TreeMap::new, Collectors.counting()));
        Element junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(reports.resolve("junit/r.xml")))).getDocumentElement();
        String md = Files.readString(reports.resolve("r.md"));
        assertAll(
                () -> assertEquals(counts, List.of(jsonCounts.get("proven").asInt(), jsonCounts.get("failed").asInt(),
                        jsonCounts.get("unknown").asInt(), jsonCounts.get("notVerified").asInt(), jsonCounts.get("assumed").asInt())),
                () -> assertEquals(counts, List.of(status(sarifStatuses, "proven"), status(sarifStatuses, "failed"), status(sarifStatuses, "unknown"),
                        status(sarifStatuses, "not_verified"), status(sarifStatuses, "assumed"))),
                () -> assertEquals(List.of(counts.stream().mapToInt(Integer::intValue).sum(), counts.get(1), counts.get(2) + counts.get(3) + counts.get(4)),
                        List.of(attribute(junit, "tests"), attribute(junit, "failures"), attribute(junit, "skipped"))),
                () -> assertTrue(md.startsWith("## koru verify: " + counts.get(0) + " proven, " + counts.get(1) + " failed, " + counts.get(2) + " unknown"), md),
                () -> assertEquals(counts.get(1), (int) Pattern.compile("^```mermaid$", Pattern.MULTILINE).matcher(md).results().count()),
                () -> assertEquals(run.err(), Files.readString(reports.resolve("r.txt"))),
                () -> assertEquals(List.of(), Schemas.sarifErrors(sarif)),
                () -> assertEquals(List.of(), Schemas.proofReportErrors(json)));
    }

    private static int group(Matcher summary, int group) {
        return summary.group(group) == null ? 0 : Integer.parseInt(summary.group(group));
    }

    private static int status(Map<String, Long> statuses, String status) {
        return statuses.getOrDefault(status, 0L).intValue();
    }

    private static int attribute(Element element, String name) {
        return Integer.parseInt(element.getAttribute(name));
    }

    @Test
    void aFailureCarriesItsCounterexampleAndPathIntoTheReports() throws IOException {
        verifyWithEveryReport(resource("reject/pre_else_branch.kz"));
        JsonNode failed = JSON.readTree(Files.readString(reports.resolve("r.json"))).get("programs").get(0).get("modules").get(0)
                .get("results").valueStream().filter(r -> r.get("status").asString().equals("failed")).findFirst().orElseThrow();
        assertEquals("KORU101", failed.get("code").asString());
        assertEquals("if", failed.get("path").get(0).get("construct").asString());
        assertEquals("else", failed.get("path").get(0).get("taken").asString());
        assertEquals(8, failed.get("path").get(0).get("location").get("startLine").asInt());
        assertTrue(failed.get("counterexample").asString().endsWith("(replayed)"), failed.toString());
        JsonNode sarifResult = JSON.readTree(Files.readString(reports.resolve("r.sarif"))).get("runs").get(0).get("results").valueStream()
                .filter(r -> r.get("level").asString().equals("error")).findFirst().orElseThrow();
        assertEquals(2, sarifResult.get("codeFlows").get(0).get("threadFlows").get(0).get("locations").size());
    }

    @Test
    void aReportWithoutAFileGoesToStdoutAndStderrStaysAsItWas() throws IOException {
        Path ledger = Path.of("..", "examples", "ledger.kz");
        KoruRun plain = KoruRun.verify(ledger);
        KoruRun json = KoruRun.of("verify", "--color", "never", "--jobs", "1", "--report", "JSON", ledger.toString());
        assertEquals(ExitCode.OK, json.exitCode());
        assertEquals(plain.err(), json.err());
        assertEquals("", plain.out());
        assertEquals(List.of(), Schemas.proofReportErrors(json.out()));
    }

    @Test
    void aProgramTheFrontEndRejectsIsReportedWithItsErrors() throws IOException {
        Path bad = Files.writeString(reports.resolve("bad.kz"), "~shwo(text: \"hi\")\n");
        KoruRun run = KoruRun.of("verify", "--report", "json", bad.toString());
        assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode());
        JsonNode program = JSON.readTree(run.out()).get("programs").get(0);
        assertEquals("rejected", program.get("outcome").asString());
        assertTrue(program.get("problems").get(0).get("code").asString().startsWith("KORU0"), run.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        KoruRun run = KoruRun.of("verify", "--report", "html", "x.kz");
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, run.exitCode());
        assertTrue(run.err().contains("unknown report format 'html' (expected one of: text, json, junit, sarif, md)"), run.err());
    }

    @Test
    void twoReportsOnStdoutAreAUsageError() {
        KoruRun run = KoruRun.of("verify", "--report", "json", "--report", "sarif", "x.kz");
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, run.exitCode());
        assertTrue(run.err().contains("only one report can go to stdout"), run.err());
        KoruRun withFormat = KoruRun.of("verify", "--format", "json", "--report", "md", "x.kz");
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, withFormat.exitCode());
        assertTrue(withFormat.err().contains("(--format json is one)"), withFormat.err());
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, KoruRun.of("verify", "--report", "json=a", "--report", "md=./a", "x.kz").exitCode());
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineAndExit2() throws IOException {
        Path blocker = Files.writeString(reports.resolve("blocker"), "a file, not a directory");
        Path sarif = reports.resolve("ok/koru.sarif");
        KoruRun run = KoruRun.of("verify", "--color", "never", "--report", "json=" + blocker.resolve("r.json"),
                "--report", "sarif=" + sarif, Path.of("..", "examples", "ledger.kz").toString());
        assertEquals(ExitCode.USAGE_OR_IO_ERROR, run.exitCode());
        assertTrue(run.err().contains("error: could not write report " + blocker.resolve("r.json") + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(Files.isRegularFile(sarif), "the other report is still written, its directory created");
    }
}
