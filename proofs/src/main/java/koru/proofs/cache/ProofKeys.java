package koru.proofs.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import koru.smt.logic.Horn;
import koru.smt.logic.Query;
import koru.smt.report.SmtLib;

/**
 * Not trusted: names a problem in the proof cache. A key is the SHA-256 of everything that decides
 * Z3's answer: the problem's SMT-LIB 2 text exactly as {@code Z3Solver} encodes it ({@link SmtLib}; its
 * names escaped injectively by {@code Symbols}, its resource limit in a {@code set-option}), whether it
 * is a query (proven on {@code unsat}) or a Horn problem (proven on {@code sat}), the resource limit
 * again, and the Z3 build. Two problems share a key only if Z3 is handed the same formula under the same
 * limit by the same Z3, so a proof recorded for one is a proof of the other.
 */
public record ProofKeys(String z3Version, long resourceLimit) {
    /** Bumped whenever what goes into a key changes, so keys of an older layout are never looked up again. */
    private static final String LAYOUT = "koru proof cache key 1";

    /** The keys for the Z3 this process loaded ({@code Version} needs its native library: open a solver first). */
    public static ProofKeys forLoadedZ3(long resourceLimit) {
        return new ProofKeys(com.microsoft.z3.Version.getFullVersion(), resourceLimit);
    }

    public ProofKey of(Query query) {
        return key("query", SmtLib.script(query, resourceLimit));
    }

    public ProofKey of(Horn problem) {
        return key("horn", SmtLib.script(problem, resourceLimit));
    }

    private ProofKey key(String problemKind, String script) {
        String keyed = LAYOUT + "\nz3 " + z3Version + "\nproblem " + problemKind + "\nrlimit " + resourceLimit + "\n"
                + normalised(script);
        return new ProofKey(sha256(keyed));
    }

    /**
     * Line ends as {@code \n}, no trailing blanks on a line, no blank lines at the end. This only drops
     * layout: Z3 writes every character of a string literal outside printable ASCII as an escape
     * (a newline as backslash, {@code u{a}}), so no literal spans a line end and no blank this removes is inside one.
     */
    static String normalised(String script) {
        StringBuilder text = new StringBuilder(script.length());
        for (String line : script.split("\r\n|\r|\n")) {
            text.append(line.stripTrailing()).append('\n');
        }
        int end = text.length();
        while (end >= 2 && text.charAt(end - 2) == '\n') {
            end--;
        }
        text.setLength(end);
        return text.toString();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
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
