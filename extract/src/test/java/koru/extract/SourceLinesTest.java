package koru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import koru.kernel.ir.Origin;
import org.junit.jupiter.api.Test;

/** The excerpt a run-time diagnostic (KORU203) shows: the line, and carets under the origin's part of it. */
class SourceLinesTest {
    private static final String TEXT = "~event half { x: u32 }\n| halved u32 where halved * 2 <= in.x\n";
    private static final SourceLines LINES = new SourceLines(Map.of("half.kz", TEXT));

    @Test
    void theExcerptPointsAtTheOriginsColumns() {
        int start = TEXT.indexOf("halved * 2");
        Origin clause = new Origin("half.kz", start, start + "halved * 2 <= in.x".length());
        assertEquals(2, LINES.lineOf(clause));
        assertEquals(20, LINES.columnOf(clause));
        assertEquals("""
                 --> half.kz:2:20
                  |
                2 | | halved u32 where halved * 2 <= in.x
                  |                    ^^^^^^^^^^^^^^^^^^ false
                """, LINES.excerpt(clause, "false"));
    }

    @Test
    void anOriginRunningPastItsLineIsMarkedToTheLinesEndAndAnEmptyOneByOneCaret() {
        Origin twoLines = new Origin("half.kz", TEXT.indexOf("{ x"), TEXT.length());
        Origin empty = new Origin("half.kz", 0, 0);
        assertEquals("  | " + " ".repeat(12) + "^".repeat("{ x: u32 }".length()) + " here", LINES.excerpt(twoLines, "here").lines().toList().get(3));
        assertEquals("  | ^ here", LINES.excerpt(empty, "here").lines().toList().get(3));
    }
}
