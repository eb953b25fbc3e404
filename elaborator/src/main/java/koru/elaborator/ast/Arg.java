package koru.elaborator.ast;

import java.util.Optional;
import koru.elaborator.source.Span;

/**
 * One argument of an invocation or a jump. {@code x: e} is named; {@code f.file} is shorthand for
 * {@code file: f.file} (the parser fills in the name); anything else is positional and gets its
 * name from the callee's field order during elaboration.
 */
public record Arg(Optional<String> name, Optional<Span> nameSpan, Expr value, Form form, Span span) {
    public enum Form {
        NAMED,
        SHORTHAND,
        POSITIONAL
    }
}
