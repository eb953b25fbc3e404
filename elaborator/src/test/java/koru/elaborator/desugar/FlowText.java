package koru.elaborator.desugar;

import java.util.stream.Collectors;
import koru.elaborator.Elaboration;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Step;
import koru.elaborator.resolve.Module;

/** Prints elaborated flow bodies on one line each, in Koru syntax, so tests can state the expected AST. */
final class FlowText {
    private FlowText() {
    }

    /** Every flow, subflow and test flow of the entry module, in source order. */
    static String entryBodies(Elaboration elaboration) {
        Module entry = elaboration.elaborated().orElseThrow().entry();
        return entry.items().flatMap(FlowText::bodies).collect(Collectors.joining("\n"));
    }

    private static java.util.stream.Stream<String> bodies(Item item) {
        return switch (item) {
            case Item.Flow flow -> java.util.stream.Stream.of("~" + text(flow.body()));
            case Item.Subflow subflow -> java.util.stream.Stream.of("~" + subflow.event() + " = " + text(subflow.body()));
            case Item.Test test -> test.body().stream().flatMap(FlowText::bodies);
            default -> java.util.stream.Stream.empty();
        };
    }

    static String text(Step step) {
        return switch (step) {
            case Step.End end -> "_";
            case Step.Construct c -> c.branch() + c.value().map(v -> " " + text(v)).orElse("");
            case Step.Jump j -> "@" + j.label() + arguments(j.arguments());
            case Step.Invoke invoke -> invoke.label().map(l -> "#" + l.name() + " ").orElse("")
                    + invoke.call().event() + arguments(invoke.call().arguments())
                    + invoke.then().map(next -> " |> " + text(next)).orElse("")
                    + invoke.handlers().stream().map(FlowText::text).collect(Collectors.joining());
        };
    }

    private static String text(Handler handler) {
        String pattern = switch (handler.pattern()) {
            case Handler.Pattern.Branch b -> b.name();
            case Handler.Pattern.CatchAll c -> "?" + c.metatype().map(m -> " " + m).orElse("");
        };
        return " [| " + pattern + handler.binding().map(b -> " " + b.name()).orElse("")
                + handler.guard().map(g -> " when " + text(g)).orElse("") + " |> " + text(handler.step()) + "]";
    }

    private static String arguments(java.util.List<Arg> arguments) {
        return arguments.stream().map(a -> a.name().map(n -> n + ": ").orElse("") + text(a.value()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    static String text(Expr expr) {
        return switch (expr) {
            case Expr.Ref ref -> ref.module().map(m -> m + ":").orElse("") + ref.name();
            case Expr.Member m -> text(m.target()) + "." + m.name();
            case Expr.TextLit t -> "\"" + t.value() + "\"";
            case Expr.IntLit i -> i.value().toString();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.Binary b -> text(b.left()) + " " + b.op().symbol() + " " + text(b.right());
            case Expr.Range r -> text(r.from()) + ".." + text(r.to());
            default -> expr.span().text();
        };
    }
}
