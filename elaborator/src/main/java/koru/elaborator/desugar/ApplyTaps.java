package koru.elaborator.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Invocation;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.Step;
import koru.elaborator.check.Body;
import koru.elaborator.check.TapPattern;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.StandardLibrary;
import koru.elaborator.source.Span;

/**
 * Taps as an AST transformation (LANGUAGE.md A9). A transition is one call site's return of a
 * branch (or of a void event) into its continuation; for each one whose source and destination
 * a tap matches, the tap's step is put at the front of that continuation, taps in declaration
 * order. The tap's binding is renamed to the continuation's (a {@code _} there becomes a fresh
 * {@code _tap_N}); a {@code when} filter becomes an {@code if}; a metatype handler becomes a call
 * of the {@code [opaque]} {@code std.taps} event of that name, whose one branch binds the record.
 * Only the program's own call sites are visited, so inserted calls are never tapped; neither are
 * {@code [opaque]} events, nor calls inside the source event's own implementation.
 *
 * <p>Each copy of a tap handler's step put into a continuation is one {@link Insertion}; the pass
 * lists them, and can make just one of them, so that the checks of the inserted steps
 * ({@link CheckTapSteps}) can tell which transition a wrong step was inserted at.
 */
public final class ApplyTaps {
    private static final String TAPS_MODULE = StandardLibrary.moduleName("taps");

    private record Tap(Module module, Item.Tap decl, TapPattern source, TapPattern destination) {
    }

    /**
     * One copy of a tap handler's step, in the continuation of the transition {@code transition}
     * (written as the user would, e.g. {@code work | done}) at the call site {@code site}.
     */
    public record Insertion(Item.Tap tap, String transition, Span site) {
    }

    /** The tapped program and every insertion the pass considered, in the order it met them. */
    public record Result(Program program, List<Insertion> insertions) {
    }

    private final Program program;
    private final OptionalInt only;
    private final List<Tap> taps = new ArrayList<>();
    private final List<Insertion> insertions = new ArrayList<>();
    private int fresh;
    private boolean callsMetatypes;

    private ApplyTaps(Program program, OptionalInt only) {
        this.program = program;
        this.only = only;
        for (Module module : program.modules()) {
            module.items(Item.Tap.class).forEach(tap -> taps.add(new Tap(module, tap, TapPattern.of(program, module, tap.source()),
                    tap.destination().map(d -> TapPattern.of(program, module, d))
                            .orElse(TapPattern.of(program, module, new Item.TapEndpoint("*", tap.span()))))));
        }
    }

    /** The program with every tap applied. */
    public static Result apply(Program program) {
        return apply(program, OptionalInt.empty());
    }

    /** The program with only the insertion of index {@code ordinal} in {@link #apply}'s list made. */
    public static Result applyOnly(Program program, int ordinal) {
        return apply(program, OptionalInt.of(ordinal));
    }

    private static Result apply(Program program, OptionalInt only) {
        ApplyTaps pass = new ApplyTaps(program, only);
        if (pass.taps.isEmpty()) {
            return new Result(program, List.of());
        }
        Program tapped = RewriteBodies.rewrite(program, body -> pass.step(body.root(), body, Map.of()));
        return new Result(pass.withTapsModule(tapped), List.copyOf(pass.insertions));
    }

    /** The tapped program, with {@code std.taps} loaded when an inserted step calls a metatype event. */
    private Program withTapsModule(Program tapped) {
        if (!callsMetatypes || tapped.module(TAPS_MODULE).isPresent()) {
            return tapped;
        }
        return StandardLibrary.load("taps", new Diagnostics())
                .map(unit -> RewriteBodies.adding(tapped, new Module(TAPS_MODULE, List.of(unit), Module.Origin.STANDARD)))
                .orElse(tapped);
    }

    private Step step(Step step, Body body, Map<String, Optional<Canonical>> labels) {
        if (!(step instanceof Step.Invoke invoke)) {
            return step;
        }
        Optional<EventSymbol> callee = program.resolveEvent(body.module(), invoke.call().event());
        Map<String, Optional<Canonical>> inner = new HashMap<>(labels);
        invoke.label().ifPresent(label -> inner.put(label.name(), callee.map(EventSymbol::name)));
        boolean tappable = callee.isPresent() && !callee.get().hasAnnotation("opaque")
                && !body.implemented().map(e -> e.name().equals(callee.get().name())).orElse(false);

        Optional<Step> then = invoke.then().map(next -> step(next, body, inner));
        if (tappable && invoke.handlers().isEmpty()) {
            Transition transition = new Transition(callee.get(), Optional.empty(), Optional.empty(), invoke.span(),
                    invoke.then().map(next -> destinationOf(next, body, inner)).orElse(Optional.empty()));
            then = tap(transition, body.module(), then);
        }
        List<Handler> handlers = new ArrayList<>();
        for (Handler handler : invoke.handlers()) {
            Step next = step(handler.step(), body, inner);
            if (tappable && handler.pattern() instanceof Handler.Pattern.Branch branch) {
                Transition transition = new Transition(callee.get(), Optional.of(branch.name()), handler.binding(), invoke.span(),
                        destinationOf(handler.step(), body, inner));
                Optional<Step> tapped = tap(transition, body.module(), Optional.of(next));
                handlers.add(new Handler(handler.pattern(), transition.binding, handler.guard(), tapped.orElseThrow(), handler.span()));
            } else {
                handlers.add(new Handler(handler.pattern(), handler.binding(), handler.guard(), next, handler.span()));
            }
        }
        return new Step.Invoke(invoke.label(), invoke.call(), then, handlers, invoke.span());
    }

    /**
     * One transition: the source event, its branch (none for a void event), the binding, the call
     * site, the destination (none: a terminal).
     */
    private static final class Transition {
        final EventSymbol source;
        final Optional<String> branch;
        Optional<Handler.Binding> binding;
        final Span site;
        final Optional<Canonical> destination;

        Transition(EventSymbol source, Optional<String> branch, Optional<Handler.Binding> binding, Span site,
                Optional<Canonical> destination) {
            this.source = source;
            this.branch = branch;
            this.binding = binding;
            this.site = site;
            this.destination = destination;
        }

        /** As the user writes it: {@code work | done}, or {@code file.close} for a void event. */
        String written() {
            return source.name().path() + branch.map(b -> " | " + b).orElse("");
        }
    }

    private Optional<Canonical> destinationOf(Step next, Body body, Map<String, Optional<Canonical>> labels) {
        return switch (next) {
            case Step.Invoke invoke -> program.resolveEvent(body.module(), invoke.call().event()).map(EventSymbol::name);
            case Step.Jump jump -> labels.getOrDefault(jump.label(), Optional.empty());
            case Step.End end -> Optional.empty();
            case Step.Construct construct -> Optional.empty();
        };
    }

    /**
     * {@code continuation}, in a body of module {@code into}, with the steps of every matching tap
     * handler in front, first declared first.
     */
    private Optional<Step> tap(Transition transition, Module into, Optional<Step> continuation) {
        Optional<Step> result = continuation;
        for (int t = taps.size() - 1; t >= 0; t--) {
            Tap tap = taps.get(t);
            if (!tap.source.matches(Optional.of(transition.source.name())) || !tap.destination.matches(transition.destination)) {
                continue;
            }
            HygienicTapStep hygiene = new HygienicTapStep(program, tap.module, into, this::freshName);
            List<Handler> handlers = tap.decl.handlers();
            for (int h = handlers.size() - 1; h >= 0; h--) {
                Optional<String> metatype = metatypeOf(handlers.get(h), transition);
                boolean observes = metatype.isPresent() || observesBranch(handlers.get(h), transition);
                if (observes && !admits(tap, transition)) {
                    continue;
                }
                if (metatype.isPresent()) {
                    result = Optional.of(observe(metatype.get(), handlers.get(h), hygiene, transition, result));
                } else if (observesBranch(handlers.get(h), transition)) {
                    result = Optional.of(observe(handlers.get(h), hygiene, transition, result));
                }
            }
        }
        return result;
    }

    /** Lists the insertion of {@code tap}'s step at {@code transition}, and says whether this pass makes it. */
    private boolean admits(Tap tap, Transition transition) {
        insertions.add(new Insertion(tap.decl, transition.written(), transition.site));
        return only.isEmpty() || only.getAsInt() == insertions.size() - 1;
    }

    private static Optional<String> metatypeOf(Handler handler, Transition transition) {
        return switch (handler.pattern()) {
            case Handler.Pattern.CatchAll catchAll -> catchAll.metatype();
            case Handler.Pattern.Branch branch -> TapPattern.METATYPES.contains(branch.name())
                    && transition.source.branch(branch.name()).isEmpty() ? Optional.of(branch.name()) : Optional.empty();
        };
    }

    private static boolean observesBranch(Handler handler, Transition transition) {
        return switch (handler.pattern()) {
            case Handler.Pattern.CatchAll catchAll -> true;
            case Handler.Pattern.Branch branch -> transition.branch.map(branch.name()::equals).orElse(false);
        };
    }

    /** A branch handler: its binding stands for the transition's payload binding. */
    private Step observe(Handler handler, HygienicTapStep hygiene, Transition transition, Optional<Step> continuation) {
        Rename rename = Rename.none();
        Optional<String> tapBinding = handler.binding().map(Handler.Binding::name).filter(n -> !n.equals("_"));
        if (tapBinding.isPresent() && transition.binding.isPresent()) {
            Handler.Binding flow = transition.binding.get();
            if (flow.name().equals("_")) {
                flow = new Handler.Binding(freshName(), flow.span());
                transition.binding = Optional.of(flow);
            }
            rename = new Rename(tapBinding.get(), flow.name());
        }
        return guarded(handler, hygiene, rename, continuation);
    }

    /** A metatype handler: {@code std.taps:profile(source, branch, destination) | observed _tap_N |> step}. */
    private Step observe(String metatype, Handler handler, HygienicTapStep hygiene, Transition transition,
            Optional<Step> continuation) {
        callsMetatypes = true;
        Span at = handler.span();
        String record = freshName();
        Rename rename = handler.binding().map(b -> new Rename(b.name(), record)).orElse(Rename.none());
        List<Arg> arguments = List.of(
                text("source", transition.source.name().toString(), at),
                text("branch", transition.branch.orElse(""), at),
                text("destination", transition.destination.map(Canonical::toString).orElse(TapPattern.TERMINAL), at));
        Invocation call = new Invocation(new QualifiedName(Optional.of(TAPS_MODULE), metatype.toLowerCase(java.util.Locale.ROOT), at),
                Optional.empty(), arguments, at);
        Handler observed = new Handler(new Handler.Pattern.Branch("observed", at), Optional.of(new Handler.Binding(record, at)),
                Optional.empty(), guarded(handler, hygiene, rename, continuation), at);
        return new Step.Invoke(Optional.empty(), call, Optional.empty(), List.of(observed), at);
    }

    private static Arg text(String name, String value, Span at) {
        return new Arg(Optional.of(name), Optional.empty(), new Expr.TextLit(value, at), Arg.Form.NAMED, at);
    }

    private String freshName() {
        return "_tap_" + ++fresh;
    }

    /** The tap's step, then the continuation; under a {@code when}, only when the filter holds. */
    private static Step guarded(Handler handler, HygienicTapStep hygiene, Rename rename, Optional<Step> continuation) {
        Optional<String> tapBinding = handler.binding().map(Handler.Binding::name);
        Step observed = Graft.graft(rename.in(hygiene.copy(handler.step(), tapBinding)), continuation);
        if (handler.guard().isEmpty()) {
            return observed;
        }
        Span at = handler.guard().get().span();
        Arg cond = new Arg(Optional.of("cond"), Optional.empty(), rename.in(hygiene.copy(handler.guard().get(), tapBinding)),
                Arg.Form.NAMED, at);
        Invocation test = new Invocation(new QualifiedName(Optional.empty(), "if", at), Optional.empty(), List.of(cond), at);
        Handler then = new Handler(new Handler.Pattern.Branch("then", at), Optional.empty(), Optional.empty(), observed, at);
        Handler otherwise = new Handler(new Handler.Pattern.Branch("else", at), Optional.empty(), Optional.empty(),
                continuation.orElse(new Step.End(at)), at);
        return new Step.Invoke(Optional.empty(), test, Optional.empty(), List.of(then, otherwise), at);
    }
}
