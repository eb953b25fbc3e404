package koru.kernel.recheck;

import koru.kernel.ir.Origin;

/** Guarantees nothing by itself: one way in which the IR the kernel was given is not well formed, and where. */
public record IrError(String message, Origin origin) {
}
