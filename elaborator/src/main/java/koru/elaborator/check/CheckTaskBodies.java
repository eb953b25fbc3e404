package koru.elaborator.check;

import java.util.Set;
import java.util.stream.Collectors;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.Program;

/**
 * Checks {@code std.rt:spawn} (docs/language/concurrency.md): both of its handlers run, so neither
 * takes a {@code when} nor is a catch-all, and it anchors no label (KORU030); its {@code task} body
 * runs apart from the path that spawned it, so it constructs no branch (KORU030) and jumps to no
 * label anchored outside it (KORU041): every path of a task ends with {@code _}.
 */
public final class CheckTaskBodies {
    private static final Canonical SPAWN = new Canonical("std.rt", "spawn");

    private final Diagnostics diagnostics;

    private CheckTaskBodies(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckTaskBodies pass = new CheckTaskBodies(diagnostics);
        for (Body body : Bodies.of(program)) {
            Steps.invocations(body.root()).stream()
                    .filter(invoke -> program.resolveEvent(body.module(), invoke.call().event())
                            .filter(event -> event.name().equals(SPAWN)).isPresent())
                    .forEach(pass::spawn);
        }
    }

    private void spawn(Step.Invoke spawn) {
        spawn.label().ifPresent(label -> diagnostics.report(Diagnostic.error(Code.KORU030, label.span(),
                        "`spawn` cannot anchor the label `#%s`".formatted(label.name()))
                .withHint("anchor the loop at an invocation around the spawn, and spawn once per round")));
        for (Handler handler : spawn.handlers()) {
            switch (handler.pattern()) {
                case Handler.Pattern.CatchAll all -> diagnostics.report(Diagnostic.error(Code.KORU030, all.span(),
                                "`spawn` runs both of its handlers, so a catch-all would run twice")
                        .withHint("write `| task |> …` for the concurrent body and `| running t |> …` for the path that goes on"));
                case Handler.Pattern.Branch branch -> {
                    handler.guard().ifPresent(guard -> diagnostics.report(Diagnostic.error(Code.KORU030, guard.span(),
                                    "`spawn`'s handler `%s` takes no `when`: both handlers always run".formatted(branch.name()))
                            .withHint("put an `if` inside the handler instead")));
                    if (branch.name().equals("task")) {
                        taskBody(handler.step());
                    }
                }
            }
        }
    }

    /** Every step of a task body: no constructor, and no jump but to a label anchored inside it. */
    private void taskBody(Step body) {
        Set<String> inside = Steps.invocations(body).stream().flatMap(invoke -> invoke.label().stream())
                .map(Step.LabelAnchor::name).collect(Collectors.toSet());
        for (Step step : Steps.of(body)) {
            switch (step) {
                case Step.Construct construct -> diagnostics.report(Diagnostic.error(Code.KORU030, construct.branchSpan(),
                                "a spawned task cannot construct `%s`: nothing receives what a task returns".formatted(construct.branch()))
                        .withHint("end the task's paths with `_`; construct the branch on the `running` path, after `std.rt:join`"));
                case Step.Jump jump when !inside.contains(jump.label()) -> diagnostics.report(Diagnostic.error(Code.KORU041,
                                jump.labelSpan(), "`@%s` would leave a spawned task, which runs apart from the loop `#%s`"
                                        .formatted(jump.label(), jump.label()))
                        .withHint("go round the loop on the `running` path; end the task's paths with `_`"));
                default -> { }
            }
        }
    }
}
