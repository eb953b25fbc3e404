package koru.elaborator.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the small JSON documents Koru reads ({@code koru.json}): objects become
 * {@link Map}s, arrays {@link List}s, strings {@link String}s, numbers {@link Double}s, and
 * {@code true}/{@code false}/{@code null} their Java values ({@code null} as {@link Null}).
 * Malformed input is a {@link Malformed} carrying the character offset of the problem.
 */
final class JsonReader {
    /** The JSON {@code null} (a {@link Map} cannot hold a Java {@code null} value in our callers). */
    enum Null { NULL }

    /** What is wrong with the document and where. */
    static final class Malformed extends Exception {
        final int offset;

        Malformed(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    /** Deeper nesting is refused rather than risking the stack; koru.json needs two levels. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    static Object read(String text) throws Malformed {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.skipBlanks();
        if (reader.at < text.length()) {
            throw new Malformed("unexpected text after the JSON value", reader.at);
        }
        return value;
    }

    private Object value() throws Malformed {
        skipBlanks();
        if (at >= text.length()) {
            throw new Malformed("the document ends where a value was expected", at);
        }
        char c = text.charAt(at);
        if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
            throw new Malformed("nested more than " + MAX_DEPTH + " levels deep", at);
        }
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", Null.NULL);
            default -> {
                if (c == '-' || Character.isDigit(c)) {
                    yield number();
                }
                throw new Malformed("unexpected `" + c + "` where a value was expected", at);
            }
        };
    }

    private Map<String, Object> object() throws Malformed {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipBlanks();
        if (peek('}')) {
            at++;
            depth--;
            return members;
        }
        while (true) {
            skipBlanks();
            if (!peek('"')) {
                throw new Malformed("expected a quoted member name", at);
            }
            int nameAt = at;
            String name = string();
            skipBlanks();
            expect(':', "`:`");
            Object value = value();
            if (members.put(name, value) != null) {
                throw new Malformed("member `" + name + "` appears twice", nameAt);
            }
            skipBlanks();
            if (peek(',')) {
                at++;
                continue;
            }
            expect('}', "`,` or `}`");
            depth--;
            return members;
        }
    }

    private List<Object> array() throws Malformed {
        List<Object> elements = new ArrayList<>();
        at++;
        skipBlanks();
        if (peek(']')) {
            at++;
            depth--;
            return elements;
        }
        while (true) {
            elements.add(value());
            skipBlanks();
            if (peek(',')) {
                at++;
                continue;
            }
            expect(']', "`,` or `]`");
            depth--;
            return elements;
        }
    }

    private String string() throws Malformed {
        int start = at;
        at++;
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed("a control character inside a string must be escaped", at - 1);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
                        throw new Malformed("`\\u` must be followed by four hex digits", at - 2);
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw new Malformed("unknown escape `\\" + escaped + "`", at - 2);
            }
        }
        throw new Malformed("the string is never closed", start);
    }

    private Double number() throws Malformed {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new Malformed("`" + literal + "` is not a JSON number", start);
        }
        return Double.valueOf(literal);
    }

    private Object word(String word, Object value) throws Malformed {
        if (!text.startsWith(word, at)) {
            throw new Malformed("unexpected text where a value was expected", at);
        }
        at += word.length();
        return value;
    }

    private void expect(char c, String expected) throws Malformed {
        if (!peek(c)) {
            throw new Malformed(at < text.length() ? "expected " + expected + ", found `" + text.charAt(at) + "`"
                    : "the document ends where " + expected + " was expected", at);
        }
        at++;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipBlanks() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }
}
