package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koru check FILE...}: runs the front end on each program and reports what it found.
 * Diagnostics and one summary line per file go to stderr; with {@code --format json} the
 * diagnostics of all files also go to stdout as one JSON array.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Parse and check programs (the front-end diagnostics, KORU0xx).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The entry file of each program to check.")
    List<Path> files;

    @Mixin
    ProgramOptions options;

    @Override
    public Integer call() throws IOException {
        Elaborator elaborator = options.elaborator();
        Palette palette = options.palette();
        List<Diagnostic> found = new ArrayList<>();
        int exitCode = ExitCode.OK;
        for (Path file : files) {
            exitCode = Math.max(exitCode, check(file, elaborator, palette, found));
        }
        if (options.json()) {
            JsonDiagnostics.write(found, spec.commandLine().getOut());
        }
        return exitCode;
    }

    /** Checks one program, reports it on stderr, adds its diagnostics to {@code found}; returns its exit code. */
    private int check(Path file, Elaborator elaborator, Palette palette, List<Diagnostic> found) {
        PrintWriter err = spec.commandLine().getErr();
        Elaboration elaboration;
        try {
            elaboration = elaborator.elaborate(file);
        } catch (IOException e) {
            err.println(ReadFailure.line(file, e, palette));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        found.addAll(elaboration.diagnostics());
        renderAll(elaboration.diagnostics(), options, palette, err);
        if (!options.quiet) {
            err.println(summaryOf(file, elaboration, palette));
        }
        return elaboration.hasErrors() ? ExitCode.PROGRAM_WRONG : ExitCode.OK;
    }

    /** The human output of {@code diagnostics}: all of them, or only the errors with {@code -q}; nothing in JSON mode. */
    static void renderAll(List<Diagnostic> diagnostics, ProgramOptions options, Palette palette, PrintWriter err) {
        if (options.json()) {
            return;
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer(palette);
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() || !options.quiet) {
                err.println(renderer.render(diagnostic));
            }
        }
    }

    /** {@code error: could not VERB FILE: N errors, M warnings} for a program the front end rejected. */
    static String frontEndFailure(String verb, Path file, Elaboration elaboration, Palette palette) {
        return palette.severity(Severity.ERROR, "error") + ": could not " + verb + " " + file + ": "
                + ReadFailure.counted(elaboration.errorCount(), "error") + warningsOf(elaboration);
    }

    private static String summaryOf(Path file, Elaboration elaboration, Palette palette) {
        return elaboration.hasErrors()
                ? frontEndFailure("check", file, elaboration, palette)
                : "checked " + file + ": no errors" + warningsOf(elaboration);
    }

    private static String warningsOf(Elaboration elaboration) {
        return elaboration.warningCount() == 0 ? "" : ", " + ReadFailure.counted(elaboration.warningCount(), "warning");
    }
}
