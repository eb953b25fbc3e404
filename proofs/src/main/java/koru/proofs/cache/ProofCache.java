package koru.proofs.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import koru.proofs.cache.ProofKeys.ProofKey;

/**
 * Not trusted: a directory of proofs, one file per key ({@code DIR/3f/3f0c…}, the first two hex digits
 * spreading entries over 256 subdirectories). Safe for any number of threads and processes at once: an
 * entry is written to a temporary file beside it and renamed into place atomically, so a reader sees a
 * whole entry or none, and writers of one key (which write the same bytes) leave one whole entry.
 * Anything but an intact entry for the key, including a file that cannot be read, is a miss.
 */
public final class ProofCache {
    private final Path directory;

    private ProofCache(Path directory) {
        this.directory = directory;
    }

    /** The cache in {@code directory}, created if needed; fails if it cannot be created or written. */
    public static ProofCache open(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.delete(Files.createTempFile(directory, "writable", ".tmp"));
        return new ProofCache(directory);
    }

    /** Whether Z3 is recorded to have proven the problem of {@code key}. */
    public boolean holdsProof(ProofKey key) {
        try (InputStream entry = Files.newInputStream(entryOf(key))) {
            return CacheEntry.provesKey(entry.readNBytes(CacheEntry.MAX_BYTES + 1), key);
        } catch (IOException e) {
            return false; // absent, or unreadable (a directory in its place, no permission): a miss, overwritten after solving
        }
    }

    /**
     * Records that Z3 proved the problem of {@code key}, replacing whatever file was there. A failure to
     * write loses only this entry (the problem is solved again next time), so it is not an error.
     */
    public void recordProof(ProofKey key) {
        Path entry = entryOf(key);
        try {
            Path temporary = Files.createTempFile(Files.createDirectories(entry.getParent()), key.hex(), ".tmp");
            try {
                Files.write(temporary, CacheEntry.proofOf(key));
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // Lost: see above. A leftover temporary file is never read, since entries are looked up by key.
        }
    }

    /** The file that holds the entry of {@code key}, whether or not it exists. */
    public Path entryOf(ProofKey key) {
        return directory.resolve(key.hex().substring(0, 2)).resolve(key.hex());
    }
}
