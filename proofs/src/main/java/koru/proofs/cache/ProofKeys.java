package koru.proofs.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import koru.smt.logic.Horn;
import koru.smt.logic.Query;
import koru.smt.z3.EncodeTerms;

/**
 * Not trusted: names a problem in the proof cache. A key is the SHA-256 of everything that decides
 * Z3's answer: the problem's canonical text ({@link ProblemText}: injective, so one text is one
 * problem), whether it is a query (proven on {@code unsat}) or a Horn problem (proven on {@code sat}),
 * the resource limit, the Z3 build, and the class files of the trusted encoder that turns the problem
 * into Z3's formula ({@code koru.smt.z3}). Two problems share a key only if the same encoder hands the
 * same Z3 the same formula under the same limit, so a proof recorded for one is a proof of the other.
 *
 * <p>Why not the SMT-LIB text Z3 prints ({@code --emit-smt}): making it encodes the problem into a new Z3
 * context and prints it, which measured here costs more than solving Koru's small queries
 * (docs/PERFORMANCE.md, "Proof cache"); the canonical text costs microseconds and pins the same formula.
 */
public record ProofKeys(String z3Version, long resourceLimit) {
    /** Bumped whenever what goes into a key changes, so keys of an older layout are never looked up again. */
    private static final String LAYOUT = "koru proof cache key 2";
    /** The trusted encoding and solving: any change to how a problem reaches Z3 changes every key. */
    private static final List<String> ENCODER = List.of("EncodeTerms", "Z3Sorts", "Symbols", "Z3Solver");
    private static final String ENCODER_FINGERPRINT = encoderFingerprint();

    /** The keys for the Z3 this process loaded ({@code Version} needs its native library: open a solver first). */
    public static ProofKeys forLoadedZ3(long resourceLimit) {
        return new ProofKeys(com.microsoft.z3.Version.getFullVersion(), resourceLimit);
    }

    public ProofKey of(Query query) {
        return key("query", ProblemText.of(query));
    }

    public ProofKey of(Horn problem) {
        return key("horn", ProblemText.of(problem));
    }

    private ProofKey key(String problemKind, String text) {
        return new ProofKey(sha256(LAYOUT + "\nencoder " + ENCODER_FINGERPRINT + "\nz3 " + z3Version + "\nproblem " + problemKind
                + "\nrlimit " + resourceLimit + "\n" + text));
    }

    private static String encoderFingerprint() {
        MessageDigest sha = sha256();
        for (String name : ENCODER) {
            try (InputStream in = EncodeTerms.class.getResourceAsStream(name + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("the class file of koru.smt.z3." + name + " is not on the class path");
                }
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A key: 64 lower-case hex digits. */
    public record ProofKey(String hex) {
        public ProofKey {
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a proof key is 64 lower-case hex digits, got " + hex);
            }
        }
    }
}
