package koru.elaborator.diag;

/**
 * Every diagnostic code of LANGUAGE.md Part C. {@code KORU0xx} come from the front end,
 * {@code KORU1xx} from verification, {@code KORU2xx} from build and run. The title is the
 * one-line summary {@code koru explain} starts with.
 */
public enum Code {
    KORU002("module not found"),
    KORU010("stray continuation or bad layout"),
    KORU011("parse error"),
    KORU012("contract-file rule broken"),
    KORU013("shadowed name"),
    KORU014("wrong argument name, arity or type"),
    KORU015("duplicate proc"),
    KORU020("duplicate or malformed branch or field"),
    KORU021("unknown branch"),
    KORU022("unhandled branch"),
    KORU030("shape mismatch"),
    KORU032("outer resource discharged inside a loop"),
    KORU033("bad obligation annotation"),
    KORU040("unknown event, module, type or name"),
    KORU041("unknown label"),
    KORU042("duplicate label"),
    KORU044("private event called from another module"),
    KORU045("label jump without arguments"),
    KORU046("label jump with arguments the label does not take"),
    KORU050("`when` guards without an unguarded handler"),
    KORU051("more than one unguarded handler for a branch"),
    KORU083("`[!]` on an event that is not void"),
    KORU100("unused binding"),
    KORU101("precondition not proven"),
    KORU102("postcondition not proven"),
    KORU103("data invariant not proven"),
    KORU104("integer overflow possible"),
    KORU105("division by zero possible"),
    KORU106("phantom state mismatch"),
    KORU107("obligation leaked"),
    KORU108("use after discharge"),
    KORU109("capability amplified or forged"),
    KORU110("obligation unknown (timeout or incomplete)"),
    KORU111("loop invariant not inductive"),
    KORU112("second solver disagrees with a proof"),
    KORU113("brittle obligation (its proof depends on the solver's seed)"),
    KORU201("javac error in a proc body"),
    KORU202("no implementation for the selected variant"),
    KORU203("runtime contract violation"),
    KORU204("no Java class for a host type");

    private final String title;

    Code(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The code as users write it, e.g. {@code KORU022}. */
    public String id() {
        return name();
    }

    /** Parses {@code KORU022}, {@code koru022} or {@code 022}; throws if there is no such code. */
    public static Code parse(String text) {
        String upper = text.trim().toUpperCase(java.util.Locale.ROOT);
        return valueOf(upper.startsWith("KORU") ? upper : "KORU" + upper);
    }
}
