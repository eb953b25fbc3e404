package koru.proofs.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --report junit}: the XML that Maven Surefire writes, which CI servers (Jenkins, GitLab,
 * GitHub test reporters) read as test results. A {@code testsuite} per module, a {@code testcase} per
 * result (named by its id and message, {@code classname} the module's file as a dotted name): a
 * failed one carries a {@code failure} (message, code as its type, location, counterexample and path
 * in its text); an unknown, unverified or assumed one is {@code skipped}, since it is neither proven
 * nor refuted. A program that was not verified is a suite of its own whose problems are {@code error}s.
 * A test case's time is the wall time of solving its obligation, in seconds as Surefire writes them
 * ({@code 0} for a result with no solving: a state check, an assumed contract, an unverified body, a
 * problem); a suite's time is the sum of its test cases'.
 */
public final class JUnitReport implements ReportWriter {
    @Override
    public void write(ProofReport report, Writer out) throws IOException {
        JUnitDocument.write(out, report.tool().name() + " verify", xml -> {
            writeTotals(report.counts(), report.problems(), Seconds.sum(report.results()), xml);
            for (ProgramReport program : report.programs()) {
                if (!program.problems().isEmpty()) {
                    writeProblems(program, xml);
                }
                for (ModuleReport module : program.modules()) {
                    writeModule(module, xml);
                }
            }
        });
    }

    private static void writeModule(ModuleReport module, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", module.file());
        writeTotals(module.counts(), 0, Seconds.sum(module.results()), xml);
        for (Result result : module.results()) {
            xml.writeCharacters("\n    ");
            boolean empty = result.status() == Status.PROVEN;
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("name", result.id() + ": " + result.message());
            xml.writeAttribute("classname", className(module.file()));
            xml.writeAttribute("time", result.time().map(t -> Seconds.of(t).toPlainString()).orElse("0"));
            switch (result.status()) {
                case PROVEN -> {
                }
                case FAILED -> {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", result.message());
                    xml.writeAttribute("type", result.code().orElse(result.kind().key()));
                    xml.writeCharacters(details(result));
                    xml.writeEndElement();
                }
                case UNKNOWN, NOT_VERIFIED, ASSUMED -> {
                    xml.writeCharacters("\n      ");
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", result.status().key() + ": " + result.message());
                }
            }
            if (!empty) {
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeProblems(ProgramReport program, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", program.entry());
        writeTotals(Counts.NONE, program.problems().size(), BigDecimal.ZERO, xml);
        for (Problem problem : program.problems()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", program.outcome().key() + ": " + problem.message());
            xml.writeAttribute("classname", className(program.entry()));
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n      ");
            xml.writeStartElement("error");
            xml.writeAttribute("message", problem.message());
            xml.writeAttribute("type", problem.code().orElse("internal"));
            xml.writeCharacters(problem.location().map(Location::position).orElse(program.entry()));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** Surefire's counting: every result is a test; failures, errors and skipped among them; the time of them all. */
    private static void writeTotals(Counts counts, int errors, BigDecimal seconds, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(counts.total() + errors));
        xml.writeAttribute("failures", Integer.toString(counts.failed()));
        xml.writeAttribute("errors", Integer.toString(errors));
        xml.writeAttribute("skipped", Integer.toString(counts.unknown() + counts.notVerified() + counts.assumed()));
        xml.writeAttribute("time", seconds.toPlainString());
    }

    /** A failure's text: where, with what values, along which path (as the terminal's notes say it). */
    private static String details(Result result) {
        StringBuilder text = new StringBuilder("at ").append(result.location().position());
        result.counterexample().ifPresent(c -> text.append("\ncounterexample: ").append(c));
        Optional.of(result.path()).filter(p -> !p.isEmpty()).ifPresent(path -> text.append(path.stream()
                .map(step -> "`" + step.construct() + "` (line " + step.location().startLine() + ") " + step.taken())
                .collect(Collectors.joining(", ", "\npath: ", ""))));
        return text.toString();
    }

    /** {@code examples/ledger.kz} as {@code examples.ledger}: CI servers group test classes by their dotted package. */
    private static String className(String file) {
        String withoutExtension = file.endsWith(".kz") ? file.substring(0, file.length() - 3) : file;
        return withoutExtension.replace('\\', '/').replaceAll("^/+", "").replace('/', '.');
    }
}
