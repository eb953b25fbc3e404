package koru.elaborator.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;

/**
 * Reads a source file as strict UTF-8 (LANGUAGE.md A1). Undecodable bytes are a KORU011 at their
 * position, never a crash; the text is still returned (with U+FFFD in their place) so that the
 * caret can be shown.
 */
public final class SourceReader {
    /** Larger sources are refused before reading: a program this size is almost surely not Koru. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceReader() {
    }

    /** The decoded file and, if its bytes were not valid UTF-8 or it was too large, the error. */
    public record Read(SourceFile file, Optional<Diagnostic> error) {
    }

    public static Read read(Path path, String displayPath) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            SourceFile empty = new SourceFile(displayPath, "");
            return new Read(empty, Optional.of(Diagnostic.error(Code.KORU011, new Span(empty, 0, 0),
                            "source file is %d bytes; the limit is %d".formatted(size, MAX_BYTES))
                    .withHint("split the program into modules and import them")));
        }
        return decode(Files.readAllBytes(path), displayPath);
    }

    public static Read decode(byte[] bytes, String displayPath) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = stripBom(new String(bytes, StandardCharsets.UTF_8));
        try {
            strict.decode(ByteBuffer.wrap(bytes));
            return new Read(new SourceFile(displayPath, text), Optional.empty());
        } catch (CharacterCodingException e) {
            int badByte = firstUndecodableByte(bytes);
            String before = stripBom(new String(bytes, 0, badByte, StandardCharsets.UTF_8));
            SourceFile file = new SourceFile(displayPath, text);
            int at = Math.min(before.length(), text.length());
            Span span = new Span(file, at, Math.min(at + 1, text.length()));
            return new Read(file, Optional.of(Diagnostic.error(Code.KORU011, span,
                            "the file is not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded"
                                    .formatted(bytes[badByte] & 0xFF, badByte))
                    .withHint("Koru/J sources are UTF-8; re-encode the file (e.g. `iconv -t UTF-8`)")));
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstUndecodableByte(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = strict.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }
}
