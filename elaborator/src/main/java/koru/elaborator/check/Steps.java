package koru.elaborator.check;

import java.util.ArrayList;
import java.util.List;
import koru.elaborator.ast.Handler;
import koru.elaborator.ast.Step;

/** Every step of a flow body in reading order: the head, its void chain, then each handler's step, depth first. */
final class Steps {
    private Steps() {
    }

    static List<Step> of(Step root) {
        List<Step> steps = new ArrayList<>();
        collect(root, steps);
        return steps;
    }

    static List<Step.Invoke> invocations(Step root) {
        return of(root).stream().filter(Step.Invoke.class::isInstance).map(Step.Invoke.class::cast).toList();
    }

    private static void collect(Step step, List<Step> steps) {
        steps.add(step);
        if (step instanceof Step.Invoke invoke) {
            invoke.then().ifPresent(next -> collect(next, steps));
            for (Handler handler : invoke.handlers()) {
                collect(handler.step(), steps);
            }
        }
    }
}
