package koru.elaborator.check;

import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * Checks the layout of every {@code ~test} block (LANGUAGE.md A10, Part D): mocks (subflows)
 * first, then exactly one flow, and nothing else. Like a host line inside a test block, a
 * misplaced construct is a syntax error of the block (KORU011). The mocks' and the flow's bodies
 * are checked like any other flow body.
 */
public final class CheckTests {
    private final Diagnostics diagnostics;

    private CheckTests(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckTests pass = new CheckTests(diagnostics);
        for (Module module : program.modules()) {
            module.items(Item.Test.class).forEach(pass::check);
        }
    }

    private void check(Item.Test test) {
        Optional<Item.Flow> flow = Optional.empty();
        for (Item item : test.body()) {
            switch (item) {
                case Item.Subflow mock -> {
                    if (flow.isPresent()) {
                        diagnostics.report(Diagnostic.error(Code.KORU011, mock.event().span(),
                                        "the mock `%s` comes after the test's flow".formatted(mock.event()))
                                .withHint("move the mocks to the top of the test block"));
                    }
                }
                case Item.Flow next -> {
                    if (flow.isPresent()) {
                        diagnostics.report(Diagnostic.error(Code.KORU011, next.span(),
                                        "a test holds exactly one flow, and this is a second one")
                                .withNote("the test's flow starts at " + flow.get().span())
                                .withHint("write a second `~test(…) { … }` for it"));
                    } else {
                        flow = Optional.of(next);
                    }
                }
                default -> diagnostics.report(Diagnostic.error(Code.KORU011, item.span(),
                                "a test block holds only mocks and a flow")
                        .withHint("move this declaration out of the `~test` block"));
            }
        }
        if (flow.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU011, test.titleSpan(),
                            "test `%s` has no flow to run".formatted(test.title()))
                    .withHint("end the block with the flow under test, e.g. `~event(args)` and its handlers"));
        }
    }
}
