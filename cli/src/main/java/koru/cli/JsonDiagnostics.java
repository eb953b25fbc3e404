package koru.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.source.Span;

/**
 * {@code --format json}: the diagnostics as one JSON array, for editors and scripts. Every object
 * has the same keys in the same order (docs/CLI.md); an absent label or hint is {@code null}, never
 * a missing key. Lines and columns are 1-based; the end is exclusive (the position just past the span).
 */
final class JsonDiagnostics {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonDiagnostics() {
    }

    static void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Diagnostic diagnostic : diagnostics) {
                writeOne(diagnostic, json);
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    private static void writeOne(Diagnostic diagnostic, JsonGenerator json) throws IOException {
        Span span = diagnostic.span();
        json.writeStartObject();
        json.writeStringField("code", diagnostic.code().id());
        json.writeStringField("severity", diagnostic.severity().label());
        json.writeStringField("message", diagnostic.message());
        json.writeStringField("file", span.file().displayPath());
        json.writeNumberField("line", span.line());
        json.writeNumberField("column", span.column());
        json.writeNumberField("endLine", span.file().lineOf(span.end()));
        json.writeNumberField("endColumn", span.file().columnOf(span.end()));
        json.writeStringField("label", diagnostic.label().orElse(null));
        json.writeArrayFieldStart("notes");
        for (String note : diagnostic.notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
        json.writeStringField("hint", diagnostic.hint().orElse(null));
        json.writeEndObject();
    }
}
