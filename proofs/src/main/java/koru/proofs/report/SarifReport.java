package koru.proofs.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code --report sarif}: SARIF 2.1.0 (OASIS), which code-scanning services and IDE viewers read. One
 * run; one rule per {@link Kind}, always all of them in the enum's order (so a rule's index never
 * changes); one result per {@link Result} and per {@link Problem}. SARIF's {@code kind} and {@code level}
 * carry the verdict ({@code pass}; {@code fail} with {@code error} for a failure, {@code warning} for
 * an unknown or unverified one, as the terminal shows them; {@code review} for an assumed contract),
 * and {@code properties.status} names the report's own status, so counts can be read back exactly;
 * {@code properties.seconds} is the wall time of solving an obligation.
 * Files are URIs relative to the working directory ({@code uriBaseId} {@value #ROOT}); columns count
 * Unicode code points, as the terminal's do.
 */
public final class SarifReport implements ReportWriter {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String ROOT = "SRCROOT";

    private final URI workingDirectory;

    /** {@code workingDirectory}: the absolute directory that relative file names are relative to. */
    public SarifReport(Path workingDirectory) {
        URI directory = workingDirectory.toAbsolutePath().toUri();
        // SARIF resolves relative URIs against a base that must end in a slash; toUri adds one only for a directory that exists.
        this.workingDirectory = directory.toString().endsWith("/") ? directory : URI.create(directory + "/");
    }

    @Override
    public void write(ProofReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonReport.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(report.tool(), json);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(ROOT);
            json.writeStringField("uri", workingDirectory.toString());
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (ProgramReport program : report.programs()) {
                for (Problem problem : program.problems()) {
                    writeProblem(program, problem, json);
                }
                for (Result result : program.results()) {
                    writeResult(result, json);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeTool(ProofReport.Tool tool, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", tool.name());
        json.writeStringField("version", tool.version());
        json.writeStringField("informationUri", tool.informationUri());
        json.writeArrayFieldStart("rules");
        for (Kind kind : Kind.values()) {
            json.writeStartObject();
            json.writeStringField("id", kind.key());
            json.writeStringField("name", kind.title());
            writeMessage("shortDescription", kind.summary(), json);
            writeMessage("fullDescription", kind.explanation(), json);
            writeMessage("help", kind.explanation() + " Each kind is described in docs/reports.md, \"Kinds\".", json);
            if (tool.docs().isPresent()) {
                json.writeStringField("helpUri", tool.docs().get() + "reports.md#kinds");
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", switch (kind) {
                case CONTRACT -> "none";
                case BODY -> "warning";
                default -> "error";
            });
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(Result result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", result.kind().key());
        json.writeNumberField("ruleIndex", result.kind().ordinal());
        json.writeStringField("kind", switch (result.status()) {
            case PROVEN -> "pass";
            case ASSUMED -> "review";
            case FAILED, UNKNOWN, NOT_VERIFIED -> "fail";
        });
        json.writeStringField("level", switch (result.status()) {
            case PROVEN, ASSUMED -> "none";
            case FAILED -> "error";
            case UNKNOWN, NOT_VERIFIED -> "warning";
        });
        writeMessage("message", result.message() + result.counterexample().map(c -> " (counterexample: " + c + ")").orElse(""), json);
        json.writeArrayFieldStart("locations");
        writeLocation(result.location(), Optional.empty(), json);
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("koruResultId/v1", result.id());
        json.writeEndObject();
        if (result.status() != Status.PROVEN && !result.path().isEmpty()) {
            writeCodeFlow(result, json);
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("status", result.status().key());
        json.writeStringField("id", result.id());
        if (result.code().isPresent()) {
            json.writeStringField("code", result.code().get());
        }
        if (result.counterexample().isPresent()) {
            json.writeStringField("counterexample", result.counterexample().get());
        }
        if (result.time().isPresent()) {
            json.writeNumberField("seconds", Seconds.of(result.time().get()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The path's choices, then the result's own place, as one thread of execution. */
    private void writeCodeFlow(Result result, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("codeFlows");
        json.writeStartObject();
        json.writeArrayFieldStart("threadFlows");
        json.writeStartObject();
        json.writeArrayFieldStart("locations");
        for (Step step : result.path()) {
            json.writeStartObject();
            json.writeFieldName("location");
            writeLocation(step.location(), Optional.of("`" + step.construct() + "` " + step.taken()), json);
            json.writeEndObject();
        }
        json.writeStartObject();
        json.writeFieldName("location");
        writeLocation(result.location(), Optional.of(result.message()), json);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** A program not verified: an error result under the problem's code (a front-end code has no rule here). */
    private void writeProblem(ProgramReport program, Problem problem, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", problem.code().orElse("internal"));
        json.writeStringField("kind", "fail");
        json.writeStringField("level", "error");
        writeMessage("message", problem.message(), json);
        json.writeArrayFieldStart("locations");
        if (problem.location().isPresent()) {
            writeLocation(problem.location().get(), Optional.empty(), json);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        json.writeStringField("status", "problem");
        json.writeStringField("program", program.entry());
        json.writeStringField("outcome", program.outcome().key());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A SARIF location object: the file and region, and what happens there when {@code message} says. */
    private void writeLocation(Location location, Optional<String> message, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        Path file = Path.of(location.file());
        if (file.isAbsolute()) {
            json.writeStringField("uri", file.toUri().toString());
        } else {
            json.writeStringField("uri", relativeUri(location.file()));
            json.writeStringField("uriBaseId", ROOT);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", location.startLine());
        json.writeNumberField("startColumn", location.startColumn());
        json.writeNumberField("endLine", location.endLine());
        json.writeNumberField("endColumn", location.endColumn());
        json.writeEndObject();
        json.writeEndObject();
        if (message.isPresent()) {
            writeMessage("message", message.get(), json);
        }
        json.writeEndObject();
    }

    /** A relative file name as a URI reference: {@code /} between segments, anything else escaped. */
    private static String relativeUri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }

    private static void writeMessage(String field, String text, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }
}
