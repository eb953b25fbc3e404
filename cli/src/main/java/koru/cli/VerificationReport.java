package koru.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import koru.elaborator.Elaboration;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.obligations.GenerateObligations;
import koru.kernel.obligations.Obligation;
import koru.kernel.obligations.VerifyObligations.Verdict;
import koru.kernel.states.StateCheck;
import koru.proofs.report.Counts;
import koru.proofs.report.Kind;
import koru.proofs.report.Location;
import koru.proofs.report.Result;
import koru.proofs.report.Status;
import koru.proofs.report.Step;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Term;
import koru.smt.report.Evaluate;
import koru.smt.report.Replay;

/**
 * What verifying one program found, in one pass over the verdicts: the diagnostics in source terms
 * (LANGUAGE.md Part C) and one report {@link Result} per verdict, whose statuses are the summary line's
 * counts (so the terminal and every report format agree). A failed obligation is an error (KORU050,
 * 101–105, 109, 111) with its counterexample; an unknown one and a body not verified are KORU110
 * warnings: none of them is ever counted as proven. A phantom-state check (A7), which the kernel
 * decides without the solver, is one proven result when it holds, and each way a path broke it is an
 * error (KORU106–108, KORU032) and a failed result. Each contract of a host-implemented event is an
 * assumed result.
 */
record VerificationReport(List<Diagnostic> diagnostics, List<Result> results) {
    VerificationReport {
        diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
        results = List.copyOf(results);
    }

    Counts counts() {
        return Counts.of(results);
    }

    /** 0 all proven, 1 anything failed, 3 nothing failed but something is not proven (ARCHITECTURE.md). */
    int exitCode() {
        Counts counts = counts();
        if (counts.failed() > 0) {
            return ExitCode.PROGRAM_WRONG;
        }
        return counts.unknown() + counts.notVerified() > 0 ? ExitCode.INCONCLUSIVE : ExitCode.OK;
    }

    String summary(String file) {
        Counts counts = counts();
        String verdict = switch (exitCode()) {
            case ExitCode.OK -> "verified ";
            case ExitCode.PROGRAM_WRONG -> "verification failed for ";
            default -> "verification inconclusive for ";
        };
        StringBuilder line = new StringBuilder(verdict + file + ": " + counts.proven() + " proven, " + counts.failed() + " failed, "
                + counts.unknown() + " unknown");
        if (counts.notVerified() > 0) {
            line.append(", ").append(counts.notVerified()).append(" not verified yet");
        }
        if (counts.assumed() > 0) {
            line.append(", ").append(ReadFailure.counted(counts.assumed(), "contract")).append(" assumed");
        }
        return line.toString();
    }

    static VerificationReport of(Elaboration elaboration, Program program, GenerateObligations.Result generated,
            List<SolveInParallel.Solved> solved, List<StateCheck> stateChecks) {
        Sources sources = new Sources(elaboration);
        Findings found = new Findings();
        for (SolveInParallel.Solved each : solved) {
            Verdict verdict = each.verdict();
            Optional<Duration> time = Optional.of(each.time());
            Obligation obligation = verdict.obligation();
            Span span = sources.span(obligation.origin());
            Kind kind = kindOf(obligation.kind());
            List<Step> path = steps(obligation.path(), sources);
            switch (verdict.outcome()) {
                case Outcome.Proven p -> found.result(Result.of(kind, Optional.empty(), Status.PROVEN, obligation.description(),
                        Sources.location(span), Optional.empty(), path).solvedIn(each.time()));
                case Outcome.Failed f when confirmed(obligation, f) -> found.add(failure(obligation, span, f, sources), kind, Status.FAILED,
                        counterexample(obligation, f), path, time);
                case Outcome.Failed f -> found.add(Diagnostic.warning(Code.KORU110, span, "not proven, and not refuted: the solver's"
                                        + " counterexample could not be confirmed on concrete values (" + ((Replay.Unconfirmed) f.replay()).why()
                                        + "): " + obligation.description())
                                .withLabel("unknown, not proven")
                                .withHint("state the fact the proof needs more directly (e.g. a `where` on the event), or split the body"
                                        + " into subflows with simpler contracts"),
                        kind, Status.UNKNOWN, Optional.empty(), path, time);
                case Outcome.Unknown u -> found.add(Diagnostic.warning(Code.KORU110, span,
                                        "not proven (the solver gave up: " + why(u) + "): " + obligation.description())
                                .withLabel("unknown, not proven")
                                .withHint("split the body into smaller subflows or simplify the contract; the solver's limit is"
                                        + " deterministic, so this result repeats on every machine"),
                        kind, Status.UNKNOWN, Optional.empty(), path, time);
            }
        }
        StateDiagnostics states = new StateDiagnostics(sources, program, elaboration.leaks());
        for (StateCheck check : stateChecks) {
            Kind kind = check.kind() == StateCheck.Kind.STATE ? Kind.STATE : Kind.OBLIGATION;
            if (check.holds()) {
                found.result(Result.of(kind, Optional.empty(), Status.PROVEN, stateCheckDescription(check),
                        sources.location(check.origin()), Optional.empty(), List.of()));
            }
            check.violations().forEach(violation -> found.add(states.of(violation), kind, Status.FAILED, Optional.empty(), List.of(),
                    Optional.empty()));
        }
        for (GenerateObligations.Skipped skipped : generated.skipped()) {
            found.add(Diagnostic.warning(Code.KORU110, sources.span(skipped.construct()),
                            "not verified yet: this body uses " + skipped.reason() + ", which verification does not cover yet")
                    .withLabel("the whole body is unverified")
                    .withHint("nothing in this body is proven; move the part that must be proven into a subflow without it"),
                    Kind.BODY, Status.NOT_VERIFIED, Optional.empty(), List.of(), Optional.empty());
        }
        assumedContracts(program).forEach(event -> found.result(Result.of(Kind.CONTRACT, Optional.empty(), Status.ASSUMED,
                "the contract of `" + event.name().substring(event.name().indexOf(':') + 1) + "` is assumed: it is implemented "
                        + (event.implementation() == Program.Implementation.HOST ? "by a host proc" : "nowhere") + ", not by a verified body",
                sources.location(event.origin()), Optional.empty(), List.of())));
        return new VerificationReport(found.diagnostics, found.results);
    }

    /** The diagnostics and results of one pass: a finding that is not proven is both, from the same data. */
    private static final class Findings {
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final List<Result> results = new ArrayList<>();

        void result(Result result) {
            results.add(result);
        }

        /** {@code time}: how long the solver took, for an obligation's finding. */
        void add(Diagnostic diagnostic, Kind kind, Status status, Optional<String> counterexample, List<Step> path, Optional<Duration> time) {
            diagnostics.add(diagnostic);
            Result result = Result.of(kind, Optional.of(diagnostic.code().id()), status, diagnostic.message(), Sources.location(diagnostic.span()),
                    counterexample, path);
            results.add(time.map(result::solvedIn).orElse(result));
        }
    }

    private static Kind kindOf(Obligation.Kind kind) {
        return switch (kind) {
            case PRE -> Kind.PRE;
            case POST -> Kind.POST;
            case INV -> Kind.INV;
            case OVERFLOW -> Kind.OVERFLOW;
            case DIV -> Kind.DIV;
            case CAP -> Kind.CAP;
            case EXHAUSTIVE -> Kind.EXHAUSTIVE;
            case LOOP_INVARIANT -> Kind.LOOP_INVARIANT;
        };
    }

    private static String stateCheckDescription(StateCheck check) {
        return check.kind() == StateCheck.Kind.STATE
                ? "the value passed here has the phantom state the input requires, on every path"
                : "the obligation issued here is discharged exactly once on every path";
    }

    /**
     * A failure is reported only when it is real (LANGUAGE.md Part D): a query's counterexample replayed on
     * concrete values, or a refutation by the Horn solver, which is exact in the theories it accepts (it
     * refuses the uninterpreted `sum`: such a loop obligation is unknown, never failed). Anything else is unknown.
     */
    private static boolean confirmed(Obligation obligation, Outcome.Failed failed) {
        return obligation.loops().isPresent() || failed.replay() instanceof Replay.Confirmed;
    }

    /** Z3's reason in the user's terms: "canceled" is the deterministic limit; Spacer names `sum` by its Z3 symbol, with its rules. */
    private static String why(Outcome.Unknown unknown) {
        if (unknown.reason().equals("canceled")) {
            return "its resource limit was reached";
        }
        return unknown.reason().startsWith("Uninterpreted 'koru!sum!")
                ? "the Horn solver does not reason about `sum` inside a loop"
                : unknown.reason();
    }

    private static Diagnostic failure(Obligation obligation, Span span, Outcome.Failed failed, Sources sources) {
        Code code = switch (obligation.kind()) {
            case PRE -> Code.KORU101;
            case POST -> Code.KORU102;
            case INV -> Code.KORU103;
            case OVERFLOW -> Code.KORU104;
            case DIV -> Code.KORU105;
            case CAP -> Code.KORU109;
            case EXHAUSTIVE -> Code.KORU050;
            case LOOP_INVARIANT -> Code.KORU111;
        };
        String label = switch (obligation.kind()) {
            case PRE -> "the precondition can fail for this call";
            case POST -> "this value can break the branch's `where`";
            case INV -> "this record can break its type's invariant";
            case OVERFLOW -> "this can overflow";
            case DIV -> "the divisor can be zero";
            case CAP -> "this capability can hold a right it was not given";
            case EXHAUSTIVE -> "no handler runs when every guard is false";
            case LOOP_INVARIANT -> "the invariant can fail here";
        };
        String hint = switch (obligation.kind()) {
            case PRE -> "check the arguments with an `if` before the call, or add what the callee needs to this event's `where`";
            case POST -> "construct a value that meets the branch's `where`, or weaken the `where`";
            case INV -> "build the record so that the invariant holds (an update of one side must update the other)";
            case OVERFLOW -> "bound the input with a `where` on the event, or use a wider type";
            case DIV -> "check the divisor with an `if`, or require it with a `where` on the event";
            case CAP -> "build it from a capability this event received, with rights a subset of its rights"
                    + " (e.g. `inter(cap.rights, keep)`), or mark the event `~[authority]`";
            case EXHAUSTIVE -> "add an unguarded handler for that branch, or a `where` (on the event or the callee's branch) that makes a guard certain";
            case LOOP_INVARIANT -> "state what the loop keeps true of its arguments, strong enough to survive each jump back,"
                    + " or drop the `where` and let the verifier infer one";
        };
        Diagnostic diagnostic = Diagnostic.error(code, span, code.title() + ": " + obligation.description())
                .withLabel(label);
        Optional<String> counterexample = counterexample(obligation, failed);
        diagnostic = obligation.loops().isPresent()
                ? diagnostic.withNote("some run of the loop reaches this point with it broken (the Horn solver names no values)")
                : counterexample.isPresent()
                ? diagnostic.withNote(Counterexample.LABEL + counterexample.get())
                : diagnostic.withNote("it fails whatever the inputs, every time this point is reached");
        if (!obligation.path().isEmpty()) {
            diagnostic = diagnostic.withNote(path(obligation.path(), sources));
        }
        return diagnostic.withHint(hint);
    }

    /** The replayed values of a confirmed failure, {@code amount = 3 (replayed)}; none in a loop or with no free value. */
    private static Optional<String> counterexample(Obligation obligation, Outcome.Failed failed) {
        if (obligation.loops().isPresent()) {
            return Optional.empty();
        }
        return Counterexample.values(failed.model())
                .map(values -> values + overflowingValue(obligation, failed).map(v -> "; the exact result is " + v).orElse(""));
    }

    /** An overflow's goal is {@code min <= r && r <= max}: the exact result {@code r} on the replayed values. */
    private static Optional<String> overflowingValue(Obligation obligation, Outcome.Failed failed) {
        if (obligation.kind() == Obligation.Kind.OVERFLOW && obligation.query().goal() instanceof Term.App range
                && range.op() == Op.AND && range.args().get(0) instanceof Term.App atLeast && atLeast.op() == Op.LE) {
            return Evaluate.on(atLeast.args().get(1), failed.model()).map(Counterexample::render);
        }
        return Optional.empty();
    }

    /** The branches taken to the obligation: {@code path: `if` (line 7) then, `withdraw` (line 9) insufficient}. */
    private static String path(List<Obligation.Step> steps, Sources sources) {
        return steps(steps, sources).stream()
                .map(step -> "`" + step.construct() + "` (line " + step.location().startLine() + ") " + step.taken())
                .collect(Collectors.joining(", ", "path: ", ""));
    }

    /** The path in source terms: a callee by the name the source calls it, where it was taken. */
    private static List<Step> steps(List<Obligation.Step> steps, Sources sources) {
        return steps.stream()
                .map(step -> new Step(step.construct().substring(step.construct().indexOf(':') + 1), step.taken(), sources.location(step.at())))
                .toList();
    }

    /** Host-implemented and unimplemented events with a contract: assumed, not proven (B5); `koru test` checks them. */
    private static List<Program.Event> assumedContracts(Program program) {
        return program.events().stream()
                .filter(e -> e.implementation() != Program.Implementation.SUBFLOW)
                .filter(e -> e.pre().isPresent() || e.branches().stream().anyMatch(b -> b.post().isPresent()))
                .toList();
    }

    /** The elaboration's source files by the path the user sees, which is what an {@link Origin} names. */
    static final class Sources {
        private final Map<String, SourceFile> byPath = new LinkedHashMap<>();
        private final SourceFile entry;

        Sources(Elaboration elaboration) {
            for (SourceUnit unit : elaboration.units()) {
                byPath.putIfAbsent(unit.file().displayPath(), unit.file());
            }
            this.entry = elaboration.units().get(0).file();
        }

        /** The origin as a span; an origin in no known file (lowering's mistake) points at the entry file's start. */
        Span span(Origin origin) {
            SourceFile file = byPath.get(origin.file());
            if (file == null) {
                return new Span(entry, 0, 0);
            }
            int length = file.text().length();
            return new Span(file, Math.min(origin.start(), length), Math.min(origin.end(), length));
        }

        /** The program's own source files as the user sees them, the entry first; not the standard library's ({@code $std/…}). */
        List<String> files() {
            return byPath.keySet().stream().filter(path -> !path.startsWith("$")).toList();
        }

        Location location(Origin origin) {
            return location(span(origin));
        }

        /** A span as reports locate it: 1-based, the end exclusive. */
        static Location location(Span span) {
            SourceFile file = span.file();
            return new Location(file.displayPath(), span.line(), span.column(), file.lineOf(span.end()), file.columnOf(span.end()));
        }

        String position(Origin origin) {
            Span span = span(origin);
            return byPath.containsKey(origin.file())
                    ? origin.file() + ":" + span.line() + ":" + span.column()
                    : origin.file() + "@" + origin.start();
        }
    }
}
