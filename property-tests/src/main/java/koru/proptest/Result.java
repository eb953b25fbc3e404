package koru.proptest;

/** How checking a property ended. Only {@link Passed} means every test case held. */
public sealed interface Result<T> {
    long seed();

    /** An {@link AssertionError} with {@link #report()} unless the property passed: the JUnit-friendly way to end a check. */
    default void orThrow() {
        switch (this) {
            case Passed<T> passed -> { }
            case Falsified<T> falsified -> throw new AssertionError(report(), falsified.failure().thrown().orElse(null));
            case GaveUp<T> gaveUp -> throw new AssertionError(report());
        }
    }

    /** What happened, in words a test log can show, with the seed that reproduces it. */
    String report();

    /** {@code tries} test cases held; {@code rejected} runs of the generators made none. */
    record Passed<T>(int tries, int rejected, long seed) implements Result<T> {
        @Override
        public String report() {
            return "passed " + tries + " tries (" + rejected + " rejected; seed " + seed + ")";
        }
    }

    /**
     * Test case number {@code tries} failed ({@code original}); shrinking took {@code shrinkSteps}
     * smaller counterexamples to {@code minimal}, the one {@code failure} is about.
     */
    record Falsified<T>(T minimal, T original, long seed, Failure failure, int shrinkSteps, int tries, ChoiceSequence choices)
            implements Result<T> {
        @Override
        public String report() {
            return "property falsified after " + tries + (tries == 1 ? " try" : " tries") + " (seed " + seed + ")\n"
                    + "  minimal input:  " + Show.value(minimal) + "\n"
                    + "  original input: " + Show.value(original) + " (" + shrinkSteps + " shrink steps)\n"
                    + "  why:            " + failure.why() + "\n"
                    + "  reproduce with: .seed(" + seed + "L)";
        }
    }

    /** More than the allowed number of generator runs made no test case (a filter rejected, say) before {@code tries} held. */
    record GaveUp<T>(int tries, int rejected, String lastReason, long seed) implements Result<T> {
        @Override
        public String report() {
            return "gave up after " + rejected + " rejected runs of the generators and " + tries + " passed tries (seed " + seed
                    + "): " + lastReason + "; loosen the filter or generate what it accepts";
        }
    }
}
