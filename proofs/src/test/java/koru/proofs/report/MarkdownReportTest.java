package koru.proofs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private static long count(String text, String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE).matcher(text).results().count();
    }

    @Test
    void theSummaryLineHasTheCounts() throws IOException {
        assertTrue(SampleReport.written(new MarkdownReport())
                .startsWith("## koru verify: 2 proven, 2 failed, 1 unknown, 1 not verified yet, 1 assumed\n"));
    }

    @Test
    void aTablePerModuleWithARowPerResult() throws IOException {
        String md = SampleReport.written(new MarkdownReport());
        assertEquals(2, count(md, "^\\| kind \\| location \\| status \\| description \\|$"));
        assertEquals(7, count(md, "^\\| (pre|post|inv|overflow|div|cap|exhaustive|loop_invariant|state|obligation|contract|body) \\|"));
        assertTrue(md.contains("| overflow | `9:5` | **failed** | KORU104: integer overflow possible: `a \\| b * \"c\"` stays within u8 |"), md);
    }

    @Test
    void aMermaidFlowchartPerFailureEndingInTheFailure() throws IOException {
        String md = SampleReport.written(new MarkdownReport());
        assertEquals(2, count(md, "^```mermaid$"));
        assertTrue(md.contains("""
                ```mermaid
                flowchart TD
                    s0["#96;if#96; #40;line 7#41;"] -->|else| s1
                    s1["#96;withdraw#96; #40;line 8#41;"] -->|short #60;b#62;| failed
                    failed(["KORU104 at line 9: integer overflow fails"])
                """), md);
    }

    @Test
    void underAVerifiedProgramsHeadingItsSolvingTimeAndTheCache() throws IOException {
        String md = SampleReport.written(new MarkdownReport());
        assertTrue(md.contains("### `app/main.kz`: failed (2 proven, 2 failed, 1 unknown, 1 not verified yet, 1 assumed)\n\n"
                + "Solved in 0.900 s; proof cache: 1 hit, 3 misses.\n\n#### `app/main.kz`\n"), md);
        assertEquals(1, count(md, "^Solved in "), "none for the program not verified");
        ProgramReport uncached = ProgramReport.of("a.kz", List.of("a.kz"), List.of(), new Solving(Duration.ofNanos(12_345_678), Optional.empty()));
        StringWriter out = new StringWriter();
        new MarkdownReport().write(new ProofReport(SampleReport.report().tool(), List.of(uncached)), out);
        assertTrue(out.toString().contains("\nSolved in 0.012 s.\n"), out.toString());
    }

    @Test
    void aProgramNotVerifiedListsItsProblems() throws IOException {
        String md = SampleReport.written(new MarkdownReport());
        assertTrue(md.contains("### `app/bad file.kz`: rejected\n\n- **KORU011** `app/bad file.kz:2:1` unknown event `shwo`\n"), md);
    }
}
