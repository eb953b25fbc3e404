package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import koru.elaborator.diag.Severity;
import koru.elaborator.source.Span;
import koru.kernel.obligations.VerifyObligations.Verdict;
import koru.proofs.certificate.Certificate;
import koru.proofs.certificate.SourceRange;
import koru.proofs.certificate.WriteCertificates;
import koru.smt.z3.Z3Solver;
import picocli.CommandLine.Option;

/** {@code verify --emit-smt DIR}: every obligation of a run as a certificate anyone can re-run with z3 (docs/certificates.md). */
final class CertificateOptions {
    @Option(names = "--emit-smt", paramLabel = "DIR",
            description = "Write every obligation as a standalone SMT-LIB 2 file under DIR, to re-run with `z3 -smt2 FILE`.")
    Optional<Path> emitSmt = Optional.empty();

    /** The certificates of one program's verdicts, in the kernel's order. */
    static List<Certificate> of(List<Verdict> verdicts, VerificationReport.Sources sources) {
        return verdicts.stream()
                .map(v -> new Certificate(v.obligation(), range(sources.span(v.obligation().origin())), v.outcome()))
                .toList();
    }

    /** Writes them under {@code --emit-smt}'s DIR if given; a DIR that cannot be written is one line and exit 2. */
    int emit(Path program, List<Certificate> certificates, Palette palette, PrintWriter err) {
        if (emitSmt.isEmpty()) {
            return ExitCode.OK;
        }
        try {
            WriteCertificates.to(emitSmt.get(), certificates, Z3Solver.DEFAULT_RESOURCE_LIMIT, "Z3 " + com.microsoft.z3.Version.getString());
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(palette.severity(Severity.ERROR, "error") + ": cannot write the certificates of " + program + " under "
                    + emitSmt.get() + ": " + ReadFailure.reasonOf(e));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
    }

    /** From the first character to the last (an empty span: its position twice). */
    private static SourceRange range(Span span) {
        int last = Math.max(span.start(), span.end() - 1);
        return new SourceRange(span.file().displayPath(), span.line(), span.column(), span.file().lineOf(last), span.file().columnOf(last));
    }
}
