package koru.extract.variants;

/**
 * Java code answered something its Koru type has no value for: an integer outside its kind's range
 * ({@code 300} for a {@code u8}, which Java holds in an {@code int}) or {@code null}. The run ends in
 * a fault saying so, not in a value that would compare as if the language allowed it.
 */
final class OutsideType extends RuntimeException {
    OutsideType(String message) {
        super(message, null, false, false);
    }
}
