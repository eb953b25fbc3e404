package koru.elaborator.check;

import java.util.List;
import java.util.stream.Stream;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;

/**
 * Checks where obligation marks may stand (LANGUAGE.md A7), all KORU033: {@code [s!]} issues an
 * obligation and belongs on an output, {@code [!s]} discharges one and belongs on an input; a
 * state cannot carry both marks, and a union member cannot issue.
 */
public final class CheckObligationMarks {
    private final Diagnostics diagnostics;

    private CheckObligationMarks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckObligationMarks check = new CheckObligationMarks(diagnostics);
        for (Module module : program.modules()) {
            module.items(Item.Event.class).forEach(check::event);
        }
    }

    private void event(Item.Event event) {
        for (Field input : event.inputs()) {
            PhantomStates.of(input.type()).forEach(phantom -> input(phantom, event));
        }
        for (BranchDecl branch : event.branches()) {
            outputTypes(branch).flatMap(type -> PhantomStates.of(type).stream())
                    .forEach(phantom -> output(phantom, event, branch));
        }
    }

    private static Stream<TypeRef> outputTypes(BranchDecl branch) {
        return switch (branch.payload()) {
            case Payload.None none -> Stream.empty();
            case Payload.Identity identity -> Stream.of(identity.type());
            case Payload.Struct struct -> struct.fields().stream().map(Field::type);
        };
    }

    private void input(Phantom phantom, Item.Event event) {
        if (phantom instanceof Phantom.Union union) {
            unionMembers(union.members());
        }
        for (Phantom.State state : PhantomStates.statesOf(phantom)) {
            if (bothMarks(state) || !state.issues() || phantom instanceof Phantom.Union) {
                continue;
            }
            diagnostics.report(Diagnostic.error(Code.KORU033, state.span(),
                            "`[" + state.name() + "!]` issues an obligation on an input of `" + event.name().path() + "`")
                    .withHint("an input discharges obligations: write `[!" + state.name() + "]`, or `["
                            + state.name() + "]` to only require the state"));
        }
    }

    private void output(Phantom phantom, Item.Event event, BranchDecl branch) {
        if (phantom instanceof Phantom.Union union) {
            unionMembers(union.members());
        }
        for (Phantom.State state : PhantomStates.statesOf(phantom)) {
            if (bothMarks(state) || !state.discharges()) {
                continue;
            }
            diagnostics.report(Diagnostic.error(Code.KORU033, state.span(),
                            "`[!" + state.name() + "]` discharges an obligation on branch `" + branch.name()
                                    + "` of `" + event.name().path() + "`, an output")
                    .withHint("an output issues obligations: write `[" + state.name() + "!]`, or `["
                            + state.name() + "]` for a state with no obligation"));
        }
    }

    private boolean bothMarks(Phantom.State state) {
        if (state.issues() && state.discharges()) {
            diagnostics.report(Diagnostic.error(Code.KORU033, state.span(),
                            "`[!" + state.name() + "!]` both discharges and issues an obligation")
                    .withHint("keep one mark: `[!" + state.name() + "]` on an input, `[" + state.name() + "!]` on an output"));
            return true;
        }
        return false;
    }

    private void unionMembers(List<Phantom.State> members) {
        for (Phantom.State member : members) {
            if (member.issues() && !member.discharges()) {
                diagnostics.report(Diagnostic.error(Code.KORU033, member.span(),
                                "union member `" + member.name() + "!` issues an obligation")
                        .withHint("a union accepts any of its states and cannot issue; drop the `!`"));
            }
        }
    }
}
