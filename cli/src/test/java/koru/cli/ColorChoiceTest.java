package koru.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorChoiceTest {
    @Test
    void autoColoursOnlyOnATerminal() {
        assertTrue(ColorChoice.AUTO.enabled(Map.of(), true));
        assertFalse(ColorChoice.AUTO.enabled(Map.of(), false));
    }

    @Test
    void autoHonoursANonEmptyNoColor() {
        assertFalse(ColorChoice.AUTO.enabled(Map.of("NO_COLOR", "1"), true));
        assertTrue(ColorChoice.AUTO.enabled(Map.of("NO_COLOR", ""), true));
    }

    @Test
    void anExplicitChoiceWinsOverTerminalAndEnvironment() {
        assertTrue(ColorChoice.ALWAYS.enabled(Map.of("NO_COLOR", "1"), false));
        assertFalse(ColorChoice.NEVER.enabled(Map.of(), true));
    }
}
