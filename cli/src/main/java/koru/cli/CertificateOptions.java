package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import koru.elaborator.source.Span;
import koru.kernel.obligations.VerifyObligations.Verdict;
import koru.proofs.certificate.Certificate;
import koru.proofs.certificate.SourceRange;
import koru.proofs.certificate.WriteCertificates;
import koru.proofs.confirm.Confirmation;
import koru.proofs.confirm.ConfirmWithCvc5;
import koru.proofs.confirm.Cvc5;
import picocli.CommandLine.Option;

/**
 * {@code verify --emit-smt DIR} and {@code verify --confirm cvc5} (docs/certificates.md): every
 * obligation as a certificate anyone can re-run with z3, and every proven one re-solved by cvc5.
 * Both are untrusted conveniences: they can add doubt about a proof, never make one.
 */
final class CertificateOptions {
    @Option(names = "--emit-smt", paramLabel = "DIR",
            description = "Write every obligation as a standalone SMT-LIB 2 file under DIR, to re-run with `z3 -smt2 FILE`.")
    Optional<Path> emitSmt = Optional.empty();

    @Option(names = "--confirm", paramLabel = "SOLVER",
            description = "Re-solve every proven obligation with SOLVER (cvc5, or the path of a cvc5 executable) and report any disagreement.")
    Optional<String> confirm = Optional.empty();

    /** What the second opinion found in one program: disagreements as KORU112 errors, notes for the rest, one summary line. */
    record SecondOpinion(List<Diagnostic> disagreements, List<String> notes, String summary) {
    }

    /** The second opinion asked for, if any; a missing or unknown solver is a {@link Cvc5.MissingException}, checked before any work. */
    Optional<ConfirmWithCvc5> secondOpinion() throws Cvc5.MissingException {
        if (confirm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConfirmWithCvc5(Cvc5.named(confirm.get(), System.getenv().getOrDefault("PATH", ""))));
    }

    /** The certificates of one program's verdicts, in the kernel's order. */
    static List<Certificate> of(List<Verdict> verdicts, VerificationReport.Sources sources) {
        return verdicts.stream()
                .map(v -> new Certificate(v.obligation(), range(sources.span(v.obligation().origin())), v.outcome()))
                .toList();
    }

    /**
     * Writes them under {@code --emit-smt}'s DIR if given, each under {@code resourceLimit}, the limit Z3 solved them
     * with ({@code --rlimit}); a DIR that cannot be written is one line and exit 2.
     */
    int emit(Path program, List<Certificate> certificates, long resourceLimit, Palette palette, PrintWriter err) {
        if (emitSmt.isEmpty() || certificates.isEmpty()) {
            return ExitCode.OK; // nothing to write; and Z3's version below loads Z3, which a run without obligations never did
        }
        try {
            WriteCertificates.to(emitSmt.get(), certificates, resourceLimit, "Z3 " + com.microsoft.z3.Version.getString());
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(palette.severity(Severity.ERROR, "error") + ": cannot write the certificates of " + program + " under "
                    + emitSmt.get() + ": " + ReadFailure.reasonOf(e));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
    }

    /** Asks cvc5 about every proven obligation of one program, which Z3 solved under {@code resourceLimit}. */
    static SecondOpinion confirm(ConfirmWithCvc5 cvc5, List<Certificate> certificates, long resourceLimit, VerificationReport.Sources sources) {
        List<Diagnostic> disagreements = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int confirmed = 0;
        for (Certificate certificate : certificates) {
            if (!ConfirmWithCvc5.isAsked(certificate)) {
                continue;
            }
            Span span = sources.span(certificate.obligation().origin());
            switch (cvc5.confirm(certificate, resourceLimit)) {
                case Confirmation.Confirmed c -> confirmed++;
                case Confirmation.Disagrees d -> disagreements.add(disagreement(certificate, span, d));
                case Confirmation.NotConfirmed n -> notes.add("note: not confirmed by cvc5: " + span + ": "
                        + certificate.obligation().description() + " (" + n.reason() + ")");
            }
        }
        String summary = "confirm: " + confirmed + " confirmed, " + disagreements.size() + " disagree, " + notes.size()
                + " not confirmed (cvc5 " + cvc5.cvc5().version() + ")";
        return new SecondOpinion(disagreements, notes, summary);
    }

    private static Diagnostic disagreement(Certificate certificate, Span span, Confirmation.Disagrees disagrees) {
        String model = disagrees.model().isBlank() ? "" : ": " + disagrees.model().lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse("");
        return Diagnostic.error(Code.KORU112, span, Code.KORU112.title() + ": Z3 proved, cvc5 refutes: "
                        + certificate.obligation().description())
                .withLabel("cvc5 finds this " + certificate.kindName() + " obligation false")
                .withNote("cvc5 answered sat on the certificate, with the model" + model)
                .withHint("one of the two solvers is wrong: do not rely on this proof; write the certificate with --emit-smt DIR,"
                        + " run it with `z3 -smt2` and `cvc5 --lang smt2`, and report it");
    }

    /** From the first character to the last (an empty span: its position twice). */
    private static SourceRange range(Span span) {
        int last = Math.max(span.start(), span.end() - 1);
        return new SourceRange(span.file().displayPath(), span.line(), span.column(), span.file().lineOf(last), span.file().columnOf(last));
    }
}
