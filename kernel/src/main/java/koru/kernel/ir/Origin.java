package koru.kernel.ir;

/**
 * Where an IR node came from: a source file (as the user named it) and a character range. The
 * kernel never reads source text; whoever shows a finding maps this back to a line and a caret.
 */
public record Origin(String file, int start, int end) {
    public Origin {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") in " + file);
        }
    }
}
