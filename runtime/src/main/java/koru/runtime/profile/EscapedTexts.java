package koru.runtime.profile;

/**
 * The escaped UTF-8 bytes of the texts the writer meets again and again: the event and branch
 * names of a program are a few constants of its generated code, so the writer escapes each once and
 * copies the bytes after. A direct-mapped cache of {@value #SLOTS} slots keyed by identity: a text
 * that is equal but not the same object, or that collides, is escaped again, which is only slower.
 */
final class EscapedTexts {
    private static final int SLOTS = 1 << 9;

    private final String[] texts = new String[SLOTS];
    private final byte[][] escaped = new byte[SLOTS][];
    private final TraceBytes scratch = new TraceBytes(64);

    /** The inside of a JSON string holding {@code text} ({@link TraceBytes#escaped}), as bytes. */
    byte[] of(String text) {
        int slot = text.hashCode() & (SLOTS - 1);
        if (texts[slot] != text) {
            scratch.clear();
            escaped[slot] = scratch.escaped(text).toBytes();
            texts[slot] = text;
        }
        return escaped[slot];
    }
}
