package koru.extract.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;

/**
 * One call of a subflow extracted inline, as site {@code number} of its method: the callee's body runs in
 * a labelled block ({@code halve$3: { … }}), and where it would return a branch it assigns the payload to
 * locals ({@code halve$3$kept}), the branch's position to a tag ({@code halve$3$branch}), and breaks out;
 * the caller's handlers follow, in a {@code switch} over the tag (a callee with one branch that cannot end
 * needs neither tag nor switch). No branch record is made, so there is
 * nothing for C2's escape analysis to give up on: a record returned by a callee that returns one of two
 * record types merges them, and a merged allocation is never scalar-replaced, even when every call is
 * inlined (docs/PERFORMANCE.md, "Extraction: zero cost").
 */
final class InlinedCall {
    /** The tag of a path of the callee that ended ({@code _}) without a branch. */
    private static final int ENDED = -1;

    private final Event event;
    private final String site;
    private final Renaming renaming;
    private final JavaTypes types;
    /** Whether a path of the callee may end ({@link SubflowCalls#mayEnd}): the caller's switch then needs a case for it. */
    private final boolean mayEnd;

    InlinedCall(Event event, int number, boolean mayEnd, JavaTypes types) {
        this.event = event;
        this.site = JavaNames.identifier(JavaNames.pathOf(event.name())) + "$" + number;
        this.renaming = Renaming.inlined(number);
        this.mayEnd = mayEnd;
        this.types = types;
    }

    /** The names of the callee's body. */
    Renaming renaming() {
        return renaming;
    }

    /** Whether the caller must learn which way the callee went: it has several branches, or may end with none. */
    boolean tagged() {
        return event.branches().size() > 1 || mayEnd;
    }

    /** Declares the callee's inputs, the tag (if {@link #tagged}) and the payload locals, then opens the labelled block. */
    void open(List<CodeBlock> arguments, CodeBlock.Builder code) {
        for (int i = 0; i < event.inputs().size(); i++) {
            Field input = event.inputs().get(i);
            code.addStatement("$T $L = $L", types.of(input.type()), renaming.name(input.name()), arguments.get(i));
        }
        if (tagged()) {
            code.addStatement("int $L", tag());
        }
        // Read only after a constructor assigned them, which javac cannot see: they start at zero.
        for (Branch branch : event.branches()) {
            List<Field> fields = fields(branch);
            for (int i = 0; i < fields.size(); i++) {
                TypeName type = types.of(fields.get(i).type());
                code.addStatement("$T $L = $L", type, locals(branch).get(i), zero(type));
            }
        }
        code.beginControlFlow("$L:", site);
    }

    /** A constructor of the callee: {@code halve$3$kept = o - 100L; halve$3$branch = 1; break halve$3;}. */
    void construct(String branchName, List<CodeBlock> values, CodeBlock.Builder code) {
        Branch branch = branch(branchName);
        List<String> locals = locals(branch);
        for (int i = 0; i < locals.size(); i++) {
            code.addStatement("$L = $L", locals.get(i), values.get(i));
        }
        exit(event.branches().indexOf(branch), code);
    }

    /** A path of the callee that ends ({@code _}): the caller's path ends there too. */
    void end(CodeBlock.Builder code) {
        if (!mayEnd) {
            throw new IllegalStateException("a path of " + event.name() + "'s subflow ends, which the call graph did not find");
        }
        exit(ENDED, code);
    }

    private void exit(int tag, CodeBlock.Builder code) {
        if (tagged()) {
            code.addStatement("$L = $L", tag(), tag);
        }
        code.addStatement("break $L", site);
    }

    /** The switch's label for the branch at {@code index}: the last is {@code default} unless the callee may end, so javac sees the switch is exhaustive. */
    String caseOf(int index) {
        return index == event.branches().size() - 1 && !mayEnd ? "default" : "case " + index;
    }

    /** The label of the case a path that ended takes, if one may. */
    Optional<String> endedCase() {
        return mayEnd ? Optional.of("default") : Optional.empty();
    }

    String tag() {
        return site + "$branch";
    }

    /** What a handler's binding of {@code branch} stands for: its payload local(s), or nothing for a branch without payload. */
    Optional<Renaming.Alias> alias(Branch branch) {
        return switch (branch.payload()) {
            case Payload.None none -> Optional.empty();
            case Payload.One one -> Optional.of(new Renaming.Alias.Local(locals(branch).get(0)));
            case Payload.Fields fields -> Optional.of(new Renaming.Alias.Fields(event.name(), branch.name(), fields.fields(), locals(branch)));
        };
    }

    /** The fields the payload of {@code branch} has, a value being one field ({@code value}) and none none. */
    List<Field> fields(Branch branch) {
        return switch (branch.payload()) {
            case Payload.None none -> List.of();
            case Payload.One one -> List.of(new Field("value", one.type(), one.state(), branch.origin()));
            case Payload.Fields fields -> fields.fields();
        };
    }

    /** {@code halve$3$kept} for a value, {@code step$2$more$i}, … for a struct payload. */
    private List<String> locals(Branch branch) {
        String local = site + "$" + JavaNames.identifier(branch.name());
        return branch.payload() instanceof Payload.Fields fields
                ? fields.fields().stream().map(field -> local + "$" + JavaNames.identifier(field.name())).toList()
                : fields(branch).stream().map(field -> local).toList();
    }

    Branch branch(String name) {
        return event.branches().stream().filter(branch -> branch.name().equals(name)).findFirst().orElseThrow();
    }

    private static String zero(TypeName type) {
        if (type.equals(TypeName.BOOLEAN)) {
            return "false";
        }
        return type.isPrimitive() ? "0" : "null";
    }
}
