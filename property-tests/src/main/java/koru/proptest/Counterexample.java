package koru.proptest;

/** A test case that falsifies the property: the choices it was made from, the value they made, and why it fails. */
public record Counterexample<T>(ChoiceSequence choices, T value, Failure failure) {
}
