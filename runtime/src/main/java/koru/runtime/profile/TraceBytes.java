package koru.runtime.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The writer's output buffer: bytes of UTF-8 JSON, appended without creating a {@code String} or a
 * boxed number per event. Numbers are written digit by digit and text is escaped and encoded one
 * {@code char} at a time; the writer empties it into the file in large writes.
 */
final class TraceBytes {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    TraceBytes(int initialCapacity) {
        this.bytes = new byte[initialCapacity];
    }

    int size() {
        return size;
    }

    /** Writes everything appended so far to {@code out} and starts empty again. */
    void drainTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    void clear() {
        size = 0;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    /** {@code part} as it is: a piece of JSON already encoded. */
    TraceBytes raw(byte[] part) {
        ensure(part.length);
        System.arraycopy(part, 0, bytes, size, part.length);
        size += part.length;
        return this;
    }

    /** {@code text} as it is: for the format's own punctuation and keys, which are ASCII and need no escaping. */
    TraceBytes ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    TraceBytes number(long value) {
        if (value < 0) {
            ensure(1);
            bytes[size++] = '-';
            if (value == Long.MIN_VALUE) { // its magnitude is no long
                return ascii("9223372036854775808");
            }
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int at = size + digits - 1; at >= size; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** {@code ns} nanoseconds as microseconds, exactly: {@code 1234567} is {@code 1234.567}. */
    TraceBytes micros(long ns) {
        if (ns < 0) {
            ensure(1);
            bytes[size++] = '-';
        }
        long magnitude = Math.abs(ns);
        number(magnitude / 1000);
        int fraction = (int) (magnitude % 1000);
        ensure(4);
        bytes[size++] = '.';
        bytes[size++] = (byte) ('0' + fraction / 100);
        bytes[size++] = (byte) ('0' + fraction / 10 % 10);
        bytes[size++] = (byte) ('0' + fraction % 10);
        return this;
    }

    /** {@code text} as a JSON string, quoted (see {@link #escaped}). */
    TraceBytes string(String text) {
        ensure(1);
        bytes[size++] = '"';
        escaped(text);
        ensure(1);
        bytes[size++] = '"';
        return this;
    }

    /**
     * The inside of a JSON string holding {@code text}, in UTF-8. Quotes, backslashes and control
     * characters are escaped as RFC 8259 requires; so is every surrogate, which keeps a lone one (not
     * UTF-8 encodable) from corrupting the file while a valid pair still reads back as its character.
     */
    TraceBytes escaped(String text) {
        int length = text.length();
        ensure(6 * length); // the longest form of a char: backslash, u and four hex digits
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> pair('"');
                case '\\' -> pair('\\');
                case '\n' -> pair('n');
                case '\r' -> pair('r');
                case '\t' -> pair('t');
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        unicodeEscape(c);
                    } else if (c < 0x80) {
                        bytes[size++] = (byte) c;
                    } else if (c < 0x800) {
                        bytes[size++] = (byte) (0xc0 | c >> 6);
                        bytes[size++] = (byte) (0x80 | c & 0x3f);
                    } else {
                        bytes[size++] = (byte) (0xe0 | c >> 12);
                        bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                        bytes[size++] = (byte) (0x80 | c & 0x3f);
                    }
                }
            }
        }
        return this;
    }

    private void pair(char escapedAs) {
        bytes[size++] = '\\';
        bytes[size++] = (byte) escapedAs;
    }

    private void unicodeEscape(char c) {
        pair('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
            bytes[size++] = HEX[c >> shift & 0xf];
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}
