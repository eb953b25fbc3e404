package koru.elaborator.desugar;

import java.util.Optional;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Step;

/**
 * Sequences a step that runs for its effect before a continuation: every place the step ends
 * ({@code _}, or the end of a chain) continues with the continuation instead. A step with handlers
 * therefore copies the continuation into each handler.
 */
final class Graft {
    private Graft() {
    }

    static Step graft(Step step, Optional<Step> continuation) {
        if (continuation.isEmpty()) {
            return step;
        }
        return switch (step) {
            case Step.End end -> continuation.get();
            case Step.Invoke invoke when invoke.then().isPresent() -> new Step.Invoke(invoke.label(), invoke.call(),
                    Optional.of(graft(invoke.then().get(), continuation)), invoke.handlers(), invoke.span());
            case Step.Invoke invoke when invoke.handlers().isEmpty() ->
                    new Step.Invoke(invoke.label(), invoke.call(), continuation, invoke.handlers(), invoke.span());
            case Step.Invoke invoke -> new Step.Invoke(invoke.label(), invoke.call(), invoke.then(),
                    invoke.handlers().stream().map(h -> new Handler(h.pattern(), h.binding(), h.guard(),
                            graft(h.step(), continuation), h.span())).toList(), invoke.span());
            case Step.Construct construct -> construct;
            case Step.Jump jump -> jump;
        };
    }
}
