package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import koru.elaborator.Elaboration;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import koru.elaborator.lower.LowerToCoreIr;
import koru.kernel.ir.Program;
import koru.kernel.obligations.GenerateObligations;
import koru.kernel.obligations.Obligation;
import koru.kernel.recheck.IrError;
import koru.kernel.recheck.RecheckIr;
import koru.kernel.states.CheckStates;
import koru.proofs.report.Problem;
import koru.proofs.report.ProgramReport;
import koru.proofs.report.ProofReport;
import koru.proofs.report.Solving;
import koru.proofs.cache.CachedSolver;
import koru.proofs.cache.ProofCache;
import koru.smt.logic.Solver;
import koru.proofs.certificate.Certificate;
import koru.proofs.confirm.ConfirmWithCvc5;
import koru.proofs.confirm.Cvc5;
import koru.smt.report.SolverUnavailableException;
import koru.smt.z3.Z3Solver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koru verify FILE...} (LANGUAGE.md B5, ARCHITECTURE.md "Verification pipeline"): for each
 * program, the front end, lowering to Core IR, the kernel's re-check, the kernel's obligations, and
 * Z3 on each of them. Every obligation that is not proven is reported; a program is verified only
 * when all of them are proven.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Prove the contracts of programs (the verification diagnostics, KORU1xx).",
        footer = {"", "Exit codes: 0 all proven, 1 an error or a failed obligation, 2 usage, I/O or internal error,",
                "3 nothing failed but something is unknown or not verified yet."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The entry file of each program to verify.")
    List<Path> files;

    @Mixin
    ProgramOptions options;

    @Mixin
    CacheOptions cacheOptions;

    /** The proof cache of this run, opened once for all its programs. */
    private Optional<ProofCache> cache = Optional.empty();

    @Mixin
    CertificateOptions certificates;

    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "FORMAT[=FILE]", converter = ReportRequest.Converter.class,
            description = "Also report as text, json, junit, sarif or md (docs/reports.md), to FILE or else to stdout"
                    + " (text: stderr, as always). Repeatable; at most one report on stdout.")
    List<ReportRequest> reports = new ArrayList<>();

    /** What each program's verification showed on stderr, kept for {@code --report text=FILE}; made once the options are known. */
    private Transcript transcript;
    private final List<ProgramReport> programs = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Solve on N threads, each with its own Z3 (default: the number of processors).")
    void jobs(int jobs) {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
        }
        this.jobs = jobs;
    }

    /** {@code --confirm}'s second opinion, found before any program is verified. */
    private Optional<ConfirmWithCvc5> secondOpinion = Optional.empty();

    private long resourceLimit = Z3Solver.DEFAULT_RESOURCE_LIMIT;

    @Option(names = "--rlimit", paramLabel = "N",
            description = "Stop each check after N Z3 resource units, 1 to 2^31-1 (default: " + Z3Solver.DEFAULT_RESOURCE_LIMIT + ").")
    void resourceLimit(long limit) {
        if (limit < 1 || limit > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--rlimit must be between 1 and 2147483647, got " + limit);
        }
        this.resourceLimit = limit;
    }

    private int stabilitySeeds;

    @Option(names = "--stability", paramLabel = "N",
            description = "Then solve each obligation again under Z3's default seed and seeds 1 to N, and report the brittle ones (KORU113).")
    void stability(int seeds) {
        if (seeds < 1) {
            throw new ParameterException(spec.commandLine(), "--stability must be at least 1, got " + seeds);
        }
        this.stabilitySeeds = seeds;
    }

    @Override
    public Integer call() throws IOException {
        try {
            secondOpinion = certificates.secondOpinion();
        } catch (Cvc5.MissingException e) {
            spec.commandLine().getErr().println(options.palette().severity(Severity.ERROR, "error") + ": cannot confirm: " + e.getMessage());
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        cache = cacheOptions.open(options.palette(), spec.commandLine().getErr(), options.quiet);
        Reports.checkRequests(reports, options.json(), spec);
        transcript = new Transcript(options);
        int exitCode = options.forEachProgram(files, spec, this::verify);
        ProofReport report = new ProofReport(Reports.tool(), programs);
        return ExitCode.worse(exitCode, Reports.write(reports, report, transcript, spec.commandLine()));
    }

    /** Verifies one program the front end has read and reports it; returns its exit code. */
    private int verify(Path file, Elaboration elaboration, Palette palette, PrintWriter err, List<Diagnostic> found) {
        Transcript.Program shown = transcript.of(palette, err);
        if (elaboration.hasErrors()) {
            found.addAll(elaboration.diagnostics());
            shown.diagnostics(elaboration.diagnostics());
            if (!options.quiet) {
                shown.line(p -> CheckCommand.frontEndFailure("verify", file, elaboration, p));
            }
            programs.add(ProgramReport.notVerified(file.toString(), ProgramReport.Outcome.REJECTED, elaboration.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .map(d -> new Problem(Optional.of(d.code().id()), d.message(), Optional.of(VerificationReport.Sources.location(d.span()))))
                    .toList()));
            return ExitCode.PROGRAM_WRONG;
        }
        Optional<Program> lowered = LowerToCoreIr.lower(elaboration);
        if (lowered.isEmpty()) {
            throw new IllegalStateException("lowering produced no Core IR for an error-free program");
        }
        Program program = lowered.get();
        VerificationReport.Sources sources = new VerificationReport.Sources(elaboration);
        List<IrError> refused = RecheckIr.check(program);
        if (!refused.isEmpty()) {
            reportRefusal(refused, sources, shown);
            programs.add(ProgramReport.notVerified(file.toString(), ProgramReport.Outcome.NOT_RUN, refused.stream()
                    .map(e -> new Problem(Optional.empty(), "the kernel refused the lowered program (a bug in Koru/J): " + e.message(),
                            Optional.of(sources.location(e.origin()))))
                    .toList()));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        GenerateObligations.Result generated = GenerateObligations.of(program);
        List<SolveInParallel.Solved> solved;
        CachedSolver.Tally tally = new CachedSolver.Tally();
        long solvingStarted = System.nanoTime();
        try {
            // Behind the cache, Z3 is loaded up front (its version is in the keys); a program without obligations never loads it.
            Supplier<Solver> solvers = cache.isEmpty() || generated.obligations().isEmpty() ? () -> Z3Solver.open(resourceLimit)
                    : CachedSolver.overZ3(cache.get(), tally, resourceLimit);
            solved = SolveInParallel.solve(generated.obligations(), jobs, solvers);
        } catch (SolverUnavailableException e) {
            shown.line(p -> p.severity(Severity.ERROR, "error") + ": cannot verify " + file + ": " + e.getMessage());
            programs.add(ProgramReport.notVerified(file.toString(), ProgramReport.Outcome.NOT_RUN,
                    List.of(new Problem(Optional.empty(), "cannot verify: " + e.getMessage(), Optional.empty()))));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        Solving solving = new Solving(Duration.ofNanos(System.nanoTime() - solvingStarted),
                cache.map(c -> new Solving.CacheCounts(tally.hits(), tally.misses())));
        VerificationReport report = VerificationReport.of(elaboration, program, generated, solved, CheckStates.of(program));
        List<Certificate> certified = CertificateOptions.of(solved.stream().map(SolveInParallel.Solved::verdict).toList(), sources);
        int emitted = certificates.emit(file, certified, resourceLimit, palette, err);
        Optional<CertificateOptions.SecondOpinion> second = secondOpinion
                .map(cvc5 -> CertificateOptions.confirm(cvc5, certified, resourceLimit, sources));
        List<Diagnostic> diagnostics = new ArrayList<>(elaboration.diagnostics());
        diagnostics.addAll(report.diagnostics());
        second.ifPresent(s -> diagnostics.addAll(s.disagreements()));
        diagnostics.sort(Diagnostic.READING_ORDER);
        found.addAll(diagnostics);
        shown.diagnostics(diagnostics);
        if (stabilitySeeds > 0) {
            reportStability(generated, sources, shown, found);
        }
        if (!options.quiet) {
            shown.line(p -> report.summary(file.toString()) + cache.map(c -> "; " + cacheSummary(tally)).orElse(""));
            second.ifPresent(s -> {
                s.notes().forEach(note -> shown.line(p -> note));
                shown.line(p -> s.summary());
            });
        }
        programs.add(ProgramReport.of(file.toString(), sources.files(), report.results(), solving));
        boolean disagreed = second.isPresent() && !second.get().disagreements().isEmpty();
        return ExitCode.worse(ExitCode.worse(report.exitCode(), emitted), disagreed ? ExitCode.PROGRAM_WRONG : ExitCode.OK);
    }

    /** {@code cache: 5 hits, 1 miss}: obligations answered from the cache, and those solved by Z3. */
    private static String cacheSummary(CachedSolver.Tally tally) {
        return "cache: " + ReadFailure.counted(tally.hits(), "hit") + ", " + tally.misses() + (tally.misses() == 1 ? " miss" : " misses");
    }

    /** After the diagnostics, the brittle obligations (warnings: the exit code stays the normal run's) and their count. */
    private void reportStability(GenerateObligations.Result generated, VerificationReport.Sources sources, Transcript.Program shown,
            List<Diagnostic> found) {
        List<Obligation> obligations = generated.obligations();
        StabilityReport stability = StabilityReport.of(obligations,
                MeasureStability.of(obligations, stabilitySeeds, resourceLimit, jobs), stabilitySeeds, sources);
        found.addAll(stability.diagnostics());
        shown.diagnostics(stability.diagnostics());
        if (!options.quiet) {
            shown.line(p -> stability.summary());
        }
    }

    /** The kernel refusing what lowering made is a bug in Koru/J, not in the program: say so, and where. */
    private static void reportRefusal(List<IrError> refused, VerificationReport.Sources sources, Transcript.Program shown) {
        shown.line(p -> "internal error: the kernel refused the lowered program: "
                + ReadFailure.counted(refused.size(), "problem") + " (a bug in Koru/J)");
        for (IrError error : refused) {
            shown.line(p -> "  " + sources.position(error.origin()) + ": " + error.message());
        }
        shown.line(p -> "hint: your program may well be fine; please report this with the command line and the input files");
    }
}
