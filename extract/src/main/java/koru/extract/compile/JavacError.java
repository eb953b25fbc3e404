package koru.extract.compile;

/** One error javac reported: the generated file ({@code koru/app/Ledger.java}), 1-based line and column, javac's message. */
public record JavacError(String path, long line, long column, String message) {
}
