package koru.proofs.report;

import java.util.Locale;

/** A result's verdict. Only {@link #PROVEN} is a proof; every other status counts against "all proven". */
public enum Status {
    PROVEN,
    /** Refuted: a counterexample replayed on concrete values, the Horn solver's refutation, or a broken state rule. */
    FAILED,
    /** The solver gave up, or its counterexample could not be confirmed. */
    UNKNOWN,
    /** A contract taken on trust (a host proc's). */
    ASSUMED,
    /** A body verification does not cover yet. */
    NOT_VERIFIED;

    /** As reports write it: {@code proven}, {@code not_verified}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
