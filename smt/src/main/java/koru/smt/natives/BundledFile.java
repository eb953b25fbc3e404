package koru.smt.natives;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * Not trusted (docs/TRUST.md): one file of a {@link NativeBundle}, a class path resource, with what
 * every good copy of it has: its size and CRC-32. A copy is used only if both match, so a truncated
 * or damaged copy is never loaded.
 *
 * @param name the file's name in the bundle and in the directory it is copied to
 */
public record BundledFile(String name, URL source, long size, long crc) {
    /** Reading through a direct buffer of this size checksums 35 MB in a few milliseconds (mapping the file is slower). */
    private static final int READ_BUFFER_BYTES = 1 << 20;

    /**
     * The file at {@code source}. A jar entry's size and CRC-32 come from the jar's directory, without
     * inflating the entry; anything else is read once to learn them.
     */
    static BundledFile at(String name, URL source) throws IOException {
        if (source.openConnection() instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
                return new BundledFile(name, source, entry.getSize(), entry.getCrc());
            }
        }
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(source.openStream(), crc)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new BundledFile(name, source, size, crc.getValue());
        }
    }

    /** Whether {@code directory} holds a good copy of this file. */
    boolean isCopiedTo(Path directory) throws IOException {
        Path copy = directory.resolve(name);
        try {
            return Files.size(copy) == size && crcOf(copy) == crc;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Copies this file into {@code directory}, replacing a copy that is there. The bytes go to a new
     * temporary file first and are checked; only a good copy is moved into place, in one atomic
     * rename, so no process ever sees a partly written file under the final name.
     */
    void copyTo(Path directory) throws IOException {
        Path partial = Files.createTempFile(directory, name, ".partial");
        try {
            CRC32 copied = new CRC32();
            long length;
            try (InputStream in = new CheckedInputStream(source.openStream(), copied)) {
                length = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (length != size || copied.getValue() != crc) {
                throw new IOException(source + " does not have the size and CRC-32 its jar records");
            }
            Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}
