package koru.proofs.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The frame of a JUnit XML report, as Maven Surefire writes it and CI servers read it: the XML
 * declaration and one {@code testsuites} element named {@code name}, whose suites {@code suites}
 * writes. Shared by {@code koru verify --report junit} ({@link JUnitReport}) and {@code koru test
 * --report junit}, so both files have the same shape.
 */
public final class JUnitDocument {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes the {@code testsuite} elements (and any attributes of {@code testsuites}) into the open element. */
    @FunctionalInterface
    public interface Suites {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private JUnitDocument() {
    }

    public static void write(Writer out, String name, Suites suites) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", name);
            suites.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
        }
    }
}
