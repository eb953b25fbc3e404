package koru.elaborator.parse;

/** Decodes the Java escapes of a string literal (LANGUAGE.md Part D: strings use Java escapes). */
final class JavaEscapes {
    private JavaEscapes() {
    }

    /** {@code quoted} includes its surrounding double quotes; the lexer has already checked its escapes. */
    static String decode(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                case 'u' -> {
                    while (body.charAt(i) == 'u') {
                        i++;
                    }
                    out.append((char) Integer.parseInt(body.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i - 1;
                        int limit = e <= '3' ? 3 : 2;
                        while (end < body.length() && end - (i - 1) < limit && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return out.toString();
    }
}
