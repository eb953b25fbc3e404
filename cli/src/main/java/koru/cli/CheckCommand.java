package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import koru.elaborator.Elaboration;
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
        return options.forEachProgram(files, spec, this::report);
    }

    /** Reports what the front end found in one program; errors make it exit 1. */
    private int report(Path file, Elaboration elaboration, Palette palette, PrintWriter err, List<Diagnostic> found) {
        found.addAll(elaboration.diagnostics());
        options.render(elaboration.diagnostics(), palette, err);
        if (!options.quiet) {
            err.println(summaryOf(file, elaboration, palette));
        }
        return elaboration.hasErrors() ? ExitCode.PROGRAM_WRONG : ExitCode.OK;
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
