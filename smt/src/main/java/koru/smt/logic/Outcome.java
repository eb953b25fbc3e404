package koru.smt.logic;

import java.util.Map;
import koru.smt.report.Replay;
import koru.smt.report.Value;

/**
 * What solving a query or a Horn problem ended in. Only {@link Proven} means proven: a timeout,
 * a resource limit or an incomplete theory is {@link Unknown}, never success.
 */
public sealed interface Outcome {
    record Proven() implements Outcome {
    }

    /**
     * The goal fails: {@code model} gives every free constant of the query a value that breaks it;
     * {@code replay} says whether that was confirmed on the values (untrusted, for the report only).
     */
    record Failed(Map<String, Value> model, Replay replay) implements Outcome {
        public Failed {
            model = Map.copyOf(model);
        }
    }

    record Unknown(String reason) implements Outcome {
    }
}
