package koru.elaborator.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;
import koru.elaborator.ast.Step;
import koru.elaborator.check.Body;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * Rebuilds a program with every flow body (flows, subflows, test flows, mocks) replaced by what a
 * desugaring pass made of it. Declarations are unchanged, so the new program's symbol tables are
 * the old ones: {@link Program#of} is given a scratch sink, its findings were reported already.
 */
final class RewriteBodies {
    private RewriteBodies() {
    }

    /** The rewritten program; the same program, unregistered again, when no body changed. */
    static Program rewrite(Program program, Function<Body, Step> rewrite) {
        List<Module> modules = new ArrayList<>();
        boolean changed = false;
        for (Module module : program.modules()) {
            List<SourceUnit> units = new ArrayList<>();
            for (SourceUnit unit : module.units()) {
                List<Item> items = unit.items().stream().map(item -> rewrite(program, module, item, false, rewrite)).toList();
                boolean unitChanged = !sameItems(items, unit.items());
                units.add(unitChanged ? new SourceUnit(unit.file(), unit.kind(), items) : unit);
                changed |= unitChanged;
            }
            modules.add(module.withUnits(units));
        }
        return changed ? Program.of(modules, new Diagnostics()) : program;
    }

    private static boolean sameItems(List<Item> rewritten, List<Item> original) {
        for (int i = 0; i < original.size(); i++) {
            if (rewritten.get(i) != original.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The same program with one more module (a standard module a desugaring pass calls into). */
    static Program adding(Program program, Module module) {
        List<Module> modules = new ArrayList<>(program.modules());
        modules.add(module);
        return Program.of(modules, new Diagnostics());
    }

    /** The item with its body rewritten; the very same item when the rewrite left the body as it was. */
    private static Item rewrite(Program program, Module module, Item item, boolean inTest, Function<Body, Step> rewrite) {
        return switch (item) {
            case Item.Flow flow -> {
                Step body = rewrite.apply(new Body(module, inTest ? Body.Kind.TEST_FLOW : Body.Kind.FLOW, Optional.empty(), flow.body(), flow));
                yield body == flow.body() ? flow : new Item.Flow(flow.annotations(), body, flow.span());
            }
            case Item.Subflow subflow -> {
                Optional<EventSymbol> event = program.resolveEvent(module, subflow.event());
                Step body = rewrite.apply(new Body(module, inTest ? Body.Kind.MOCK : Body.Kind.SUBFLOW, event, subflow.body(), subflow));
                yield body == subflow.body() ? subflow : new Item.Subflow(subflow.annotations(), subflow.event(), body, subflow.span());
            }
            case Item.Test test -> {
                List<Item> inner = test.body().stream().map(i -> rewrite(program, module, i, true, rewrite)).toList();
                yield sameItems(inner, test.body()) ? test : new Item.Test(test.title(), test.titleSpan(), inner, test.span());
            }
            default -> item;
        };
    }
}
