package koru.elaborator.ast;

import java.util.Optional;
import koru.elaborator.source.Span;

/** {@code | branch [binding] [when guard] |> step}, or the catch-all {@code |? [Metatype] [binding] |> step}. */
public record Handler(Pattern pattern, Optional<Binding> binding, Optional<Expr> guard, Step step, Span span) {

    public sealed interface Pattern {
        Span span();

        /** A branch of the invoked event (in taps: of the source event, or a metatype name). */
        record Branch(String name, Span span) implements Pattern {
        }

        /** {@code |?}: every branch not otherwise handled; in taps optionally {@code |? Profile p}. */
        record CatchAll(Optional<String> metatype, Span span) implements Pattern {
        }
    }

    /** The name a handler gives the payload; {@code _} and names starting with {@code _} need no use. */
    public record Binding(String name, Span span) {
        public boolean isDiscard() {
            return name.startsWith("_");
        }
    }
}
