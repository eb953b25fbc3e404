package koru.smt.natives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Native libraries are unpacked once, checked before every use, and never loaded from a bad copy. */
class LibraryCacheTest {
    private static final byte[] LIBRARY = "the solver's machine code".repeat(1000).getBytes(StandardCharsets.UTF_8);
    private static final byte[] BINDING = "the JNI binding".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void theFirstUseUnpacksEveryFileAndTheSecondReusesThem() throws IOException {
        NativeBundle bundle = bundle(LIBRARY);
        Path root = temp.resolve("cache");

        Path first = new LibraryCache(root).unpack(bundle);
        assertEquals(root.resolve(first.getFileName()), first);
        assertTrue(first.getFileName().toString().startsWith("test.bundle-linux-amd64-"), first.toString());
        assertArrayEquals(LIBRARY, Files.readAllBytes(first.resolve("libsolver.so")));
        assertArrayEquals(BINDING, Files.readAllBytes(first.resolve("libsolverjava.so")));
        Object unpacked = identity(first.resolve("libsolver.so"));

        Path second = new LibraryCache(root).unpack(bundle);
        assertEquals(first, second);
        assertEquals(unpacked, identity(second.resolve("libsolver.so")), "a good copy is not written again");
        assertEquals(List.of("libsolver.so", "libsolverjava.so"), fileNames(second), "no temporary file is left behind");
    }

    @Test
    void aDamagedCopyOfTheSameSizeIsReplaced() throws IOException {
        NativeBundle bundle = bundle(LIBRARY);
        LibraryCache cache = new LibraryCache(temp.resolve("cache"));
        Path library = cache.unpack(bundle).resolve("libsolver.so");
        byte[] damaged = LIBRARY.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(library, damaged);

        assertEquals(library.getParent(), cache.unpack(bundle));
        assertArrayEquals(LIBRARY, Files.readAllBytes(library));
    }

    @Test
    void aTruncatedCopyIsReplaced() throws IOException {
        NativeBundle bundle = bundle(LIBRARY);
        LibraryCache cache = new LibraryCache(temp.resolve("cache"));
        Path library = cache.unpack(bundle).resolve("libsolver.so");
        try (var channel = Files.newByteChannel(library, StandardOpenOption.WRITE)) {
            channel.truncate(100);
        }

        cache.unpack(bundle);
        assertArrayEquals(LIBRARY, Files.readAllBytes(library));
    }

    @Test
    void anotherBuildOfTheLibraryGetsItsOwnDirectory() throws IOException {
        LibraryCache cache = new LibraryCache(temp.resolve("cache"));
        Path older = cache.unpack(bundle(LIBRARY));
        byte[] newer = "the next release".getBytes(StandardCharsets.UTF_8);

        Path other = cache.unpack(bundle(newer));
        assertNotEquals(older, other);
        assertArrayEquals(LIBRARY, Files.readAllBytes(older.resolve("libsolver.so")), "the older build's copy stays as it was");
        assertArrayEquals(newer, Files.readAllBytes(other.resolve("libsolver.so")));
    }

    @Test
    void aCacheThatCannotBeWrittenFallsBackToATemporaryDirectory() throws IOException {
        Path notADirectory = Files.writeString(temp.resolve("cache"), "a file where the cache directory should be");

        Path unpacked = new LibraryCache(notADirectory).unpack(bundle(LIBRARY));
        assertFalse(unpacked.startsWith(notADirectory), unpacked.toString());
        assertTrue(unpacked.getFileName().toString().startsWith("koru-native"), unpacked.toString());
        assertArrayEquals(LIBRARY, Files.readAllBytes(unpacked.resolve("libsolver.so")));
        assertArrayEquals(BINDING, Files.readAllBytes(unpacked.resolve("libsolverjava.so")));
    }

    @Test
    void aFileThatDoesNotMatchWhatItsJarRecordsIsNeverPutInPlace() throws IOException {
        NativeBundle good = bundle(LIBRARY);
        BundledFile library = good.files().get(0);
        BundledFile misrecorded = new BundledFile(library.name(), library.source(), library.size(), library.crc() ^ 1);
        NativeBundle bad = new NativeBundle(good.name(), List.of(misrecorded), good.loadOrder());
        Path root = temp.resolve("cache");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new LibraryCache(root).unpack(bad));
        assertTrue(e.getCause().getMessage().contains("does not have the size and CRC-32 its jar records"), e.getCause().getMessage());
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void theBundleListsWhatTurnkeyXmlListsWithEachJarEntrysSizeAndChecksum() throws IOException {
        NativeBundle bundle = bundle(LIBRARY);

        assertEquals("test.bundle-linux-amd64", bundle.name());
        assertEquals(List.of("libsolver.so", "libsolverjava.so"), bundle.files().stream().map(BundledFile::name).toList());
        assertEquals(LIBRARY.length, bundle.files().get(0).size());
        assertEquals(crc(LIBRARY), bundle.files().get(0).crc());
        assertEquals(List.of("libsolverjava.so"), bundle.loadOrder());
    }

    @Test
    void aFileOutsideAJarIsReadOnceForItsSizeAndChecksum() throws IOException {
        Path file = Files.write(temp.resolve("libsolver.so"), LIBRARY);

        BundledFile bundled = BundledFile.at("libsolver.so", file.toUri().toURL());
        assertEquals(LIBRARY.length, bundled.size());
        assertEquals(crc(LIBRARY), bundled.crc());
    }

    @Test
    void aPlatformWithoutLibrariesIsNamed() throws IOException {
        try (URLClassLoader jar = jarOf(LIBRARY)) {
            IOException e = assertThrows(IOException.class, () -> NativeBundle.of("test/bundle", "linux", "riscv64", jar));
            assertEquals("no native library in the class path for linux on riscv64 (no test/bundle/linux/riscv64/turnkey.xml)", e.getMessage());
        }
    }

    @Test
    void z3sOwnBundleIsUnpackedIntoTheCache() throws IOException {
        NativeBundle z3 = NativeBundle.forThisPlatform("com/microsoft/z3", getClass().getClassLoader());
        assertTrue(z3.files().stream().anyMatch(file -> file.name().startsWith("libz3.")), z3.toString());
        assertFalse(z3.loadOrder().isEmpty());

        Path unpacked = new LibraryCache(temp).unpack(z3);
        for (BundledFile file : z3.files()) {
            assertEquals(file.size(), Files.size(unpacked.resolve(file.name())), file.name());
            assertTrue(file.isCopiedTo(unpacked), file.name());
        }
    }

    /** A bundle for linux/amd64 under the prefix test/bundle whose main library holds {@code library}. */
    private NativeBundle bundle(byte[] library) throws IOException {
        try (URLClassLoader jar = jarOf(library)) {
            return NativeBundle.of("test/bundle", "linux", "amd64", jar);
        }
    }

    private URLClassLoader jarOf(byte[] library) throws IOException {
        String metadata = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
                <properties>
                <entry key="bundled-libraries.0">libsolver.so</entry>
                <entry key="bundled-libraries.1">libsolverjava.so</entry>
                <entry key="load-commands.0">libsolverjava.so</entry>
                </properties>
                """;
        Path jar = Files.createTempFile(temp, "bundle", ".jar");
        Map<String, byte[]> entries = Map.of(
                "test/bundle/linux/amd64/turnkey.xml", metadata.getBytes(StandardCharsets.UTF_8),
                "test/bundle/linux/amd64/libsolver.so", library,
                "test/bundle/linux/amd64/libsolverjava.so", BINDING);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
