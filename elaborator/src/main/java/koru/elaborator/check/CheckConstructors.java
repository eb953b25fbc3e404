package koru.elaborator.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Expr;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Step;
import koru.elaborator.diag.Code;
import koru.elaborator.diag.Diagnostic;
import koru.elaborator.diag.Diagnostics;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Program;

/**
 * Checks branch constructors (LANGUAGE.md A5, B3): only a subflow or mock constructs, and only a
 * branch of the event it implements (KORU021); the constructor's value has the branch's shape
 * (KORU030): none for a payload-less branch, one for an identity branch, and for a struct branch
 * a record literal with exactly the branch's fields. Value types are the type checks' concern.
 */
public final class CheckConstructors {
    private final Diagnostics diagnostics;

    private CheckConstructors(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        CheckConstructors pass = new CheckConstructors(diagnostics);
        for (Body body : Bodies.of(program)) {
            for (Step step : Steps.of(body.root())) {
                if (step instanceof Step.Construct construct) {
                    pass.check(body, construct);
                }
            }
        }
    }

    private void check(Body body, Step.Construct construct) {
        switch (body.kind()) {
            case FLOW, TEST_FLOW -> diagnostics.report(Diagnostic.error(Code.KORU030, construct.branchSpan(),
                            "`%s` constructs a branch, and only a subflow can construct a branch".formatted(construct.branch()))
                    .withHint("to call an event write `%s(…)` (invocations take parentheses); to end the path write `_`"
                            .formatted(construct.branch())));
            case SUBFLOW, MOCK -> body.implemented().ifPresent(event -> checkBranch(event, construct));
        }
    }

    private void checkBranch(EventSymbol event, Step.Construct construct) {
        Optional<BranchDecl> declared = event.branch(construct.branch());
        if (declared.isEmpty()) {
            reportUnknownBranch(event, construct);
            return;
        }
        BranchDecl branch = declared.get();
        String name = branch.name();
        switch (branch.payload()) {
            case Payload.None ignored -> construct.value().ifPresent(value -> diagnostics.report(
                    Diagnostic.error(Code.KORU030, value.span(), "branch `%s` carries no payload, so it takes no value".formatted(name))
                            .withHint("write `%s` alone".formatted(name))));
            case Payload.Identity identity -> {
                if (construct.value().isEmpty()) {
                    diagnostics.report(Diagnostic.error(Code.KORU030, construct.branchSpan(),
                                    "branch `%s` carries a `%s`, but no value is given".formatted(name, identity.type().span().text()))
                            .withHint("write `%s value`".formatted(name)));
                }
            }
            case Payload.Struct struct -> checkStruct(name, struct.fields(), construct);
        }
    }

    private void reportUnknownBranch(EventSymbol event, Step.Construct construct) {
        String implemented = event.name().path();
        if (event.isVoid()) {
            diagnostics.report(Diagnostic.error(Code.KORU021, construct.branchSpan(),
                            "`%s` is a void event: it has no branch `%s` to construct".formatted(implemented, construct.branch()))
                    .withHint("end the path with `_`, or invoke an event with `%s(…)`".formatted(construct.branch())));
            return;
        }
        List<String> available = event.decl().branches().stream().map(BranchDecl::name).toList();
        Diagnostic unknown = Diagnostic.error(Code.KORU021, construct.branchSpan(),
                        "`%s` has no branch `%s`".formatted(implemented, construct.branch()))
                .withNote("its branches: " + String.join(", ", available.stream().map(b -> "`" + b + "`").toList()));
        diagnostics.report(DidYouMean.closest(construct.branch(), available)
                .map(b -> unknown.withHint("did you mean `" + b + "`?"))
                .orElse(unknown.withHint("a subflow returns a branch of the event it implements; invocations take parentheses")));
    }

    private void checkStruct(String name, List<Field> fields, Step.Construct construct) {
        List<String> expected = fields.stream().map(Field::name).toList();
        String example = "%s { %s }".formatted(name, String.join(", ", expected.stream().map(f -> f + ": …").toList()));
        if (!(construct.value().orElse(null) instanceof Expr.RecordLit record)) {
            diagnostics.report(Diagnostic.error(Code.KORU030,
                            construct.value().map(Expr::span).orElse(construct.branchSpan()),
                            "branch `%s` carries the fields %s, so it takes a record literal".formatted(name, quoted(expected)))
                    .withHint("write `%s`".formatted(example)));
            return;
        }
        List<String> given = new ArrayList<>();
        for (Expr.FieldInit init : record.fields()) {
            if (!expected.contains(init.name())) {
                diagnostics.report(Diagnostic.error(Code.KORU030, init.nameSpan(),
                                "branch `%s` has no field `%s`".formatted(name, init.name()))
                        .withHint("its fields are " + quoted(expected)));
            } else if (given.contains(init.name())) {
                diagnostics.report(Diagnostic.error(Code.KORU030, init.nameSpan(),
                                "field `%s` is given twice".formatted(init.name()))
                        .withHint("give each field of `%s` once".formatted(name)));
            } else {
                given.add(init.name());
            }
        }
        List<String> missing = expected.stream().filter(f -> !given.contains(f)).toList();
        if (!missing.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.KORU030, construct.branchSpan(),
                            "branch `%s` needs the field%s %s".formatted(name, missing.size() == 1 ? "" : "s", quoted(missing)))
                    .withHint("write `%s`".formatted(example)));
        }
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
