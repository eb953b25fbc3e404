package koru.extract.jar;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantPoolNamesTest {
    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /** {@code java.lang.Long} holds long constants, which take two pool entries: a reader that counts them as one goes astray after the first. */
    @Test
    void readsEveryTextConstantPastLongsAndDoubles() throws IOException {
        List<String> texts = ConstantPoolNames.of(classFile(Long.class));
        assertAll(
                () -> assertTrue(texts.contains("java/lang/Number"), "the superclass"),
                () -> assertTrue(texts.contains("MAX_VALUE"), "a field name"),
                () -> assertTrue(texts.contains("java/lang/Long"), "the class itself"));
    }

    /** A class used only as a field's or a method's type has no class entry of its own: its name is inside a descriptor. */
    @Test
    void namesTheLibrariesAClassRefersToInsideDescriptors() throws IOException {
        List<String> texts = ConstantPoolNames.of(classFile(Library.class));
        assertAll(
                () -> assertFalse(texts.contains("java/nio/file/Path"), "Path is no class entry of Library"),
                () -> assertTrue(texts.contains("Ljava/nio/file/Path;"), texts::toString),
                () -> assertTrue(texts.stream().noneMatch(text -> text.contains("io/vavr/")), texts::toString));
    }

    @Test
    void refusesWhatIsNotAClassFile() {
        byte[] truncated = Arrays.copyOf(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 65, 0, 9, 1}, 11);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> ConstantPoolNames.of("not a class".getBytes())),
                () -> assertThrows(UncheckedIOException.class, () -> ConstantPoolNames.of(truncated)));
    }

    @Test
    void aLibraryIsUsedWhenAnyClassNamesItsPackage() throws IOException {
        Library nio = new Library("java/nio/file/", Path.of("unused"));
        Library vavr = new Library("io/vavr/", Path.of("unused"));
        List<byte[]> classes = List.of(classFile(Long.class), classFile(Library.class));
        assertAll(
                () -> assertTrue(nio.usedBy(classes)),
                () -> assertFalse(vavr.usedBy(classes)),
                () -> assertFalse(nio.usedBy(List.of())),
                () -> assertEquals(false, nio.usedBy(List.of(classFile(Long.class)))));
    }
}
