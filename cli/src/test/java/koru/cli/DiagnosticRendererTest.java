package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
    private static final DiagnosticRenderer PLAIN = new DiagnosticRenderer(new Palette(false));

    /** A file whose {@code line}-th line is {@code text}, preceded by comment lines. */
    private static SourceFile fileWithLine(int line, String text) {
        return new SourceFile("orders.kz", "// filler\n".repeat(line - 1) + text + "\n");
    }

    private static Span spanOf(SourceFile file, String needle) {
        int start = file.text().indexOf(needle);
        return new Span(file, start, start + needle.length());
    }

    @Test
    void rendersTheStyleGuideShapeWithLabelPathNoteAndHint() {
        SourceFile file = fileWithLine(14, "| opened f |> show(text: \"opened\")");
        Span f = new Span(file, file.lineStart(14) + 9, file.lineStart(14) + 10);
        Diagnostic leak = Diagnostic.error(Code.KORU107, f, "obligation `opened` on `f` is never discharged on this path")
                .withLabel("`f` is opened here")
                .withNote("path: open → opened")
                .withHint("call `close(file: f)` before the flow ends");

        assertEquals("""
                error[KORU107]: obligation `opened` on `f` is never discharged on this path
                  --> orders.kz:14:10
                   |
                14 | | opened f |> show(text: "opened")
                   |          ^ `f` is opened here
                   = path: open → opened
                   = hint: call `close(file: f)` before the flow ends
                """, PLAIN.render(leak));
    }

    @Test
    void aVeryLongLineIsShownAsAWindowAroundTheSpan() {
        String line = "~e(x: " + "(".repeat(300) + "1" + ")".repeat(300) + ")";
        SourceFile file = fileWithLine(2, line);
        int one = file.text().indexOf('1', file.lineStart(2));
        Diagnostic deep = Diagnostic.error(Code.KORU011, new Span(file, one, one + 1), "too deep");

        String[] rendered = PLAIN.render(deep).split("\n");
        String quoted = rendered[3];
        String marker = rendered[4];
        assertEquals("2 | …" + "(".repeat(60) + "1" + ")".repeat(97) + "…", quoted);
        assertEquals(quoted.indexOf('1'), marker.indexOf('^'), "the caret stays under the span");
        assertEquals(1, marker.chars().filter(c -> c == '^').count());
    }

    @Test
    void underlinesTheWholeSpanAndPrefixesPlainNotes() {
        SourceFile file = fileWithLine(3, "~gret(name: \"Koru\")");
        Diagnostic unknown = Diagnostic.error(Code.KORU040, spanOf(file, "gret"), "unknown event `gret`")
                .withNote("events in scope: greet, show");

        assertEquals("""
                error[KORU040]: unknown event `gret`
                 --> orders.kz:3:2
                  |
                3 | ~gret(name: "Koru")
                  |  ^^^^
                  = note: events in scope: greet, show
                """, PLAIN.render(unknown));
    }

    @Test
    void anEmptySpanStillGetsOneCaret() {
        SourceFile file = new SourceFile("empty.kz", "");
        Diagnostic parse = Diagnostic.error(Code.KORU011, new Span(file, 0, 0), "expected a declaration");

        assertEquals("""
                error[KORU011]: expected a declaration
                 --> empty.kz:1:1
                  |
                1 |
                  | ^
                """, PLAIN.render(parse));
    }

    @Test
    void expandsTabsInTheLineAndBeforeTheCaretAlike() {
        SourceFile file = new SourceFile("tabs.kz", "~a()\n\t| ok x |> b(v: x)\n");
        int x = file.text().indexOf("x |");
        Diagnostic unused = Diagnostic.warning(Code.KORU100, new Span(file, x, x + 1), "unused binding `x`");

        assertEquals("""
                warning[KORU100]: unused binding `x`
                 --> tabs.kz:2:7
                  |
                2 |     | ok x |> b(v: x)
                  |          ^
                """, PLAIN.render(unused));
    }

    @Test
    void aSpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        SourceFile file = new SourceFile("multi.kz", "~event e { a: u8,\n  b: u8 }\n");
        Diagnostic shape = Diagnostic.error(Code.KORU020, new Span(file, 9, file.text().length() - 1), "bad shape");

        assertEquals("""
                error[KORU020]: bad shape
                 --> multi.kz:1:10
                  |
                1 | ~event e { a: u8,
                  |          ^^^^^^^^
                """, PLAIN.render(shape));
    }

    @Test
    void theGutterIsAsWideAsTheLineNumber() {
        SourceFile file = fileWithLine(120, "~x()");
        Diagnostic unknown = Diagnostic.error(Code.KORU040, spanOf(file, "x()"), "unknown event `x`");

        assertEquals("""
                error[KORU040]: unknown event `x`
                   --> orders.kz:120:2
                    |
                120 | ~x()
                    |  ^^^
                """, PLAIN.render(unknown));
    }

    @Test
    void colourPaintsSeverityGutterAndCaretsWhenEnabled() {
        SourceFile file = new SourceFile("c.kz", "~x()\n");
        Diagnostic unknown = Diagnostic.error(Code.KORU040, new Span(file, 1, 2), "unknown event `x`")
                .withHint("declare it");
        String red = "\u001B[1;31m";
        String blue = "\u001B[1;34m";
        String bold = "\u001B[1m";
        String reset = "\u001B[0m";

        assertEquals(red + "error[KORU040]" + reset + bold + ": unknown event `x`" + reset + "\n"
                + " " + blue + "-->" + reset + " c.kz:1:2\n"
                + "  " + blue + "|" + reset + "\n"
                + blue + "1 |" + reset + " ~x()\n"
                + "  " + blue + "|" + reset + "  " + red + "^" + reset + "\n"
                + "  " + blue + "=" + reset + " " + bold + "hint:" + reset + " declare it\n",
                new DiagnosticRenderer(new Palette(true)).render(unknown));
    }
}
