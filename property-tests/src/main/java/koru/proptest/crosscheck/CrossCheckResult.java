package koru.proptest.crosscheck;

import java.util.List;
import koru.kernel.describe.Describe;
import koru.proptest.EventInputs;

/** How cross-checking one event ended. Only {@link Passed} means every implementation agreed and met the contract on every try. */
public sealed interface CrossCheckResult {
    /** The event's canonical name ({@code module:path}). */
    String event();

    /** In words a test log shows. */
    String render();

    /** {@code implementations} agreed and met the contract on {@code tries} inputs; {@code plan} says how the inputs were made. */
    record Passed(String event, List<String> implementations, int tries, long seed, EventInputs.Plan plan) implements CrossCheckResult {
        public Passed {
            implementations = List.copyOf(implementations);
        }

        @Override
        public String render() {
            return "cross-check of " + Describe.simple(event) + " passed " + tries + " tries: " + String.join(", ", implementations) + " (seed " + seed + ")";
        }
    }

    record Failed(CrossCheckReport report) implements CrossCheckResult {
        @Override
        public String event() {
            return report.event();
        }

        @Override
        public String render() {
            return report.render();
        }
    }

    /** Not cross-checked, and why: nothing to compare, inputs of a type that cannot be generated. */
    record Skipped(String event, String reason) implements CrossCheckResult {
        @Override
        public String render() {
            return "cross-check of " + Describe.simple(event) + " skipped: " + reason;
        }
    }

    /** The inputs' generators made too few inputs the precondition accepts, even with the solver's seeds. */
    record GaveUp(String event, int tries, String reason, long seed) implements CrossCheckResult {
        @Override
        public String render() {
            return "cross-check of " + Describe.simple(event) + " gave up after " + tries + " passed tries (seed " + seed + "): " + reason;
        }
    }
}
