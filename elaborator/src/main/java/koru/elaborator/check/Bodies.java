package koru.elaborator.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * Lists every flow body of a program, so that each check walks the same bodies in the same order.
 * A subflow or mock whose event does not resolve is listed with no implemented event; the check
 * that owns KORU040 reports it.
 */
public final class Bodies {
    private Bodies() {
    }

    public static List<Body> of(Program program) {
        List<Body> bodies = new ArrayList<>();
        for (Module module : program.modules()) {
            module.items().forEach(item -> add(program, module, item, false, bodies));
        }
        return bodies;
    }

    private static void add(Program program, Module module, Item item, boolean inTest, List<Body> bodies) {
        switch (item) {
            case Item.Flow flow -> bodies.add(new Body(module, inTest ? Body.Kind.TEST_FLOW : Body.Kind.FLOW,
                    Optional.empty(), flow.body(), flow));
            case Item.Subflow subflow -> {
                Optional<EventSymbol> event = program.resolveEvent(module, subflow.event());
                bodies.add(new Body(module, inTest ? Body.Kind.MOCK : Body.Kind.SUBFLOW, event, subflow.body(), subflow));
            }
            case Item.Test test -> test.body().forEach(inner -> add(program, module, inner, true, bodies));
            default -> { }
        }
    }
}
