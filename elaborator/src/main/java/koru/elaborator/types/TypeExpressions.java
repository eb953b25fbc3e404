package koru.elaborator.types;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Step;
import koru.elaborator.check.Bodies;
import koru.elaborator.check.Body;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.StandardLibrary;

/**
 * Types every expression of the program (LANGUAGE.md B1–B3, A4): the {@code where} clauses of
 * events, branches and records, and in every flow body the arguments of each invocation and jump,
 * guards, loop invariants and branch constructor values. Argument names, arity and types,
 * non-bool guards and contracts, and every expression-level mismatch are KORU014. Names,
 * events, branches and labels that do not resolve are skipped: the checks that own them report.
 */
public final class TypeExpressions {
    private static final Canonical FOR = new Canonical(StandardLibrary.moduleName(StandardLibrary.CONTROL), "for");

    private final Program program;
    private final TypeTable declarations;
    private final Diagnostics diagnostics;
    private final IdentityHashMap<Expr, Type> typed = new IdentityHashMap<>();

    private TypeExpressions(Program program, TypeTable declarations, Diagnostics diagnostics) {
        this.program = program;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    public static Typing type(Program program, TypeTable declarations, Diagnostics diagnostics) {
        TypeExpressions pass = new TypeExpressions(program, declarations, diagnostics);
        for (Module module : program.modules()) {
            ExpressionTyper typer = pass.typerFor(module);
            module.items(Item.Event.class).forEach(event -> pass.contractsOf(module, event, typer));
            module.items(Item.Type.class).forEach(type -> pass.invariantOf(module, type, typer));
        }
        for (Body body : Bodies.of(program)) {
            pass.body(body);
        }
        return new Typing(pass.typed, declarations);
    }

    private ExpressionTyper typerFor(Module module) {
        return new ExpressionTyper(program, module, declarations, diagnostics, typed);
    }

    // ------------------------------------------------------------ contracts

    private void contractsOf(Module module, Item.Event event, ExpressionTyper typer) {
        Optional<EventSymbol> symbol = program.resolveEvent(module, event.name())
                .filter(s -> s.decl() == event);
        if (symbol.isEmpty()) {
            return;
        }
        Type.Fields inputs = declarations.inputsOf(symbol.get());
        event.where().ifPresent(where -> typer.check(where, Scope.contract(inputs.fields(), Optional.empty()), Type.BOOL));
        for (BranchDecl branch : event.branches()) {
            if (branch.where().isEmpty()) {
                continue;
            }
            Map<String, Type> payload = new LinkedHashMap<>();
            declarations.payloadOf(branch).ifPresent(type -> {
                if (branch.payload() instanceof koru.elaborator.ast.Payload.Struct) {
                    payload.putAll(((Type.Fields) type).fields());
                } else {
                    payload.put(branch.name(), type);
                }
            });
            typer.check(branch.where().get(), Scope.contract(payload, Optional.of(inputs)), Type.BOOL);
        }
    }

    private void invariantOf(Module module, Item.Type type, ExpressionTyper typer) {
        if (type.body() instanceof Item.TypeBody.Record record && record.where().isPresent()) {
            program.resolveType(module, new koru.elaborator.ast.QualifiedName(Optional.empty(), type.name(), type.nameSpan()))
                    .filter(symbol -> symbol.decl() == type)
                    .ifPresent(symbol -> typer.check(record.where().get(),
                            Scope.contract(declarations.fieldsOf(symbol).fields(), Optional.empty()), Type.BOOL));
        }
    }

    // ------------------------------------------------------------ bodies

    private void body(Body body) {
        Map<String, Type> inputs = body.implemented().map(e -> declarations.inputsOf(e).fields()).orElse(Map.of());
        new BodyTyper(body, typerFor(body.module())).step(body.root(), Scope.body(inputs), Map.of());
    }

    /** Walks one body, carrying the scope and the enclosing labels' events. */
    private final class BodyTyper {
        private final Body body;
        private final ExpressionTyper typer;

        BodyTyper(Body body, ExpressionTyper typer) {
            this.body = body;
            this.typer = typer;
        }

        void step(Step step, Scope scope, Map<String, EventSymbol> labels) {
            switch (step) {
                case Step.Invoke invoke -> invoke(invoke, scope, labels);
                case Step.End end -> { }
                case Step.Construct construct -> construct(construct, scope);
                case Step.Jump jump -> jump(jump, scope, labels);
            }
        }

        private void invoke(Step.Invoke invoke, Scope scope, Map<String, EventSymbol> labels) {
            Optional<EventSymbol> event = program.resolveEvent(body.module(), invoke.call().event());
            Map<String, EventSymbol> inner = labels;
            if (event.isPresent() && invoke.label().isPresent()) {
                Step.LabelAnchor anchor = invoke.label().get();
                inner = new HashMap<>(labels);
                inner.put(anchor.name(), event.get());
                anchor.invariant().ifPresent(invariant -> typer.check(invariant,
                        scope.withAll(declarations.inputsOf(event.get()).fields()).asContract(), Type.BOOL));
            }
            Optional<Type> element = Optional.empty();
            if (event.isPresent()) {
                if (event.get().name().equals(FOR)) {
                    element = Optional.of(forOperand(invoke, scope));
                } else {
                    arguments(invoke, event.get(), scope);
                }
            }
            Map<String, EventSymbol> enclosing = inner;
            invoke.then().ifPresent(next -> step(next, scope, enclosing));
            for (Handler handler : invoke.handlers()) {
                Type payload = payloadOf(handler, event, element);
                Scope inHandler = handler.binding().map(b -> scope.with(b.name(), payload)).orElse(scope);
                handler.guard().ifPresent(guard -> typer.check(guard, inHandler, Type.BOOL));
                step(handler.step(), inHandler, enclosing);
            }
        }

        private Type payloadOf(Handler handler, Optional<EventSymbol> event, Optional<Type> element) {
            if (event.isEmpty() || !(handler.pattern() instanceof Handler.Pattern.Branch branch)) {
                return Type.UNKNOWN;
            }
            if (element.isPresent() && branch.name().equals("each")) {
                return element.get();
            }
            return event.get().branch(branch.name()).flatMap(declarations::payloadOf).orElse(Type.UNKNOWN);
        }

        /** {@code for(a..b)} iterates integers, {@code for(list)} the list's elements: the type {@code each} binds. */
        private Type forOperand(Step.Invoke invoke, Scope scope) {
            List<Arg> args = invoke.call().arguments();
            if (args.size() != 1 || args.get(0).name().filter(n -> !n.equals("over")).isPresent()) {
                typer.report(invoke.call().event().span(), "`for` takes one operand, a range `a..b` or a list",
                        "write `for(0..n)` or `for(items)`");
                return Type.UNKNOWN;
            }
            Expr operand = args.get(0).value();
            if (operand instanceof Expr.Range range) {
                Type type = typer.range(range, scope);
                if (!(type instanceof Type.Int) && !(type instanceof Type.Unknown)) {
                    typer.report(range.span(), "a range needs integer bounds, found `" + type.display() + "`",
                            "write `for(a..b)` with integers `a` and `b`");
                    return Type.UNKNOWN;
                }
                return type;
            }
            Type over = typer.infer(operand, scope, Optional.empty());
            if (over instanceof Type.ListOf list) {
                return list.element();
            }
            if (!(over instanceof Type.Unknown)) {
                typer.report(operand.span(), "`for` iterates a range or a list, not a `" + over.display() + "`",
                        "write `for(a..b)` or pass a `[]T`");
            }
            return Type.UNKNOWN;
        }

        private void construct(Step.Construct construct, Scope scope) {
            Optional<BranchDecl> branch = body.implemented().flatMap(e -> e.branch(construct.branch()));
            if (branch.isEmpty() || construct.value().isEmpty()) {
                return;
            }
            Optional<Type> payload = declarations.payloadOf(branch.get());
            if (payload.isEmpty()) {
                return;
            }
            if (payload.get() instanceof Type.Fields struct) {
                structFields(construct.value().get(), struct, scope);
            } else {
                typer.check(construct.value().get(), scope, payload.get());
            }
        }

        /**
         * A struct branch's constructor: which fields it names is its shape (KORU030, the
         * constructor checks'); here only the value of each field the branch has is typed.
         */
        private void structFields(Expr value, Type.Fields struct, Scope scope) {
            if (!(value instanceof Expr.RecordLit record)) {
                return;
            }
            for (Expr.FieldInit init : record.fields()) {
                Type type = struct.fields().get(init.name());
                if (type != null) {
                    typer.check(init.value(), scope, type);
                }
            }
        }

        private void jump(Step.Jump jump, Scope scope, Map<String, EventSymbol> labels) {
            EventSymbol event = labels.get(jump.label());
            if (event == null) {
                return;
            }
            // Names and arity of a jump's arguments are the label checks' (KORU045/046); only types are checked here.
            Map<String, Type> inputs = declarations.inputsOf(event).fields();
            List<String> fields = List.copyOf(inputs.keySet());
            for (int i = 0; i < jump.arguments().size(); i++) {
                Arg arg = jump.arguments().get(i);
                Optional<String> field = arg.name().isPresent() ? arg.name()
                        : i < fields.size() ? Optional.of(fields.get(i)) : Optional.empty();
                field.filter(inputs::containsKey).ifPresent(f -> typer.check(arg.value(), scope, inputs.get(f)));
            }
        }

        private void arguments(Step.Invoke invoke, EventSymbol event, Scope scope) {
            new CheckArguments(typer, declarations.inputsOf(event), event).check(invoke.call(), scope);
        }
    }
}
