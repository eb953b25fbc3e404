package koru.elaborator.ast;

import koru.elaborator.source.Span;

/**
 * One entry of {@code ~[a|b]}: a bare word such as {@code pure}, {@code keyword}, {@code !},
 * {@code capability}, or a flag name on a conditional import.
 */
public record Annotation(String name, Span span) {
}
