package koru.kernel.interp;

import java.util.List;
import java.util.Map;
import koru.kernel.ir.Origin;

/** How a {@code ~test} ran: the assertions it checked, in order, and its verdict. */
public record TestResult(String title, List<Assertion> assertions, Verdict verdict) {
    public TestResult {
        assertions = List.copyOf(assertions);
    }

    /**
     * One {@code assert(cond)} ({@code held} is the condition) or {@code assert.fail(msg)} (never held), at {@code origin};
     * {@code scope} holds the variables bound where it ran, so that a report can show the values a failed one read.
     */
    public record Assertion(Origin origin, boolean held, String message, Map<String, Value> scope) {
        public Assertion {
            scope = Map.copyOf(scope);
        }
    }

    /** The first failed assertion ends a test; so does a fault (it ran, but stopped without a branch). */
    public sealed interface Verdict {
        record Passed() implements Verdict {
        }

        record Failed(Assertion assertion) implements Verdict {
        }

        record Faulted(String what) implements Verdict {
        }
    }

    public boolean passed() {
        return verdict instanceof Verdict.Passed;
    }
}
