package koru.proptest.checks;

/** What a run of the checks is told: how many generated inputs a property tries, and the seed they come from. */
public record Settings(int tries, long seed) {
    /** {@code koru test}'s defaults: 1,000 tries, and a seed the report names. */
    public static final int DEFAULT_TRIES = 1_000;

    public Settings {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be positive: " + tries);
        }
    }
}
