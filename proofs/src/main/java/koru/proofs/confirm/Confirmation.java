package koru.proofs.confirm;

/** What the second solver said about an obligation the first one proved. Only {@link Disagrees} is an error. */
public sealed interface Confirmation {
    /** It proves it too. */
    record Confirmed() implements Confirmation {
    }

    /** It finds the obligation false: {@code model} is its model of the facts and the negated goal, as it printed it. */
    record Disagrees(String model) implements Confirmation {
    }

    /** It gave no answer either way: a limit, a theory it does not decide, or a script it cannot read. */
    record NotConfirmed(String reason) implements Confirmation {
    }
}
