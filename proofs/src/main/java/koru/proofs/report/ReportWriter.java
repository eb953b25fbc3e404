package koru.proofs.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. A writer never closes {@code out}: whoever opened it does. */
public interface ReportWriter {
    void write(ProofReport report, Writer out) throws IOException;
}
