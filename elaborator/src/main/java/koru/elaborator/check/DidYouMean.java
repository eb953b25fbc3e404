package koru.elaborator.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The closest spelling among the names the user could have meant, for {@code did you mean} hints. */
final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate nearest to {@code name} by edit distance, if it is near enough to be a typo. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        int allowed = Math.max(1, name.length() / 3);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(name))
                .filter(candidate -> distance(name, candidate) <= allowed)
                .min(Comparator.<String>comparingInt(candidate -> distance(name, candidate)).thenComparing(c -> c));
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
