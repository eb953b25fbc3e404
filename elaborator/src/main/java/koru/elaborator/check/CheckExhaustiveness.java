package koru.elaborator.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;

/**
 * Checks that every invocation handles its event's branches (LANGUAGE.md A4, Part D): each
 * non-optional branch is handled or covered by {@code |?} (KORU022), every handler names a branch
 * of the event (KORU021; a void event has none), an event with branches is never chained with
 * {@code |>} (KORU022), and several handlers of one branch have exactly one without a guard
 * (none: KORU050, more: KORU051).
 */
public final class CheckExhaustiveness {
    private final Diagnostics diagnostics;

    private CheckExhaustiveness(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckExhaustiveness pass = new CheckExhaustiveness(diagnostics);
        for (Body body : Bodies.of(program)) {
            for (Step.Invoke invoke : Steps.invocations(body.root())) {
                program.resolveEvent(body.module(), invoke.call().event()).ifPresent(event -> pass.check(invoke, event));
            }
        }
    }

    private void check(Step.Invoke invoke, EventSymbol event) {
        String name = invoke.call().event().toString();
        if (event.isVoid()) {
            for (Handler handler : invoke.handlers()) {
                diagnostics.report(Diagnostic.error(Code.KORU021, handler.pattern().span(),
                                "`%s` is a void event: it has no branches to handle".formatted(name))
                        .withHint("remove the handler, and continue with `|>` on the invocation's line: `%s(…) |> next(…)`"
                                .formatted(name)));
            }
            return;
        }
        boolean catchAll = false;
        List<String> handled = new ArrayList<>();
        for (Handler handler : invoke.handlers()) {
            switch (handler.pattern()) {
                case Handler.Pattern.CatchAll ignored -> catchAll = true;
                case Handler.Pattern.Branch branch -> {
                    if (event.branch(branch.name()).isPresent()) {
                        handled.add(branch.name());
                    } else {
                        reportUnknownBranch(name, event, branch);
                    }
                }
            }
        }
        checkGuards(invoke.handlers());
        if (catchAll) {
            return;
        }
        List<BranchDecl> missing = event.decl().branches().stream()
                .filter(b -> !b.optional() && !handled.contains(b.name()))
                .toList();
        if (!missing.isEmpty()) {
            reportMissing(invoke, name, missing);
        }
    }

    private void reportUnknownBranch(String name, EventSymbol event, Handler.Pattern.Branch branch) {
        List<String> available = event.decl().branches().stream().map(BranchDecl::name).toList();
        Diagnostic unknown = Diagnostic.error(Code.KORU021, branch.span(),
                        "`%s` has no branch `%s`".formatted(name, branch.name()))
                .withNote("its branches: " + quoted(available));
        diagnostics.report(DidYouMean.closest(branch.name(), available)
                .map(b -> unknown.withHint("did you mean `| " + b + "`?"))
                .orElse(unknown.withHint("handle only the branches `" + name + "` declares")));
    }

    private void reportMissing(Step.Invoke invoke, String name, List<BranchDecl> missing) {
        String branches = quoted(missing.stream().map(BranchDecl::name).toList());
        String message = invoke.then().isPresent()
                ? "`%s` has branches, so it cannot be chained with `|>`: %s must be handled".formatted(name, branches)
                : "%s of `%s` %s not handled".formatted(missing.size() == 1 ? "branch " + branches : "branches " + branches,
                        name, missing.size() == 1 ? "is" : "are");
        BranchDecl first = missing.get(0);
        String handlerLine = "| " + first.name() + (first.payload() instanceof Payload.None ? "" : " " + first.name().charAt(0))
                + " |> …";
        diagnostics.report(Diagnostic.error(Code.KORU022, invoke.call().event().span(), message)
                .withHint(invoke.then().isPresent()
                        ? "put `%s(…)` last in the chain and handle its branches on the lines below, starting with `%s`"
                                .formatted(name, handlerLine)
                        : "add a handler under the invocation: `%s`, or a catch-all `|? |> …`".formatted(handlerLine)));
    }

    /** Two or more handlers of one branch (or several catch-alls) need exactly one without a {@code when} guard. */
    private void checkGuards(List<Handler> handlers) {
        Map<String, List<Handler>> byBranch = new LinkedHashMap<>();
        for (Handler handler : handlers) {
            String key = switch (handler.pattern()) {
                case Handler.Pattern.Branch branch -> branch.name();
                case Handler.Pattern.CatchAll ignored -> "?";
            };
            byBranch.computeIfAbsent(key, k -> new ArrayList<>()).add(handler);
        }
        byBranch.forEach((branch, group) -> {
            if (group.size() < 2) {
                return;
            }
            String shown = branch.equals("?") ? "the catch-all `|?`" : "branch `" + branch + "`";
            List<Handler> unguarded = group.stream().filter(h -> h.guard().isEmpty()).toList();
            if (unguarded.isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.KORU050, group.get(0).pattern().span(),
                                "%s has %d guarded handlers and no unguarded one".formatted(shown, group.size()))
                        .withHint("add a last handler without `when` for the cases no guard covers: `| %s … |> …`"
                                .formatted(branch.equals("?") ? "?" : branch)));
            }
            for (Handler extra : unguarded.subList(Math.min(1, unguarded.size()), unguarded.size())) {
                diagnostics.report(Diagnostic.error(Code.KORU051, extra.pattern().span(),
                                "%s already has a handler without a guard".formatted(shown))
                        .withNote("the first unguarded handler is at " + unguarded.get(0).pattern().span())
                        .withHint("give all but one of the handlers a `when` guard, or merge them"));
            }
        });
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
