package koru.cli;

import koru.elaborator.diag.Severity;

/**
 * The colours of rendered diagnostics, as rustc uses them: bold red errors, bold yellow warnings,
 * a bold blue gutter. A disabled palette returns every text unchanged.
 */
record Palette(boolean enabled) {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String BOLD_RED = "\u001B[1;31m";
    private static final String BOLD_YELLOW = "\u001B[1;33m";
    private static final String BOLD_BLUE = "\u001B[1;34m";
    /** No colour: for files and pipes. */
    static final Palette PLAIN = new Palette(false);

    String severity(Severity severity, String text) {
        return paint(severity == Severity.ERROR ? BOLD_RED : BOLD_YELLOW, text);
    }

    String gutter(String text) {
        return paint(BOLD_BLUE, text);
    }

    String bold(String text) {
        return paint(BOLD, text);
    }

    private String paint(String style, String text) {
        return enabled && !text.isEmpty() ? style + text + RESET : text;
    }
}
