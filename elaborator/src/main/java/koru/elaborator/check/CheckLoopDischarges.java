package koru.elaborator.check;

import java.util.Optional;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Program;

/**
 * KORU032 (LANGUAGE.md A7 rule 4): an obligation created outside a loop is suspended inside its
 * body ({@code for}'s {@code each}, or the paths of a label that reach {@code @L}) and may be
 * discharged only on the loop's exit paths. Passing it through a jump is not a discharge. A spawned
 * task's body is such a scope too (LANGUAGE.md A7, docs/language/concurrency.md).
 */
public final class CheckLoopDischarges {
    private CheckLoopDischarges() {
    }

    public static void check(Program program, Diagnostics diagnostics) {
        for (Body body : Bodies.of(program)) {
            ObligationWalk.walk(program, body, new ObligationWalk.Listener() {
                @Override
                public void discharged(Obligation obligation, koru.elaborator.ast.Arg argument, boolean outer) {
                    if (outer) {
                        diagnostics.report(Diagnostic.error(Code.KORU032, argument.value().span(),
                                        "`%s` is discharged inside a loop or a spawned task, but its obligation `%s` was created outside it"
                                                .formatted(obligation.key(), obligation.state()))
                                .withLabel("discharged here, on every iteration or while the spawner goes on")
                                .withNote("`%s` was bound at %s".formatted(obligation.key(), obligation.createdAt()))
                                .withHint("discharge it after the loop (in the exit handler) or after `join`, or pass it through the jump"));
                    }
                }

                @Override
                public Optional<koru.elaborator.ast.Step> settle(java.util.List<Obligation> live, koru.elaborator.source.Span at,
                        Optional<koru.elaborator.ast.Step> terminal) {
                    return terminal;
                }
            });
        }
    }
}
