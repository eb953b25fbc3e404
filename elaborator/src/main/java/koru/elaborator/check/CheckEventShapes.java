package koru.elaborator.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import koru.elaborator.ast.Annotation;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.source.Span;

/**
 * Checks the shapes LANGUAGE.md A2 rejects in event and type declarations: duplicate fields,
 * branches and enum values, a single field in braces, {@code {}} on a branch, a lone
 * payload-less branch (all KORU020), and {@code [!]} on an event that is not void (KORU083).
 */
public final class CheckEventShapes {
    private final Diagnostics diagnostics;

    private CheckEventShapes(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckEventShapes check = new CheckEventShapes(diagnostics);
        for (Module module : program.modules()) {
            module.items(Item.Event.class).forEach(check::event);
            module.items(Item.Type.class).forEach(check::type);
        }
    }

    private void event(Item.Event event) {
        String name = "`" + event.name().path() + "`";
        fields(event.inputs(), "the input of " + name);
        Map<String, Span> branches = new HashMap<>();
        for (BranchDecl branch : event.branches()) {
            Span first = branches.putIfAbsent(branch.name(), branch.nameSpan());
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.KORU020, branch.nameSpan(),
                                "branch `" + branch.name() + "` appears twice in " + name)
                        .withNote("first declared at " + first)
                        .withHint("rename one of the branches, or merge their payloads"));
            }
            if (branch.payload() instanceof Payload.Struct struct) {
                structBranch(branch, struct);
            }
        }
        if (event.branches().size() == 1 && event.branches().getFirst().payload() instanceof Payload.None) {
            BranchDecl lone = event.branches().getFirst();
            diagnostics.report(Diagnostic.error(Code.KORU020, lone.nameSpan(),
                            "event " + name + " has a single branch `" + lone.name() + "` that carries nothing")
                    .withHint("make the event void: delete the `| " + lone.name() + "` line"));
        }
        for (Annotation annotation : event.annotations()) {
            if (annotation.name().equals("!") && !event.isVoid()) {
                diagnostics.report(Diagnostic.error(Code.KORU083, annotation.span(),
                                "`[!]` marks a default disposer, but " + name + " has branches")
                        .withHint("a disposer is a void event: remove its branches, or remove `!` from the annotations"));
            }
        }
    }

    private void structBranch(BranchDecl branch, Payload.Struct struct) {
        String name = "`" + branch.name() + "`";
        switch (struct.fields().size()) {
            case 0 -> diagnostics.report(Diagnostic.error(Code.KORU020, struct.span(), "`{}` on branch " + name)
                    .withHint("a branch with no payload has no braces: write `| " + branch.name() + "`"));
            case 1 -> {
                Field only = struct.fields().getFirst();
                diagnostics.report(Diagnostic.error(Code.KORU020, struct.span(),
                                "branch " + name + " has a single field in braces")
                        .withHint("use the identity form: `| " + branch.name() + " " + only.type().span().text() + "`"));
            }
            default -> fields(struct.fields(), "branch " + name);
        }
    }

    private void type(Item.Type type) {
        switch (type.body()) {
            case Item.TypeBody.Record record -> fields(record.fields(), "type `" + type.name() + "`");
            case Item.TypeBody.Enum enumeration -> {
                Map<String, Span> values = new HashMap<>();
                for (Item.EnumValue value : enumeration.values()) {
                    Span first = values.putIfAbsent(value.name(), value.span());
                    if (first != null) {
                        diagnostics.report(Diagnostic.error(Code.KORU020, value.span(),
                                        "value `" + value.name() + "` appears twice in `" + type.name() + "`")
                                .withNote("first listed at " + first)
                                .withHint("delete the second `" + value.name() + "`"));
                    }
                }
            }
        }
    }

    private void fields(List<Field> fields, String where) {
        Map<String, Span> seen = new HashMap<>();
        for (Field field : fields) {
            Span first = seen.putIfAbsent(field.name(), field.nameSpan());
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.KORU020, field.nameSpan(),
                                "field `" + field.name() + "` appears twice in " + where)
                        .withNote("first declared at " + first)
                        .withHint("rename one of the fields"));
            }
        }
    }
}
