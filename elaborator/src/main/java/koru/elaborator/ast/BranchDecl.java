package koru.elaborator.ast;

import java.util.Optional;
import koru.elaborator.source.Span;

/** {@code | name payload [where P]} in an event declaration; {@code | ?name} is optional. */
public record BranchDecl(
        String name, Span nameSpan, boolean optional, Payload payload, Optional<Expr> where, Span span) {
}
