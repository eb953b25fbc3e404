package koru.proptest;

import java.util.stream.IntStream;

/**
 * Text, one code point at a time (as long as a list's). A code point is an index into an alphabet
 * that starts with the simplest characters ({@code a}, then letters, digits, punctuation), so text
 * shrinks toward {@code "aaa"}; {@link #ANY} also has control characters, a few characters
 * beyond ASCII, and, past the alphabet's end, any code point at all.
 */
final class Texts {
    private static final String PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final int[] ASCII_ALPHABET = PRINTABLE.codePoints().toArray();
    /** Printable ASCII, then characters that trip text handling: NUL, tab, newline, é, ß, λ, 中, an emoji (two UTF-16 units). */
    private static final int[] UNICODE_ALPHABET = IntStream.concat(PRINTABLE.codePoints(), "\0\t\néßλ中😀".codePoints()).toArray();
    private static final Gen<Integer> ANY_CODE_POINT = Gen.ints(0x80, Character.MAX_CODE_POINT - 0x800)
            // Surrogates are no code points of their own: the range skips them.
            .map(codePoint -> codePoint >= Character.MIN_SURROGATE ? codePoint + 0x800 : codePoint);

    static final Gen<String> ASCII = text(choices -> ASCII_ALPHABET[(int) choices.draw(ASCII_ALPHABET.length - 1)]);

    static final Gen<String> ANY = text(choices -> {
        int index = (int) choices.draw(UNICODE_ALPHABET.length);
        return index < UNICODE_ALPHABET.length ? UNICODE_ALPHABET[index] : ANY_CODE_POINT.generate(choices);
    });

    private Texts() {
    }

    private static Gen<String> text(Gen<Integer> codePoint) {
        return Gen.lists(codePoint).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return text.toString();
        });
    }
}
