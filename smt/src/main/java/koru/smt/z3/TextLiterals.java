// Trusted: a Java string and the Z3 string literal it is encoded as hold the same characters.
package koru.smt.z3;

/**
 * Z3 reads escape sequences inside string literals given to {@code mkString} and writes them in
 * model values, so text crosses the boundary in Z3's escaped form: every character outside
 * printable ASCII, and the backslash itself, as a backslash, {@code u}, and the hex digits of its
 * code point in braces.
 */
final class TextLiterals {
    private TextLiterals() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c <= 0x7e && c != '\\') {
                out.appendCodePoint(c);
            } else {
                out.append("\\u{").append(Integer.toHexString(c)).append('}');
            }
        });
        return out.toString();
    }

    /** The characters of a Z3 string value as {@code Expr.getString} prints them. */
    static String unescape(String z3Text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < z3Text.length()) {
            if (z3Text.startsWith("\\u{", i)) {
                int close = z3Text.indexOf('}', i);
                out.appendCodePoint(Integer.parseInt(z3Text.substring(i + 3, close), 16));
                i = close + 1;
            } else {
                out.append(z3Text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
