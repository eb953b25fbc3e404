package koru.elaborator.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The closest spelling among the names the user could have meant, for {@code did you mean} hints. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate nearest to {@code name} by edit distance, if it is near enough to be a typo. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        int allowed = name.length() <= 2 ? 0 : Math.max(1, name.length() / 3);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(name))
                .filter(candidate -> distance(name, candidate) <= allowed)
                .min(Comparator.<String>comparingInt(candidate -> distance(name, candidate)).thenComparing(c -> c));
    }

    /**
     * Edit distance where an insertion, a deletion, a substitution or a swap of two neighbouring
     * characters each cost one (optimal string alignment), so {@code shwo} is one edit from {@code show}.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
