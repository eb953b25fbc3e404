package koru.proofs.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code --report json}: the report as one JSON object, schema {@value #SCHEMA} (docs/proof-report.schema.json,
 * docs/reports.md). Every object of a kind has the same keys in the same order; an absent value is
 * {@code null}, never a missing key.
 */
public final class JsonReport implements ReportWriter {
    /** Bumped when a key is removed or changes meaning; new keys may be added within a version. */
    public static final String SCHEMA = "koru-proof-report/1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(ProofReport report, Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", report.tool().name());
            json.writeStringField("version", report.tool().version());
            json.writeEndObject();
            writeCounts(report.counts(), json);
            json.writeArrayFieldStart("programs");
            for (ProgramReport program : report.programs()) {
                writeProgram(program, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** A pretty-printing generator that leaves {@code out} open (the SARIF writer's too). */
    static JsonGenerator generator(Writer out) throws IOException {
        return FACTORY.createGenerator(out).useDefaultPrettyPrinter();
    }

    private static void writeProgram(ProgramReport program, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("entry", program.entry());
        json.writeStringField("outcome", program.outcome().key());
        writeCounts(program.counts(), json);
        writeSolving(program.solving(), json);
        json.writeArrayFieldStart("problems");
        for (Problem problem : program.problems()) {
            json.writeStartObject();
            json.writeStringField("code", problem.code().orElse(null));
            json.writeStringField("message", problem.message());
            writeLocation("location", problem.location(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("modules");
        for (ModuleReport module : program.modules()) {
            json.writeStartObject();
            json.writeStringField("file", module.file());
            writeCounts(module.counts(), json);
            json.writeArrayFieldStart("results");
            for (Result result : module.results()) {
                writeResult(result, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeResult(Result result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", result.id());
        json.writeStringField("kind", result.kind().key());
        json.writeStringField("status", result.status().key());
        json.writeStringField("code", result.code().orElse(null));
        json.writeStringField("message", result.message());
        writeLocation("location", Optional.of(result.location()), json);
        json.writeStringField("counterexample", result.counterexample().orElse(null));
        json.writeArrayFieldStart("path");
        for (Step step : result.path()) {
            json.writeStartObject();
            json.writeStringField("construct", step.construct());
            json.writeStringField("taken", step.taken());
            writeLocation("location", Optional.of(step.location()), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        writeSeconds("seconds", result.time(), json);
        json.writeEndObject();
    }

    /** The solving stage's wall time, and the proof cache's hits and misses when it was used; null for a program not verified. */
    private static void writeSolving(Optional<Solving> solving, JsonGenerator json) throws IOException {
        writeSeconds("solvingSeconds", solving.map(Solving::time), json);
        Optional<Solving.CacheCounts> cache = solving.flatMap(Solving::cache);
        if (cache.isEmpty()) {
            json.writeNullField("cache");
            return;
        }
        json.writeObjectFieldStart("cache");
        json.writeNumberField("hits", cache.get().hits());
        json.writeNumberField("misses", cache.get().misses());
        json.writeEndObject();
    }

    private static void writeSeconds(String name, Optional<Duration> time, JsonGenerator json) throws IOException {
        if (time.isEmpty()) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, Seconds.of(time.get()));
        }
    }

    private static void writeCounts(Counts counts, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("counts");
        json.writeNumberField("proven", counts.proven());
        json.writeNumberField("failed", counts.failed());
        json.writeNumberField("unknown", counts.unknown());
        json.writeNumberField("notVerified", counts.notVerified());
        json.writeNumberField("assumed", counts.assumed());
        json.writeEndObject();
    }

    private static void writeLocation(String name, Optional<Location> location, JsonGenerator json) throws IOException {
        if (location.isEmpty()) {
            json.writeNullField(name);
            return;
        }
        Location at = location.get();
        json.writeObjectFieldStart(name);
        json.writeStringField("file", at.file());
        json.writeNumberField("startLine", at.startLine());
        json.writeNumberField("startColumn", at.startColumn());
        json.writeNumberField("endLine", at.endLine());
        json.writeNumberField("endColumn", at.endColumn());
        json.writeEndObject();
    }
}
