package koru.runtime.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinesTest {
    private static List<String> all(byte[] bytes) {
        Lines lines = new Lines(new ByteArrayInputStream(bytes));
        List<String> read = new ArrayList<>();
        for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
            read.add(line.get());
        }
        assertEquals(Optional.empty(), lines.next(), "the end stays the end");
        return read;
    }

    @Test
    void linesEndAtNewlineCarriageReturnNewlineOrCarriageReturnAndTheLastNeedsNoTerminator() {
        assertEquals(List.of("a", "b", "", "c", "d"), all("a\nb\r\n\nc\rd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textIsUtf8AndABadByteReadsAsTheReplacementCharacter() {
        byte[] bytes = {'h', (byte) 0xC3, (byte) 0xA9, '\n', 'x', (byte) 0xFF, 'y'};
        assertEquals(List.of("hé", "x\uFFFDy"), all(bytes));
    }

    @Test
    void anEmptyStreamHasNoLines() {
        assertEquals(List.of(), all(new byte[0]));
    }
}
