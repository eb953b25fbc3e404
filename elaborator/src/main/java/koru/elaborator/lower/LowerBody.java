package koru.elaborator.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Step;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.StandardLibrary;
import koru.elaborator.types.TypeTable;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Node;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Ty;

/**
 * Lowers one flow body to a Core IR node (docs/language/lowering.md): arguments in the callee's
 * input order, catch-alls expanded, {@code if}, {@code for}, labels and void chains to nodes of
 * their own, and every payload bound to a name ({@code _1}, {@code _2}, … where the source binds
 * none), so that the kernel can track an obligation on a discarded payload.
 */
final class LowerBody {
    private static final Canonical IF = new Canonical(StandardLibrary.moduleName(StandardLibrary.CONTROL), "if");
    private static final Canonical FOR = new Canonical(StandardLibrary.moduleName(StandardLibrary.CONTROL), "for");
    private static final Canonical SPAWN = new Canonical(StandardLibrary.moduleName("rt"), "spawn");

    private final Program program;
    private final TypeTable declarations;
    private final LowerExpressions expressions;
    private final Module module;
    private final Set<String> written = new HashSet<>();
    private int fresh;

    private LowerBody(Program program, TypeTable declarations, LowerExpressions expressions, Module module) {
        this.program = program;
        this.declarations = declarations;
        this.expressions = expressions;
        this.module = module;
    }

    /** The body {@code root} of {@code module}, with {@code implemented}'s inputs in scope for a subflow or mock. */
    static Node lower(Program program, TypeTable declarations, LowerExpressions expressions, Module module,
            Optional<EventSymbol> implemented, Step root) {
        LowerBody body = new LowerBody(program, declarations, expressions, module);
        body.collectBindings(root);
        Map<String, Ty> inputs = implemented.map(body::inputsOf).orElse(Map.of());
        return body.step(root, inputs, Map.of(), implemented);
    }

    // ------------------------------------------------------------ steps

    private Node step(Step step, Map<String, Ty> names, Map<String, EventSymbol> labels, Optional<EventSymbol> implemented) {
        Origin at = CoreTypes.origin(step.span());
        return switch (step) {
            case Step.End end -> new Node.End(at);
            case Step.Construct construct -> new Node.Construct(construct.branch(),
                    construct.value().map(value -> constructed(implemented.orElseThrow(), construct, value, names)), at);
            case Step.Jump jump -> new Node.Jump(jump.label(), arguments(labels.get(jump.label()), jump.arguments(), names), at);
            case Step.Invoke invoke -> invoke(invoke, names, labels, implemented);
        };
    }

    /** A constructor's value: a struct payload's fields in the branch's order, or the one value. */
    private Expr constructed(EventSymbol event, Step.Construct construct, koru.elaborator.ast.Expr value, Map<String, Ty> names) {
        BranchDecl branch = event.branch(construct.branch()).orElseThrow();
        if (branch.payload() instanceof Payload.Struct struct && value instanceof koru.elaborator.ast.Expr.RecordLit record) {
            return new Expr.PayloadLit(event.name().toString(), branch.name(),
                    expressions.inDeclarationOrder(record, struct.fields().stream().map(Field::name).toList(), names),
                    CoreTypes.origin(value.span()));
        }
        return expressions.lower(value, names);
    }

    private Node invoke(Step.Invoke invoke, Map<String, Ty> names, Map<String, EventSymbol> labels, Optional<EventSymbol> implemented) {
        Origin at = CoreTypes.origin(invoke.span());
        EventSymbol callee = program.resolveEvent(module, invoke.call().event()).orElseThrow();
        Map<String, EventSymbol> inner = labels;
        if (invoke.label().isPresent()) {
            inner = new HashMap<>(labels);
            inner.put(invoke.label().get().name(), callee);
        }
        if (callee.isVoid()) {
            if (invoke.label().isPresent()) {
                throw new IllegalStateException("a label on the void event `" + callee.name() + "` at " + invoke.span());
            }
            Node next = invoke.then().map(then -> step(then, names, labels, implemented)).orElseGet(() -> new Node.End(at));
            return new Node.Call(callee.name().toString(), arguments(callee, invoke.call().arguments(), names), next, at);
        }
        List<Handler> written = invoke.handlers();
        if (invoke.label().isEmpty() && callee.name().equals(IF) && unguarded(written)) {
            return new Node.If(expressions.lower(invoke.call().arguments().get(0).value(), names),
                    only(invoke, "then", names, labels, implemented), only(invoke, "else", names, labels, implemented), at);
        }
        if (invoke.label().isEmpty() && callee.name().equals(FOR) && unguarded(written)) {
            return forEach(invoke, names, labels, implemented);
        }
        if (callee.name().equals(SPAWN)) {
            return spawn(invoke, callee, names, labels, implemented);
        }
        Node.Invoke head = new Node.Invoke(callee.name().toString(), arguments(callee, invoke.call().arguments(), names),
                handlers(callee, written, names, inner, implemented), at);
        if (invoke.label().isEmpty()) {
            return head;
        }
        Step.LabelAnchor label = invoke.label().get();
        Map<String, Ty> loop = new LinkedHashMap<>(names);
        loop.putAll(inputsOf(callee));
        return new Node.Loop(label.name(), label.invariant().map(invariant -> expressions.lower(invariant, loop)), head,
                CoreTypes.origin(label.span().to(invoke.span())));
    }

    /** {@code for(a..b)} or {@code for(list)}: {@code each} binds an element, {@code done} (optional) follows. */
    private Node forEach(Step.Invoke invoke, Map<String, Ty> names, Map<String, EventSymbol> labels,
            Optional<EventSymbol> implemented) {
        koru.elaborator.ast.Expr operand = invoke.call().arguments().get(0).value();
        Node.Iteration over;
        Ty element;
        if (operand instanceof koru.elaborator.ast.Expr.Range range) {
            over = new Node.Iteration.Range(expressions.lower(range.from(), names), expressions.lower(range.to(), names));
            element = expressions.typeOf(range);
        } else {
            over = new Node.Iteration.Elements(expressions.lower(operand, names));
            element = ((Ty.ListOf) expressions.typeOf(operand)).element();
        }
        Optional<Handler> each = handlerOf(invoke.handlers(), "each");
        String binding = each.flatMap(Handler::binding).map(Handler.Binding::name).filter(n -> !n.equals("_")).orElseGet(this::freshName);
        Map<String, Ty> inEach = new LinkedHashMap<>(names);
        inEach.put(binding, element);
        Node body = each.map(h -> step(h.step(), inEach, labels, implemented)).orElseGet(() -> new Node.End(CoreTypes.origin(invoke.span())));
        return new Node.For(binding, over, body, only(invoke, "done", names, labels, implemented),
                CoreTypes.origin(invoke.span()));
    }

    /**
     * {@code std.rt:spawn() | task |> … | running t |> …}: both bodies, the task's with no label around it
     * (it runs apart from the loop that spawned it; the label check refuses a jump out of it).
     */
    private Node spawn(Step.Invoke invoke, EventSymbol callee, Map<String, Ty> names, Map<String, EventSymbol> labels,
            Optional<EventSymbol> implemented) {
        if (invoke.label().isPresent() || !unguarded(invoke.handlers())) {
            throw new IllegalStateException("a label or a guard on `spawn` at " + invoke.span());
        }
        Handler running = handlerOf(invoke.handlers(), "running").orElseThrow();
        String binding = running.binding().map(Handler.Binding::name).filter(n -> !n.equals("_")).orElseGet(this::freshName);
        Payload.Identity handle = (Payload.Identity) callee.branch("running").orElseThrow().payload();
        Map<String, Ty> after = new LinkedHashMap<>(names);
        after.put(binding, CoreTypes.of(declarations.of(handle.type())));
        return new Node.Spawn(callee.name().toString(), only(invoke, "task", names, Map.of(), implemented), binding,
                step(running.step(), after, labels, implemented), CoreTypes.origin(invoke.span()));
    }

    /** The path after the payload-less {@code branch}: its handler's (or the catch-all's); the path ends when there is none. */
    private Node only(Step.Invoke invoke, String branch, Map<String, Ty> names, Map<String, EventSymbol> labels,
            Optional<EventSymbol> implemented) {
        return handlerOf(invoke.handlers(), branch).map(h -> step(h.step(), names, labels, implemented))
                .orElseGet(() -> new Node.End(CoreTypes.origin(invoke.span())));
    }

    /** The handler of {@code branch}, else the catch-all. */
    private static Optional<Handler> handlerOf(List<Handler> written, String branch) {
        return written.stream().filter(h -> h.pattern() instanceof Handler.Pattern.Branch b && b.name().equals(branch)).findFirst()
                .or(() -> written.stream().filter(h -> h.pattern() instanceof Handler.Pattern.CatchAll).findFirst());
    }

    private static boolean unguarded(List<Handler> written) {
        return written.stream().allMatch(h -> h.guard().isEmpty());
    }

    // ------------------------------------------------------------ handlers

    /**
     * One Core IR handler per written branch handler, and at a catch-all's place one per branch no
     * unguarded handler covers (a branch handled only under {@code when} still reaches the catch-all).
     */
    private List<Node.Handler> handlers(EventSymbol callee, List<Handler> written, Map<String, Ty> names,
            Map<String, EventSymbol> labels, Optional<EventSymbol> implemented) {
        Set<String> covered = new HashSet<>();
        written.forEach(h -> {
            if (h.pattern() instanceof Handler.Pattern.Branch branch && h.guard().isEmpty()) {
                covered.add(branch.name());
            }
        });
        List<Node.Handler> handlers = new ArrayList<>();
        for (Handler handler : written) {
            switch (handler.pattern()) {
                case Handler.Pattern.Branch branch -> handlers.add(handler(callee, callee.branch(branch.name()).orElseThrow(),
                        handler, names, labels, implemented));
                case Handler.Pattern.CatchAll catchAll -> callee.decl().branches().stream()
                        .filter(branch -> !covered.contains(branch.name()))
                        .forEach(branch -> handlers.add(handler(callee, branch, handler, names, labels, implemented)));
            }
        }
        return handlers;
    }

    private Node.Handler handler(EventSymbol callee, BranchDecl branch, Handler handler, Map<String, Ty> names,
            Map<String, EventSymbol> labels, Optional<EventSymbol> implemented) {
        Optional<Ty> payload = switch (branch.payload()) {
            case Payload.None none -> Optional.empty();
            case Payload.Identity identity -> Optional.of(CoreTypes.of(declarations.of(identity.type())));
            case Payload.Struct struct -> Optional.of(new Ty.Payload(callee.name().toString(), branch.name()));
        };
        Optional<String> binding = payload.map(type -> handler.binding().map(Handler.Binding::name)
                .filter(name -> !name.equals("_")).orElseGet(this::freshName));
        Map<String, Ty> inner = names;
        if (binding.isPresent()) {
            inner = new LinkedHashMap<>(names);
            inner.put(binding.get(), payload.orElseThrow());
        }
        Map<String, Ty> scope = inner;
        return new Node.Handler(branch.name(), binding, handler.guard().map(guard -> expressions.lower(guard, scope)),
                step(handler.step(), scope, labels, implemented), CoreTypes.origin(handler.span()));
    }

    // ------------------------------------------------------------ arguments and names

    /** The arguments in {@code callee}'s input order: named and shorthand ones by name, positional ones by place. */
    private List<Expr> arguments(EventSymbol callee, List<Arg> given, Map<String, Ty> names) {
        List<String> inputs = callee.decl().inputs().stream().map(Field::name).toList();
        Map<String, koru.elaborator.ast.Expr> byInput = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            Arg arg = given.get(i);
            byInput.put(arg.name().orElse(inputs.get(i)), arg.value());
        }
        return inputs.stream().map(input -> Optional.ofNullable(byInput.get(input))
                        .map(value -> expressions.lower(value, names))
                        .orElseThrow(() -> new IllegalStateException("no argument `" + input + "` for `" + callee.name() + "`")))
                .toList();
    }

    private Map<String, Ty> inputsOf(EventSymbol event) {
        Map<String, Ty> inputs = new LinkedHashMap<>();
        declarations.inputsOf(event).fields().forEach((name, type) -> inputs.put(name, CoreTypes.of(type)));
        return inputs;
    }

    /** {@code _1}, {@code _2}, …: a name for a payload the source leaves unnamed, unique in the body. */
    private String freshName() {
        String name;
        do {
            name = "_" + ++fresh;
        } while (written.contains(name));
        return name;
    }

    private void collectBindings(Step step) {
        switch (step) {
            case Step.Invoke invoke -> {
                invoke.then().ifPresent(this::collectBindings);
                invoke.handlers().forEach(h -> {
                    h.binding().ifPresent(b -> written.add(b.name()));
                    collectBindings(h.step());
                });
            }
            default -> { }
        }
    }
}
