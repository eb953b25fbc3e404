package koru.elaborator.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Step;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;

/**
 * Walks one flow body tracking live obligations (LANGUAGE.md A7) and rebuilds it: a listener
 * sees every discharge and may replace every terminal. Loops are scopes: the {@code each}
 * handler of {@code for}, and every path from a label's anchored invocation that reaches a jump
 * to that label. An obligation created outside a loop is <em>outer</em> inside it: it is
 * suspended there, and only the loop's exit paths settle it. The {@code task} handler of
 * {@code std.rt:spawn} is such a scope too, entered once: it runs apart from the path that goes on.
 */
public final class ObligationWalk {
    private static final Canonical FOR = new Canonical("std.control", "for");
    private static final Canonical SPAWN = new Canonical("std.rt", "spawn");

    /** What a pass does with the obligations the walk finds. */
    public interface Listener {
        /** {@code argument} discharges {@code obligation}; {@code outer} when it was created outside the enclosing loop. */
        void discharged(Obligation obligation, Arg argument, boolean outer);

        /**
         * The obligations of the current scope still live at a terminal: {@code _}, a constructor or a
         * jump ({@code terminal} present), or the end of a chain or an unhandled optional branch
         * ({@code terminal} empty). Returns what runs there instead of the terminal: the terminal
         * itself (or empty) to change nothing.
         */
        Optional<Step> settle(List<Obligation> live, Span at, Optional<Step> terminal);
    }

    private final Program program;
    private final Body body;
    private final Listener listener;
    private int autoNames;

    private ObligationWalk(Program program, Body body, Listener listener) {
        this.program = program;
        this.body = body;
        this.listener = listener;
    }

    /** The body's root after the listener's replacements. */
    public static Step walk(Program program, Body body, Listener listener) {
        if (!callsAnEventThatIssues(program, body)) {
            return body.root(); // no obligation can arise, so there is nothing to track or settle
        }
        return new ObligationWalk(program, body, listener).step(body.root(), new Scope(Map.of(), List.of(), 0));
    }

    /** Obligations arise only where a handler binds a branch declared {@code [s!]} (A7). */
    private static boolean callsAnEventThatIssues(Program program, Body body) {
        for (Step.Invoke invoke : Steps.invocations(body.root())) {
            Optional<EventSymbol> callee = program.resolveEvent(body.module(), invoke.call().event());
            if (callee.isPresent() && issuesAnything(program, callee.get())) {
                return true;
            }
        }
        return false;
    }

    private static boolean issuesAnything(Program program, EventSymbol event) {
        for (BranchDecl branch : event.decl().branches()) {
            if (!PhantomStates.issuedBy(program, event, branch).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Live obligations by key, the enclosing label anchors (innermost last), and the {@code each} depth. */
    private record Scope(Map<String, Obligation> live, List<String> anchors, int eachDepth) {
        int levelOf(Step step) {
            return eachDepth + (int) anchors.stream().filter(label -> Jumps.reach(step, label)).count();
        }

        Scope with(Map<String, Obligation> replaced) {
            return new Scope(replaced, anchors, eachDepth);
        }
    }

    private Step step(Step step, Scope scope) {
        int level = scope.levelOf(step);
        return switch (step) {
            case Step.Invoke invoke -> invoke(invoke, scope);
            case Step.End end -> settle(scope, level, end, List.of(), end.span());
            case Step.Construct construct -> settle(scope, level, construct, escaping(construct, scope), construct.span());
            case Step.Jump jump -> settle(scope, level, jump,
                    jump.arguments().stream().flatMap(a -> PhantomStates.keyOf(a.value()).stream()).toList(), jump.span());
        };
    }

    private Step settle(Scope scope, int level, Step terminal, List<String> exempt, Span at) {
        List<Obligation> live = current(scope, level, exempt);
        return live.isEmpty() ? terminal : listener.settle(live, at, Optional.of(terminal)).orElse(terminal);
    }

    private static List<Obligation> current(Scope scope, int level, List<String> exempt) {
        return scope.live().values().stream()
                .filter(o -> o.level() >= level && !exempt.contains(o.key()))
                .toList();
    }

    private Step invoke(Step.Invoke invoke, Scope outerScope) {
        Optional<EventSymbol> callee = program.resolveEvent(body.module(), invoke.call().event());
        int callLevel = outerScope.levelOf(invoke);
        Map<String, Obligation> live = new LinkedHashMap<>(outerScope.live());
        callee.ifPresent(event -> discharge(event, invoke.call().arguments(), live, callLevel));
        List<String> anchors = new ArrayList<>(outerScope.anchors());
        invoke.label().ifPresent(label -> anchors.add(label.name()));
        Scope scope = new Scope(Map.copyOf(live), List.copyOf(anchors), outerScope.eachDepth());

        Optional<Step> then = invoke.then().map(next -> step(next, scope));
        List<Handler> handlers = new ArrayList<>();
        for (Handler handler : invoke.handlers()) {
            handlers.add(handler(handler, callee, scope));
        }
        callee.ifPresent(event -> handlers.addAll(implicitExits(event, invoke, scope)));
        if (then.isEmpty() && invoke.handlers().isEmpty()) {
            List<Obligation> left = current(scope, callLevel, List.of());
            then = left.isEmpty() ? Optional.empty() : listener.settle(left, invoke.span(), Optional.empty());
        }
        return new Step.Invoke(invoke.label(), invoke.call(), then, handlers, invoke.span());
    }

    private void discharge(EventSymbol callee, List<Arg> arguments, Map<String, Obligation> live, int level) {
        for (int i = 0; i < arguments.size(); i++) {
            Arg argument = arguments.get(i);
            boolean discharging = PhantomStates.inputOf(callee, arguments, i)
                    .map(input -> !PhantomStates.dischargedBy(callee, input).isEmpty()).orElse(false);
            Optional<Obligation> obligation = PhantomStates.keyOf(argument.value()).map(live::get);
            if (discharging && obligation.isPresent()) {
                live.remove(obligation.get().key());
                listener.discharged(obligation.get(), argument, obligation.get().level() < level);
            }
        }
    }

    private Handler handler(Handler handler, Optional<EventSymbol> callee, Scope scope) {
        Scope inner = isScope(handler, callee) ? new Scope(scope.live(), scope.anchors(), scope.eachDepth() + 1) : scope;
        Optional<BranchDecl> branch = handler.pattern() instanceof Handler.Pattern.Branch b
                ? callee.flatMap(e -> e.branch(b.name())) : Optional.empty();
        if (branch.isEmpty() || handler.binding().isEmpty()) {
            return new Handler(handler.pattern(), handler.binding(), handler.guard(), step(handler.step(), inner), handler.span());
        }
        Map<String, PhantomStates.Issued> issued = PhantomStates.issuedBy(program, callee.get(), branch.get());
        Handler.Binding binding = handler.binding().get();
        boolean discarded = binding.name().equals("_") && !issued.isEmpty();
        String name = discarded ? "_auto_" + ++autoNames : binding.name();
        int level = inner.levelOf(handler.step());
        Map<String, Obligation> live = new LinkedHashMap<>(inner.live());
        issued.forEach((suffix, state) -> {
            String key = suffix.isEmpty() ? name : name + "." + suffix;
            live.put(key, new Obligation(key, state.state(), state.baseType(), binding.span(), level));
        });
        Step walked = step(handler.step(), inner.with(Map.copyOf(live)));
        Handler.Binding kept = discarded && Jumps.mentions(walked, name) ? new Handler.Binding(name, binding.span()) : binding;
        return new Handler(handler.pattern(), Optional.of(kept), handler.guard(), walked, handler.span());
    }

    /** Whether {@code handler} is a scope of its own: {@code for}'s {@code each} or {@code spawn}'s {@code task}. */
    private static boolean isScope(Handler handler, Optional<EventSymbol> callee) {
        return handler.pattern() instanceof Handler.Pattern.Branch b && callee.map(EventSymbol::name)
                .filter(name -> name.equals(FOR) && b.name().equals("each") || name.equals(SPAWN) && b.name().equals("task")).isPresent();
    }

    /**
     * An optional branch nobody handles ends the flow there (the {@code done} of a {@code for}
     * without one, say): it is a terminal too. A handler is added only when the listener inserts
     * something at it.
     */
    private List<Handler> implicitExits(EventSymbol callee, Step.Invoke invoke, Scope scope) {
        if (invoke.handlers().isEmpty() || invoke.handlers().stream().anyMatch(h -> h.pattern() instanceof Handler.Pattern.CatchAll)) {
            return List.of();
        }
        List<Handler> added = new ArrayList<>();
        for (BranchDecl branch : callee.decl().branches()) {
            boolean handled = invoke.handlers().stream()
                    .anyMatch(h -> h.pattern() instanceof Handler.Pattern.Branch b && b.name().equals(branch.name()));
            if (!branch.optional() || handled) {
                continue;
            }
            Span at = invoke.call().event().span();
            Step end = new Step.End(at);
            Optional<Handler.Binding> binding = branch.payload() instanceof Payload.None
                    ? Optional.empty() : Optional.of(new Handler.Binding("_", at));
            Handler implicit = handler(new Handler(new Handler.Pattern.Branch(branch.name(), at), binding, Optional.empty(), end, at),
                    Optional.of(callee), scope);
            if (!implicit.step().equals(end)) {
                added.add(implicit);
            }
        }
        return added;
    }

    /** Keys that escape through the constructed branch of the implemented event, declared {@code [s!]}. */
    private List<String> escaping(Step.Construct construct, Scope scope) {
        Optional<EventSymbol> implemented = body.implemented();
        Optional<BranchDecl> branch = implemented.flatMap(e -> e.branch(construct.branch()));
        if (branch.isEmpty() || construct.value().isEmpty()) {
            return List.of();
        }
        List<Canonical> escapes = PhantomStates.issuedBy(program, implemented.get(), branch.get()).values().stream()
                .map(PhantomStates.Issued::state).toList();
        Expr value = construct.value().get();
        return scope.live().values().stream()
                .filter(o -> escapes.contains(o.state()) && Jumps.mentions(value, o.key()))
                .map(Obligation::key)
                .toList();
    }
}
