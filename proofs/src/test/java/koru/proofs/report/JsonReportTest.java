package koru.proofs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
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
    void theSchemaRejectsAnUnknownStatusAndAMissingKey() throws IOException {
        String json = SampleReport.written(new JsonReport());
        assertFalse(Schemas.proofReportErrors(json.replace("\"status\" : \"proven\"", "\"status\" : \"probably\"")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("\"counterexample\" : null,", "")).isEmpty());
        assertFalse(Schemas.proofReportErrors(json.replace("koru-proof-report/1", "koru-proof-report/2")).isEmpty());
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
}
