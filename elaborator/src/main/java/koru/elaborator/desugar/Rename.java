package koru.elaborator.desugar;

import java.util.Optional;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Step;

/**
 * Renames the free occurrences of one binding in a step or an expression: a tap's binding
 * becomes the name the tapped continuation gave the payload. A nested handler binding the same
 * name hides it.
 */
record Rename(String from, String to) {
    static Rename none() {
        return new Rename("", "");
    }

    Step in(Step step) {
        if (from.isEmpty() || from.equals(to)) {
            return step;
        }
        return switch (step) {
            case Step.Invoke invoke -> new Step.Invoke(invoke.label(),
                    new koru.elaborator.ast.Invocation(invoke.call().event(), invoke.call().variant(),
                            invoke.call().arguments().stream().map(this::in).toList(), invoke.call().span()),
                    invoke.then().map(this::in), invoke.handlers().stream().map(this::in).toList(), invoke.span());
            case Step.Construct construct -> new Step.Construct(construct.branch(), construct.branchSpan(),
                    construct.value().map(this::in), construct.span());
            case Step.Jump jump -> new Step.Jump(jump.label(), jump.labelSpan(),
                    jump.arguments().stream().map(this::in).toList(), jump.span());
            case Step.End end -> end;
        };
    }

    private Handler in(Handler handler) {
        if (handler.binding().map(b -> b.name().equals(from)).orElse(false)) {
            return handler;
        }
        return new Handler(handler.pattern(), handler.binding(), handler.guard().map(this::in), in(handler.step()), handler.span());
    }

    private Arg in(Arg arg) {
        return new Arg(arg.name(), arg.nameSpan(), in(arg.value()), arg.form(), arg.span());
    }

    Expr in(Expr expr) {
        if (from.isEmpty() || from.equals(to)) {
            return expr;
        }
        return MapRefs.in(expr, ref -> ref.module().isEmpty() && ref.name().equals(from)
                ? new Expr.Ref(Optional.empty(), to, ref.span())
                : ref);
    }
}
