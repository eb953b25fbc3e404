package koru.elaborator.ast;

import java.util.List;
import java.util.Optional;
import koru.elaborator.source.Span;

/** {@code event(args)} or {@code event|variant(args)}; {@code if(…)} and {@code for(…)} are invocations too. */
public record Invocation(QualifiedName event, Optional<String> variant, List<Arg> arguments, Span span) {
    public Invocation {
        arguments = List.copyOf(arguments);
    }
}
