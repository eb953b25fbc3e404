package koru.proofs.certificate;

import java.util.Locale;
import koru.kernel.obligations.Obligation;
import koru.smt.logic.Outcome;
import koru.smt.report.SmtLib;

/**
 * Not trusted (text only): one obligation of a run as a standalone SMT-LIB 2 script anyone can re-run
 * with the {@code z3} binary. A header of comments says what the obligation is, where it stands, which
 * answer means proven and what Koru/J's own solver answered; the script is {@link SmtLib}'s, that is
 * the problem exactly as {@code Z3Solver} encodes it. Nothing reads a certificate back into a verdict.
 */
public record Certificate(Obligation obligation, SourceRange range, Outcome outcome) {
    /** The answer that means proven: a query is proven when its negated goal has no model, a Horn problem when its rules have one. */
    public String provenAnswer() {
        return isHorn() ? "sat" : "unsat";
    }

    /** The answer that means the obligation fails. */
    public String failedAnswer() {
        return isHorn() ? "unsat" : "sat";
    }

    /** An obligation inside a loop whose invariant is inferred is solved as its loops' Horn problem. */
    public boolean isHorn() {
        return obligation.loops().isPresent();
    }

    /** The kind as it appears in file names and headers: {@code post}, {@code loop-invariant}. */
    public String kindName() {
        return obligation.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The SMT-LIB script alone, without the header, under {@code resourceLimit} as {@code (set-option :rlimit N)}. */
    public String script(long resourceLimit) {
        return obligation.loops().map(horn -> SmtLib.script(horn, resourceLimit))
                .orElseGet(() -> SmtLib.script(obligation.query(), resourceLimit));
    }

    /** The whole file: the header, then the script. */
    public String text(long resourceLimit, String solverName) {
        return header(solverName) + script(resourceLimit);
    }

    private String header(String solverName) {
        return comment("Koru/J certificate: one proof obligation as a standalone SMT-LIB 2 script")
                + comment("obligation: " + obligation.description())
                + comment("kind: " + kindName())
                + comment("source: " + range)
                + comment(isHorn()
                        ? "problem: Horn clauses (the obligation is inside a loop whose invariant is inferred)"
                        : "problem: the path's facts and the negated goal")
                + comment("meaning: " + provenAnswer() + " = proven, " + failedAnswer() + " = the obligation fails, unknown = undecided")
                + comment("Koru/J (" + solverName + "): " + outcomeName(outcome))
                + comment("re-run: z3 -smt2 FILE")
                + "\n";
    }

    /** {@code proven}, {@code failed} or {@code unknown (reason)}, as the certificate's header and the docs say it. */
    public static String outcomeName(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Proven p -> "proven";
            case Outcome.Failed f -> "failed";
            case Outcome.Unknown u -> "unknown (" + u.reason() + ")";
        };
    }

    /** One SMT-LIB comment line; a line break inside the text would end the comment, so it becomes a space. */
    private static String comment(String text) {
        return "; " + text.replaceAll("\\R", " ") + "\n";
    }
}
