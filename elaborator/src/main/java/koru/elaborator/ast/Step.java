package koru.elaborator.ast;

import java.util.List;
import java.util.Optional;
import koru.elaborator.source.Span;

/** What a flow does next (LANGUAGE.md A4): invoke, end, construct a branch, or jump to a label. */
public sealed interface Step {
    Span span();

    /**
     * {@code [#label[where P]] event(args)}, followed either by a void chain step ({@code |> next},
     * {@code then}) or by handlers for its branches. The parser never fills both: handlers written
     * under a chain belong to its last invocation.
     */
    record Invoke(Optional<LabelAnchor> label, Invocation call, Optional<Step> then, List<Handler> handlers, Span span)
            implements Step {
        public Invoke {
            handlers = List.copyOf(handlers);
        }
    }

    /** {@code _}: the path ends here. */
    record End(Span span) implements Step {
    }

    /** {@code branch}, {@code branch expr} or {@code branch { f: e }}: a subflow returns this branch. */
    record Construct(String branch, Span branchSpan, Optional<Expr> value, Span span) implements Step {
    }

    /** {@code @label(args)}: re-invoke the anchored event with new arguments. */
    record Jump(String label, Span labelSpan, List<Arg> arguments, Span span) implements Step {
        public Jump {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code #name} or {@code #name[where P]} anchoring a loop at an invocation. */
    record LabelAnchor(String name, Optional<Expr> invariant, Span span) {
    }
}
