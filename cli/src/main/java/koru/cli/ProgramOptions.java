package koru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.Options.AutoDischarge;
import koru.elaborator.diag.Diagnostic;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of every verb that reads programs ({@code check}, {@code verify}): how to elaborate and how to report. */
final class ProgramOptions {
    enum Format { HUMAN, JSON }

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

    /** What a verb does with one program the front end has read: report it on {@code err}, add its diagnostics to {@code found}. */
    interface EachProgram {
        /** Returns the program's exit code. */
        int run(Path file, Elaboration elaboration, Palette palette, PrintWriter err, List<Diagnostic> found);
    }

    /**
     * Elaborates every file and hands each to {@code each}; an unreadable file is one line and exit 2,
     * and the others still run. With {@code --format json}, every program's diagnostics go to stdout
     * as one array. Returns the worst exit code.
     */
    int forEachProgram(List<Path> files, CommandSpec spec, EachProgram each) throws IOException {
        Elaborator elaborator = elaborator();
        Palette palette = palette();
        PrintWriter err = spec.commandLine().getErr();
        List<Diagnostic> found = new ArrayList<>();
        int exitCode = ExitCode.OK;
        for (Path file : files) {
            int verdict;
            try {
                verdict = each.run(file, elaborator.elaborate(file), palette, err, found);
            } catch (IOException e) {
                err.println(ReadFailure.line(file, e, palette));
                verdict = ExitCode.USAGE_OR_IO_ERROR;
            }
            exitCode = ExitCode.worse(exitCode, verdict);
        }
        if (json()) {
            JsonDiagnostics.write(found, spec.commandLine().getOut());
        }
        return exitCode;
    }

    /** The human output of {@code diagnostics}: all of them, or only the errors with {@code -q}; nothing in JSON mode. */
    void render(List<Diagnostic> diagnostics, Palette palette, PrintWriter err) {
        if (json()) {
            return;
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer(palette);
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() || !quiet) {
                err.println(renderer.render(diagnostic));
            }
        }
    }

    /** These options as command-line arguments, for a verb that runs another ({@code build} runs {@code verify}). */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--format", format.name().toLowerCase(java.util.Locale.ROOT),
                "--auto-discharge", autoDischarge.name().toLowerCase(java.util.Locale.ROOT),
                "--color", color.name().toLowerCase(java.util.Locale.ROOT)));
        flags.forEach(flag -> args.addAll(List.of("--flag", flag)));
        if (quiet) {
            args.add("--quiet");
        }
        return args;
    }

    Elaborator elaborator() {
        return new Elaborator(new Options(Set.copyOf(flags), autoDischarge));
    }

    Palette palette() {
        return new Palette(color.enabled(System.getenv(), ColorChoice.onTerminal()));
    }

    boolean json() {
        return format == Format.JSON;
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
