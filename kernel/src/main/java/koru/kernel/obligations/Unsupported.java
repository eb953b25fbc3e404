// Trusted: a body using a construct the kernel cannot yet encode is reported as not verified, never as proven.
package koru.kernel.obligations;

import koru.kernel.ir.Origin;

/** Thrown while walking a body that uses something verification does not cover yet; the body is skipped whole. */
final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String what;
    final Origin origin;

    Unsupported(String what, Origin origin) {
        super(what);
        this.what = what;
        this.origin = origin;
    }
}
