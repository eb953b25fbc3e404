package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import koru.elaborator.Elaboration;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import koru.proptest.checks.Case;
import koru.proptest.checks.Checks;
import koru.proptest.checks.Settings;
import koru.proptest.load.ProgramUnderTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koru test [PATH...]}: every check of {@link Checks#ALL} on each program, its {@code ~test}
 * blocks under every combination of the implementations of the events they reach (docs/testing.md).
 * One line per case on stdout ({@code title: passed}, {@code title: failed: why}) and a summary;
 * front-end and build errors on stderr, rendered as {@code koru check} renders them.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Run each program's ~test blocks against every implementation (variant) of the events they call.",
        footer = {"", "Exit codes: 0 every check passed, 1 a check failed or faulted, or a program has errors,",
                "2 usage, I/O or internal error."})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "A .kz file, or a directory: every .kz file under it (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--tries", paramLabel = "N", description = "How many generated inputs each property tries (default: 1000).")
    int tries = Settings.DEFAULT_TRIES;

    @Option(names = "--max-combinations", paramLabel = "N",
            description = "At most N runs of each ~test over the implementations of the events it reaches (default: 64; every implementation still runs at least once).")
    int combinations = Settings.DEFAULT_COMBINATIONS;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of the generated inputs (default: random; the summary names it).")
    Optional<Long> seed = Optional.empty();

    @Option(names = "--report", paramLabel = "junit=FILE", converter = ReportRequest.Converter.class,
            description = "Also write a JUnit XML report (one testsuite per file, one testcase per case) to FILE.")
    Optional<ReportRequest> report = Optional.empty();

    @Mixin
    ProgramOptions options;

    @Override
    public Integer call() throws IOException {
        Settings settings = settings();
        Optional<Path> junit = junitFile();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Palette palette = options.palette();
        List<TestedFile> tested = new ArrayList<>();
        int exitCode = ExitCode.OK;
        for (Path file : files()) {
            TestedFile result = test(file, settings, out, err, palette);
            tested.add(result);
            exitCode = ExitCode.worse(exitCode, result.exitCode());
        }
        if (tested.isEmpty() && exitCode == ExitCode.OK) {
            err.println(palette.severity(Severity.ERROR, "error") + ": no .kz file to test under " + paths);
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        out.println(summary(tested, settings));
        if (junit.isPresent()) {
            try (Writer writer = Files.newBufferedWriter(junit.get())) {
                new TestReportXml().write(tested, writer);
            } catch (IOException e) {
                err.println(palette.severity(Severity.ERROR, "error") + ": could not write " + junit.get() + ": " + ReadFailure.reasonOf(e));
                return ExitCode.USAGE_OR_IO_ERROR;
            }
        }
        return exitCode;
    }

    /** {@code --tries}, {@code --seed} and {@code --max-combinations}, checked: the cross-checks and the test matrix read them. */
    private Settings settings() {
        if (tries < 1) {
            throw new ParameterException(spec.commandLine(), "--tries must be at least 1, not " + tries);
        }
        if (combinations < 1) {
            throw new ParameterException(spec.commandLine(), "--max-combinations must be at least 1, not " + combinations);
        }
        if (options.json()) {
            throw new ParameterException(spec.commandLine(), "koru test writes no JSON: use --report junit=FILE for a machine-readable report");
        }
        return new Settings(tries, seed.orElseGet(() -> new SplittableRandom().nextLong()), combinations);
    }

    private Optional<Path> junitFile() {
        return report.map(request -> {
            if (request.format() != ReportRequest.Format.JUNIT || request.file().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--report takes junit=FILE (the one report koru test writes)");
            }
            return request.file().get();
        });
    }

    /** The .kz files to test, in order: each file named, and every one under each directory named (sorted). */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> under = Files.walk(path)) {
                    under.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".kz")).sorted().forEach(files::add);
                }
            } else {
                files.add(path); // unreadable: reported when it is read
            }
        }
        return files;
    }

    /** Elaborates, builds and checks one file; what it prints, and its result. */
    private TestedFile test(Path file, Settings settings, PrintWriter out, PrintWriter err, Palette palette) {
        Elaboration elaboration;
        try {
            elaboration = options.elaborator().elaborate(file);
        } catch (IOException e) {
            err.println(ReadFailure.line(file, e, palette));
            return TestedFile.notTested(file, "cannot read: " + ReadFailure.reasonOf(e), ExitCode.USAGE_OR_IO_ERROR);
        }
        options.render(elaboration.diagnostics(), palette, err);
        return switch (ProgramUnderTest.load(elaboration)) {
            case ProgramUnderTest.Loading.FrontEndErrors errors -> {
                err.println(CheckCommand.frontEndFailure("test", file, elaboration, palette));
                yield TestedFile.notTested(file, ReadFailure.counted(elaboration.errorCount(), "error"), ExitCode.PROGRAM_WRONG);
            }
            case ProgramUnderTest.Loading.NotBuilt notBuilt -> {
                VerificationReport.Sources sources = new VerificationReport.Sources(elaboration);
                List<Diagnostic> diagnostics = new ArrayList<>(notBuilt.problems().stream().map(p -> BuildJar.diagnostic(p, sources)).toList());
                diagnostics.sort(Diagnostic.READING_ORDER);
                options.render(diagnostics, palette, err);
                String why = ReadFailure.counted(diagnostics.size(), "error");
                err.println(palette.severity(Severity.ERROR, "error") + ": could not build " + file + " to test it: " + why);
                yield TestedFile.notTested(file, why, ExitCode.PROGRAM_WRONG);
            }
            case ProgramUnderTest.Loading.Loaded loaded -> {
                out.println(file);
                List<TestedFile.Ran> ran = new ArrayList<>();
                for (Case planned : Checks.plan(loaded.program(), settings)) {
                    long start = System.nanoTime();
                    TestedFile.Ran one = new TestedFile.Ran(planned.run(), Duration.ofNanos(System.nanoTime() - start));
                    out.println("  " + one.checked().title() + ": " + outcome(one, palette));
                    ran.add(one);
                }
                yield new TestedFile(file, ran, Optional.empty());
            }
        };
    }

    private static String outcome(TestedFile.Ran ran, Palette palette) {
        return ran.checked().failed() ? palette.severity(Severity.ERROR, ran.checked().outcome()) : ran.checked().outcome();
    }

    /** {@code 8 passed, 1 failed (2 files, seed 42)}; skipped cases are counted only when there are some. */
    private static String summary(List<TestedFile> tested, Settings settings) {
        long passed = tested.stream().mapToLong(TestedFile::passed).sum();
        long failed = tested.stream().mapToLong(TestedFile::failed).sum();
        long skipped = tested.stream().mapToLong(TestedFile::skipped).sum();
        long untested = tested.stream().filter(file -> file.problem().isPresent()).count();
        return "koru test: " + passed + " passed, " + failed + " failed" + (skipped == 0 ? "" : ", " + skipped + " skipped")
                + (untested == 0 ? "" : ", " + ReadFailure.counted(untested, "file")
                + " not tested") + " (" + ReadFailure.counted(tested.size(), "file") + ", seed " + settings.seed() + ")";
    }
}
