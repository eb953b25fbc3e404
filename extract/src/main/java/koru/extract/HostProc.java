package koru.extract;

import koru.kernel.ir.Origin;

/**
 * The Java body of the proc implementing {@code event} (a canonical name), as written between the
 * proc's braces; {@code body} is where that text sits in its {@code .kz} file. Core IR leaves proc
 * bodies out (the kernel only assumes their contracts), so the front end hands them over beside it.
 */
public record HostProc(String event, String text, Origin body) {
}
