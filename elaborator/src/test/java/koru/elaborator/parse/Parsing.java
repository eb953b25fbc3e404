package koru.elaborator.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.source.SourceFile;
import koru.elaborator.source.Span;

/** What the parser made of one source text: its items and every diagnostic, as tests inspect them. */
record Parsing(SourceUnit unit, List<Diagnostic> diagnostics) {

    static Parsing of(String text) {
        Diagnostics diagnostics = new Diagnostics();
        SourceUnit unit = ParseSource.parse(new SourceFile("test.kz", text), diagnostics);
        return new Parsing(unit, diagnostics.sorted());
    }

    /** Parses text that must have no diagnostic at all. */
    static Parsing clean(String text) {
        Parsing parsing = of(text);
        assertEquals(List.of(), parsing.errors(), "diagnostics of:\n" + text);
        return parsing;
    }

    /** {@code KORU011 at 3}, one per diagnostic, in reading order. */
    List<String> errors() {
        return diagnostics.stream().map(d -> d.code() + " at " + d.span().line()).toList();
    }

    /** The Koru items, host lines left out. */
    List<Item> constructs() {
        return unit.items().stream().filter(i -> !(i instanceof Item.HostLine)).toList();
    }

    <T extends Item> T only(Class<T> kind) {
        List<Item> constructs = constructs();
        assertEquals(1, constructs.size(), "constructs: " + constructs);
        return assertInstanceOf(kind, constructs.get(0));
    }

    <T extends Item> T item(int index, Class<T> kind) {
        return assertInstanceOf(kind, constructs().get(index));
    }

    /** Asserts a span's 1-based line and column and its exact text. */
    static void at(Span span, int line, int column, String text) {
        assertEquals(line + ":" + column + " `" + text + "`",
                span.line() + ":" + span.column() + " `" + span.text() + "`");
    }
}
