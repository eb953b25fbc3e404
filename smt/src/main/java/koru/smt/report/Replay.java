package koru.smt.report;

/**
 * Not trusted: whether a failed goal's counterexample was replayed ({@link ReplayQuery}). The goal
 * has failed either way (Z3 said sat); a replay only says whether the values shown are known to be
 * a real run of the program.
 */
public sealed interface Replay {
    /** On the counterexample's values every assumption holds and the goal fails. */
    record Confirmed() implements Replay {
    }

    /** The values could not be confirmed, for the reason given. */
    record Unconfirmed(String why) implements Replay {
    }
}
