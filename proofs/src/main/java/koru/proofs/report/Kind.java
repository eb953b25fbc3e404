package koru.proofs.report;

/**
 * What a result is about: one of the kernel's obligation kinds (docs/verification.md), one of the
 * solver-free phantom-state checks of LANGUAGE.md A7, a contract taken on trust, or a body that
 * verification does not cover yet. The texts are the rules' documentation in SARIF and Markdown.
 */
public enum Kind {
    PRE("precondition", "A call's arguments meet the callee's `where`.",
            "At each call, on every path that reaches it, the arguments satisfy the precondition of the event called."),
    POST("postcondition", "A constructed branch value meets the branch's `where`.",
            "Each value a body returns through a branch satisfies that branch's `where`, given the event's inputs."),
    INV("data invariant", "A record built meets its type's invariant.",
            "Every record literal satisfies the `where` of its type, whatever path built it."),
    OVERFLOW("integer overflow", "Integer arithmetic stays within its type.",
            "Every integer operation's exact result lies within the range of its type (u8 … i64), so nothing wraps."),
    DIV("division by zero", "No divisor is zero.",
            "The right operand of every `/` and `%` is non-zero on every path that reaches it."),
    CAP("capability", "A capability literal narrows one the body received.",
            "Outside an `~[authority]` event, a capability is only built from one the body received, with no right added (no amplification, no forgery)."),
    EXHAUSTIVE("exhaustive guards", "Some `when` guard holds whenever the branch is taken.",
            "A branch handled only under `when` guards has, on every path, one guard that holds."),
    LOOP_INVARIANT("loop invariant", "A user's loop invariant holds on entry and at each jump back.",
            "A `#L[where P]` invariant holds when the loop starts and again at each jump back to it."),
    STATE("phantom state", "A value passed where a state is required has that state.",
            "Decided without the solver (A7): at an argument that requires a phantom state, the value has it on every path, and was not discharged before."),
    OBLIGATION("obligation", "An obligation issued is discharged on every path.",
            "Decided without the solver (A7): a value carrying an obligation is discharged exactly once on every path, and not inside a loop that goes round again."),
    CONTRACT("assumed contract", "The contract of a host-implemented event, assumed.",
            "An event implemented by a host proc (or not at all) has a contract the verifier assumes but cannot prove; `koru test` checks it."),
    BODY("unverified body", "A body verification does not cover yet.",
            "The body uses something verification does not cover yet (e.g. list literals outside a `for`), so nothing in it is proven.");

    private final String title;
    private final String summary;
    private final String explanation;

    Kind(String title, String summary, String explanation) {
        this.title = title;
        this.summary = summary;
        this.explanation = explanation;
    }

    /** The kind as reports name it: {@code pre}, {@code loop_invariant}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** One sentence: what proving it means. */
    public String summary() {
        return summary;
    }

    /** A few sentences for a reader who meets the kind for the first time. */
    public String explanation() {
        return explanation;
    }
}
