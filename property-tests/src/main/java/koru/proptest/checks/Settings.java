package koru.proptest.checks;

/**
 * What a run of the checks is told: how many generated inputs a property tries, the seed they come
 * from, and how many combinations of implementations a {@code ~test} runs at most.
 */
public record Settings(int tries, long seed, int combinations) {
    /** {@code koru test}'s defaults: 1,000 tries, and a seed the report names. */
    public static final int DEFAULT_TRIES = 1_000;
    /** Enough for every combination of a test that reaches three events of four implementations each. */
    public static final int DEFAULT_COMBINATIONS = 64;

    public Settings {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be positive: " + tries);
        }
        if (combinations < 1) {
            throw new IllegalArgumentException("the combinations a test runs must be at least 1: " + combinations);
        }
    }

    public Settings(int tries, long seed) {
        this(tries, seed, DEFAULT_COMBINATIONS);
    }
}
