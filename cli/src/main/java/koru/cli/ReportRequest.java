package koru.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One {@code --report FORMAT[=FILE]} of {@code koru verify}: a format, and the file it goes to (else the standard stream). */
record ReportRequest(Format format, Optional<Path> file) {
    /** The report formats (docs/reports.md). */
    enum Format {
        TEXT, JSON, JUNIT, SARIF, MD;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String all() {
            return Arrays.stream(values()).map(Format::key).collect(Collectors.joining(", "));
        }
    }

    /** Without a file, text goes to stderr (where the terminal's diagnostics already are) and the others to stdout. */
    boolean toStdout() {
        return file.isEmpty() && format != Format.TEXT;
    }

    /** {@code sarif}, {@code SARIF=out/koru.sarif}: the format is case-insensitive, the file is everything after the first {@code =}. */
    static final class Converter implements ITypeConverter<ReportRequest> {
        @Override
        public ReportRequest convert(String value) {
            int equals = value.indexOf('=');
            String name = equals < 0 ? value : value.substring(0, equals);
            Format format = Arrays.stream(Format.values())
                    .filter(f -> f.key().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown report format '" + name + "' (expected one of: " + Format.all() + ")"));
            if (equals < 0) {
                return new ReportRequest(format, Optional.empty());
            }
            String file = value.substring(equals + 1);
            if (file.isEmpty()) {
                throw new TypeConversionException("no file after '" + name + "=' (write --report " + format.key() + " for stdout)");
            }
            return new ReportRequest(format, Optional.of(Path.of(file)));
        }
    }
}
