package koru.elaborator.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.QualifiedName;
import koru.elaborator.ast.Step;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;

/**
 * Checks the names of every flow body (LANGUAGE.md A4, Part D): a branch with a payload binds a
 * name or {@code _} and a payload-less one binds nothing, a catch-all binds nothing (KORU030); a
 * name in an expression is a binding or input in scope, or a type (KORU040); a binding never
 * shadows a binding, an input or {@code in} (KORU013); a named binding is used (KORU100), unless
 * its payload issues an obligation, whose neglect is the leak KORU107 of verification.
 */
public final class CheckBindings {
    private final Program program;
    private final Diagnostics diagnostics;
    private final Body body;

    private CheckBindings(Program program, Body body, Diagnostics diagnostics) {
        this.program = program;
        this.body = body;
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        for (Body body : Bodies.of(program)) {
            CheckBindings pass = new CheckBindings(program, body, diagnostics);
            Scope inputs = new Scope(Optional.empty());
            body.implemented().ifPresent(event -> event.decl().inputs().forEach(field -> inputs.declare(
                    field.name(), field.nameSpan(), "input field `" + field.name() + "` of `" + event.name().path() + "`", false)));
            pass.walk(body.root(), inputs);
        }
    }

    /** A lexical scope: the names one handler (or the subflow's inputs) introduces, and its parent. */
    private static final class Scope {
        private final Optional<Scope> parent;
        private final List<Name> names = new ArrayList<>();

        Scope(Optional<Scope> parent) {
            this.parent = parent;
        }

        Scope child() {
            return new Scope(Optional.of(this));
        }

        Name declare(String name, Span span, String description, boolean mustBeUsed) {
            Name declared = new Name(name, span, description, mustBeUsed);
            names.add(declared);
            return declared;
        }

        Optional<Name> lookup(String name) {
            for (Name candidate : names) {
                if (candidate.name.equals(name)) {
                    return Optional.of(candidate);
                }
            }
            return parent.flatMap(p -> p.lookup(name));
        }

        List<String> visible() {
            List<String> all = new ArrayList<>(names.stream().map(n -> n.name).toList());
            parent.ifPresent(p -> all.addAll(p.visible()));
            return all;
        }
    }

    private static final class Name {
        final String name;
        final Span span;
        final String description;
        final boolean mustBeUsed;
        boolean used;

        Name(String name, Span span, String description, boolean mustBeUsed) {
            this.name = name;
            this.span = span;
            this.description = description;
            this.mustBeUsed = mustBeUsed;
        }
    }

    private void walk(Step step, Scope scope) {
        switch (step) {
            case Step.Invoke invoke -> {
                Optional<EventSymbol> event = program.resolveEvent(body.module(), invoke.call().event());
                invoke.label().flatMap(Step.LabelAnchor::invariant).ifPresent(invariant ->
                        refer(invariant, labelScope(invoke, event, scope)));
                invoke.call().arguments().forEach(arg -> refer(arg.value(), scope));
                invoke.then().ifPresent(next -> walk(next, scope));
                invoke.handlers().forEach(handler -> handle(handler, event, scope));
            }
            case Step.Construct construct -> construct.value().ifPresent(value -> refer(value, scope));
            case Step.Jump jump -> jump.arguments().forEach(arg -> refer(arg.value(), scope));
            case Step.End ignored -> { }
        }
    }

    /** A loop invariant also sees the anchored event's argument names (LANGUAGE.md Part D). */
    private static Scope labelScope(Step.Invoke invoke, Optional<EventSymbol> event, Scope scope) {
        Scope arguments = scope.child();
        event.ifPresent(e -> e.decl().inputs().forEach(f -> arguments.declare(f.name(), f.nameSpan(), "argument", false)));
        for (Arg arg : invoke.call().arguments()) {
            arg.name().ifPresent(name -> arguments.declare(name, arg.span(), "argument", false));
        }
        return arguments;
    }

    private void handle(Handler handler, Optional<EventSymbol> event, Scope scope) {
        Optional<BranchDecl> branch = event.flatMap(e -> handler.pattern() instanceof Handler.Pattern.Branch b
                ? e.branch(b.name()) : Optional.empty());
        branch.ifPresent(b -> checkBindingShape(handler, b));
        if (handler.pattern() instanceof Handler.Pattern.CatchAll catchAll && handler.binding().isPresent()) {
            diagnostics.report(Diagnostic.error(Code.KORU030, handler.binding().get().span(),
                            "a catch-all handler in a flow binds nothing: the branches it covers carry different payloads")
                    .withHint("write `|? |> …`, or handle the branch by name to bind its payload"));
        }
        Scope inner = scope.child();
        Optional<Name> bound = handler.binding()
                .filter(b -> !b.name().equals("_"))
                .map(b -> declareBinding(b, branch, scope, inner));
        handler.guard().ifPresent(guard -> refer(guard, inner));
        walk(handler.step(), inner);
        bound.filter(name -> name.mustBeUsed && !name.used).ifPresent(name -> diagnostics.report(
                Diagnostic.error(Code.KORU100, name.span, "binding `%s` is never used".formatted(name.name))
                        .withHint("rename it `_` or `_%s` if the payload is not needed".formatted(name.name))));
    }

    private void checkBindingShape(Handler handler, BranchDecl branch) {
        boolean hasPayload = !(branch.payload() instanceof Payload.None);
        if (hasPayload && handler.binding().isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU030, handler.pattern().span(),
                            "branch `%s` has a payload but no binding".formatted(branch.name()))
                    .withHint("bind it: `| %s %s |> …`, or discard it with `| %s _ |> …`"
                            .formatted(branch.name(), branch.name().charAt(0), branch.name())));
        } else if (!hasPayload && handler.binding().isPresent()) {
            diagnostics.report(Diagnostic.error(Code.KORU030, handler.binding().get().span(),
                            "branch `%s` has no payload, so there is nothing to bind".formatted(branch.name()))
                    .withHint("write `| %s |> …`".formatted(branch.name())));
        }
    }

    private Name declareBinding(Handler.Binding binding, Optional<BranchDecl> branch, Scope outer, Scope inner) {
        String name = binding.name();
        if (name.equals("in")) {
            diagnostics.report(Diagnostic.error(Code.KORU013, binding.span(), "`in` is reserved and cannot be bound")
                    .withNote("`in` names the input record inside a branch's `where`")
                    .withHint("choose another name"));
        } else {
            outer.lookup(name).ifPresent(shadowed -> diagnostics.report(
                    Diagnostic.error(Code.KORU013, binding.span(), "binding `%s` shadows %s".formatted(name, shadowed.description))
                            .withNote("`%s` is declared at %s".formatted(name, shadowed.span))
                            .withHint("choose a name not already in scope")));
        }
        boolean mustBeUsed = !binding.isDiscard()
                && branch.filter(b -> !(b.payload() instanceof Payload.None) && !issuesObligation(b.payload())).isPresent();
        return inner.declare(name, binding.span(), "the binding `" + name + "`", mustBeUsed);
    }

    /** Whether a payload carries an issuing phantom state {@code [s!]} anywhere in its type. */
    private static boolean issuesObligation(Payload payload) {
        return switch (payload) {
            case Payload.None ignored -> false;
            case Payload.Identity identity -> issues(identity.type());
            case Payload.Struct struct -> struct.fields().stream().map(Field::type).anyMatch(CheckBindings::issues);
        };
    }

    private static boolean issues(TypeRef type) {
        return switch (type) {
            case TypeRef.Stated stated -> issues(stated.state()) || issues(stated.base());
            case TypeRef.Pointer pointer -> issues(pointer.target());
            case TypeRef.Slice slice -> issues(slice.element());
            case TypeRef.Named named -> named.arguments().stream().anyMatch(CheckBindings::issues);
        };
    }

    private static boolean issues(Phantom phantom) {
        return switch (phantom) {
            case Phantom.State state -> state.issues();
            case Phantom.Union union -> union.members().stream().anyMatch(Phantom.State::issues);
            case Phantom.Variable ignored -> false;
        };
    }

    /** Resolves every name {@code expr} mentions, marking bindings used. */
    private void refer(Expr expr, Scope scope) {
        switch (expr) {
            case Expr.Ref ref -> resolveName(ref, scope);
            case Expr.Member member -> refer(member.target(), scope);
            case Expr.Index index -> {
                refer(index.target(), scope);
                refer(index.index(), scope);
            }
            case Expr.Unary unary -> refer(unary.operand(), scope);
            case Expr.Binary binary -> {
                refer(binary.left(), scope);
                refer(binary.right(), scope);
            }
            case Expr.Call call -> call.arguments().forEach(argument -> refer(argument, scope));
            case Expr.RecordLit record -> record.fields().forEach(field -> refer(field.value(), scope));
            case Expr.ListLit list -> list.elements().forEach(element -> refer(element, scope));
            case Expr.Range range -> {
                refer(range.from(), scope);
                refer(range.to(), scope);
            }
            case Expr.IntLit ignored -> { }
            case Expr.BoolLit ignored -> { }
            case Expr.TextLit ignored -> { }
        }
    }

    private void resolveName(Expr.Ref ref, Scope scope) {
        if (ref.module().isPresent()) {
            return; // `mod:Name` names a type of another module: the type checks resolve it.
        }
        Optional<Name> found = scope.lookup(ref.name());
        if (found.isPresent()) {
            found.get().used = true;
            return;
        }
        if (program.resolveType(body.module(), new QualifiedName(Optional.empty(), ref.name(), ref.span())).isPresent()) {
            return;
        }
        if (ref.name().equals("in")) {
            return; // `in` outside a branch's `where` is a typing error (KORU014), reported by the type checks
        }
        Diagnostic unknown = Diagnostic.error(Code.KORU040, ref.span(), "unknown name `%s`".formatted(ref.name()));
        diagnostics.report(DidYouMean.closest(ref.name(), scope.visible())
                .map(n -> unknown.withHint("did you mean `" + n + "`?"))
                .orElse(unknown.withHint(scope.visible().isEmpty()
                        ? "nothing is in scope here: bind a branch's payload with `| branch name |> …` to use it"
                        : "names in scope here: " + String.join(", ", scope.visible().stream().map(n -> "`" + n + "`").toList()))));
    }
}
