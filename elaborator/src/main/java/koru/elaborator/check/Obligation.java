package koru.elaborator.check;

import koru.elaborator.resolve.Canonical;
import koru.elaborator.source.Span;

/**
 * A live obligation on one binding key ({@code f}, or {@code x.f} for a struct payload field):
 * its canonical state, the base type it sits on, the binding that created it, and the loop
 * level it was created at (0 outside every loop; a higher level is inside that many loop bodies).
 */
public record Obligation(String key, Canonical state, String baseType, Span createdAt, int level) {
}
