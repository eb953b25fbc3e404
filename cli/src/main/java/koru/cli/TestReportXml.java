package koru.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import koru.proofs.report.JUnitDocument;
import koru.proptest.checks.Checked;

/**
 * {@code koru test --report junit=FILE}: the XML Surefire writes, which CI servers read as test results.
 * A {@code testsuite} per file, a {@code testcase} per case ({@code clamp keeps values already in range
 * [clamp|java]}, {@code classname} the file as a dotted name); a failed case carries a {@code failure},
 * a faulted one an {@code error}, each with the reason as its message. A file that could not be tested
 * is a suite with one {@code error}.
 */
final class TestReportXml {
    void write(List<TestedFile> files, Writer out) throws IOException {
        JUnitDocument.write(out, "koru test", xml -> {
            for (TestedFile file : files) {
                suite(file, xml);
            }
        });
    }

    private static void suite(TestedFile file, XMLStreamWriter xml) throws XMLStreamException {
        String name = file.file().toString();
        long faulted = file.ran().stream().filter(ran -> ran.checked().verdict() instanceof Checked.Verdict.Faulted).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", Long.toString(file.problem().isPresent() ? 1 : file.ran().size()));
        xml.writeAttribute("failures", Long.toString(file.failed() - faulted));
        xml.writeAttribute("errors", Long.toString(file.problem().isPresent() ? 1 : faulted));
        xml.writeAttribute("skipped", Long.toString(file.skipped()));
        xml.writeAttribute("time", seconds(file.ran().stream().map(TestedFile.Ran::time).reduce(Duration.ZERO, Duration::plus)));
        if (file.problem().isPresent()) {
            testcase("not tested", className(name), Duration.ZERO, "error", file.problem().get().why(), xml);
        }
        for (TestedFile.Ran ran : file.ran()) {
            String outcome = switch (ran.checked().verdict()) {
                case Checked.Verdict.Passed passed -> "";
                case Checked.Verdict.Failed failed -> "failure";
                case Checked.Verdict.Faulted fault -> "error";
                case Checked.Verdict.Skipped skipped -> "skipped";
            };
            testcase(ran.checked().title(), className(name), ran.time(), outcome, ran.checked().why().orElse(""), xml);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** A {@code testcase}; with a {@code failure} or {@code error} child ({@code outcome}) saying {@code why}, unless it passed. */
    private static void testcase(String name, String className, Duration time, String outcome, String why, XMLStreamWriter xml)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        if (outcome.isEmpty()) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", name);
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", seconds(time));
        if (!outcome.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement(outcome);
            xml.writeAttribute("message", why);
            xml.writeCharacters(why);
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
    }

    private static String seconds(Duration time) {
        return BigDecimal.valueOf(time.toNanos(), 9).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code examples/clamp.kz} as {@code examples.clamp}: CI servers group test classes by their dotted package. */
    private static String className(String file) {
        String withoutExtension = file.endsWith(".kz") ? file.substring(0, file.length() - 3) : file;
        return withoutExtension.replace('\\', '/').replaceAll("^[./]+", "").replace('/', '.');
    }
}
