package koru.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import koru.proofs.report.JUnitReport;
import koru.proofs.report.JsonReport;
import koru.proofs.report.MarkdownReport;
import koru.proofs.report.ProofReport;
import koru.proofs.report.ReportWriter;
import koru.proofs.report.SarifReport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code koru verify --report}: checks the requests before anything runs, and writes every report of a run from the same results. */
final class Reports {
    /** The language's home; the reports' {@code informationUri}. */
    private static final String KORU = "https://github.com/korulang/koru";

    private Reports() {
    }

    /** Usage errors, found before any program is read: two products on stdout, or two reports into one file. */
    static void checkRequests(List<ReportRequest> requests, boolean jsonDiagnostics, CommandSpec spec) {
        long onStdout = requests.stream().filter(ReportRequest::toStdout).count() + (jsonDiagnostics ? 1 : 0);
        if (onStdout > 1) {
            throw new ParameterException(spec.commandLine(), "only one report can go to stdout" + (jsonDiagnostics ? " (--format json is one)" : "")
                    + "; give the others a file, e.g. --report sarif=koru.sarif");
        }
        Set<Path> files = new HashSet<>();
        for (ReportRequest request : requests) {
            if (request.file().isPresent() && !files.add(request.file().get().toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "two reports would be written to " + request.file().get());
            }
        }
    }

    /** Writes each requested report; a file that cannot be written is one line on stderr and exit 2, and the others are still written. */
    static int write(List<ReportRequest> requests, ProofReport report, Transcript transcript, CommandLine commandLine) {
        int exitCode = ExitCode.OK;
        for (ReportRequest request : requests) {
            if (request.file().isEmpty()) {
                if (request.toStdout()) {
                    commandLine.getOut().print(render(request.format(), report, transcript));
                    commandLine.getOut().flush();
                }
                continue;
            }
            Path file = request.file().get();
            try {
                Path directory = file.toAbsolutePath().getParent();
                if (directory != null) {
                    Files.createDirectories(directory);
                }
                Files.writeString(file, render(request.format(), report, transcript), StandardCharsets.UTF_8);
            } catch (IOException e) {
                commandLine.getErr().println(ReadFailure.writeLine(file, e, Palette.PLAIN));
                exitCode = ExitCode.USAGE_OR_IO_ERROR;
            }
        }
        return exitCode;
    }

    private static String render(ReportRequest.Format format, ProofReport report, Transcript transcript) {
        return switch (format) {
            case TEXT -> transcript.plainText();
            case JSON -> written(new JsonReport(), report);
            case JUNIT -> written(new JUnitReport(), report);
            case SARIF -> written(new SarifReport(Path.of("")), report);
            case MD -> written(new MarkdownReport(), report);
        };
    }

    /** The whole report in memory first, so that a file is never left half written. */
    private static String written(ReportWriter writer, ProofReport report) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a report to memory failed", e);
        }
        return out.toString();
    }

    static ProofReport.Tool tool() {
        return new ProofReport.Tool("koru", VersionProvider.version(), KORU, docs());
    }

    /**
     * The documentation of this Koru/J, when it runs from a checkout (the launcher, the tests): the
     * {@code docs/} beside {@code cli/} in the repository its classes were built in.
     */
    private static Optional<String> docs() {
        CodeSource source = Reports.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            // cli/target/classes or cli/target/koru-cli.jar: three levels up is the repository.
            Path repository = Path.of(source.getLocation().toURI()).toAbsolutePath();
            for (int up = 0; up < 3 && repository != null; up++) {
                repository = repository.getParent();
            }
            return Optional.ofNullable(repository)
                    .map(r -> r.resolve("docs"))
                    .filter(docs -> Files.isRegularFile(docs.resolve("reports.md")))
                    .map(docs -> docs.toUri().toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
