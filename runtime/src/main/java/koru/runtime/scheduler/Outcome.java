package koru.runtime.scheduler;

/** How a task ended: with a value, or with what it threw. */
sealed interface Outcome<T> {
    record Value<T>(T value) implements Outcome<T> {}

    record Failure<T>(Throwable cause) implements Outcome<T> {}
}
