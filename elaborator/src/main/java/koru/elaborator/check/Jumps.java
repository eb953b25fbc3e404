package koru.elaborator.check;

import java.util.stream.Stream;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Step;

/** Questions about a step tree the obligation walk asks: does a path reach a label, is a name used. */
final class Jumps {
    private Jumps() {
    }

    /** Whether some path from {@code step} jumps to {@code label} (it is then part of that label's loop body). */
    static boolean reach(Step step, String label) {
        return switch (step) {
            case Step.Jump jump -> jump.label().equals(label);
            case Step.Invoke invoke -> invoke.then().map(next -> reach(next, label)).orElse(false)
                    || invoke.handlers().stream().anyMatch(h -> reach(h.step(), label));
            case Step.End end -> false;
            case Step.Construct construct -> false;
        };
    }

    /** Whether {@code name} occurs as a reference anywhere in the step's arguments, guards or constructors. */
    static boolean mentions(Step step, String name) {
        return switch (step) {
            case Step.Jump jump -> jump.arguments().stream().anyMatch(a -> mentions(a.value(), name));
            case Step.Invoke invoke -> invoke.call().arguments().stream().map(Arg::value).anyMatch(e -> mentions(e, name))
                    || invoke.then().map(next -> mentions(next, name)).orElse(false)
                    || invoke.handlers().stream().anyMatch(h -> mentions(h, name));
            case Step.End end -> false;
            case Step.Construct construct -> construct.value().map(e -> mentions(e, name)).orElse(false);
        };
    }

    private static boolean mentions(Handler handler, String name) {
        return handler.guard().map(g -> mentions(g, name)).orElse(false) || mentions(handler.step(), name);
    }

    /** Whether the expression refers to binding key {@code key} ({@code x}, or {@code x.f}, or all of {@code x}). */
    static boolean mentions(Expr expr, String key) {
        String root = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return subexpressions(expr).anyMatch(e -> e instanceof Expr.Ref ref && ref.module().isEmpty() && ref.name().equals(root));
    }

    private static Stream<Expr> subexpressions(Expr expr) {
        Stream<Expr> children = switch (expr) {
            case Expr.Member member -> Stream.of(member.target());
            case Expr.Index index -> Stream.of(index.target(), index.index());
            case Expr.Unary unary -> Stream.of(unary.operand());
            case Expr.Binary binary -> Stream.of(binary.left(), binary.right());
            case Expr.Call call -> call.arguments().stream();
            case Expr.RecordLit record -> record.fields().stream().map(Expr.FieldInit::value);
            case Expr.ListLit list -> list.elements().stream();
            case Expr.Range range -> Stream.of(range.from(), range.to());
            case Expr.IntLit i -> Stream.empty();
            case Expr.BoolLit b -> Stream.empty();
            case Expr.TextLit t -> Stream.empty();
            case Expr.Ref r -> Stream.empty();
        };
        return Stream.concat(Stream.of(expr), children.flatMap(Jumps::subexpressions));
    }
}
