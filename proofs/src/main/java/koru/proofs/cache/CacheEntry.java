package koru.proofs.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import koru.proofs.cache.ProofKeys.ProofKey;

/**
 * Not trusted: the text of one cache entry, which says that Z3 proved the problem of one key.
 * <pre>
 * koru proof cache entry 1
 * key 3f0c…(64 hex digits)
 * outcome proven
 * sha256 9a41…(SHA-256 of the three lines above, each with its line end)
 * </pre>
 * Only proofs are recorded (docs/proof-cache.md says why). The checksum catches a damaged file (a flipped
 * byte, a truncated write); the key inside catches an entry copied or renamed to another key's name.
 */
final class CacheEntry {
    private static final String FORMAT = "koru proof cache entry 1";
    /** Far more than an entry's 190 bytes: a longer file is not an entry, and is not read whole. */
    static final int MAX_BYTES = 512;

    private CacheEntry() {
    }

    /** The entry recording a proof of {@code key}. */
    static byte[] proofOf(ProofKey key) {
        String body = FORMAT + "\nkey " + key.hex() + "\noutcome proven\n";
        return (body + "sha256 " + ProofKeys.sha256(body) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code bytes} is a well-formed, intact entry recording a proof of {@code key}. An entry's
     * whole text follows from its key, so this is a comparison with that text: a file that does not parse,
     * fails its checksum, names another key or another outcome differs from it in some byte.
     */
    static boolean provesKey(byte[] bytes, ProofKey key) {
        return bytes.length <= MAX_BYTES && Arrays.equals(bytes, proofOf(key));
    }
}
