package koru.proofs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String sarif() throws IOException {
        return SampleReport.written(new SarifReport(Path.of("/work/project")));
    }

    @Test
    void theReportIsValidSarif210ByTheOfficialSchema() throws IOException {
        assertEquals(List.of(), Schemas.sarifErrors(sarif()));
    }

    @Test
    void theOfficialSchemaRejectsWhatIsNotSarif() throws IOException {
        String sarif = sarif();
        assertFalse(Schemas.sarifErrors(sarif.replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.2\"")).isEmpty());
        assertFalse(Schemas.sarifErrors(sarif.replace("\"startLine\" : 9", "\"startLine\" : 0")).isEmpty());
        assertFalse(Schemas.sarifErrors(sarif.replace("\"level\" : \"error\"", "\"level\" : \"fatal\"")).isEmpty());
    }

    @Test
    void oneRulePerKindWithHelp() throws IOException {
        JsonNode driver = JSON.readTree(sarif()).get("runs").get(0).get("tool").get("driver");
        assertEquals(Arrays.stream(Kind.values()).map(Kind::key).toList(), driver.get("rules").valueStream().map(r -> r.get("id").asString()).toList());
        JsonNode pre = driver.get("rules").get(0);
        assertEquals(Kind.PRE.summary(), pre.get("shortDescription").get("text").asString());
        assertEquals("file:///opt/koru/docs/reports.md#kinds", pre.get("helpUri").asString());
        assertFalse(pre.get("help").get("text").asString().isEmpty());
    }

    @Test
    void aFailureHasItsRegionLevelAndPathAsACodeFlow() throws IOException {
        JsonNode run = JSON.readTree(sarif()).get("runs").get(0);
        assertEquals("file:///work/project/", run.get("originalUriBaseIds").get("SRCROOT").get("uri").asString());
        JsonNode overflow = run.get("results").valueStream()
                .filter(r -> r.get("ruleId").asString().equals("overflow")).findFirst().orElseThrow();
        assertEquals("error", overflow.get("level").asString());
        JsonNode physical = overflow.get("locations").get(0).get("physicalLocation");
        assertEquals("app/main.kz", physical.get("artifactLocation").get("uri").asString());
        assertEquals("SRCROOT", physical.get("artifactLocation").get("uriBaseId").asString());
        assertEquals(List.of(9, 5, 9, 12), List.of(physical.get("region").get("startLine").asInt(), physical.get("region").get("startColumn").asInt(),
                physical.get("region").get("endLine").asInt(), physical.get("region").get("endColumn").asInt()));
        JsonNode steps = overflow.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
        assertEquals(List.of("`if` else", "`withdraw` short <b>", "integer overflow possible: `a | b * \"c\"` stays within u8"),
                steps.valueStream().map(s -> s.get("location").get("message").get("text").asString()).toList());
    }

    @Test
    void statusesCountAsTheReportDoes() throws IOException {
        Map<String, Long> statuses = JSON.readTree(sarif()).get("runs").get(0).get("results").valueStream()
                .collect(Collectors.groupingBy(r -> r.get("properties").get("status").asString(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("proven", 2L, "failed", 2L, "unknown", 1L, "not_verified", 1L, "assumed", 1L, "problem", 1L), statuses);
    }

    @Test
    void anObligationsTimeIsInItsPropertyBag() throws IOException {
        Map<String, String> seconds = JSON.readTree(sarif()).get("runs").get(0).get("results").valueStream()
                .collect(Collectors.toMap(r -> r.get("ruleId").asString() + " " + r.get("properties").get("status").asString(),
                        r -> String.valueOf(r.get("properties").get("seconds")), (a, b) -> a + ", " + b, TreeMap::new));
        assertEquals(Map.of("post proven", "2.5E-4, 0.02", "overflow failed", "1.234568", "div unknown", "2.0",
                "obligation failed", "null", "body not_verified", "null", "contract assumed", "null", "KORU011 problem", "null"), seconds);
        assertTrue(sarif().contains("\"seconds\" : 0.000250\n"), "written as JSON and JUnit write it");
    }

    @Test
    void aFileNameIsEscapedAsAUri() throws IOException {
        String sarif = sarif();
        assertFalse(sarif.contains("\"uri\" : \"app/bad file.kz\""));
        assertEquals(true, sarif.contains("\"uri\" : \"app/bad%20file.kz\""));
    }
}
