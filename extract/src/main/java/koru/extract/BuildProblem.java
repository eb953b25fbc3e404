package koru.extract;

import koru.kernel.ir.Origin;

/** Why a verified program cannot be built: where, and in javac's words or ours. */
public sealed interface BuildProblem {
    Origin at();

    String message();

    /** javac rejected a proc's Java body; {@code at} is the position in the proc's body (KORU201). */
    record JavacErrorInProc(Origin at, String message, String event) implements BuildProblem {
    }

    /** Under {@code --checked}, a clause of {@code event}'s contract that cannot be decided at run time (KORU203); {@code at} is the clause. */
    record UncheckableContract(Origin at, String message, String event) implements BuildProblem {
    }

    /** A flow calls {@code event}, which has neither a subflow nor a selected proc (KORU202); {@code at} is the call. */
    record NoImplementation(Origin at, String message, String event) implements BuildProblem {
    }

    /** javac found no class {@code hostType} names (KORU204); {@code at} is its first use in a declaration. */
    record NoHostClass(Origin at, String message, String hostType) implements BuildProblem {
    }
}
