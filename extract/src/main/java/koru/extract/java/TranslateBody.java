package koru.extract.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import koru.extract.Implementations;
import koru.extract.SourceLines;
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
 * constructor returns the branch through its factory. Phantom states and contracts are not in the
 * output: they were proven, and cost nothing at run time.
 */
final class TranslateBody {
    /** The runtime's entry point for {@code std.rt:spawn}; {@code std.rt:join} is a proc of {@code $std/rt} that calls it too. */
    private static final ClassName TASKS = ClassName.get("koru.runtime.rt", "Tasks");

    private final Lookup lookup;
    private final JavaNames names;
    private final JavaTypes types;
    private final TranslateExpressions expressions;
    private final SourceLines lines;
    /** Which implementation each call runs, and so which method it calls. */
    private final Implementations implementations;
    /** The line the last comment cited, so that one source line is cited once. */
    private String lastCited = "";

    TranslateBody(Lookup lookup, JavaNames names, JavaTypes types, SourceLines lines, Implementations implementations,
            TranslateExpressions expressions) {
        this.lookup = lookup;
        this.names = names;
        this.types = types;
        this.expressions = expressions;
        this.lines = lines;
        this.implementations = implementations;
    }

    /** Where a path that ends ({@code _}) goes: to the method's end, or (inside a label loop) out of the method. */
    private record Scope(boolean inLabelLoop, boolean inForEach, Map<String, String> labels) {
        static final Scope METHOD = new Scope(false, false, Map.of());

        Scope withLabel(String label, String event) {
            if (inForEach) {
                throw new UnsupportedOperationException("a label loop inside a `for` body is not extracted yet");
            }
            Map<String, String> more = new HashMap<>(labels);
            more.put(label, event);
            return new Scope(true, false, Map.copyOf(more));
        }

        Scope inForBody() {
            return new Scope(inLabelLoop, true, labels);
        }
    }

    /** The statements of a body, first citing the line it starts on. */
    CodeBlock body(Node root, koru.kernel.ir.Origin origin) {
        CodeBlock.Builder code = CodeBlock.builder();
        cite(origin, code);
        statements(root, Scope.METHOD, code);
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
                        expressions.arguments(call.args()));
                statements(call.next(), scope, code);
            }
            case Node.Construct construct -> code.addStatement("return $L", constructed(construct));
            case Node.Loop loop -> {
                cite(loop, code);
                loop(loop, scope, code);
            }
            case Node.Jump jump -> {
                Event event = lookup.event(scope.labels().get(jump.label())).orElseThrow();
                // One assignment after another is exact: no argument can read a loop variable, whose name has a `$`.
                for (int i = 0; i < event.inputs().size(); i++) {
                    code.addStatement("$L = $L", loopVariable(jump.label(), event.inputs().get(i).name()),
                            expressions.code(jump.args().get(i)));
                }
                code.addStatement("continue $L", JavaNames.identifier(jump.label()));
            }
            case Node.If branch -> {
                cite(branch, code);
                code.beginControlFlow("if ($L)", expressions.code(branch.condition()));
                statements(branch.then(), scope, code);
                if (!(branch.otherwise() instanceof Node.End) || scope.inLabelLoop()) {
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
                if (scope.inLabelLoop() && !scope.inForEach()) {
                    code.addStatement("return");
                }
            }
        }
    }

    private void invoke(Node.Invoke invoke, Scope scope, CodeBlock.Builder code) {
        Event event = lookup.event(invoke.event()).orElseThrow();
        switchOver(event, expressions.arguments(invoke.args()), invoke, scope, code);
    }

    /** {@code switch (Event.event(arguments))} with a case per handler of {@code invoke}. */
    private void switchOver(Event event, CodeBlock arguments, Node.Invoke invoke, Scope scope, CodeBlock.Builder code) {
        code.beginControlFlow("switch ($T.$L($L))", names.event(event.name()), implementations.methodAt(event.name(), invoke.origin()), arguments);
        // A guarded case must come before the unguarded one of its branch, or javac finds it dominated.
        List<Node.Handler> handlers = invoke.handlers().stream()
                .sorted(Comparator.comparing((Node.Handler h) -> h.guard().isEmpty())).toList();
        for (Node.Handler handler : handlers) {
            Branch branch = Lookup.branch(event, handler.branch()).orElseThrow();
            String guard = handler.guard().map(g -> " when " + expressions.code(g)).orElse("");
            code.beginControlFlow("case $L$L ->", pattern(event, branch, handler), guard);
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

    /** {@code Pay.Paid(var after)} for a value, {@code Step.More m} for a struct payload, {@code ReadLine.Eof()} for none. */
    private CodeBlock pattern(Event event, Branch branch, Node.Handler handler) {
        TypeName record = names.branch(event.name(), branch.name());
        String binding = JavaNames.identifier(handler.binding().orElse("ignored"));
        return switch (branch.payload()) {
            case Payload.None none -> CodeBlock.of("$T()", record);
            case Payload.One one -> CodeBlock.of("$T(var $L)", record, binding);
            case Payload.Fields fields -> CodeBlock.of("$T $L", record, binding);
        };
    }

    /** The branch a subflow returns, made by its factory: {@code paid(bank)}, {@code more(i + 1, n, acc)}, {@code eof()}. */
    private CodeBlock constructed(Node.Construct construct) {
        String factory = JavaNames.identifier(construct.branch());
        return construct.value().map(value -> value instanceof koru.kernel.ir.Expr.PayloadLit fields
                        ? CodeBlock.of("$L($L)", factory, expressions.arguments(fields.fields()))
                        : CodeBlock.of("$L($L)", factory, expressions.code(value)))
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
        for (int i = 0; i < event.inputs().size(); i++) {
            Program.Field input = event.inputs().get(i);
            code.addStatement("$T $L = $L", types.of(input.type()), loopVariable(loop.label(), input.name()),
                    expressions.code(head.args().get(i)));
        }
        code.add("$L:\n", JavaNames.identifier(loop.label()));
        code.beginControlFlow("while (true)");
        CodeBlock current = CodeBlock.join(event.inputs().stream()
                .map(input -> CodeBlock.of("$L", loopVariable(loop.label(), input.name()))).toList(), ", ");
        switchOver(event, current, head, scope.withLabel(loop.label(), event.name()), code);
        code.endControlFlow();
    }

    /** {@code loop$i}: the label, a {@code $} no Koru name has, and the input, so that it shadows nothing. */
    private static String loopVariable(String label, String input) {
        return JavaNames.identifier(label) + "$" + JavaNames.identifier(input);
    }

    private void forLoop(Node.For each, Scope scope, CodeBlock.Builder code) {
        String binding = JavaNames.identifier(each.binding());
        switch (each.over()) {
            case Node.Iteration.Range range -> {
                Ty counter = range.from().type();
                String test = JavaTypes.unsigned64(counter) ? "Long.compareUnsigned($L, $L) < 0" : "$L < $L";
                // The counter is `i$`, and `i` a final copy of it each round: a task spawned in the body may read it.
                String counted = binding + "$";
                code.beginControlFlow("for ($T $L = $L; " + test + "; $L++)", types.of(counter), counted, expressions.code(range.from()),
                        counted, expressions.code(range.to()), counted);
                code.addStatement("$T $L = $L", types.of(counter), binding, counted);
            }
            case Node.Iteration.Elements elements -> code.beginControlFlow("for (var $L : $L)", binding, expressions.code(elements.list()));
        }
        statements(each.each(), scope.inForBody(), code);
        code.endControlFlow();
        statements(each.done(), scope, code);
    }

    /**
     * {@code var t = Tasks.spawn(() -> { task });} then the {@code running} path. The task is a lambda of its
     * own: its {@code _} ends the lambda, and it reads only effectively final locals, for the one mutable
     * local a Koru name can stand for, a range's counter, is copied into a final at each round.
     */
    private void spawn(Node.Spawn spawn, Scope scope, CodeBlock.Builder code) {
        code.add("var $L = $T.spawn(() -> {\n", JavaNames.identifier(spawn.binding()), TASKS).indent();
        statements(spawn.task(), Scope.METHOD, code);
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
