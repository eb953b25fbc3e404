package koru.elaborator.lower;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.elaborator.Elaboration;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.resolve.Canonical;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.Module;
import koru.elaborator.resolve.Program;
import koru.elaborator.resolve.TypeSymbol;
import koru.elaborator.types.Type;
import koru.elaborator.types.TypeTable;
import koru.elaborator.types.Typing;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Flag;
import koru.kernel.ir.Program.Implementation;
import koru.kernel.ir.Program.TypeDecl;
import koru.kernel.ir.Ty;

/**
 * Lowers an error-free elaboration (taps applied, auto-discharge inserted) to the Core IR the
 * kernel re-checks (docs/language/lowering.md). Lowering is untrusted: whatever it gets wrong, the
 * kernel either rejects or proves about the program it was given, which the IR's origins show.
 */
public final class LowerToCoreIr {
    private final Program program;
    private final TypeTable declarations;
    private final LowerExpressions expressions;

    private LowerToCoreIr(Program program, Typing typing) {
        this.program = program;
        this.declarations = typing.declarations();
        this.expressions = new LowerExpressions(typing);
    }

    /** The Core IR of {@code elaboration}; empty when it has errors (and so no elaborated program). */
    public static Optional<koru.kernel.ir.Program> lower(Elaboration elaboration) {
        if (elaboration.hasErrors() || elaboration.elaborated().isEmpty() || elaboration.typing().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lower(elaboration.elaborated().get(), elaboration.typing().get()));
    }

    /** The Core IR of a desugared, error-free {@code program} typed by {@code typing}. */
    public static koru.kernel.ir.Program lower(Program program, Typing typing) {
        LowerToCoreIr lowering = new LowerToCoreIr(program, typing);
        List<Body> bodies = new ArrayList<>();
        List<koru.kernel.ir.Program.Test> tests = new ArrayList<>();
        for (Module module : program.modules()) {
            module.items().forEach(item -> lowering.bodyOf(module, item, bodies, tests));
        }
        return new koru.kernel.ir.Program(lowering.types(), lowering.events(), bodies, tests);
    }

    // ------------------------------------------------------------ declarations

    private List<TypeDecl> types() {
        return program.types().stream().map(this::type).toList();
    }

    private TypeDecl type(TypeSymbol symbol) {
        String module = symbol.module().name();
        return switch (symbol.decl().body()) {
            case Item.TypeBody.Record record -> new TypeDecl.RecordType(symbol.name().toString(),
                    fields(record.fields(), module),
                    record.where().map(where -> expressions.lower(where, typesOf(declarations.fieldsOf(symbol)))),
                    symbol.isCapability(), CoreTypes.origin(symbol.decl().span()));
            case Item.TypeBody.Enum enumeration -> new TypeDecl.EnumType(symbol.name().toString(),
                    enumeration.values().stream().map(Item.EnumValue::name).toList(), CoreTypes.origin(symbol.decl().span()));
        };
    }

    private List<Event> events() {
        Set<Canonical> subflows = new HashSet<>();
        Set<Canonical> procs = new HashSet<>();
        for (Module module : program.modules()) {
            module.items(Item.Subflow.class).forEach(s -> program.resolveEvent(module, s.event()).ifPresent(e -> subflows.add(e.name())));
            module.items(Item.Proc.class).forEach(p -> program.resolveEvent(module, p.event()).ifPresent(e -> procs.add(e.name())));
        }
        return program.events().stream().map(event -> event(event,
                subflows.contains(event.name()) ? Implementation.SUBFLOW
                        : procs.contains(event.name()) ? Implementation.HOST : Implementation.NONE)).toList();
    }

    private Event event(EventSymbol event, Implementation implementation) {
        Item.Event decl = event.decl();
        Map<String, Ty> inputs = typesOf(declarations.inputsOf(event));
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (event.hasAnnotation("authority")) {
            flags.add(Flag.AUTHORITY);
        }
        if (event.hasAnnotation("!")) {
            flags.add(Flag.DISPOSER);
        }
        return new Event(event.name().toString(), fields(decl.inputs(), event.module().name()),
                decl.where().map(where -> expressions.lower(where, inputs)),
                decl.branches().stream().map(branch -> branch(event, branch)).toList(), flags, implementation,
                CoreTypes.origin(decl.span()));
    }

    /** A branch; its {@code where} sees the payload (by the branch's name, or by field) and {@code in}. */
    private Branch branch(EventSymbol event, BranchDecl branch) {
        String module = event.module().name();
        Map<String, Ty> payloadNames = new LinkedHashMap<>();
        koru.kernel.ir.Program.Payload payload = switch (branch.payload()) {
            case koru.elaborator.ast.Payload.None none -> new koru.kernel.ir.Program.Payload.None();
            case koru.elaborator.ast.Payload.Identity identity -> {
                Ty type = CoreTypes.of(declarations.of(identity.type()));
                payloadNames.put(branch.name(), type);
                yield new koru.kernel.ir.Program.Payload.One(type, CoreTypes.of(declarations.stateOf(identity.type()), module));
            }
            case koru.elaborator.ast.Payload.Struct struct -> {
                List<Field> fields = fields(struct.fields(), module);
                fields.forEach(field -> payloadNames.put(field.name(), field.type()));
                yield new koru.kernel.ir.Program.Payload.Fields(fields);
            }
        };
        return new Branch(branch.name(), payload, branch.where().map(where -> expressions.lower(where, payloadNames)),
                branch.optional(), CoreTypes.origin(branch.span()));
    }

    private List<Field> fields(List<koru.elaborator.ast.Field> fields, String module) {
        return fields.stream().map(field -> {
            TypeRef type = field.type();
            return new Field(field.name(), CoreTypes.of(declarations.of(type)), CoreTypes.of(declarations.stateOf(type), module),
                    CoreTypes.origin(field.span()));
        }).toList();
    }

    private static Map<String, Ty> typesOf(Type.Fields fields) {
        Map<String, Ty> names = new LinkedHashMap<>();
        fields.fields().forEach((name, type) -> names.put(name, CoreTypes.of(type)));
        return names;
    }

    // ------------------------------------------------------------ bodies

    /** Subflows of every module; top-level flows only of the entry module, whose flows are the ones that run. */
    private void bodyOf(Module module, Item item, List<Body> bodies, List<koru.kernel.ir.Program.Test> tests) {
        switch (item) {
            case Item.Flow flow when module.isEntry() -> bodies.add(flow(module, flow, Body.Kind.FLOW));
            case Item.Subflow subflow -> bodies.add(subflow(module, subflow, Body.Kind.SUBFLOW));
            case Item.Test test -> tests.add(test(module, test));
            default -> { }
        }
    }

    private koru.kernel.ir.Program.Test test(Module module, Item.Test test) {
        List<Body> mocks = test.body().stream().filter(Item.Subflow.class::isInstance)
                .map(mock -> subflow(module, (Item.Subflow) mock, Body.Kind.MOCK)).toList();
        Item.Flow flow = test.body().stream().filter(Item.Flow.class::isInstance).map(Item.Flow.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("a test without a flow at " + test.span()));
        return new koru.kernel.ir.Program.Test(test.title(), mocks, flow(module, flow, Body.Kind.TEST), CoreTypes.origin(test.span()));
    }

    private Body flow(Module module, Item.Flow flow, Body.Kind kind) {
        return new Body(kind, Optional.empty(),
                LowerBody.lower(program, declarations, expressions, module, Optional.empty(), flow.body()), CoreTypes.origin(flow.span()));
    }

    private Body subflow(Module module, Item.Subflow subflow, Body.Kind kind) {
        EventSymbol event = program.resolveEvent(module, subflow.event()).orElseThrow();
        return new Body(kind, Optional.of(event.name().toString()),
                LowerBody.lower(program, declarations, expressions, module, Optional.of(event), subflow.body()),
                CoreTypes.origin(subflow.span()));
    }
}
