package koru.extract.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import koru.extract.CallSites;
import koru.extract.FrontEndParts;
import koru.extract.HostProc;
import koru.extract.Implementations;
import koru.extract.SourceLines;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Body;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Implementation;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Program.TypeDecl;
import koru.runtime.rt.ProgramArguments;

/**
 * Generates one Java class per Koru module (docs/extraction.md): each {@code ~type} a record or an
 * enum; each event an interface holding its input record, its branch records (the interface is
 * sealed over them), a static factory per branch (the names a body returns a branch by) and the
 * static method implementing the event, its subflow or its proc's Java body; the entry module's
 * top-level flows as methods that {@code main} runs in source order, after handing the program's
 * arguments to the runtime when {@code std.io:args} is called.
 */
public final class GenerateJava {
    private static final String INDENT = "    ";
    /** The event that answers the program's arguments, which {@code main} holds for it. */
    private static final String ARGS_EVENT = "std.io:args";

    private final Program program;
    private final FrontEndParts parts;
    private final JavaNames names;
    private final JavaTypes types;
    private final SourceLines lines;
    private final Lookup lookup;
    private final Implementations implementations;
    /** Under {@code --checked}: what asserts host procs' contracts; empty, and no checking code at all, without it. */
    private final Optional<CheckContracts> checks;
    /** Which subflows a call may take inline, and which may end a path with no branch. */
    private final SubflowCalls subflowCalls;

    /** The generator of {@code module}'s class: host types are named as that module's own imports name them. */
    private GenerateJava(Program program, FrontEndParts parts, String module, Implementations implementations, boolean checked) {
        this.program = program;
        this.parts = parts;
        this.names = new JavaNames(program, parts);
        this.types = new JavaTypes(names, parts, module);
        this.lines = new SourceLines(parts.sources());
        this.lookup = new Lookup(program);
        this.implementations = implementations;
        this.checks = checked ? Optional.of(new CheckContracts(names, types, lines)) : Optional.empty();
        this.subflowCalls = new SubflowCalls(lookup, implementations.subflows());
    }

    /**
     * The classes of every module of {@code program}, each event with a method per implementation that runs;
     * the entry module's class is the one with {@code main}. With {@code checked}, host procs' contracts are
     * asserted around their bodies ({@link CheckContracts}).
     */
    public static List<GeneratedClass> of(Program program, FrontEndParts parts, Implementations implementations, boolean checked) {
        List<GeneratedClass> classes = new ArrayList<>(JavaNames.modulesOf(program, parts.entryModule()).stream()
                .map(module -> new GenerateJava(program, parts, module, implementations, checked).module(module)).toList());
        if (checked) {
            classes.add(CheckContracts.supportClass(INDENT));
        }
        return List.copyOf(classes);
    }

    /** The class whose {@code main} runs the program. */
    public static ClassName mainClass(Program program, FrontEndParts parts) {
        return new JavaNames(program, parts).moduleClass(parts.entryModule());
    }

    private GeneratedClass module(String module) {
        ClassName name = names.moduleClass(module);
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The Koru module {@code $L}, extracted by {@code koru build}.\n", module)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> imports = parts.hostImports().getOrDefault(module, List.of());
        // A class the module's own imports name must not also be imported by the generator.
        imports.stream().map(JavaNames::importedSimpleName).forEach(type::alwaysQualify);
        program.types().stream().filter(decl -> JavaNames.moduleOf(decl.name()).equals(module)).forEach(decl -> type.addType(type(decl)));
        program.events().stream().filter(event -> JavaNames.moduleOf(event.name()).equals(module))
                .filter(event -> event.implementation() != Implementation.NONE).forEach(event -> type.addType(event(event)));
        if (module.equals(parts.entryModule())) {
            addFlows(type);
        }
        String source = withImports(JavaFile.builder(JavaNames.PACKAGE, type.build()).indent(INDENT).skipJavaLangImports(true)
                .addFileComment("Generated by koru build. Do not edit: change the .kz source and build again.").build().toString(), imports);
        return new GeneratedClass(name, source, regions(source, module));
    }

    // ------------------------------------------------------------ types

    private TypeSpec type(TypeDecl decl) {
        ClassName name = names.type(decl.name());
        return switch (decl) {
            case TypeDecl.RecordType record -> TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("{@code ~type $L} at $L.\n", JavaNames.pathOf(decl.name()), lines.cite(decl.origin()))
                    .recordConstructor(MethodSpec.constructorBuilder().addParameters(parameters(record.fields())).build()).build();
            case TypeDecl.EnumType enumeration -> {
                TypeSpec.Builder java = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("{@code ~type $L} at $L.\n", JavaNames.pathOf(decl.name()), lines.cite(decl.origin()));
                enumeration.values().forEach(value -> java.addEnumConstant(JavaNames.identifier(value)));
                yield java.build();
            }
        };
    }

    private List<ParameterSpec> parameters(List<Field> fields) {
        return fields.stream().map(field -> ParameterSpec.builder(types.of(field.type()), JavaNames.identifier(field.name())).build()).toList();
    }

    // ------------------------------------------------------------ events

    private TypeSpec event(Event event) {
        ClassName name = names.event(event.name());
        TypeSpec.Builder java = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("{@code ~event $L} at $L.\n", JavaNames.pathOf(event.name()), lines.cite(event.origin()))
                .addType(TypeSpec.recordBuilder(name.nestedClass(JavaNames.INPUT)).addModifiers(Modifier.PUBLIC, Modifier.STATIC).recordConstructor(
                        MethodSpec.constructorBuilder().addParameters(parameters(event.inputs())).build()).build());
        if (!event.branches().isEmpty()) {
            java.addModifiers(Modifier.SEALED);
        }
        for (Branch branch : event.branches()) {
            ClassName record = names.branch(event.name(), branch.name());
            List<ParameterSpec> components = components(branch);
            java.addPermittedSubclass(record);
            java.addType(TypeSpec.recordBuilder(record).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(name)
                    .recordConstructor(MethodSpec.constructorBuilder().addParameters(components).build()).build());
            java.addMethod(MethodSpec.methodBuilder(JavaNames.identifier(branch.name())).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(name)
                    .addParameters(components)
                    .addStatement("return new $T($L)", record, components.stream().map(p -> p.name()).collect(Collectors.joining(", "))).build());
        }
        addImplementations(event, java);
        return java.build();
    }

    private List<ParameterSpec> components(Branch branch) {
        return switch (branch.payload()) {
            case Payload.None none -> List.of();
            case Payload.One one -> List.of(ParameterSpec.builder(types.of(one.type()), "value").build());
            case Payload.Fields fields -> parameters(fields.fields());
        };
    }

    /**
     * The method of each implementation a call may run: a subflow's translated body, or a proc's Java body (inputs
     * are final, as KORU201's explanation says); under {@code --checked}, a proc's method asserts its contract around
     * the body, which moves to a method of its own.
     */
    private void addImplementations(Event event, TypeSpec.Builder java) {
        List<ParameterSpec> inputs = parameters(event.inputs());
        TypeName returned = event.branches().isEmpty() ? TypeName.VOID : names.event(event.name());
        for (Implementations.Chosen chosen : implementations.used(event.name())) {
            String name = implementations.methodOf(event.name(), chosen);
            MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returned);
            switch (chosen) {
                case Implementations.Chosen.Subflow subflow -> java.addMethod(method.addParameters(inputs)
                        .addCode(event.branches().isEmpty() ? translateBody().body(subflow.body().root(), subflow.body().origin())
                                : translateBody().returningBody(subflow.body().root(), subflow.body().origin())).build());
                case Implementations.Chosen.Proc proc -> {
                    List<ParameterSpec> finalInputs = inputs.stream().map(p -> p.toBuilder().addModifiers(Modifier.FINAL).build()).toList();
                    if (checks.isPresent() && CheckContracts.hasContract(event)) {
                        String body = name + "$unchecked";
                        java.addMethod(checks.get().around(event, proc.proc(), body, method.addParameters(finalInputs)));
                        method = MethodSpec.methodBuilder(body).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(returned);
                    }
                    java.addMethod(method.addParameters(finalInputs).addCode(procBody(proc.proc())).build());
                }
            }
        }
        checks.filter(check -> CheckContracts.hasContract(event) && !implementations.usedProcs(event.name()).isEmpty())
                .ifPresent(check -> java.addMethods(check.checkers(event)));
    }

    private TranslateBody translateBody() {
        return new TranslateBody(lookup, names, types, lines, implementations, subflowCalls, checks
                .map(check -> TranslateExpressions.checked(names, types, check.arithmetic()))
                .orElseGet(() -> new TranslateExpressions(names, types)));
    }

    private CodeBlock procBody(HostProc proc) {
        ProcBody body = ProcBody.of(proc);
        CodeBlock.Builder code = CodeBlock.builder().add("// $L\n", marker(proc));
        body.lines().forEach(line -> code.add("$L\n", line));
        return code.build();
    }

    /** The comment above a proc's body, citing the body's first line: also how {@link #regions} finds the body again. */
    private String marker(HostProc proc) {
        List<Integer> offsets = ProcBody.of(proc).sourceOffsets();
        int at = offsets.isEmpty() ? proc.body().start() : offsets.get(0);
        return "proc body, " + lines.cite(new koru.kernel.ir.Origin(proc.body().file(), at, at));
    }

    // ------------------------------------------------------------ flows

    /** {@code flow1()}, {@code flow2()}, … for the top-level flows, and {@code main} calling them in source order. */
    private void addFlows(TypeSpec.Builder type) {
        MethodSpec.Builder main = MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args");
        // Only a program that reads its arguments hands them over: the others' jars need not carry the runtime.
        if (CallSites.calledEvents(program).contains(ARGS_EVENT)) {
            main.addStatement("$T.hold(args)", ProgramArguments.class);
        }
        CodeBlock.Builder flows = CodeBlock.builder();
        int count = 0;
        for (Body flow : program.bodies()) {
            if (flow.kind() != Body.Kind.FLOW) {
                continue;
            }
            String name = "flow" + ++count;
            type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
                    .addCode(translateBody().body(flow.root(), flow.origin())).build());
            flows.addStatement("$L()", name);
        }
        if (checks.isPresent()) {
            checks.get().reportingViolations(main, flows.build());
        } else {
            main.addCode(flows.build());
        }
        type.addMethod(main.build());
    }

    // ------------------------------------------------------------ host imports and proc regions

    /** JavaPoet writes only the imports it chose: the module's own go right after the package line. */
    private static String withImports(String source, List<String> imports) {
        if (imports.isEmpty()) {
            return source;
        }
        int packageEnd = source.indexOf(";\n", source.indexOf("package ")) + 2;
        return source.substring(0, packageEnd) + "\n" + String.join("\n", imports) + "\n" + source.substring(packageEnd);
    }

    private List<ProcRegion> regions(String source, String module) {
        List<String> generated = source.lines().toList();
        List<ProcRegion> regions = new ArrayList<>();
        List<HostProc> procs = program.events().stream().filter(event -> JavaNames.moduleOf(event.name()).equals(module))
                .flatMap(event -> implementations.usedProcs(event.name()).stream()).toList();
        for (HostProc proc : procs) {
            String marker = marker(proc);
            for (int i = 0; i < generated.size(); i++) {
                if (generated.get(i).strip().equals("// " + marker)) {
                    int indent = generated.get(i).indexOf('/');
                    regions.add(new ProcRegion(proc, i + 2, indent, ProcBody.of(proc).sourceOffsets()));
                    break;
                }
            }
        }
        return regions;
    }
}
