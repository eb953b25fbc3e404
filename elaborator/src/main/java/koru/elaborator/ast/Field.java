package koru.elaborator.ast;

import koru.elaborator.source.Span;

/** {@code name: Type} in an input shape, a struct payload or a record type. */
public record Field(String name, Span nameSpan, TypeRef type, Span span) {
}
