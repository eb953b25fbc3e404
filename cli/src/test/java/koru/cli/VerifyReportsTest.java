package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import koru.proofs.report.Schemas;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code koru verify --report}: every format written in one run, for a shipped example that is proven
 * and for must-reject programs (a counterexample, a path, a state rule, an assumed contract, an
 * unverified body); all five agree with the summary line, the machine formats meet their schemas, and
 * each obligation's solving time is in every format, with and without the proof cache.
 */
class VerifyReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SUMMARY = Pattern.compile(": (\\d+) proven, (\\d+) failed, (\\d+) unknown(?:, (\\d+) not verified yet)?"
            + "(?:, (\\d+) contracts? assumed)?(?:; cache: .*)?$", Pattern.MULTILINE);

    @TempDir
    Path reports;

    /** The kinds of result the solver has no part in: they have no time. */
    private static final Set<String> UNTIMED = Set.of("state", "obligation", "contract", "body");

    @TempDir
    Path cache;

    /** {@code koru verify} with every report, {@code options} before the program (no cache unless they name one, as KoruRun says). */
    private KoruRun verifyWithEveryReport(Path program, String... options) {
        List<String> args = new ArrayList<>(List.of("verify", "--color", "never", "--jobs", "1",
                "--report", "json=" + reports.resolve("r.json"), "--report", "junit=" + reports.resolve("junit/r.xml"),
                "--report", "sarif=" + reports.resolve("r.sarif"), "--report", "md=" + reports.resolve("r.md"),
                "--report", "text=" + reports.resolve("r.txt")));
        args.addAll(List.of(options));
        args.add(program.toString());
        return KoruRun.of(args.toArray(String[]::new));
    }

    /** The shipped example that is proven, and must-reject programs with a counterexample, a path, a state rule, an assumed contract, an unverified body. */
    static List<String> programs() {
        return List.of("../examples/ledger.kz", "reject/overflow_product_and_sum.kz", "reject/pre_else_branch.kz",
                "reject/state_double_close.kz", "unverified/list_length.kz");
    }

    private static Path program(String name) {
        return name.startsWith("../") ? Path.of(name) : resource(name);
    }

    private static Path resource(String name) {
        return Path.of("src", "test", "resources", "verify", name);
    }

    @ParameterizedTest
    @MethodSource("programs")
    void everyFormatAgreesWithTheSummaryLine(String name) throws Exception {
        assertEveryFormatAgreesWithTheSummaryLine(verifyWithEveryReport(program(name)));
    }

    private void assertEveryFormatAgreesWithTheSummaryLine(KoruRun run) throws Exception {
        Matcher summary = SUMMARY.matcher(run.err());
        assertTrue(summary.find(), run.err());
        List<Integer> counts = List.of(group(summary, 1), group(summary, 2), group(summary, 3), group(summary, 4), group(summary, 5));

        String json = Files.readString(reports.resolve("r.json"));
        String sarif = Files.readString(reports.resolve("r.sarif"));
        JsonNode jsonCounts = JSON.readTree(json).get("counts");
        Map<String, Long> sarifStatuses = JSON.readTree(sarif).get("runs").get(0).get("results").valueStream()
                .collect(Collectors.groupingBy(r -> r.get("properties").get("status").asString(), TreeMap::new, Collectors.counting()));
        Element junit = junit();
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

    private Element junit() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(reports.resolve("junit/r.xml")))).getDocumentElement();
    }

    /**
     * An obligation's result has its solving time, the same in JSON, SARIF and JUnit; a state check, an assumed
     * contract and an unverified body have none (JUnit: 0); a suite's time is the sum of its test cases'; the
     * program has its solving time, and no cache counts without a cache.
     */
    @ParameterizedTest
    @MethodSource("programs")
    void everyObligationHasItsTimeInEveryFormat(String name) throws Exception {
        verifyWithEveryReport(program(name));
        JsonNode json = JSON.readTree(Files.readString(reports.resolve("r.json")));
        Map<String, Double> jsonSeconds = new TreeMap<>();
        for (JsonNode result : results(json)) {
            boolean timed = !UNTIMED.contains(result.get("kind").asString());
            assertEquals(timed, result.get("seconds").isNumber(), result.toString());
            jsonSeconds.put(result.get("id").asString(), timed ? result.get("seconds").asDouble() : 0.0);
        }
        Map<String, Double> sarifSeconds = JSON.readTree(Files.readString(reports.resolve("r.sarif"))).get("runs").get(0).get("results")
                .valueStream().collect(Collectors.toMap(r -> r.get("properties").get("id").asString(),
                        r -> r.get("properties").has("seconds") ? r.get("properties").get("seconds").asDouble() : 0.0, (a, b) -> a, TreeMap::new));
        List<Element> testcases = elements(junit().getElementsByTagName("testcase"));
        Map<String, Double> junitSeconds = testcases.stream().collect(Collectors.toMap(t -> t.getAttribute("name").substring(0,
                t.getAttribute("name").indexOf(": ")), t -> Double.parseDouble(t.getAttribute("time")), (a, b) -> a, TreeMap::new));
        JsonNode program = json.get("programs").get(0);
        assertAll(
                () -> assertTrue(jsonSeconds.values().stream().allMatch(s -> s >= 0), jsonSeconds.toString()),
                () -> assertEquals(jsonSeconds.keySet().stream().anyMatch(id -> !UNTIMED.contains(id.substring(0, id.indexOf('@')))),
                        jsonSeconds.values().stream().anyMatch(s -> s > 0), "solving an obligation takes some time: " + jsonSeconds),
                () -> assertEquals(jsonSeconds, sarifSeconds),
                () -> assertEquals(jsonSeconds, junitSeconds),
                () -> assertEquals(sum(testcases), new BigDecimal(junit().getAttribute("time"))),
                () -> assertTrue(program.get("solvingSeconds").asDouble() >= 0, program.get("solvingSeconds").toString()),
                () -> assertTrue(program.get("cache").isNull(), program.get("cache").toString()),
                () -> assertEquals(1, Pattern.compile("^Solved in \\d+\\.\\d{3} s\\.$", Pattern.MULTILINE)
                        .matcher(Files.readString(reports.resolve("r.md"))).results().count()));
    }

    /**
     * With a cache, the first run solves every obligation and the second takes every one from it: each is still
     * reported, with its (much smaller) time, and the counts agree with the summary line in every format.
     */
    @Test
    void aSecondRunWithTheCacheReportsEveryObligationAsAHit() throws Exception {
        Path ledger = Path.of("..", "examples", "ledger.kz");
        KoruRun cold = verifyWithEveryReport(ledger, "--cache", cache.toString());
        JsonNode first = JSON.readTree(Files.readString(reports.resolve("r.json")));
        KoruRun warm = verifyWithEveryReport(ledger, "--cache", cache.toString());
        JsonNode second = JSON.readTree(Files.readString(reports.resolve("r.json")));
        List<JsonNode> obligations = results(second).stream().filter(r -> !UNTIMED.contains(r.get("kind").asString())).toList();
        int solved = obligations.size();
        assertAll(
                () -> assertTrue(solved >= 10, second.toString()),
                () -> assertEquals("{\"hits\":0,\"misses\":" + solved + "}", first.get("programs").get(0).get("cache").toString()),
                () -> assertEquals("{\"hits\":" + solved + ",\"misses\":0}", second.get("programs").get(0).get("cache").toString()),
                () -> assertTrue(cold.err().endsWith("; cache: 0 hits, " + solved + " misses\n"), cold.err()),
                () -> assertTrue(warm.err().endsWith("; cache: " + solved + " hits, 0 misses\n"), warm.err()),
                () -> assertEquals(ids(results(first)), ids(results(second))),
                () -> assertTrue(obligations.stream().allMatch(r -> r.get("seconds").isNumber() && r.get("seconds").asDouble() >= 0),
                        second.toString()),
                () -> assertTrue(Files.readString(reports.resolve("r.md")).contains("; proof cache: " + solved + " hits, 0 misses.\n")),
                () -> assertEveryFormatAgreesWithTheSummaryLine(warm));
    }

    private static List<JsonNode> results(JsonNode report) {
        return report.get("programs").valueStream().flatMap(p -> p.get("modules").valueStream()).flatMap(m -> m.get("results").valueStream())
                .toList();
    }

    private static List<String> ids(List<JsonNode> results) {
        return results.stream().map(r -> r.get("id").asString()).toList();
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static BigDecimal sum(List<Element> testcases) {
        return testcases.stream().map(t -> new BigDecimal(t.getAttribute("time"))).reduce(BigDecimal.ZERO, BigDecimal::add);
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

    /** {@code --stability}'s lines are part of what the terminal showed, so the text report has them too. */
    @Test
    void theTextReportKeepsTheStabilitySummary() throws IOException {
        KoruRun run = KoruRun.of("verify", "--color", "never", "--stability", "1", "--report", "text=" + reports.resolve("r.txt"),
                "../examples/ledger.kz");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("stability"), run.err());
        assertEquals(run.err(), Files.readString(reports.resolve("r.txt")));
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
