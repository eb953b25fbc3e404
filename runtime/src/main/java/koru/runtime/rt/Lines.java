package koru.runtime.rt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The lines of a UTF-8 byte stream, one at a time; {@link #STANDARD_INPUT} is behind
 * {@code std.io:read_line}. A line ends at {@code \n}, {@code \r\n} or {@code \r}, which are not part
 * of it; the last line needs no terminator. Bytes that are not UTF-8 read as U+FFFD, never as an error:
 * Koru text is UTF-8 and a program reading its input should not stop on one bad byte.
 */
public final class Lines {
    /** The process's standard input. One reader for every call, so that what one call buffered the next one reads. */
    public static final Lines STANDARD_INPUT = new Lines(System.in);

    private final BufferedReader reader;

    public Lines(InputStream bytes) {
        this.reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8));
    }

    /** The next line, or empty at the end of the stream. */
    public synchronized Optional<String> next() {
        try {
            return Optional.ofNullable(reader.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a line", e);
        }
    }
}
