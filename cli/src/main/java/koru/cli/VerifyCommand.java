package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import koru.elaborator.Elaboration;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import koru.elaborator.lower.LowerToCoreIr;
import koru.kernel.ir.Program;
import koru.kernel.obligations.GenerateObligations;
import koru.kernel.obligations.Obligation;
import koru.kernel.obligations.VerifyObligations.Verdict;
import koru.kernel.recheck.IrError;
import koru.kernel.recheck.RecheckIr;
import koru.kernel.states.CheckStates;
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

    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Solve on N threads, each with its own Z3 (default: the number of processors).")
    void jobs(int jobs) {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
        }
        this.jobs = jobs;
    }

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
        return options.forEachProgram(files, spec, this::verify);
    }

    /** Verifies one program the front end has read and reports it; returns its exit code. */
    private int verify(Path file, Elaboration elaboration, Palette palette, PrintWriter err, List<Diagnostic> found) {
        if (elaboration.hasErrors()) {
            found.addAll(elaboration.diagnostics());
            options.render(elaboration.diagnostics(), palette, err);
            if (!options.quiet) {
                err.println(CheckCommand.frontEndFailure("verify", file, elaboration, palette));
            }
            return ExitCode.PROGRAM_WRONG;
        }
        Optional<Program> lowered = LowerToCoreIr.lower(elaboration);
        if (lowered.isEmpty()) {
            throw new IllegalStateException("lowering produced no Core IR for an error-free program");
        }
        Program program = lowered.get();
        List<IrError> refused = RecheckIr.check(program);
        if (!refused.isEmpty()) {
            reportRefusal(refused, new VerificationReport.Sources(elaboration), err);
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        GenerateObligations.Result generated = GenerateObligations.of(program);
        List<Verdict> verdicts;
        try {
            verdicts = SolveInParallel.solve(generated.obligations(), jobs, () -> Z3Solver.open(resourceLimit));
        } catch (SolverUnavailableException e) {
            err.println(palette.severity(Severity.ERROR, "error") + ": cannot verify " + file + ": " + e.getMessage());
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        VerificationReport report = VerificationReport.of(elaboration, program, generated, verdicts, CheckStates.of(program));
        List<Diagnostic> diagnostics = new ArrayList<>(elaboration.diagnostics());
        diagnostics.addAll(report.diagnostics());
        diagnostics.sort(Diagnostic.READING_ORDER);
        found.addAll(diagnostics);
        options.render(diagnostics, palette, err);
        if (stabilitySeeds > 0) {
            reportStability(generated, new VerificationReport.Sources(elaboration), palette, err, found);
        }
        if (!options.quiet) {
            err.println(report.summary(file.toString()));
        }
        return report.exitCode();
    }

    /** After the diagnostics, the brittle obligations (warnings: the exit code stays the normal run's) and their count. */
    private void reportStability(GenerateObligations.Result generated, VerificationReport.Sources sources, Palette palette, PrintWriter err,
            List<Diagnostic> found) {
        List<Obligation> obligations = generated.obligations();
        StabilityReport stability = StabilityReport.of(obligations,
                MeasureStability.of(obligations, stabilitySeeds, resourceLimit, jobs), stabilitySeeds, sources);
        found.addAll(stability.diagnostics());
        options.render(stability.diagnostics(), palette, err);
        if (!options.quiet) {
            err.println(stability.summary());
        }
    }

    /** The kernel refusing what lowering made is a bug in Koru/J, not in the program: say so, and where. */
    private static void reportRefusal(List<IrError> refused, VerificationReport.Sources sources, PrintWriter err) {
        err.println("internal error: the kernel refused the lowered program: "
                + ReadFailure.counted(refused.size(), "problem") + " (a bug in Koru/J)");
        for (IrError error : refused) {
            err.println("  " + sources.position(error.origin()) + ": " + error.message());
        }
        err.println("hint: your program may well be fine; please report this with the command line and the input files");
    }
}
