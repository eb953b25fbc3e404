package koru.proptest;

import java.util.Optional;

/** Why a test case falsified the property: {@code why} in words, and what the check threw, if it threw. */
public record Failure(String why, Optional<Throwable> thrown) {
    static final Failure PREDICATE_FALSE = new Failure("the predicate returned false", Optional.empty());

    static Failure threw(Throwable thrown) {
        return new Failure(thrown.toString(), Optional.of(thrown));
    }
}
