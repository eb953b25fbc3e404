package koru.elaborator.desugar;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Invocation;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.Step;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * One copy of a tap's step, made to mean at its insertion point what it means where the tap is
 * written (lexical scope, as in a hygienic macro expansion; docs/language/obligations-and-taps.md):
 * <ul>
 * <li>inserted into a body of another module, its event names and the {@code ~type} names of its
 * expressions are written qualified by the module they resolve to in the tap's module, since
 * unqualified they would resolve in the body's module;
 * <li>the bindings of its own handlers get fresh names, since the continuation grafted under them
 * would otherwise see them hide the flow's bindings of the same name.
 * </ul>
 */
final class HygienicTapStep {
    private final Program program;
    private final Module home;
    private final boolean qualify;
    private final Supplier<String> freshName;

    /** Copies of steps written in {@code home}, to be inserted into bodies of {@code into}. */
    HygienicTapStep(Program program, Module home, Module into, Supplier<String> freshName) {
        this.program = program;
        this.home = home;
        this.qualify = !home.name().equals(into.name());
        this.freshName = freshName;
    }

    /** The copy of {@code step}, under the tap's binding {@code bound} (none for a {@code _}). */
    Step copy(Step step, Optional<String> bound) {
        Set<String> names = new HashSet<>();
        bound.ifPresent(names::add);
        return step(step, names);
    }

    /** The copy of the tap handler's {@code when} filter, under the tap's binding. */
    Expr copy(Expr guard, Optional<String> bound) {
        Set<String> names = new HashSet<>();
        bound.ifPresent(names::add);
        return expr(guard, names);
    }

    private Step step(Step step, Set<String> bound) {
        return switch (step) {
            case Step.Invoke invoke -> new Step.Invoke(
                    invoke.label().map(l -> new Step.LabelAnchor(l.name(), l.invariant().map(e -> expr(e, bound)), l.span())),
                    new Invocation(event(invoke.call().event()), invoke.call().variant(),
                            invoke.call().arguments().stream().map(a -> arg(a, bound)).toList(), invoke.call().span()),
                    invoke.then().map(next -> step(next, bound)),
                    invoke.handlers().stream().map(h -> handler(h, bound)).toList(), invoke.span());
            case Step.Construct construct -> new Step.Construct(construct.branch(), construct.branchSpan(),
                    construct.value().map(e -> expr(e, bound)), construct.span());
            case Step.Jump jump -> new Step.Jump(jump.label(), jump.labelSpan(),
                    jump.arguments().stream().map(a -> arg(a, bound)).toList(), jump.span());
            case Step.End end -> end;
        };
    }

    private Handler handler(Handler handler, Set<String> bound) {
        Optional<Handler.Binding> binding = handler.binding().filter(b -> !b.name().equals("_"));
        if (binding.isEmpty()) {
            return new Handler(handler.pattern(), handler.binding(), handler.guard().map(e -> expr(e, bound)),
                    step(handler.step(), bound), handler.span());
        }
        Rename rename = new Rename(binding.get().name(), freshName.get());
        Set<String> inner = new HashSet<>(bound);
        inner.add(rename.to());
        return new Handler(handler.pattern(), Optional.of(new Handler.Binding(rename.to(), binding.get().span())),
                handler.guard().map(e -> expr(rename.in(e), inner)), step(rename.in(handler.step()), inner), handler.span());
    }

    private Arg arg(Arg arg, Set<String> bound) {
        return new Arg(arg.name(), arg.nameSpan(), expr(arg.value(), bound), arg.form(), arg.span());
    }

    /** The event as the tap's module resolves it, qualified by its own module. */
    private QualifiedName event(QualifiedName name) {
        if (!qualify || name.isQualified()) {
            return name;
        }
        return program.resolveEvent(home, name)
                .map(event -> new QualifiedName(Optional.of(event.name().module()), event.name().path(), name.span()))
                .orElse(name);
    }

    /** Every name that is not a binding and names a {@code ~type} of the tap's module, qualified by it. */
    private Expr expr(Expr expr, Set<String> bound) {
        if (!qualify) {
            return expr;
        }
        return MapRefs.in(expr, ref -> ref.module().isEmpty() && !bound.contains(ref.name())
                && program.resolveType(home, new QualifiedName(Optional.empty(), ref.name(), ref.span())).isPresent()
                ? new Expr.Ref(Optional.of(home.name()), ref.name(), ref.span())
                : ref);
    }
}
