package koru.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.Options.AutoDischarge;
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
