package koru.kernel.recheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import koru.kernel.describe.Describe;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Body.Kind;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Program.TypeDecl;
import koru.kernel.ir.Ty;

/**
 * Guarantees: a program it finds no {@link IrError} in is well-formed Core IR — every name it uses
 * is declared once and in scope where it is used, every expression has exactly the type it claims
 * by the kernel's own rules, every call passes its callee's inputs and every invocation handles its
 * event's branches as A4 requires — so that what the kernel proves is about the program it was given,
 * whatever the elaborator did (Lean's de Bruijn criterion).
 */
public final class RecheckIr {
    private final List<IrError> errors = new ArrayList<>();
    private final Lookup lookup;
    private final ExprTypes exprs;
    /** The labels of the body being checked: labels are scoped to one body (A6). */
    private final Set<String> labels = new HashSet<>();
    /** The event the body being checked implements (subflows and mocks): what its constructors return. */
    private Optional<Event> implementing = Optional.empty();
    /** Whether the node being checked is inside a spawned task's body, which no constructor may end. */
    private boolean inTask;

    private RecheckIr(Program program) {
        this.lookup = new Lookup(program);
        this.exprs = new ExprTypes(lookup, errors);
    }

    /** Every way in which {@code program} is not well formed; empty when it is. */
    public static List<IrError> check(Program program) {
        RecheckIr recheck = new RecheckIr(program);
        recheck.declarations(program);
        recheck.bodies(program);
        return List.copyOf(recheck.errors);
    }

    /** Refuses ({@link IllegalArgumentException}) a program {@link #check} finds ill-formed: the kernel derives nothing from it. */
    public static void requireWellFormed(Program program) {
        List<IrError> errors = check(program);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("ill-formed Core IR: " + errors);
        }
    }

    private void declarations(Program program) {
        unique(program.types(), TypeDecl::name, TypeDecl::origin, "type");
        unique(program.events(), Event::name, Event::origin, "event");
        for (TypeDecl type : program.types()) {
            switch (type) {
                case TypeDecl.RecordType r -> {
                    Scope fields = fields(r.fields(), Scope.contract(Optional.empty()), r.origin());
                    r.invariant().ifPresent(inv -> exprs.expect(inv, fields, Ty.BOOL, "the invariant of " + r.name()));
                }
                case TypeDecl.EnumType e -> unique(e.values(), v -> v, v -> e.origin(), "value");
            }
        }
        for (Event event : program.events()) {
            Scope inputs = fields(event.inputs(), Scope.contract(Optional.empty()), event.origin());
            event.pre().ifPresent(pre -> exprs.expect(pre, inputs, Ty.BOOL, "the precondition of " + event.name()));
            unique(event.branches(), Branch::name, Branch::origin, "branch");
            for (Branch branch : event.branches()) {
                // In a branch's where: the payload (by the branch's name, or struct fields by theirs) and in.field.
                List<Field> payloadFields = switch (branch.payload()) {
                    case Payload.None none -> List.of();
                    case Payload.One one -> List.of(new Field(branch.name(), one.type(), one.state(), branch.origin()));
                    case Payload.Fields struct -> struct.fields();
                };
                Scope payload = fields(payloadFields, Scope.contract(Optional.of(event)), branch.origin());
                branch.post().ifPresent(post ->
                        exprs.expect(post, payload, Ty.BOOL, "the postcondition of " + event.name() + " | " + branch.name()));
            }
        }
    }

    /** The empty {@code scope} with {@code fields} bound; each must have a declared type and a name of its own. */
    private Scope fields(List<Field> fields, Scope scope, Origin origin) {
        unique(fields, Field::name, field -> origin, "field");
        fields.stream().filter(field -> !exprs.wellFormed(field.type())).forEach(field ->
                report(field.origin(), "field " + field.name() + " has the undeclared or invalid type " + Describe.show(field.type())));
        return scope.with(fields);
    }

    private Scope bind(Scope scope, String name, Ty type, Origin origin) {
        if (scope.lookup(name).isPresent()) {
            report(origin, name + " is declared twice or shadows a name in scope");
        }
        return scope.with(List.of(new Field(name, type, Optional.empty(), origin)));
    }

    private void bodies(Program program) {
        program.bodies().forEach(body -> body(body, Set.of(Kind.FLOW, Kind.SUBFLOW)));
        for (Event event : program.events()) {
            long subflows = program.bodies().stream()
                    .filter(b -> b.kind() == Kind.SUBFLOW && b.implementing().equals(Optional.of(event.name()))).count();
            if ((event.implementation() == Program.Implementation.SUBFLOW) != (subflows == 1)) {
                report(event.origin(), event.name() + " is implemented by " + event.implementation() + " but has " + subflows + " subflows");
            }
        }
        for (Program.Test test : program.tests()) {
            test.mocks().forEach(mock -> body(mock, Set.of(Kind.MOCK)));
            unique(test.mocks(), mock -> mock.implementing().orElse(""), mock -> test.origin(), "mock of");
            body(test.flow(), Set.of(Kind.TEST));
        }
    }

    private void body(Body body, Set<Kind> allowed) {
        if (!allowed.contains(body.kind())) {
            report(body.origin(), "a " + body.kind() + " body cannot stand here");
        }
        boolean implementation = body.kind() == Kind.SUBFLOW || body.kind() == Kind.MOCK;
        implementing = body.implementing().flatMap(lookup::event).filter(e -> implementation);
        if (implementation != implementing.isPresent() || implementation != body.implementing().isPresent()) {
            report(body.origin(), "a " + body.kind() + " body must implement " + (implementation ? "a declared event" : "no event"));
        }
        labels.clear();
        // The implemented event's inputs were checked with its declaration.
        node(body.root(), implementing.map(e -> Scope.CODE.with(e.inputs())).orElse(Scope.CODE), Map.of());
    }

    /** {@code loops}: the head event of each loop whose head's handlers enclose {@code node}, by label. */
    private void node(Node node, Scope scope, Map<String, Event> loops) {
        switch (node) {
            case Node.Invoke invoke -> event(invoke.event(), invoke.origin()).ifPresent(e -> invoke(invoke, e, scope, loops));
            case Node.Call call -> {
                event(call.event(), call.origin()).ifPresent(e -> args(e, call.args(), false, scope, call.origin()));
                node(call.next(), scope, loops);
            }
            case Node.Construct construct -> construct(construct, scope);
            case Node.Loop loop -> {
                if (!labels.add(loop.label())) {
                    report(loop.origin(), "label #" + loop.label() + " is declared twice in one body");
                }
                event(loop.head().event(), loop.head().origin()).ifPresent(head -> {
                    // The invariant ranges over the head event's arguments by input name and the bindings in scope
                    // (Part D); an argument named like a binding is the argument there (`#loop[where i <= n] step(n: n)`).
                    loop.invariant().ifPresent(inv -> exprs.expect(inv,
                            scope.asContract().with(head.inputs()), Ty.BOOL, "the invariant of #" + loop.label()));
                    Map<String, Event> inside = new HashMap<>(loops);
                    inside.put(loop.label(), head);
                    invoke(loop.head(), head, scope, inside);
                });
            }
            case Node.Jump jump -> Optional.ofNullable(loops.get(jump.label())).ifPresentOrElse(
                    head -> args(head, jump.args(), true, scope, jump.origin()),
                    () -> report(jump.origin(), "@" + jump.label() + " is not inside the handlers of loop #" + jump.label()));
            case Node.If branch -> {
                exprs.expect(branch.condition(), scope, Ty.BOOL, "an if condition");
                node(branch.then(), scope, loops);
                node(branch.otherwise(), scope, loops);
            }
            case Node.For each -> forEach(each, scope, loops);
            case Node.Spawn spawn -> event(spawn.event(), spawn.origin()).ifPresent(e -> spawn(spawn, e, scope, loops));
            case Node.End end -> { }
        }
    }

    /**
     * The task runs apart from the path that spawned it, so it may neither jump to a label around the
     * spawn nor construct the body's branch: its paths end with {@code _}. The handle is bound after it.
     */
    private void spawn(Node.Spawn spawn, Event event, Scope scope, Map<String, Event> loops) {
        Optional<Branch> running = Lookup.spawnHandle(event)
                .or(() -> report(spawn.origin(), event.name() + " cannot be spawned: it needs no inputs and no contract,"
                        + " a branch task without a payload and a branch running with one value"));
        boolean outer = inTask;
        inTask = true;
        node(spawn.task(), scope, Map.of());
        inTask = outer;
        Scope after = running.flatMap(branch -> Lookup.payloadType(event, branch))
                .map(handle -> bind(scope, spawn.binding(), handle, spawn.origin())).orElse(scope);
        node(spawn.running(), after, loops);
    }

    private void invoke(Node.Invoke invoke, Event event, Scope scope, Map<String, Event> loops) {
        args(event, invoke.args(), true, scope, invoke.origin());
        invoke.handlers().stream().filter(h -> Lookup.branch(event, h.branch()).isEmpty())
                .forEach(h -> report(h.origin(), event.name() + " has no branch " + h.branch()));
        for (Branch branch : event.branches()) {
            List<Node.Handler> handlers = invoke.handlers().stream().filter(h -> h.branch().equals(branch.name())).toList();
            long unguarded = handlers.stream().filter(h -> h.guard().isEmpty()).count();
            // A non-optional branch is handled; one handled has exactly one unguarded handler, or one handler only.
            if (handlers.isEmpty() ? !branch.optional() : unguarded > 1 || handlers.size() > 1 && unguarded == 0) {
                report(invoke.origin(), Describe.handlerCount(event.name(), branch.name(), handlers.size(), unguarded));
            }
            Optional<Ty> payload = Lookup.payloadType(event, branch);
            for (Node.Handler handler : handlers) {
                if (payload.isPresent() != handler.binding().isPresent()) {
                    report(handler.origin(), Describe.handlerBinding(event.name(), handler.branch(), payload.isPresent()));
                }
                Scope inner = handler.binding().flatMap(name -> payload.map(type -> bind(scope, name, type, handler.origin()))).orElse(scope);
                handler.guard().ifPresent(guard -> exprs.expect(guard, inner, Ty.BOOL, "a handler guard"));
                node(handler.body(), inner, loops);
            }
        }
    }

    private void construct(Node.Construct construct, Scope scope) {
        if (inTask) {
            report(construct.origin(), "a branch constructor inside a spawned task: nothing receives what a task returns");
            return;
        }
        Optional<Event> implemented = implementing.or(() -> report(construct.origin(), "a branch constructor outside a subflow or mock"));
        implemented.ifPresent(event -> Lookup.branch(event, construct.branch()).ifPresentOrElse(branch -> {
            Optional<Ty> payload = Lookup.payloadType(event, branch);
            if (payload.isPresent() != construct.value().isPresent()) {
                report(construct.origin(), event.name() + " | " + branch.name() + (payload.isPresent() ? " needs" : " takes no") + " value");
            }
            construct.value().ifPresent(value -> payload.ifPresent(type ->
                    exprs.expect(value, scope, type, "the payload of " + event.name() + " | " + branch.name())));
        }, () -> report(construct.origin(), event.name() + " has no branch " + construct.branch())));
    }

    private void forEach(Node.For each, Scope scope, Map<String, Event> loops) {
        Optional<Ty> element = switch (each.over()) {
            case Node.Iteration.Range range -> Ty.wider(exprs.check(range.from(), scope), exprs.check(range.to(), scope));
            case Node.Iteration.Elements list -> exprs.check(list.list(), scope) instanceof Ty.ListOf l
                    ? Optional.of(l.element()) : Optional.empty();
        };
        Scope inside = element.or(() -> report(each.origin(), "for needs a range of integers of one signedness or a list"))
                .map(type -> bind(scope, each.binding(), type, each.origin())).orElse(scope);
        node(each.each(), inside, loops);
        node(each.done(), scope, loops);
    }

    /**
     * {@code args} against {@code callee}'s inputs, in input order, each widening at most; a void callee is called,
     * one with branches {@code invoked} (a jump runs its loop's head again: invoked).
     */
    private void args(Event callee, List<Expr> args, boolean invoked, Scope scope, Origin origin) {
        if (callee.branches().isEmpty() == invoked) {
            report(origin, Describe.callOrInvoke(callee.name(), invoked));
        }
        if (args.size() != callee.inputs().size()) {
            report(origin, callee.name() + " takes " + callee.inputs().size() + " arguments, given " + args.size());
            args.forEach(arg -> exprs.check(arg, scope));
            return;
        }
        for (int k = 0; k < args.size(); k++) {
            Field input = callee.inputs().get(k);
            exprs.expect(args.get(k), scope, input.type(), "argument " + input.name() + " of " + callee.name());
        }
    }

    private Optional<Event> event(String name, Origin origin) {
        return lookup.event(name).or(() -> report(origin, "no event " + name));
    }

    private <T> void unique(List<T> items, Function<T, String> name, Function<T, Origin> origin, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                report(origin.apply(item), what + " " + name.apply(item) + " is declared twice");
            }
        }
    }

    /** Nothing, for an {@code Optional} chain: what was looked for is not there (reported). */
    private <T> Optional<T> report(Origin origin, String message) {
        errors.add(new IrError(message, origin));
        return Optional.empty();
    }
}
