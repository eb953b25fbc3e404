package koru.proptest.crosscheck;

import java.util.List;

/** What is wrong with one implementation's answer on an input that meets the event's precondition. */
public sealed interface Problem {
    /** The implementation that is wrong. */
    String implementation();

    String render();

    /**
     * It took another branch, or another payload, than {@code reference} (the first implementation that took a branch: the
     * interpreter where the event has a subflow); {@code fields} are those in which two struct payloads of the same branch
     * differ (empty otherwise).
     */
    record Disagrees(String implementation, String reference, List<String> fields) implements Problem {
        public Disagrees {
            fields = List.copyOf(fields);
        }

        @Override
        public String render() {
            return implementation + " disagrees with " + reference + (fields.isEmpty() ? "" : " in " + String.join(", ", fields));
        }
    }

    /**
     * Its branch {@code branch} broke the clause {@code clause} of that branch's postcondition (a conjunct of its
     * {@code where}, the whole {@code where} when it has one): {@code why} is the evaluator's word for it.
     */
    record BreaksPostcondition(String implementation, String branch, String clause, String why) implements Problem {
        @Override
        public String render() {
            return implementation + " breaks the postcondition of " + branch + ": `" + clause + "` (" + why + ")";
        }
    }

    /** It stopped without a branch: it threw, overflowed, called an event outside its precondition. */
    record Faulted(String implementation, String what) implements Problem {
        @Override
        public String render() {
            return implementation + " faulted: " + what;
        }
    }
}
