package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.Options.AutoDischarge;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
    enum Format { HUMAN, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The entry file of each program to check.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "human (default): rendered diagnostics on stderr; json: also a JSON array on stdout.")
    Format format = Format.HUMAN;

    @Option(names = "--flag", paramLabel = "NAME",
            description = "Keep the conditional imports annotated NAME, e.g. ~[NAME]import (repeatable).")
    List<String> flags = new ArrayList<>();

    @Option(names = "--auto-discharge", paramLabel = "MODE", converter = AutoDischargeConverter.class,
            description = "on (default), warn, off or disable (= off): insert the one call that settles a leaked obligation.")
    AutoDischarge autoDischarge = AutoDischarge.ON;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "auto (default: on a terminal, unless NO_COLOR is set), always or never.")
    ColorChoice color = ColorChoice.AUTO;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only: no warnings, no summary lines.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Elaborator elaborator = new Elaborator(new Options(Set.copyOf(flags), autoDischarge));
        Palette palette = new Palette(color.enabled(System.getenv(), ColorChoice.onTerminal()));
        List<Diagnostic> found = new ArrayList<>();
        int exitCode = ExitCode.OK;
        for (Path file : files) {
            exitCode = Math.max(exitCode, check(file, elaborator, palette, found));
        }
        if (format == Format.JSON) {
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
            err.println(palette.severity(Severity.ERROR, "error") + ": could not read " + file + ": " + reasonOf(e));
            return ExitCode.USAGE_OR_IO_ERROR;
        }
        found.addAll(elaboration.diagnostics());
        if (format == Format.HUMAN) {
            DiagnosticRenderer renderer = new DiagnosticRenderer(palette);
            for (Diagnostic diagnostic : elaboration.diagnostics()) {
                if (diagnostic.isError() || !quiet) {
                    err.println(renderer.render(diagnostic));
                }
            }
        }
        if (!quiet) {
            err.println(summaryOf(file, elaboration, palette));
        }
        return elaboration.hasErrors() ? ExitCode.PROGRAM_WRONG : ExitCode.OK;
    }

    private static String summaryOf(Path file, Elaboration elaboration, Palette palette) {
        String warnings = elaboration.warningCount() == 0 ? "" : ", " + counted(elaboration.warningCount(), "warning");
        return elaboration.hasErrors()
                ? palette.severity(Severity.ERROR, "error") + ": could not check " + file + ": "
                        + counted(elaboration.errorCount(), "error") + warnings
                : "checked " + file + ": no errors" + warnings;
    }

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The cause in a few words; the path is already in the message. */
    private static String reasonOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Accepts {@code disable} as well as the enum's names, as LANGUAGE.md A7 says. */
    static final class AutoDischargeConverter implements ITypeConverter<AutoDischarge> {
        @Override
        public AutoDischarge convert(String value) {
            try {
                return AutoDischarge.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
