package koru.elaborator.parse;

/**
 * Finds the brace that closes a Java block, skipping what cannot hold a real brace: string and
 * char literals, text blocks and comments. Proc bodies are opaque to Koru (LANGUAGE.md A3); this
 * is all the Java the front end understands.
 */
final class JavaBraces {
    private JavaBraces() {
    }

    /** Offset of the {@code }} matching the {@code {} at {@code open}, or -1 if it is never closed. */
    static int matching(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("\"\"\"", i)) {
                i = skipPast(text, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(text, i, c);
            } else if (text.startsWith("//", i)) {
                i = skipPast(text, i + 2, "\n");
            } else if (text.startsWith("/*", i)) {
                i = skipPast(text, i + 2, "*/");
            } else {
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static int skipQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        // A text block's closing quotes may be escaped; an escaped one does not end it.
        while (at > 0 && end.equals("\"\"\"") && text.charAt(at - 1) == '\\') {
            at = text.indexOf(end, at + 1);
        }
        return at < 0 ? text.length() : at + end.length();
    }
}
