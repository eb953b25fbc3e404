package koru.elaborator.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;

/**
 * Checks labels and jumps (LANGUAGE.md A6): labels are scoped to one flow body and unique in it
 * (KORU042); a jump {@code @L} targets a label anchored at an invocation that encloses it
 * (KORU041); it passes arguments exactly when the anchored event takes inputs (KORU045, KORU046).
 * The arguments' names and types are the type checks' concern.
 */
public final class CheckLabels {
    private final Program program;
    private final Body body;
    private final Diagnostics diagnostics;
    private final Map<String, Step.LabelAnchor> declared = new LinkedHashMap<>();

    private CheckLabels(Program program, Body body, Diagnostics diagnostics) {
        this.program = program;
        this.body = body;
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        for (Body body : Bodies.of(program)) {
            CheckLabels pass = new CheckLabels(program, body, diagnostics);
            pass.declareAll();
            pass.walk(body.root(), new ArrayDeque<>());
        }
    }

    /** An anchored invocation that encloses the steps being walked. */
    private record Enclosing(Step.LabelAnchor anchor, Optional<EventSymbol> event) {
    }

    private void declareAll() {
        for (Step.Invoke invoke : Steps.invocations(body.root())) {
            invoke.label().ifPresent(anchor -> {
                Step.LabelAnchor first = declared.putIfAbsent(anchor.name(), anchor);
                if (first != null) {
                    diagnostics.report(Diagnostic.error(Code.KORU042, anchor.span(),
                                    "label `#%s` is declared twice in this flow".formatted(anchor.name()))
                            .withNote("the first `#%s` is at %s".formatted(anchor.name(), first.span()))
                            .withHint("rename one of them; a jump goes to the enclosing label of its name"));
                }
            });
        }
    }

    private void walk(Step step, Deque<Enclosing> enclosing) {
        switch (step) {
            case Step.Invoke invoke -> {
                invoke.label().ifPresent(anchor -> enclosing.push(
                        new Enclosing(anchor, program.resolveEvent(body.module(), invoke.call().event()))));
                invoke.then().ifPresent(next -> walk(next, enclosing));
                for (Handler handler : invoke.handlers()) {
                    walk(handler.step(), enclosing);
                }
                invoke.label().ifPresent(anchor -> enclosing.pop());
            }
            case Step.Jump jump -> jump(jump, enclosing);
            case Step.Construct ignored -> { }
            case Step.End ignored -> { }
        }
    }

    private void jump(Step.Jump jump, Deque<Enclosing> enclosing) {
        Optional<Enclosing> target = enclosing.stream().filter(e -> e.anchor().name().equals(jump.label())).findFirst();
        if (target.isEmpty()) {
            reportUnknown(jump);
            return;
        }
        target.get().event().ifPresent(event -> checkArguments(jump, event));
    }

    private void reportUnknown(Step.Jump jump) {
        Step.LabelAnchor elsewhere = declared.get(jump.label());
        if (elsewhere != null) {
            diagnostics.report(Diagnostic.error(Code.KORU041, jump.labelSpan(),
                            "label `#%s` does not enclose this jump".formatted(jump.label()))
                    .withNote("`#%s` is anchored at %s".formatted(jump.label(), elsewhere.span()))
                    .withHint("a jump can only go back to a label whose invocation it is handling"));
            return;
        }
        Diagnostic unknown = Diagnostic.error(Code.KORU041, jump.labelSpan(), "unknown label `@%s`".formatted(jump.label()));
        diagnostics.report(DidYouMean.closest(jump.label(), declared.keySet())
                .map(l -> unknown.withHint("did you mean `@" + l + "`?"))
                .orElse(unknown.withHint("anchor the loop at an invocation with `#%s event(…)`".formatted(jump.label()))));
    }

    private void checkArguments(Step.Jump jump, EventSymbol event) {
        boolean takesInputs = !event.decl().inputs().isEmpty();
        if (takesInputs && jump.arguments().isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU045, jump.labelSpan(),
                            "`@%s` re-invokes `%s`, which takes inputs, but passes no arguments".formatted(jump.label(), event.name().path()))
                    .withHint("pass the next iteration's inputs: `@%s(%s)`".formatted(jump.label(),
                            String.join(", ", event.decl().inputs().stream().map(f -> f.name() + ": …").toList()))));
        } else if (!takesInputs && !jump.arguments().isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU046, jump.arguments().get(0).span(),
                            "`@%s` re-invokes `%s`, which takes no inputs, but passes arguments".formatted(jump.label(), event.name().path()))
                    .withHint("write `@%s()`".formatted(jump.label())));
        }
    }
}
