package koru.proofs.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import koru.proofs.cache.ProofKeys.ProofKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache directory: what it holds, what it refuses to believe, and many writers at once. */
class ProofCacheTest {
    private static final ProofKey KEY = new ProofKey("3f".repeat(32));
    private static final ProofKey OTHER = new ProofKey("a0".repeat(32));

    @TempDir
    Path dir;

    @Test
    void aRecordedProofIsHeldAndNothingElse() throws IOException {
        ProofCache cache = ProofCache.open(dir.resolve("cache"));
        assertFalse(cache.holdsProof(KEY));
        cache.recordProof(KEY);
        assertTrue(cache.holdsProof(KEY));
        assertFalse(cache.holdsProof(OTHER));
        Path entry = dir.resolve("cache").resolve("3f").resolve(KEY.hex());
        assertEquals("koru proof cache entry 1\nkey " + KEY.hex() + "\noutcome proven\nsha256 "
                + ProofKeys.sha256("koru proof cache entry 1\nkey " + KEY.hex() + "\noutcome proven\n") + "\n", Files.readString(entry));
    }

    @Test
    void everyFlippedByteMakesTheEntryAMiss() throws IOException {
        byte[] intact = CacheEntry.proofOf(KEY);
        for (int i = 0; i < intact.length; i++) {
            byte[] damaged = intact.clone();
            damaged[i] ^= 0x01;
            assertFalse(believes(damaged), "byte " + i + " flipped");
        }
        assertTrue(believes(intact));
    }

    @Test
    void everyTruncationMakesTheEntryAMiss() throws IOException {
        byte[] intact = CacheEntry.proofOf(KEY);
        for (int length = 0; length < intact.length; length++) {
            assertFalse(believes(Arrays.copyOf(intact, length)), length + " bytes");
        }
    }

    @Test
    void garbageAndOtherOutcomesAreMisses() throws IOException {
        String valid = new String(CacheEntry.proofOf(KEY), StandardCharsets.UTF_8);
        assertFalse(believes("not an entry at all\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(believes(new byte[100_000]));
        assertFalse(believes((valid + valid).getBytes(StandardCharsets.UTF_8)));
        assertFalse(believes(valid.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        // A forged outcome or version with the checksum left as it was.
        assertFalse(believes(valid.replace("outcome proven", "outcome failed").getBytes(StandardCharsets.UTF_8)));
        assertFalse(believes(valid.replace("entry 1", "entry 2").getBytes(StandardCharsets.UTF_8)));
    }

    /** An intact entry of one key, copied or renamed to another key's name, says nothing about that key. */
    @Test
    void anEntryUnderAnotherKeysNameIsAMiss() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        cache.recordProof(OTHER);
        Files.createDirectories(cache.entryOf(KEY).getParent());
        Files.copy(cache.entryOf(OTHER), cache.entryOf(KEY));
        assertFalse(cache.holdsProof(KEY));
        assertTrue(cache.holdsProof(OTHER));
    }

    @Test
    void aDamagedEntryIsOverwrittenByTheNextProof() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        Files.createDirectories(cache.entryOf(KEY).getParent());
        Files.writeString(cache.entryOf(KEY), "garbage");
        assertFalse(cache.holdsProof(KEY));
        cache.recordProof(KEY);
        assertTrue(cache.holdsProof(KEY));
    }

    @Test
    void aDirectoryInAnEntrysPlaceIsAMissAndRecordingThereLosesOnlyThatEntry() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        Files.createDirectories(cache.entryOf(KEY));
        assertFalse(cache.holdsProof(KEY));
        cache.recordProof(KEY);
        assertFalse(cache.holdsProof(KEY));
        cache.recordProof(OTHER);
        assertTrue(cache.holdsProof(OTHER));
    }

    @Test
    void aDirectoryThatCannotBeMadeIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "in the way");
        assertThrows(IOException.class, () -> ProofCache.open(file));
        assertThrows(IOException.class, () -> ProofCache.open(file.resolve("cache")));
    }

    /** Writers racing on one key while readers read it: every read sees a whole entry, and one entry is left, no temporary file. */
    @Test
    void concurrentWritersLeaveOneValidEntry() throws Exception {
        ProofCache cache = ProofCache.open(dir);
        cache.recordProof(KEY);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> everyReadHeld = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                everyReadHeld.add(pool.submit(() -> {
                    start.await();
                    boolean held = true;
                    for (int i = 0; i < 200; i++) {
                        cache.recordProof(KEY);
                        held &= cache.holdsProof(KEY);
                    }
                    return held;
                }));
            }
            start.countDown();
            for (Future<Boolean> held : everyReadHeld) {
                assertTrue(held.get());
            }
        } finally {
            pool.shutdown();
        }
        assertOneEntry(cache);
    }

    /** Two JVMs writing the same key: the rename is atomic across processes too. */
    @Test
    void concurrentProcessesLeaveOneValidEntry() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> writers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            writers.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RecordProofs.class.getName(),
                    dir.toString(), KEY.hex(), "300").inheritIO().start());
        }
        for (Process writer : writers) {
            assertEquals(0, writer.waitFor(), "a writer process failed");
        }
        assertOneEntry(ProofCache.open(dir));
    }

    private void assertOneEntry(ProofCache cache) throws IOException {
        assertTrue(cache.holdsProof(KEY));
        try (Stream<Path> files = Files.list(cache.entryOf(KEY).getParent())) {
            assertEquals(List.of(cache.entryOf(KEY)), files.toList());
        }
        assertArrayEquals(CacheEntry.proofOf(KEY), Files.readAllBytes(cache.entryOf(KEY)));
    }

    private boolean believes(byte[] entry) throws IOException {
        ProofCache cache = ProofCache.open(dir);
        Files.createDirectories(cache.entryOf(KEY).getParent());
        Files.write(cache.entryOf(KEY), entry);
        return cache.holdsProof(KEY);
    }

    /** A writer process: {@code DIR KEY N} records the proof of KEY N times, reading it back each time; exit 1 if a read missed. */
    public static final class RecordProofs {
        public static void main(String[] args) throws IOException {
            ProofCache cache = ProofCache.open(Path.of(args[0]));
            ProofKey key = new ProofKey(args[1]);
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                cache.recordProof(key);
                if (!cache.holdsProof(key)) {
                    System.exit(1);
                }
            }
        }
    }
}
