package koru.proofs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theReportMeetsItsSchema() throws IOException {
        assertEquals(List.of(), Schemas.proofReportErrors(SampleReport.written(new JsonReport())));
    }

    @Test
    void theSchemaRejectsAnUnknownStatusAMissingKeyANegativeTimeAndACacheWithoutItsMisses() throws IOException {
        String json = SampleReport.written(new JsonReport());
        assertFalse(Schemas.proofReportErrors(json.replace("\"status\" : \"proven\"", "\"status\" : \"probably\"")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("\"counterexample\" : null,", "")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("koru-proof-report/1", "koru-proof-report/2")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("\"seconds\" : 2.000000", "\"seconds\" : -2.000000")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("\"seconds\" : 2.000000", "\"seconds\" : \"2 s\"")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("\"solvingSeconds\" : 0.900000", "\"solvingSeconds\" : -1")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replaceFirst(",\\s*\"misses\" : 3", "")).isEmpty());
    }

    @Test
    void itHoldsEveryResultWithItsPathAndTheCounts() throws IOException {
        JsonNode report = JSON.readTree(SampleReport.written(new JsonReport()));
        assertEquals("koru-proof-report/1", report.get("schema").asString());
        assertEquals(2, report.get("counts").get("failed").asInt());
        JsonNode main = report.get("programs").get(0);
        assertEquals("failed", main.get("outcome").asString());
        JsonNode overflow = main.get("modules").get(0).get("results").get(2);
        assertEquals("overflow@app/main.kz:9:5", overflow.get("id").asString());
        assertEquals("KORU104", overflow.get("code").asString());
        assertEquals("a = 128 (replayed); the exact result is 256", overflow.get("counterexample").asString());
        assertEquals("withdraw", overflow.get("path").get(1).get("construct").asString());
        assertEquals(13, overflow.get("path").get(1).get("location").get("endColumn").asInt());
        JsonNode rejected = report.get("programs").get(1);
        assertEquals("rejected", rejected.get("outcome").asString());
        assertEquals("KORU011", rejected.get("problems").get(0).get("code").asString());
    }

    @Test
    void anObligationHasItsSecondsAndAProgramItsSolvingTimeAndCache() throws IOException {
        String json = SampleReport.written(new JsonReport());
        // As written: each result's id, then (after its path) its seconds, the last key.
        List<String> ids = Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(json).results().map(m -> m.group(1)).toList();
        List<String> written = Pattern.compile("\"seconds\" : ([^,\\s]+)").matcher(json).results().map(m -> m.group(1)).toList();
        assertEquals(ids.size(), written.size(), json);
        Map<String, String> seconds = IntStream.range(0, ids.size()).boxed().collect(Collectors.toMap(ids::get, written::get));
        assertEquals(Map.of("post@app/main.kz:3:1", "0.000250", "post@app/main.kz:3:1#2", "0.020000", "overflow@app/main.kz:9:5", "1.234568",
                "obligation@app/lib/bank.kz:4:2", "null", "div@app/lib/bank.kz:6:9", "2.000000", "body@app/lib/bank.kz:8:1", "null",
                "contract@app/lib/bank.kz:10:1", "null"), seconds);
        assertTrue(json.contains("\"solvingSeconds\" : 0.900000,"), json);
        JsonNode report = JSON.readTree(json);
        JsonNode main = report.get("programs").get(0);
        assertEquals(0.9, main.get("solvingSeconds").asDouble());
        assertEquals("{\"hits\":1,\"misses\":3}", main.get("cache").toString());
        JsonNode rejected = report.get("programs").get(1);
        assertTrue(rejected.get("solvingSeconds").isNull());
        assertTrue(rejected.get("cache").isNull());
    }

    @Test
    void withoutTheCacheItsCountsAreNull() throws IOException {
        ProgramReport uncached = ProgramReport.of("a.kz", List.of("a.kz"), List.of(), new Solving(Duration.ofMillis(3), Optional.empty()));
        StringWriter out = new StringWriter();
        new JsonReport().write(new ProofReport(SampleReport.report().tool(), List.of(uncached)), out);
        JsonNode program = JSON.readTree(out.toString()).get("programs").get(0);
        assertTrue(program.get("cache").isNull(), out.toString());
        assertEquals(0.003, program.get("solvingSeconds").asDouble());
        assertEquals(List.of(), Schemas.proofReportErrors(out.toString()));
    }
}
