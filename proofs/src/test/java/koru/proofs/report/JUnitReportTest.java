package koru.proofs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {
    private static Document parsed() throws Exception {
        byte[] xml = SampleReport.written(new JUnitReport()).getBytes(StandardCharsets.UTF_8);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void totalsCountLikeSurefire() throws Exception {
        Element suites = parsed().getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals(List.of("8", "2", "1", "3"), List.of(suites.getAttribute("tests"), suites.getAttribute("failures"),
                suites.getAttribute("errors"), suites.getAttribute("skipped")));
    }

    @Test
    void aSuitePerModuleAndOneForTheProgramNotVerified() throws Exception {
        List<Element> suites = elements(parsed().getElementsByTagName("testsuite"));
        assertEquals(List.of(SampleReport.ENTRY, "app/lib/bank.kz", "app/bad file.kz").stream().sorted().toList(),
                suites.stream().map(s -> s.getAttribute("name")).sorted().toList());
        for (Element suite : suites) {
            assertEquals(Integer.parseInt(suite.getAttribute("tests")), suite.getElementsByTagName("testcase").getLength());
            assertEquals(Integer.parseInt(suite.getAttribute("failures")), suite.getElementsByTagName("failure").getLength());
            assertEquals(Integer.parseInt(suite.getAttribute("skipped")), suite.getElementsByTagName("skipped").getLength());
            assertEquals(Integer.parseInt(suite.getAttribute("errors")), suite.getElementsByTagName("error").getLength());
        }
    }

    @Test
    void aFailureCarriesMessageCodeLocationCounterexampleAndPath() throws Exception {
        Element failure = elements(parsed().getElementsByTagName("failure")).stream()
                .filter(f -> f.getAttribute("type").equals("KORU104")).findFirst().orElseThrow();
        assertEquals("integer overflow possible: `a | b * \"c\"` stays within u8", failure.getAttribute("message"));
        assertEquals("at app/main.kz:9:5\ncounterexample: a = 128 (replayed); the exact result is 256\npath: `if` (line 7) else, `withdraw` (line 8) short <b>",
                failure.getTextContent());
        Element testcase = (Element) failure.getParentNode();
        assertEquals("app.main", testcase.getAttribute("classname"));
        assertTrue(testcase.getAttribute("name").startsWith("overflow@app/main.kz:9:5: "));
    }

    @Test
    void aTestCaseTakesItsObligationsTimeAndASuiteTheSumOfItsTestCases() throws Exception {
        Document junit = parsed();
        assertEquals(List.of("0.000250", "0.020000", "1.234568", "0", "2.000000", "0", "0", "0"),
                elements(junit.getElementsByTagName("testcase")).stream().map(t -> t.getAttribute("time")).toList());
        for (Element suite : elements(junit.getElementsByTagName("testsuite"))) {
            assertEquals(sum(suite.getElementsByTagName("testcase")), new BigDecimal(suite.getAttribute("time")), suite.getAttribute("name"));
        }
        assertEquals(new BigDecimal("3.254818"), new BigDecimal(junit.getDocumentElement().getAttribute("time")));
        assertEquals(sum(junit.getElementsByTagName("testcase")), new BigDecimal(junit.getDocumentElement().getAttribute("time")));
    }

    private static BigDecimal sum(NodeList testcases) {
        return elements(testcases).stream().map(t -> new BigDecimal(t.getAttribute("time"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void unknownUnverifiedAndAssumedAreSkippedWithTheirStatus() throws Exception {
        assertEquals(List.of("unknown", "not_verified", "assumed"), elements(parsed().getElementsByTagName("skipped")).stream()
                .map(s -> s.getAttribute("message").substring(0, s.getAttribute("message").indexOf(':'))).toList());
    }
}
