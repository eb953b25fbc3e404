package koru.extract;

import koru.kernel.ir.Origin;

/**
 * The Java body of a proc implementing {@code event} (a canonical name) as the variant
 * {@code variant} ({@link #DEFAULT_VARIANT} for a bare or {@code |java} proc, else the name in
 * parentheses), as written between the proc's braces; {@code body} is where that text sits in its
 * {@code .kz} file. Core IR leaves proc bodies out (the kernel only assumes their contracts), so the
 * front end hands them over beside it.
 */
public record HostProc(String event, String variant, String text, Origin body) {
    /** The variant of {@code ~proc e} and {@code ~proc e|java}: what a call site names as {@code ~e|java(…)}. */
    public static final String DEFAULT_VARIANT = "java";

    /** {@code clamp|branchless}, as KORU203 and the tests name an implementation. */
    public String displayName() {
        return event.substring(event.indexOf(':') + 1) + "|" + variant;
    }
}
