package koru.proofs.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A report with every status, a path, a counterexample, an unverified program and text that needs escaping in every format;
 * four obligations with their times (a fraction of a millisecond, one with more places than reports write), three results
 * without one (a state check, an unverified body, an assumed contract), and a cache that was used.
 */
final class SampleReport {
    static final String ENTRY = "app/main.kz";

    private SampleReport() {
    }

    static Location at(String file, int line, int column, int endColumn) {
        return new Location(file, line, column, line, endColumn);
    }

    static Result failedOverflow() {
        return Result.of(Kind.OVERFLOW, Optional.of("KORU104"), Status.FAILED, "integer overflow possible: `a | b * \"c\"` stays within u8",
                at(ENTRY, 9, 5, 12), Optional.of("a = 128 (replayed); the exact result is 256"),
                List.of(new Step("if", "else", at(ENTRY, 7, 3, 5)), new Step("withdraw", "short <b>", at(ENTRY, 8, 5, 13))))
                .solvedIn(Duration.ofNanos(1_234_567_891));
    }

    /** The stage took less than the sum of its obligations' times (two jobs); the cache answered one of the four solved. */
    static final Solving SOLVING = new Solving(Duration.ofMillis(900), Optional.of(new Solving.CacheCounts(1, 3)));

    static ProofReport report() {
        ProgramReport main = ProgramReport.of(ENTRY, List.of(ENTRY, "app/lib/bank.kz"), List.of(
                failedOverflow(),
                Result.of(Kind.POST, Optional.empty(), Status.PROVEN, "pay's paid satisfies its postcondition", at(ENTRY, 3, 1, 9),
                        Optional.empty(), List.of()).solvedIn(Duration.ofNanos(250_400)),
                // A second result of one kind at one place (its id is numbered).
                Result.of(Kind.POST, Optional.empty(), Status.PROVEN, "pay's short satisfies its postcondition", at(ENTRY, 3, 1, 9),
                        Optional.empty(), List.of()).solvedIn(Duration.ofMillis(20)),
                Result.of(Kind.OBLIGATION, Optional.of("KORU107"), Status.FAILED, "obligation `opened` on `f` is never discharged",
                        at("app/lib/bank.kz", 4, 2, 3), Optional.empty(), List.of()),
                Result.of(Kind.DIV, Optional.of("KORU110"), Status.UNKNOWN, "not proven (the solver gave up): `a / b` has a divisor that is not zero",
                        at("app/lib/bank.kz", 6, 9, 14), Optional.empty(), List.of(new Step("if", "then", at("app/lib/bank.kz", 5, 3, 5))))
                        .solvedIn(Duration.ofSeconds(2)),
                Result.of(Kind.BODY, Optional.of("KORU110"), Status.NOT_VERIFIED, "not verified yet: this body uses list literals",
                        at("app/lib/bank.kz", 8, 1, 20), Optional.empty(), List.of()),
                Result.of(Kind.CONTRACT, Optional.empty(), Status.ASSUMED, "the contract of `show` is assumed", at("app/lib/bank.kz", 10, 1, 12),
                        Optional.empty(), List.of())), SOLVING);
        ProgramReport rejected = ProgramReport.notVerified("app/bad file.kz", ProgramReport.Outcome.REJECTED,
                List.of(new Problem(Optional.of("KORU011"), "unknown event `shwo`", Optional.of(at("app/bad file.kz", 2, 1, 5)))));
        return new ProofReport(new ProofReport.Tool("koru", "0.1.0-TEST", "https://github.com/korulang/koru",
                Optional.of("file:///opt/koru/docs/")), List.of(main, rejected));
    }

    static String written(ReportWriter writer) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        writer.write(report(), out);
        return out.toString();
    }
}
