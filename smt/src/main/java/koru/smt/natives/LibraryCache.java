package koru.smt.natives;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Not trusted (docs/TRUST.md): a directory per bundle version in which native libraries stay
 * unpacked between runs. Unpacking z3-turnkey's 35 MB libz3 again on every start costs about a
 * quarter of a second (docs/PERFORMANCE.md, "Verification"); checking the copy that is already
 * there costs a few milliseconds.
 *
 * <p>A bundle's directory is named by the sizes and CRC-32s of its files, so a different build of a
 * library never reuses another's directory, and several versions live side by side. Every file is
 * checked against its size and CRC-32 before each use and copied again if it does not match. Where
 * the cache cannot be written, the bundle is unpacked into a new temporary directory, deleted when
 * the JVM exits, as z3-turnkey itself does.
 */
public final class LibraryCache {
    private final Path root;

    /** A cache in {@code root}, which is created when first needed. */
    public LibraryCache(Path root) {
        this.root = root;
    }

    /** The user's cache: {@code $XDG_CACHE_HOME/koru/native}, or {@code ~/.cache/koru/native} without that variable. */
    public static LibraryCache forUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        // The XDG base directory specification says to ignore a relative path.
        Path cache = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new LibraryCache(cache.resolve("koru").resolve("native"));
    }

    /**
     * A directory holding a good copy of every file of {@code bundle}: the bundle's directory in this
     * cache, or, if the cache cannot be used, a new temporary directory.
     *
     * @throws UncheckedIOException if neither can be written
     */
    public Path unpack(NativeBundle bundle) {
        try {
            return unpackInto(root.resolve(bundle.name() + "-" + versionOf(bundle)), bundle);
        } catch (IOException cacheFailed) {
            try {
                Path temporary = Files.createTempDirectory("koru-native");
                temporary.toFile().deleteOnExit();
                for (BundledFile file : bundle.files()) {
                    temporary.resolve(file.name()).toFile().deleteOnExit();
                }
                return unpackInto(temporary, bundle);
            } catch (IOException e) {
                e.addSuppressed(cacheFailed);
                throw new UncheckedIOException("cannot unpack " + bundle.name() + " into " + root + " or a temporary directory", e);
            }
        }
    }

    private static Path unpackInto(Path directory, NativeBundle bundle) throws IOException {
        Files.createDirectories(directory);
        for (BundledFile file : bundle.files()) {
            if (!file.isCopiedTo(directory)) {
                file.copyTo(directory);
            }
        }
        return directory;
    }

    /** Eight hex digits that change with any file's name, size or CRC-32 (a collision only costs a copy: every file is checked). */
    private static String versionOf(NativeBundle bundle) {
        CRC32 version = new CRC32();
        for (BundledFile file : bundle.files()) {
            version.update((file.name() + ":" + file.size() + ":" + file.crc() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().toHexDigits((int) version.getValue());
    }
}
