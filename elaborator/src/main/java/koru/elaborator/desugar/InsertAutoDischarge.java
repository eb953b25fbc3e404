package koru.elaborator.desugar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import koru.elaborator.Options;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Invocation;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.Step;
import koru.elaborator.check.Body;
import koru.elaborator.check.Obligation;
import koru.elaborator.check.ObligationWalk;
import koru.elaborator.check.PhantomStates;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;

/**
 * Auto-discharge (LANGUAGE.md A7): at every terminal where an obligation of the current scope is
 * still live, inserts the call of the one event that consumes it, before the terminal. An event
 * is a <em>disposer</em> of a state when it is void or has one branch, takes exactly one input,
 * and that input discharges the state on the same base type. With one disposer (or one marked
 * {@code [!]} among several) the call is inserted; otherwise nothing is, and the leak is recorded
 * with every consumer of the state, for verification's KORU107 hint.
 */
public final class InsertAutoDischarge {

    /** The desugared program and the obligations left at terminals with no single disposer. */
    public record Result(Program program, List<Leak> leaks) {
        public Result {
            leaks = List.copyOf(leaks);
        }
    }

    /** An obligation still live at {@code terminal}; {@code candidates} are the events that consume its state. */
    public record Leak(String binding, Canonical state, Span terminal, List<String> candidates) {
        public Leak {
            candidates = List.copyOf(candidates);
        }
    }

    private final Program program;
    private final Options.AutoDischarge mode;
    private final Diagnostics diagnostics;
    private final List<Leak> leaks = new ArrayList<>();

    private InsertAutoDischarge(Program program, Options.AutoDischarge mode, Diagnostics diagnostics) {
        this.program = program;
        this.mode = mode;
        this.diagnostics = diagnostics;
    }

    public static Result run(Program program, Options.AutoDischarge mode, Diagnostics diagnostics) {
        InsertAutoDischarge pass = new InsertAutoDischarge(program, mode, diagnostics);
        Program rewritten = RewriteBodies.rewrite(program, pass::rewrite);
        return new Result(rewritten, pass.leaks);
    }

    private Step rewrite(Body body) {
        return ObligationWalk.walk(program, body, new ObligationWalk.Listener() {
            @Override
            public void discharged(Obligation obligation, Arg argument, boolean outer) {
            }

            @Override
            public Optional<Step> settle(List<Obligation> live, Span at, Optional<Step> terminal) {
                return insert(body, live, at, terminal);
            }
        });
    }

    /** The disposer calls for {@code live}, in the order the obligations were created, then the terminal. */
    private Optional<Step> insert(Body body, List<Obligation> live, Span at, Optional<Step> terminal) {
        Optional<Step> rest = terminal;
        List<Obligation> reversed = new ArrayList<>(live);
        java.util.Collections.reverse(reversed);
        for (Obligation obligation : reversed) {
            List<Consumer> consumers = consumersOf(body, obligation);
            Optional<Consumer> disposer = disposerAmong(consumers);
            if (disposer.isEmpty() || mode == Options.AutoDischarge.OFF) {
                leaks.add(new Leak(obligation.key(), obligation.state(), at,
                        consumers.stream().map(c -> c.name(body).toString()).toList()));
                continue;
            }
            Invocation call = callOf(body, disposer.get(), obligation, at);
            if (mode == Options.AutoDischarge.WARN) {
                diagnostics.report(Diagnostic.warning(Code.KORU107, at,
                                "auto-discharge inserted `%s(%s: %s)`".formatted(call.event(), disposer.get().input().name(), obligation.key()))
                        .withNote("`%s` carries the obligation `%s` and the path ends here".formatted(obligation.key(), obligation.state()))
                        .withHint("write the call yourself to make the discharge explicit, or use --auto-discharge=on"));
            }
            rest = Optional.of(chain(disposer.get(), call, rest, at));
        }
        return rest;
    }

    /** An event consuming a state through {@code input}. */
    private record Consumer(EventSymbol event, Field input) {
        boolean isDisposer() {
            return event.decl().branches().size() <= 1 && event.decl().inputs().size() == 1;
        }

        QualifiedName name(Body body) {
            boolean local = event.module().name().equals(body.module().name());
            return new QualifiedName(local ? Optional.empty() : Optional.of(event.module().name()), event.name().path(),
                    event.decl().name().span());
        }
    }

    private List<Consumer> consumersOf(Body body, Obligation obligation) {
        List<Consumer> consumers = new ArrayList<>();
        for (EventSymbol event : program.events()) {
            boolean visible = event.isPublic() || event.module().name().equals(body.module().name());
            for (Field input : event.decl().inputs()) {
                if (visible && PhantomStates.dischargedBy(event, input).contains(obligation.state())
                        && PhantomStates.baseTypeOf(program, event, input).equals(obligation.baseType())) {
                    consumers.add(new Consumer(event, input));
                }
            }
        }
        consumers.sort(Comparator.comparing((Consumer c) -> !c.isDisposer()).thenComparing(c -> c.event().name().toString()));
        return consumers;
    }

    private static Optional<Consumer> disposerAmong(List<Consumer> consumers) {
        List<Consumer> disposers = consumers.stream().filter(Consumer::isDisposer).toList();
        if (disposers.size() == 1) {
            return Optional.of(disposers.get(0));
        }
        List<Consumer> defaults = disposers.stream().filter(c -> c.event().hasAnnotation("!")).toList();
        return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
    }

    private static Invocation callOf(Body body, Consumer disposer, Obligation obligation, Span at) {
        String key = obligation.key();
        int dot = key.indexOf('.');
        Expr value = dot < 0 ? new Expr.Ref(Optional.empty(), key, at)
                : new Expr.Member(new Expr.Ref(Optional.empty(), key.substring(0, dot), at), key.substring(dot + 1), at, at);
        Arg argument = new Arg(Optional.of(disposer.input().name()), Optional.empty(), value, Arg.Form.NAMED, at);
        QualifiedName name = disposer.name(body);
        return new Invocation(new QualifiedName(name.module(), name.path(), at), Optional.empty(), List.of(argument), at);
    }

    /** {@code call |> rest} for a void disposer, {@code call | b _ |> rest} for a one-branch one. */
    private static Step chain(Consumer disposer, Invocation call, Optional<Step> rest, Span at) {
        if (disposer.event().isVoid()) {
            return new Step.Invoke(Optional.empty(), call, rest, List.of(), at);
        }
        var branch = disposer.event().decl().branches().get(0);
        Optional<Handler.Binding> binding = branch.payload() instanceof Payload.None
                ? Optional.empty() : Optional.of(new Handler.Binding("_", at));
        Handler handler = new Handler(new Handler.Pattern.Branch(branch.name(), at), binding, Optional.empty(),
                rest.orElse(new Step.End(at)), at);
        return new Step.Invoke(Optional.empty(), call, Optional.empty(), List.of(handler), at);
    }
}
