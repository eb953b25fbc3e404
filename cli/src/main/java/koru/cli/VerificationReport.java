package koru.cli;

import java.util.ArrayList;
import java.util.HashMap;
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
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Term;
import koru.smt.report.Evaluate;
import koru.smt.report.Replay;

/**
 * What verifying one program found, as diagnostics in source terms (LANGUAGE.md Part C) and counts
 * for the summary line. A failed obligation is an error (KORU050, 101–105, 109, 111) with its
 * counterexample; an unknown one and a body not verified are KORU110 warnings: none of them is ever
 * counted as proven. A phantom-state check (A7), which the kernel decides without the solver, counts
 * as proven when it holds, and each way a path broke it is an error (KORU106–108, KORU032).
 */
record VerificationReport(List<Diagnostic> diagnostics, int proven, int failed, int unknown, int notVerified, int assumed) {
    VerificationReport {
        diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** 0 all proven, 1 anything failed, 3 nothing failed but something is not proven (ARCHITECTURE.md). */
    int exitCode() {
        if (failed > 0) {
            return ExitCode.PROGRAM_WRONG;
        }
        return unknown + notVerified > 0 ? ExitCode.INCONCLUSIVE : ExitCode.OK;
    }

    String summary(String file) {
        String verdict = switch (exitCode()) {
            case ExitCode.OK -> "verified ";
            case ExitCode.PROGRAM_WRONG -> "verification failed for ";
            default -> "verification inconclusive for ";
        };
        StringBuilder line = new StringBuilder(verdict + file + ": " + proven + " proven, " + failed + " failed, " + unknown + " unknown");
        if (notVerified > 0) {
            line.append(", ").append(notVerified).append(" not verified yet");
        }
        if (assumed > 0) {
            line.append(", ").append(ReadFailure.counted(assumed, "contract")).append(" assumed");
        }
        return line.toString();
    }

    static VerificationReport of(Elaboration elaboration, Program program, GenerateObligations.Result generated, List<Verdict> verdicts,
            List<StateCheck> stateChecks) {
        Sources sources = new Sources(elaboration);
        List<Diagnostic> diagnostics = new ArrayList<>();
        int proven = 0;
        int failed = 0;
        int unknown = 0;
        for (Verdict verdict : verdicts) {
            Obligation obligation = verdict.obligation();
            Span span = sources.span(obligation.origin());
            switch (verdict.outcome()) {
                case Outcome.Proven p -> proven++;
                case Outcome.Failed f when confirmed(obligation, f) -> {
                    failed++;
                    diagnostics.add(failure(obligation, span, f, sources));
                }
                case Outcome.Failed f -> {
                    unknown++;
                    diagnostics.add(Diagnostic.warning(Code.KORU110, span, "not proven, and not refuted: the solver's counterexample"
                                    + " could not be confirmed on concrete values (" + ((Replay.Unconfirmed) f.replay()).why() + "): "
                                    + obligation.description())
                            .withLabel("unknown, not proven")
                            .withHint("state the fact the proof needs more directly (e.g. a `where` on the event), or split the body"
                                    + " into subflows with simpler contracts"));
                }
                case Outcome.Unknown u -> {
                    unknown++;
                    diagnostics.add(Diagnostic.warning(Code.KORU110, span,
                                    "not proven (the solver gave up: " + why(u) + "): " + obligation.description())
                            .withLabel("unknown, not proven")
                            .withHint("split the body into smaller subflows or simplify the contract; the solver's limit is"
                                    + " deterministic, so this result repeats on every machine"));
                }
            }
        }
        StateDiagnostics states = new StateDiagnostics(sources, program, elaboration.leaks());
        for (StateCheck check : stateChecks) {
            if (check.holds()) {
                proven++;
            }
            failed += check.violations().size();
            check.violations().forEach(violation -> diagnostics.add(states.of(violation)));
        }
        List<Diagnostic> uncovered = new ArrayList<>();
        for (GenerateObligations.Skipped skipped : generated.skipped()) {
            uncovered.add(Diagnostic.warning(Code.KORU110, sources.span(skipped.construct()),
                            "not verified yet: this body uses " + skipped.reason() + ", which verification does not cover yet")
                    .withLabel("the whole body is unverified")
                    .withHint("nothing in this body is proven; move the part that must be proven into a subflow without it"));
        }
        diagnostics.addAll(uncovered);
        return new VerificationReport(diagnostics, proven, failed, unknown, uncovered.size(), assumedContracts(program));
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
        Optional<String> counterexample = Counterexample.note(failed.model())
                .map(note -> note + overflowingValue(obligation, failed).map(v -> "; the exact result is " + v).orElse(""));
        diagnostic = obligation.loops().isPresent()
                ? diagnostic.withNote("some run of the loop reaches this point with it broken (the Horn solver names no values)")
                : counterexample.isPresent()
                ? diagnostic.withNote(counterexample.get())
                : diagnostic.withNote("it fails whatever the inputs, every time this point is reached");
        if (!obligation.path().isEmpty()) {
            diagnostic = diagnostic.withNote(path(obligation.path(), sources));
        }
        return diagnostic.withHint(hint);
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
        return steps.stream()
                .map(step -> "`" + step.construct().substring(step.construct().indexOf(':') + 1) + "` (line "
                        + sources.span(step.at()).line() + ") " + step.taken())
                .collect(Collectors.joining(", ", "path: ", ""));
    }

    /** Host-implemented and unimplemented events' contracts: assumed, not proven (B5); `koru test` checks them. */
    private static int assumedContracts(Program program) {
        return (int) program.events().stream()
                .filter(e -> e.implementation() != Program.Implementation.SUBFLOW)
                .filter(e -> e.pre().isPresent() || e.branches().stream().anyMatch(b -> b.post().isPresent()))
                .count();
    }

    /** The elaboration's source files by the path the user sees, which is what an {@link Origin} names. */
    static final class Sources {
        private final Map<String, SourceFile> byPath = new HashMap<>();
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

        String position(Origin origin) {
            Span span = span(origin);
            return byPath.containsKey(origin.file())
                    ? origin.file() + ":" + span.line() + ":" + span.column()
                    : origin.file() + "@" + origin.start();
        }
    }
}
