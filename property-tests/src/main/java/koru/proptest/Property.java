package koru.proptest;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A property over generated values: {@code forAll(gen).tries(n).seed(s).check(predicate)}. Each
 * try draws its choices from a random source split off the seed's, so one seed makes the same test
 * cases, the same failure and the same shrunk counterexample on every machine. Without a seed, one is
 * taken from the system property {@code koru.proptest.seed}, else at random, and reported.
 */
public final class Property<T> {
    /** A check that fails by throwing (an {@link AssertionError}, say); what plain JUnit assertions do. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Throwable;
    }

    private final Gen<T> gen;
    private int tries = 100;
    private Optional<Long> seed = Optional.empty();
    private int shrinkBudget = 10_000;
    private int maxRejected = 1_000;

    private Property(Gen<T> gen) {
        this.gen = gen;
    }

    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(gen);
    }

    /** How many test cases must hold (100 unless told). */
    public Property<T> tries(int tries) {
        this.tries = positive(tries, "tries");
        return this;
    }

    public Property<T> seed(long seed) {
        this.seed = Optional.of(seed);
        return this;
    }

    /** At most this many replays while shrinking (10,000 unless told). */
    public Property<T> shrinkBudget(int replays) {
        this.shrinkBudget = positive(replays, "a shrink budget");
        return this;
    }

    /** Give up after this many runs of the generators that made no test case, or test cases set aside (1,000 unless told). */
    public Property<T> maxRejected(int runs) {
        this.maxRejected = positive(runs, "a rejection limit");
        return this;
    }

    public Result<T> check(Predicate<? super T> holds) {
        return run(value -> holds.test(value) ? Optional.empty() : Optional.of(Failure.PREDICATE_FALSE));
    }

    /**
     * Checks with a throwing consumer: a value fails when it throws anything (an assertion, an exception)
     * but {@link Invalid.Discarded}, which sets it aside.
     */
    public Result<T> checkThrowing(Check<? super T> check) {
        return run(value -> {
            try {
                check.accept(value);
                return Optional.empty();
            } catch (Invalid.Discarded discarded) {
                throw discarded;
            } catch (Throwable thrown) {
                return Optional.of(Failure.threw(thrown));
            }
        });
    }

    /** {@link #check}, then an {@link AssertionError} with the minimal input and the seed if it did not pass. */
    public void assertHolds(Predicate<? super T> holds) {
        check(holds).orThrow();
    }

    /** {@link #checkThrowing}, then an {@link AssertionError} with the minimal input and the seed if it did not pass. */
    public void assertNeverThrows(Check<? super T> check) {
        checkThrowing(check).orThrow();
    }

    /** How one value fares: no failure, or why it fails; {@link Invalid.Discarded} thrown if it was set aside. */
    private interface Verdict<T> {
        Optional<Failure> of(T value);
    }

    private Result<T> run(Verdict<? super T> verdict) {
        long chosenSeed = seed.orElseGet(Property::defaultSeed);
        SplittableRandom random = new SplittableRandom(chosenSeed);
        int passed = 0;
        int rejected = 0;
        while (passed < tries) {
            Optional<Counterexample<T>> failed;
            try {
                failed = attempt(Choices.random(random.split()), verdict);
            } catch (Invalid invalid) {
                if (++rejected > maxRejected) {
                    return new Result.GaveUp<>(passed, rejected, invalid.getMessage(), chosenSeed);
                }
                continue;
            }
            if (failed.isPresent()) {
                Counterexample<T> original = failed.get();
                Shrinker<T> shrinker = new Shrinker<>(sequence -> replay(sequence, verdict), original, shrinkBudget);
                Counterexample<T> minimal = shrinker.shrink();
                return new Result.Falsified<>(minimal.value(), original.value(), chosenSeed, minimal.failure(), shrinker.steps(), passed + 1,
                        minimal.choices());
            }
            passed++;
        }
        return new Result.Passed<>(passed, rejected, chosenSeed);
    }

    /** The counterexample {@code sequence} makes, if the generators accept it and the value still fails. */
    private Optional<Counterexample<T>> replay(ChoiceSequence sequence, Verdict<? super T> verdict) {
        try {
            return attempt(Choices.replaying(sequence), verdict);
        } catch (Invalid invalid) {
            return Optional.empty();
        }
    }

    /** The value {@code choices} make, as a counterexample if it fails; {@link Invalid} if they make none or the check sets it aside. */
    private Optional<Counterexample<T>> attempt(Choices choices, Verdict<? super T> verdict) {
        T value = gen.generate(choices);
        return verdict.of(value).map(why -> new Counterexample<>(choices.recorded(), value, why));
    }

    private static long defaultSeed() {
        String given = System.getProperty("koru.proptest.seed");
        return given != null ? Long.parseLong(given.strip()) : new SplittableRandom().nextLong();
    }

    private static int positive(int count, String what) {
        if (count < 1) {
            throw new IllegalArgumentException(what + " must be positive, given " + count);
        }
        return count;
    }
}
