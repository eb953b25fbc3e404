package koru.elaborator.parse;

import static koru.elaborator.parse.Parsing.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import koru.elaborator.ast.Item;
import org.junit.jupiter.api.Test;

/** Layout (KORU010) and syntax (KORU011) errors, each at its exact line; parsing goes on after each. */
class LayoutErrorsTest {

    @Test
    void aPipeLineWithNothingOpenIsStray() {
        Parsing parsing = Parsing.of("""
                int x = 1;
                   | ok |> _
                ~event tick {}
                """);
        assertEquals(List.of("KORU010 at 2"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 2, 4, "|");
        parsing.item(0, Item.Event.class);
    }

    @Test
    void aLineStartingWithPipeArrowIsRefusedWhateverPrecedesIt() {
        Parsing parsing = Parsing.of("""
                ~show(text: "x")
                |> _
                ~show(text: "y")
                  |> show(text: "z")
                """);
        assertEquals(List.of("KORU010 at 2", "KORU010 at 4"), parsing.errors());
        at(parsing.diagnostics().get(1).span(), 4, 3, "|>");
        assertEquals(2, parsing.constructs().size());
    }

    @Test
    void aCommentLineCannotSplitAFlowFromItsHandlers() {
        Parsing parsing = Parsing.of("""
                ~a()
                // why
                | ok _ |> _
                | err _ |> _
                """);
        assertEquals(List.of("KORU010 at 2"), parsing.errors());
    }

    @Test
    void aCommentLineCannotSeparateSiblingHandlers() {
        Parsing parsing = Parsing.of("""
                ~a()
                | ok _ |> _

                    // the error path
                | err _ |> _
                """);
        assertEquals(List.of("KORU010 at 4"), parsing.errors());
    }

    @Test
    void aCommentAtTheEndOfALineIsFine() {
        Parsing.clean("""
                ~a() // start
                | ok _ |> _ // done
                """);
    }

    @Test
    void aHandlerWithoutStepIsALayoutError() {
        Parsing parsing = Parsing.of("""
                ~a()
                | ok x
                | err _ |> _
                """);
        assertEquals(List.of("KORU010 at 2"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 2, 1, "| ok x");
    }

    @Test
    void aHandlerWhoseArrowHasNothingAfterItIsALayoutError() {
        Parsing parsing = Parsing.of("""
                ~a()
                | ok x |>
                | err _ |> _
                """);
        assertEquals(List.of("KORU010 at 2"), parsing.errors());
    }

    @Test
    void siblingHandlersMustShareAColumn() {
        Parsing parsing = Parsing.of("""
                ~a()
                | ok x |> b(x: x)
                    | done _ |> _
                  | fail _ |> _
                | err _ |> _
                """);
        assertEquals(List.of("KORU010 at 4"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 4, 3, "|");
    }

    @Test
    void handlersUnderATerminalStepAreALayoutError() {
        Parsing parsing = Parsing.of("""
                ~a()
                | ok x |> _
                    | done _ |> _
                """);
        assertEquals(List.of("KORU010 at 3"), parsing.errors());
    }

    @Test
    void anUnclosedProcBodyIsReportedAtItsBrace() {
        Parsing parsing = Parsing.of("""
                ~event e {}
                ~proc e|java {
                    if (x) { return; }
                """);
        assertEquals(List.of("KORU011 at 2"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 2, 14, "{");
        parsing.only(Item.Event.class);
    }

    @Test
    void aProcWithoutBraceOnItsFirstLineIsAParseError() {
        Parsing parsing = Parsing.of("""
                ~proc e|java
                {
                }
                """);
        assertEquals("KORU011 at 1", parsing.errors().get(0));
    }

    @Test
    void anUnclosedTestBlockIsReportedAtItsFirstLine() {
        Parsing parsing = Parsing.of("""
                ~event e {}
                ~test(never closed) {
                    ~e()
                """);
        assertEquals(List.of("KORU011 at 2"), parsing.errors());
    }

    @Test
    void hostTextInsideATestBlockIsAParseError() {
        Parsing parsing = Parsing.of("""
                ~test(host inside) {
                    int x = 1;
                    ~e()
                }
                """);
        assertEquals(List.of("KORU011 at 2"), parsing.errors());
        assertEquals(1, parsing.item(0, Item.Test.class).body().size());
    }

    @Test
    void anUnterminatedStringIsReportedAtItsQuote() {
        Parsing parsing = Parsing.of("""
                ~show(text: "never closed)
                ~show(text: "fine")
                """);
        assertEquals(List.of("KORU011 at 1"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 1, 13, "\"");
        assertEquals(1, parsing.constructs().size());
    }

    @Test
    void onlyTheFirstSyntaxErrorOfAConstructIsReportedAndTheNextConstructStillParses() {
        Parsing parsing = Parsing.of("""
                ~event broken { a: , b: }
                ~event fine { a: u8 }
                ~f(x: 1 +, y: * 2)
                """);
        assertEquals(List.of("KORU011 at 1", "KORU011 at 3"), parsing.errors());
        at(parsing.diagnostics().get(0).span(), 1, 20, ",");
        assertEquals("fine", parsing.only(Item.Event.class).name().path());
    }

    @Test
    void aTildeWithNothingAfterItIsAParseError() {
        assertEquals(List.of("KORU011 at 2"), Parsing.of("~event e {}\n~\n").errors());
    }

    @Test
    void bracketsNestedBeyondTheLimitAreRefusedBeforeParsing() {
        String deep = "(".repeat(Layout.MAX_NESTING + 1) + "1" + ")".repeat(Layout.MAX_NESTING + 1);
        Parsing parsing = Parsing.of("~f(x: " + deep + ")\n~g()\n");
        assertEquals(List.of("KORU011 at 1"), parsing.errors());
        assertInstanceOf(Item.Flow.class, parsing.only(Item.Flow.class));
        Parsing.clean("~f(x: " + "(".repeat(Layout.MAX_NESTING - 2) + "1" + ")".repeat(Layout.MAX_NESTING - 2) + ")\n");
    }
}
