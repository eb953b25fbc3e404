package koru.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How reports show values: text as a Koru string literal, so that texts that look alike are told apart. */
class ShowTest {
    @Test
    void textIsAKoruStringLiteralWithItsControlCharactersEscaped() {
        assertEquals("\"\"", Show.text(""));
        assertEquals("\" \"", Show.text(" "));
        assertEquals("\"say \\\"hi\\\" \\\\ done\"", Show.text("say \"hi\" \\ done"));
        assertEquals("\"\\n\\t\\r\\u0000\\u007f\\u0085\"", Show.text("\n\t\r\u0000\u007f\u0085"));
        assertEquals("\"né😀中\"", Show.text("né😀中"));
    }

    @Test
    void collectionsShowTheirElementsSo() {
        assertEquals("[\"a\", 1]", Show.value(List.of("a", 1)));
        assertEquals("{\"k\"=\"\\n\"}", Show.value(Map.of("k", "\n")));
        assertEquals("null", Show.value(null));
    }
}
