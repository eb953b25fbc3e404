package koru.proofs.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The schemas reports must meet, for this module's tests and the CLI's (through the test jar): the
 * official SARIF 2.1.0 schema (see sarif-schema-2.1.0.json.SOURCE.md) and ours for
 * {@code --report json}, docs/proof-report.schema.json (read from the repository: tests run in a
 * module directory, beside docs/).
 */
public final class Schemas {
    private static final Schema SARIF = load(SpecificationVersion.DRAFT_7, Schemas.class.getResourceAsStream("sarif-schema-2.1.0.json"));
    private static final Schema PROOF_REPORT = loadFile(Path.of("..", "docs", "proof-report.schema.json"));

    private Schemas() {
    }

    /** What makes {@code json} invalid SARIF 2.1.0; empty when it is valid. */
    public static List<String> sarifErrors(String json) {
        return errors(SARIF, json);
    }

    /** What makes {@code json} an invalid {@code koru-proof-report/1}; empty when it is valid. */
    public static List<String> proofReportErrors(String json) {
        return errors(PROOF_REPORT, json);
    }

    private static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema loadFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(SpecificationVersion.DRAFT_2020_12, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(SpecificationVersion version, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("a schema is missing from the test resources");
        }
        return SchemaRegistry.withDefaultDialect(version).getSchema(in);
    }
}
