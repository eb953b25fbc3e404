package koru.extract.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import koru.extract.HostProc;
import koru.kernel.ir.Origin;
import org.junit.jupiter.api.Test;

/** A proc body loses its blank edge lines and common indentation on the way in; javac's positions map back exactly. */
class ProcRegionTest {
    // "~proc show|java {" then the body; the body text starts at offset 17 of the file.
    private static final String BODY = "\n    String s = text;\n\n      System.out.printn(s);\n";
    private static final HostProc PROC = new HostProc("app:show", HostProc.DEFAULT_VARIANT, BODY, new Origin("app.kz", 17, 17 + BODY.length()));

    @Test
    void theBodyIsDedentedAndKeepsTheOffsetOfEachLine() {
        ProcBody body = ProcBody.of(PROC);
        assertEquals(List.of("String s = text;", "", "  System.out.printn(s);"), body.lines());
        // Line 1: 17 + 1 (the newline) + 4 (the common indentation); line 3 starts at 17 + 23, its text after 4 more.
        // (javac never reports a position on the blank line 2.)
        assertEquals(List.of(22, 43, 44), body.sourceOffsets());
    }

    @Test
    void aGeneratedPositionMapsToTheSourcePositionAndNothingOutsideTheBodyDoes() {
        // The body's first line is generated line 10, indented by 8 spaces.
        ProcRegion region = new ProcRegion(PROC, 10, 8, ProcBody.of(PROC).sourceOffsets());
        // `printn` on generated line 12: 8 spaces, 2 of the body's own, then "System.out." (11): column 22;
        // in the source: the line's kept text starts at 44, then the same 2 + 11 characters.
        assertEquals(Optional.of(new Origin("app.kz", 44 + 2 + 11, 44 + 2 + 12)), region.originOf(12, 22));
        assertEquals(Optional.empty(), region.originOf(9, 1));
        assertEquals(Optional.empty(), region.originOf(13, 1));
    }

    @Test
    void javaKeywordsAndDottedNamesBecomeIdentifiers() {
        assertEquals(List.of("short_", "assert_fail", "paid", "OpenBank", "StdIo"),
                List.of(JavaNames.identifier("short"), JavaNames.identifier("assert.fail"), JavaNames.identifier("paid"),
                        JavaNames.typeName("open_bank"), JavaNames.typeName("std.io")));
    }
}
