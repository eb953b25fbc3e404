package koru.proptest;

/** A Koru/J type this library cannot generate values of, and why: a host type, say, or a map with no zero value. */
public final class NotGenerable extends IllegalArgumentException {
    public NotGenerable(String message) {
        super(message);
    }
}
