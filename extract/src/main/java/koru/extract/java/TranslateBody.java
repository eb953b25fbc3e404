package koru.extract.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import koru.extract.Implementations;
import koru.extract.SourceLines;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Node;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Ty;

/**
 * Translates a flow or subflow body to Java statements: an invocation with handlers is a
 * {@code switch} over the event's sealed branches (javac re-checks that every branch is handled), a
 * label is a labelled {@code while} loop whose jumps assign its arguments and {@code continue}, a
 * constructor returns the branch through its factory. A call of a subflow on no cycle of the call
 * graph is extracted inline ({@link InlinedCall}), as long as the method's inlining budget lasts.
 * Phantom states and contracts are not in the output: they were proven, and cost nothing at run time.
 */
final class TranslateBody {
    /**
     * How many steps of callees one method may take in: a bound on its size whatever the call graph (a
     * chain of diamonds would otherwise double it at each level). Past it, a call is a call.
     */
    static final int INLINING_BUDGET = 64;
    /** The runtime's entry point for {@code std.rt:spawn}; {@code std.rt:join} is a proc of {@code $std/rt} that calls it too. */
    private static final ClassName TASKS = ClassName.get("koru.runtime.rt", "Tasks");

    private final Lookup lookup;
    private final JavaNames names;
    private final JavaTypes types;
    private final TranslateExpressions expressions;
    private final SourceLines lines;
    /** Which implementation each call runs, and so which method it calls. */
    private final Implementations implementations;
    private final SubflowCalls subflowCalls;
    /** The line the last comment cited, so that one source line is cited once. */
    private String lastCited = "";
    /** Calls inlined into this method so far: the next one's site number. */
    private int inlinedCalls;
    /** Steps of callees inlined into this method so far, against {@link #INLINING_BUDGET}. */
    private int inlinedSteps;

    TranslateBody(Lookup lookup, JavaNames names, JavaTypes types, SourceLines lines, Implementations implementations,
            SubflowCalls subflowCalls, TranslateExpressions expressions) {
        this.lookup = lookup;
        this.names = names;
        this.types = types;
        this.expressions = expressions;
        this.lines = lines;
        this.implementations = implementations;
        this.subflowCalls = subflowCalls;
    }

    /**
     * Where a path that ends ({@code _}) goes, decided by the innermost construct that a {@code _} ends: a method
     * or a task's lambda ({@code return}; {@code return null} from a subflow with branches, which its callers'
     * {@code case null} takes), an inlined callee (to its caller's case for a path that ended), or a round of a
     * {@code for} (the next round: {@code continue} of the labelled Java {@code for}).
     */
    private sealed interface PathEnd {
        record Return(boolean returnsBranch) implements PathEnd {
        }

        record Inlined(InlinedCall call) implements PathEnd {
        }

        record NextRound(String forLabel) implements PathEnd {
        }
    }

    /**
     * Where {@code _} goes ({@code end}); whether a label loop was opened since the construct it ends
     * ({@code inLabelLoop}: the path no longer just runs off that construct's end); the labels a jump may target;
     * where a constructor goes (out of the method, or to the {@code inlined} call's locals); and where the body's
     * names live.
     */
    private record Scope(PathEnd end, boolean inLabelLoop, Map<String, String> labels, Renaming renaming,
            Optional<InlinedCall> inlined) {
        static final Scope VOID = new Scope(new PathEnd.Return(false), false, Map.of(), Renaming.NONE, Optional.empty());
        static final Scope RETURNING = new Scope(new PathEnd.Return(true), false, Map.of(), Renaming.NONE, Optional.empty());

        static Scope inlined(InlinedCall call) {
            return new Scope(new PathEnd.Inlined(call), false, Map.of(), call.renaming(), Optional.of(call));
        }

        Scope withLabel(String label, String event) {
            Map<String, String> more = new HashMap<>(labels);
            more.put(label, event);
            return new Scope(end, true, Map.copyOf(more), renaming, inlined);
        }

        /** A {@code for} body, whose {@code _} ends the round; jumps to the labels around the {@code for} stay allowed. */
        Scope forBody(String forLabel) {
            return new Scope(new PathEnd.NextRound(forLabel), false, labels, renaming, inlined);
        }

        /** A task body: a lambda of its own, whose {@code _} ends the lambda; its names stay where the spawner's are. */
        Scope task() {
            return new Scope(new PathEnd.Return(false), false, Map.of(), renaming, Optional.empty());
        }

        Scope withAlias(String binding, Renaming.Alias alias) {
            return new Scope(end, inLabelLoop, labels, renaming.withAlias(binding, alias), inlined);
        }

        /** Whether {@code _} here needs no statement: the path just runs off the end of a {@code void} method, a lambda or a round. */
        boolean endIsSilent() {
            return !inLabelLoop && (end instanceof PathEnd.NextRound || end.equals(new PathEnd.Return(false)));
        }
    }

    /** The statements of a {@code void} method (a top-level flow, a void event's subflow), first citing the line it starts on. */
    CodeBlock body(Node root, koru.kernel.ir.Origin origin) {
        return body(root, origin, Scope.VOID);
    }

    /** The statements of the method of an event with branches, implemented by a subflow. */
    CodeBlock returningBody(Node root, koru.kernel.ir.Origin origin) {
        return body(root, origin, Scope.RETURNING);
    }

    private CodeBlock body(Node root, koru.kernel.ir.Origin origin, Scope scope) {
        CodeBlock.Builder code = CodeBlock.builder();
        cite(origin, code);
        statements(root, scope, code);
        return code.build();
    }

    private void statements(Node node, Scope scope, CodeBlock.Builder code) {
        switch (node) {
            case Node.Invoke invoke -> {
                cite(invoke, code);
                invoke(invoke, scope, code);
            }
            case Node.Call call -> {
                cite(call, code);
                code.addStatement("$T.$L($L)", names.event(call.event()), implementations.methodAt(call.event(), call.origin()),
                        arguments(call.args(), scope));
                statements(call.next(), scope, code);
            }
            case Node.Construct construct -> construct(construct, scope, code);
            case Node.Loop loop -> {
                cite(loop, code);
                loop(loop, scope, code);
            }
            case Node.Jump jump -> {
                Event event = lookup.event(scope.labels().get(jump.label())).orElseThrow();
                // One assignment after another is exact: no argument can read a loop variable, whose name has a `$`.
                for (int i = 0; i < event.inputs().size(); i++) {
                    code.addStatement("$L = $L", loopVariable(scope.renaming().name(jump.label()), event.inputs().get(i).name()),
                            code(jump.args().get(i), scope));
                }
                code.addStatement("continue $L", scope.renaming().name(jump.label()));
            }
            case Node.If branch -> {
                cite(branch, code);
                code.beginControlFlow("if ($L)", code(branch.condition(), scope));
                statements(branch.then(), scope, code);
                if (!(branch.otherwise() instanceof Node.End) || !scope.endIsSilent()) {
                    code.nextControlFlow("else");
                    statements(branch.otherwise(), scope, code);
                }
                code.endControlFlow();
            }
            case Node.For each -> {
                cite(each, code);
                forLoop(each, scope, code);
            }
            case Node.Spawn spawn -> {
                cite(spawn, code);
                spawn(spawn, scope, code);
            }
            case Node.End end -> {
                if (!scope.endIsSilent()) {
                    end(scope.end(), code);
                }
            }
        }
    }

    /** The statement that takes a path that ended ({@code _}) to where {@code end} says. */
    private static void end(PathEnd end, CodeBlock.Builder code) {
        switch (end) {
            case PathEnd.Return ret -> code.addStatement(ret.returnsBranch() ? "return null" : "return");
            case PathEnd.Inlined inlined -> inlined.call().end(code);
            case PathEnd.NextRound round -> code.addStatement("continue $L", round.forLabel());
        }
    }

    private void invoke(Node.Invoke invoke, Scope scope, CodeBlock.Builder code) {
        Event event = lookup.event(invoke.event()).orElseThrow();
        dispatch(event, invoke.args().stream().map(arg -> code(arg, scope)).toList(), invoke, scope, code);
    }

    /**
     * The call of {@code event} with its handlers: inlined if its subflow may be and the budget allows, else a switch
     * over the call. A call whose handlers spawn is never inlined: its payload would live in locals the inlined callee
     * assigns, which a task's lambda may not read, while a {@code case} binding is final. Nothing is lost: the task
     * takes the payload to another thread, so it escapes anyway.
     */
    private void dispatch(Event event, List<CodeBlock> arguments, Node.Invoke invoke, Scope scope, CodeBlock.Builder code) {
        Optional<Program.Body> callee = subflowCalls.inlinableBody(event.name()).filter(body -> runsSubflow(event, invoke))
                .filter(body -> inlinedSteps + SubflowCalls.size(body.root()) <= INLINING_BUDGET)
                .filter(body -> invoke.handlers().stream().noneMatch(handler -> SubflowCalls.spawns(handler.body())));
        if (callee.isPresent()) {
            inline(event, callee.get(), arguments, invoke, scope, code);
        } else {
            switchOver(event, CodeBlock.join(arguments, ", "), invoke, scope, code);
        }
    }

    /** Whether this call runs the event's subflow, not a proc variant that {@code --variant} or the call itself names. */
    private boolean runsSubflow(Event event, Node.Invoke invoke) {
        return implementations.at(event.name(), invoke.origin()).orElseThrow() instanceof Implementations.Chosen.Subflow;
    }

    /** {@code switch (Event.event(arguments))} with a case per handler of {@code invoke}. */
    private void switchOver(Event event, CodeBlock arguments, Node.Invoke invoke, Scope scope, CodeBlock.Builder code) {
        code.beginControlFlow("switch ($T.$L($L))", names.event(event.name()), implementations.methodAt(event.name(), invoke.origin()), arguments);
        if (runsSubflow(event, invoke) && subflowCalls.mayEnd(event.name())) {
            code.beginControlFlow("case null ->").add("// $L's subflow ended its path (`_`), and so ends this one\n", JavaNames.pathOf(event.name()));
            statements(new Node.End(invoke.origin()), scope, code);
            code.endControlFlow();
        }
        for (Node.Handler handler : guardedFirst(invoke.handlers())) {
            Branch branch = Lookup.branch(event, handler.branch()).orElseThrow();
            // A lone guarded handler's guard is proven always to hold (KORU050 otherwise): javac needs the case unguarded.
            boolean lone = invoke.handlers().stream().filter(h -> h.branch().equals(handler.branch())).count() == 1;
            String guard = handler.guard().filter(g -> !lone).map(g -> " when " + code(g, scope)).orElse("");
            code.beginControlFlow("case $L$L ->", pattern(event, branch, handler, scope), guard);
            statements(handler.body(), scope, code);
            code.endControlFlow();
        }
        // An optional branch may go unhandled; its path ends there.
        Set<String> handled = invoke.handlers().stream().map(Node.Handler::branch).collect(Collectors.toSet());
        for (Branch branch : event.branches()) {
            if (!handled.contains(branch.name())) {
                code.beginControlFlow("case $T ignored ->", names.branch(event.name(), branch.name()));
                statements(new Node.End(invoke.origin()), scope, code);
                code.endControlFlow();
            }
        }
        code.endControlFlow();
    }

    /** A guarded handler must be tried before the unguarded one of its branch (javac finds it dominated otherwise). */
    private static List<Node.Handler> guardedFirst(List<Node.Handler> handlers) {
        return handlers.stream().sorted(Comparator.comparing((Node.Handler h) -> h.guard().isEmpty())).toList();
    }

    /**
     * {@code event}'s subflow in a labelled block, then a {@code switch} over the branch it took (none for a lone
     * branch), each case running the handlers of that branch with the payload in locals.
     */
    private void inline(Event event, Program.Body callee, List<CodeBlock> arguments, Node.Invoke invoke, Scope scope,
            CodeBlock.Builder code) {
        InlinedCall call = new InlinedCall(event, ++inlinedCalls, subflowCalls.mayEnd(event.name()), types);
        inlinedSteps += SubflowCalls.size(callee.root());
        code.add("// $L, inlined: no branch record\n", JavaNames.pathOf(event.name()));
        call.open(arguments, code);
        cite(callee.origin(), code);
        statements(callee.root(), Scope.inlined(call), code);
        code.endControlFlow();
        if (!call.tagged()) {
            handle(call, event.branches().get(0), invoke, scope, code);
            return;
        }
        code.beginControlFlow("switch ($L)", call.tag());
        for (int i = 0; i < event.branches().size(); i++) {
            Branch branch = event.branches().get(i);
            code.beginControlFlow("$L ->", call.caseOf(i)).add("// $L\n", branch.name());
            handle(call, branch, invoke, scope, code);
            code.endControlFlow();
        }
        if (call.endedCase().isPresent()) {
            code.beginControlFlow("$L ->", call.endedCase().get())
                    .add("// $L's subflow ended its path (`_`), and so ends this one\n", JavaNames.pathOf(event.name()));
            statements(new Node.End(invoke.origin()), scope, code);
            code.endControlFlow();
        }
        code.endControlFlow();
    }

    /** The handlers of {@code branch} after an inlined call: guarded ones as an {@code if} chain, in the order a switch tries them. */
    private void handle(InlinedCall call, Branch branch, Node.Invoke invoke, Scope scope, CodeBlock.Builder code) {
        List<Node.Handler> handlers = guardedFirst(invoke.handlers().stream().filter(h -> h.branch().equals(branch.name())).toList());
        if (handlers.isEmpty()) {
            // An optional branch may go unhandled; its path ends there.
            statements(new Node.End(invoke.origin()), scope, code);
        }
        for (int h = 0; h < handlers.size(); h++) {
            Node.Handler handler = handlers.get(h);
            Scope handlerScope = call.alias(branch).flatMap(alias -> handler.binding().map(b -> scope.withAlias(b, alias))).orElse(scope);
            // The last handler of a branch is unguarded, or a lone guarded one whose guard was proven always to hold.
            boolean last = h == handlers.size() - 1;
            if (handlers.size() > 1) {
                String condition = last ? "" : " (" + code(handler.guard().orElseThrow(), handlerScope) + ")";
                if (h == 0) {
                    code.beginControlFlow("if$L", condition);
                } else {
                    code.nextControlFlow("else$L", last ? "" : " if" + condition);
                }
            }
            statements(handler.body(), handlerScope, code);
        }
        if (handlers.size() > 1) {
            code.endControlFlow();
        }
    }

    /** A constructor: the branch returned through its factory, or (inlined) its payload assigned to the call's locals. */
    private void construct(Node.Construct construct, Scope scope, CodeBlock.Builder code) {
        if (scope.inlined().isEmpty()) {
            code.addStatement("return $L", constructed(construct, scope));
            return;
        }
        InlinedCall call = scope.inlined().get();
        Branch branch = call.branch(construct.branch());
        List<Expr> values = switch (construct.value().orElse(null)) {
            case null -> List.of();
            case Expr.PayloadLit fields -> fields.fields();
            case Expr value when branch.payload() instanceof Program.Payload.Fields -> call.fields(branch).stream()
                    .map(field -> (Expr) new Expr.FieldOf(value, field.name(), field.type(), value.origin())).toList();
            case Expr value -> List.of(value);
        };
        call.construct(construct.branch(), values.stream().map(value -> code(value, scope)).toList(), code);
    }

    /** {@code expr} in Java, its variables where {@code scope} keeps them. */
    private CodeBlock code(Expr expr, Scope scope) {
        return expressions.code(scope.renaming().apply(expr));
    }

    private CodeBlock arguments(List<Expr> args, Scope scope) {
        return CodeBlock.join(args.stream().map(arg -> code(arg, scope)).toList(), ", ");
    }

    /** {@code Pay.Paid(var after)} for a value, {@code Step.More m} for a struct payload, {@code ReadLine.Eof()} for none. */
    private CodeBlock pattern(Event event, Branch branch, Node.Handler handler, Scope scope) {
        TypeName record = names.branch(event.name(), branch.name());
        String binding = scope.renaming().name(handler.binding().orElse("ignored"));
        return switch (branch.payload()) {
            case Payload.None none -> CodeBlock.of("$T()", record);
            case Payload.One one -> CodeBlock.of("$T(var $L)", record, binding);
            case Payload.Fields fields -> CodeBlock.of("$T $L", record, binding);
        };
    }

    /** The branch a subflow returns, made by its factory: {@code paid(bank)}, {@code more(i + 1, n, acc)}, {@code eof()}. */
    private CodeBlock constructed(Node.Construct construct, Scope scope) {
        String factory = JavaNames.identifier(construct.branch());
        return construct.value().map(value -> value instanceof Expr.PayloadLit fields
                        ? CodeBlock.of("$L($L)", factory, arguments(fields.fields(), scope))
                        : CodeBlock.of("$L($L)", factory, code(value, scope)))
                .orElse(CodeBlock.of("$L()", factory));
    }

    /**
     * {@code #label head}: each of the head's arguments lives in a local variable ({@code loop$i}), which every jump
     * reassigns. Locals, not one record per jump: a record that merges at the loop's head is never scalar-replaced by
     * C2, so it would be allocated at every iteration.
     */
    private void loop(Node.Loop loop, Scope scope, CodeBlock.Builder code) {
        Node.Invoke head = loop.head();
        Event event = lookup.event(head.event()).orElseThrow();
        String label = scope.renaming().name(loop.label());
        for (int i = 0; i < event.inputs().size(); i++) {
            Program.Field input = event.inputs().get(i);
            code.addStatement("$T $L = $L", types.of(input.type()), loopVariable(label, input.name()), code(head.args().get(i), scope));
        }
        code.add("$L:\n", label);
        code.beginControlFlow("while (true)");
        List<CodeBlock> current = event.inputs().stream().map(input -> CodeBlock.of("$L", loopVariable(label, input.name()))).toList();
        dispatch(event, current, head, scope.withLabel(loop.label(), event.name()), code);
        code.endControlFlow();
    }

    /** {@code loop$i}: the label's Java name, a {@code $} no Koru name has, and the input, so that it shadows nothing. */
    private static String loopVariable(String label, String input) {
        return label + "$" + JavaNames.identifier(input);
    }

    /**
     * {@code for} as a Java {@code for}, labelled {@code i$round} when a label loop in its body needs to end the
     * round from inside its {@code while} ({@code continue i$round}); jumps to labels around it {@code continue} theirs.
     */
    private void forLoop(Node.For each, Scope scope, CodeBlock.Builder code) {
        String binding = scope.renaming().name(each.binding());
        String roundLabel = binding + "$round";
        if (opensLabelLoop(each.each())) {
            code.add("$L:\n", roundLabel);
        }
        switch (each.over()) {
            case Node.Iteration.Range range -> {
                Ty counter = range.from().type();
                String test = JavaTypes.unsigned64(counter) ? "Long.compareUnsigned($L, $L) < 0" : "$L < $L";
                // The counter is `i$`, and `i` a final copy of it each round: a task spawned in the body may read it.
                String counted = binding + "$";
                code.beginControlFlow("for ($T $L = $L; " + test + "; $L++)", types.of(counter), counted, code(range.from(), scope),
                        counted, code(range.to(), scope), counted);
                code.addStatement("$T $L = $L", types.of(counter), binding, counted);
            }
            case Node.Iteration.Elements elements -> code.beginControlFlow("for (var $L : $L)", binding, code(elements.list(), scope));
        }
        statements(each.each(), scope.forBody(roundLabel), code);
        code.endControlFlow();
        statements(each.done(), scope, code);
    }

    /**
     * Whether a label loop on {@code node}'s path may end it ({@code _}) from inside its {@code while}: not one in a
     * nested {@code for} body or a task, whose {@code _} ends that round or that task.
     */
    private static boolean opensLabelLoop(Node node) {
        return switch (node) {
            case Node.Loop loop -> true;
            case Node.Invoke invoke -> invoke.handlers().stream().anyMatch(handler -> opensLabelLoop(handler.body()));
            case Node.Call call -> opensLabelLoop(call.next());
            case Node.If branch -> opensLabelLoop(branch.then()) || opensLabelLoop(branch.otherwise());
            case Node.For inner -> opensLabelLoop(inner.done());
            case Node.Spawn spawn -> opensLabelLoop(spawn.running());
            case Node.Construct construct -> false;
            case Node.Jump jump -> false;
            case Node.End end -> false;
        };
    }

    /**
     * {@code var t = Tasks.spawn(() -> { task });} then the {@code running} path. The task is a lambda of its
     * own: its {@code _} ends the lambda, and it reads only effectively final locals. The mutable locals a Koru
     * name can stand for are a range's counter, copied into a final at each round, and the payload locals of
     * an inlined call, which a call whose handlers spawn never has ({@link #dispatch}).
     */
    private void spawn(Node.Spawn spawn, Scope scope, CodeBlock.Builder code) {
        code.add("var $L = $T.spawn(() -> {\n", scope.renaming().name(spawn.binding()), TASKS).indent();
        statements(spawn.task(), scope.task(), code);
        code.unindent().add("});\n");
        statements(spawn.running(), scope, code);
    }

    /** {@code // ledger.kz:27} before the statement a source line became, once per line. */
    private void cite(Node node, CodeBlock.Builder code) {
        cite(node.origin(), code);
    }

    private void cite(koru.kernel.ir.Origin origin, CodeBlock.Builder code) {
        String cited = lines.cite(origin);
        if (!cited.equals(lastCited)) {
            code.add("// $L\n", cited);
            lastCited = cited;
        }
    }
}
