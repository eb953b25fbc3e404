package koru.elaborator.check;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.Visibility;

/**
 * Checks each {@code ~tap} in its own scope (LANGUAGE.md A9), whether or not it matches any
 * transition: its concrete sides name events (KORU040), its handlers name branches of the source
 * or a metatype (KORU021), and its steps call visible events (KORU040, KORU044) and are void or
 * fully handled (KORU021, KORU022).
 */
public final class CheckTaps {
    private CheckTaps() {
    }

    public static void check(Program program, Diagnostics diagnostics) {
        for (Module module : program.modules()) {
            module.items(Item.Tap.class).forEach(tap -> check(program, module, tap, diagnostics));
        }
    }

    private static void check(Program program, Module module, Item.Tap tap, Diagnostics diagnostics) {
        TapPattern source = TapPattern.of(program, module, tap.source());
        List<EventSymbol> sources = program.events().stream().filter(e -> source.matches(Optional.of(e.name()))).toList();
        if (!source.isGlob() && sources.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU040, tap.source().span(),
                            "unknown source event `%s` in tap".formatted(tap.source().pattern()))
                    .withHint("name an event of this module, a `pub` event as `module:event`, or a glob such as `file.*`"));
        }
        tap.destination().ifPresent(endpoint -> {
            TapPattern destination = TapPattern.of(program, module, endpoint);
            if (!destination.isGlob() && !destination.isTerminal() && program.event(destination.concrete().orElseThrow()).isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.KORU040, endpoint.span(),
                                "unknown destination event `%s` in tap".formatted(endpoint.pattern()))
                        .withHint("name an event, a glob such as `file.*`, `*`, or `_` for the end of a path"));
            }
        });
        for (Handler handler : tap.handlers()) {
            checkPattern(handler.pattern(), sources, tap, diagnostics);
            checkStep(program, module, handler.step(), diagnostics);
        }
    }

    private static void checkPattern(Handler.Pattern pattern, List<EventSymbol> sources, Item.Tap tap, Diagnostics diagnostics) {
        switch (pattern) {
            case Handler.Pattern.Branch branch -> {
                boolean known = sources.stream().anyMatch(e -> e.branch(branch.name()).isPresent())
                        || TapPattern.METATYPES.contains(branch.name());
                if (!known && !sources.isEmpty()) {
                    String branches = sources.stream().flatMap(e -> e.decl().branches().stream()).map(b -> "`" + b.name() + "`")
                            .distinct().collect(Collectors.joining(", "));
                    diagnostics.report(Diagnostic.error(Code.KORU021, branch.span(),
                                    "`%s` is not a branch of `%s`".formatted(branch.name(), tap.source().pattern()))
                            .withHint(branches.isEmpty()
                                    ? "the source has no branches: observe it with a metatype, e.g. `| Transition t |> …`"
                                    : "tap one of " + branches + ", or a metatype: `Transition`, `Profile`, `Audit`"));
                }
            }
            case Handler.Pattern.CatchAll catchAll -> catchAll.metatype().filter(m -> !TapPattern.METATYPES.contains(m))
                    .ifPresent(m -> diagnostics.report(Diagnostic.error(Code.KORU021, catchAll.span(),
                                    "`%s` is not a metatype".formatted(m))
                            .withHint("write `|? Transition t`, `|? Profile p` or `|? Audit a`")));
        }
    }

    /** A tap's step runs for its effect only: every event it calls is known and every branch it returns is handled. */
    private static void checkStep(Program program, Module module, Step step, Diagnostics diagnostics) {
        if (!(step instanceof Step.Invoke invoke)) {
            return;
        }
        Optional<EventSymbol> callee = program.resolveEvent(module, invoke.call().event());
        if (callee.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU040, invoke.call().event().span(),
                            "unknown event `%s` in a tap's step".formatted(invoke.call().event()))
                    .withHint("declare the event, or call a `pub` event as `module:event`"));
        } else {
            if (!Visibility.canCall(module, callee.get())) {
                // Decided in the tap's module, where the step is written, not where it is inserted.
                diagnostics.report(Diagnostic.error(Code.KORU044, invoke.call().event().span(),
                                "a tap's step in module `%s` cannot call private event `%s`".formatted(module.name(), callee.get().name()))
                        .withHint("mark it `~pub event %s` in module `%s`".formatted(callee.get().name().path(),
                                callee.get().module().name())));
            }
            checkHandled(callee.get(), invoke, diagnostics);
        }
        invoke.then().ifPresent(next -> checkStep(program, module, next, diagnostics));
        invoke.handlers().forEach(handler -> checkStep(program, module, handler.step(), diagnostics));
    }

    private static void checkHandled(EventSymbol callee, Step.Invoke invoke, Diagnostics diagnostics) {
        for (Handler handler : invoke.handlers()) {
            if (handler.pattern() instanceof Handler.Pattern.Branch branch && callee.branch(branch.name()).isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.KORU021, branch.span(),
                                "`%s` is not a branch of `%s`".formatted(branch.name(), callee.name()))
                        .withHint("handle the branches `%s` declares".formatted(callee.name())));
            }
        }
        if (invoke.handlers().stream().anyMatch(h -> h.pattern() instanceof Handler.Pattern.CatchAll)) {
            return;
        }
        String missing = callee.decl().branches().stream()
                .filter(b -> !b.optional())
                .filter(b -> invoke.handlers().stream().noneMatch(h -> h.pattern() instanceof Handler.Pattern.Branch p
                        && p.name().equals(b.name())))
                .map(b -> "`" + b.name() + "`")
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU022, invoke.call().event().span(),
                            "a tap's step must be void or fully handled, but %s is not handled".formatted(missing))
                    .withHint("add `| branch _ |> _` for each, or call a void event"));
        }
    }
}
