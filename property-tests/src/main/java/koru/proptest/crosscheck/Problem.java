package koru.proptest.crosscheck;

/** What is wrong with one implementation's answer on an input that meets the event's precondition. */
public sealed interface Problem {
    /** The implementation that is wrong. */
    String implementation();

    String render();

    /** It answered otherwise than {@code reference} (the interpreter where the event has a subflow, else its default implementation). */
    record Disagrees(String implementation, String reference) implements Problem {
        @Override
        public String render() {
            return implementation + " disagrees with " + reference;
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
