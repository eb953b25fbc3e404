package koru.extract.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import koru.extract.BuildProblem;
import koru.extract.HostProc;
import koru.extract.Implementations;
import koru.extract.SourceLines;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Program;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;
import koru.kernel.ir.Ty;

/**
 * {@code --checked} (docs/extraction.md): a host proc's contract, which {@code koru verify} only
 * assumes, asserted at run time. The proc's method checks the precondition, runs the body (moved to
 * {@code event$unchecked}), and checks the taken branch's postcondition; each {@code where} is
 * checked conjunct by conjunct, so that a violation names the clause that is false. A violation
 * throws {@code ContractViolation$}, whose message is the whole KORU203 diagnostic (its source
 * excerpt rendered at build time), and {@code main} prints it on stderr and exits with 1. The
 * flows' own arithmetic is checked by {@link CheckArithmetic}, which throws the same violation.
 */
public final class CheckContracts {
    private static final String VIOLATION = "ContractViolation$";
    private static final String OUT = "out$";
    private static final String PROC = "proc$";
    private static final String BODY = "body$";

    private final JavaNames names;
    private final JavaTypes types;
    private final TranslateExpressions contracts;
    private final SourceLines lines;
    private final ClassName violation;
    private final CheckArithmetic arithmetic;

    CheckContracts(JavaNames names, JavaTypes types, SourceLines lines, ClassName mainClass) {
        this.names = names;
        this.types = types;
        this.contracts = TranslateExpressions.forContracts(names, types);
        this.lines = lines;
        this.violation = mainClass.nestedClass(VIOLATION);
        this.arithmetic = new CheckArithmetic(mainClass, violation, lines);
    }

    /** The flows' and subflows' arithmetic checked at its kind, throwing this class's violation. */
    CheckArithmetic arithmetic() {
        return arithmetic;
    }

    /**
     * The clauses {@code --checked} cannot decide at run time, each a problem at the clause: {@code u64} {@code +},
     * {@code -}, {@code *}, negation and {@code sum}, whose unbounded results a {@code long} read as unsigned does not
     * hold (a difference below zero would wrap to a huge number). Only the events some call runs a proc of count.
     */
    public static List<BuildProblem> uncheckable(Program program, Implementations implementations) {
        List<BuildProblem> problems = new ArrayList<>();
        for (Event event : program.events()) {
            if (implementations.used(event.name()).stream().noneMatch(Implementations.Chosen.Proc.class::isInstance)) {
                continue;
            }
            Stream.concat(event.pre().stream(), event.branches().stream().flatMap(branch -> branch.post().stream()))
                    .flatMap(where -> clauses(where).stream())
                    .filter(clause -> unsignedArithmetic(clause).isPresent())
                    .forEach(clause -> problems.add(new BuildProblem.UncheckableContract(clause.origin(), "`--checked` cannot check this clause"
                            + " at run time: its `u64` arithmetic (`" + unsignedArithmetic(clause).get() + "`) may leave 64 bits", event.name())));
        }
        return problems;
    }

    /** The first {@code u64} arithmetic in {@code expr}, by its operator. */
    private static Optional<String> unsignedArithmetic(Expr expr) {
        Optional<String> here = switch (expr) {
            case Expr.Binary binary when JavaTypes.unsigned64(binary.type()) && switch (binary.op()) {
                case ADD, SUB, MUL -> true;
                default -> false;
            } -> Optional.of(binary.op() == Expr.BinaryOp.ADD ? "+" : binary.op() == Expr.BinaryOp.SUB ? "-" : "*");
            case Expr.Unary unary when unary.op() == Expr.UnaryOp.NEG && JavaTypes.unsigned64(unary.type()) -> Optional.of("-");
            case Expr.Builtin builtin when builtin.function() == Expr.Function.SUM && JavaTypes.unsigned64(builtin.type()) -> Optional.of("sum");
            default -> Optional.empty();
        };
        return here.or(() -> operands(expr).stream().flatMap(operand -> unsignedArithmetic(operand).stream()).findFirst());
    }

    private static List<Expr> operands(Expr expr) {
        return switch (expr) {
            case Expr.FieldOf field -> List.of(field.target());
            case Expr.Read read -> List.of(read.map(), read.key());
            case Expr.Unary unary -> List.of(unary.operand());
            case Expr.Binary binary -> List.of(binary.left(), binary.right());
            case Expr.Builtin builtin -> builtin.args();
            case Expr.RecordLit record -> record.fields();
            case Expr.PayloadLit payload -> payload.fields();
            case Expr.ListLit list -> list.elements();
            case Expr.IntLit literal -> List.of();
            case Expr.BoolLit literal -> List.of();
            case Expr.TextLit literal -> List.of();
            case Expr.EnumLit literal -> List.of();
            case Expr.Var variable -> List.of();
            case Expr.Input input -> List.of();
        };
    }

    static boolean hasContract(Event event) {
        return event.pre().isPresent() || event.branches().stream().anyMatch(branch -> branch.post().isPresent());
    }

    /** {@code a && b && c} as its clauses {@code a}, {@code b}, {@code c}. */
    static List<Expr> clauses(Expr where) {
        if (where instanceof Expr.Binary binary && binary.op() == Expr.BinaryOp.AND) {
            return Stream.concat(clauses(binary.left()).stream(), clauses(binary.right()).stream()).toList();
        }
        return List.of(where);
    }

    /**
     * The proc's method, {@code method} (its name and parameters given), checking the contract around a call of
     * {@code body}, the method holding the proc's Java.
     */
    MethodSpec around(Event event, HostProc proc, String body, MethodSpec.Builder method) {
        ClassName eventType = names.event(event.name());
        String inputs = event.inputs().stream().map(input -> JavaNames.identifier(input.name())).collect(Collectors.joining(", "));
        method.addComment("--checked: $L's contract ($L) around its Java body", proc.displayName(), lines.cite(event.origin()))
                .addStatement("$T $L = new $T($L)", eventType.nestedClass("Input"), TranslateExpressions.INPUT, eventType.nestedClass("Input"), inputs);
        CodeBlock where = CodeBlock.of("$S, $S", proc.displayName(), lines.cite(new Origin(proc.body().file(), bodyStart(proc), bodyStart(proc))));
        if (event.pre().isPresent()) {
            method.addStatement("requires$$($L, $L)", TranslateExpressions.INPUT, where);
        }
        if (event.branches().isEmpty()) {
            return method.addStatement("$L($L)", body, inputs).build();
        }
        method.addStatement("$T $L = $L($L)", eventType, OUT, body, inputs);
        if (event.branches().stream().anyMatch(branch -> branch.post().isPresent())) {
            method.addStatement("ensures$$($L, $L, $L)", TranslateExpressions.INPUT, OUT, where);
        }
        return method.addStatement("return $L", OUT).build();
    }

    private static int bodyStart(HostProc proc) {
        List<Integer> offsets = ProcBody.of(proc).sourceOffsets();
        return offsets.isEmpty() ? proc.body().start() : offsets.get(0);
    }

    /** The event's {@code requires$} and {@code ensures$}, and {@code shown$}, the call as text for a violation's message. */
    List<MethodSpec> checkers(Event event) {
        ClassName input = names.event(event.name()).nestedClass("Input");
        List<MethodSpec> methods = new ArrayList<>();
        event.pre().ifPresent(pre -> methods.add(checker("requires$", input, Optional.empty())
                .addCode(guarded(precondition(event, pre))).build()));
        if (event.branches().stream().anyMatch(branch -> branch.post().isPresent())) {
            methods.add(checker("ensures$", input, Optional.of(names.event(event.name()))).addCode(guarded(postconditions(event))).build());
        }
        CodeBlock inputs = fieldsShown(event.inputs(),
                field -> CodeBlock.of("$L.$L()", TranslateExpressions.INPUT, JavaNames.identifier(field.name())));
        methods.add(MethodSpec.methodBuilder("shown$").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
                .addParameter(input, TranslateExpressions.INPUT)
                .addStatement("return $L", text(JavaNames.pathOf(event.name()) + "(", inputs, ")"))
                .build());
        return methods;
    }

    private MethodSpec.Builder checker(String name, ClassName input, Optional<ClassName> result) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(input, TranslateExpressions.INPUT);
        result.ifPresent(type -> method.addParameter(type, OUT));
        return method.addParameter(String.class, PROC).addParameter(String.class, BODY);
    }

    /** The inputs as locals named as in the event, which is how a precondition names them, then each clause. */
    private CodeBlock precondition(Event event, Expr pre) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Field input : event.inputs()) {
            code.addStatement("$T $L = $L.$L()", types.of(input.type()), JavaNames.identifier(input.name()), TranslateExpressions.INPUT,
                    JavaNames.identifier(input.name()));
        }
        for (Expr clause : clauses(pre)) {
            code.beginControlFlow("if (!($L))", contracts.code(clause))
                    .addStatement("throw new $T($L)", violation, text("error[KORU203]: `", named(PROC),
                            "` was called with inputs that break its precondition\n" + lines.excerpt(clause.origin(), "false") + lines.margin(clause.origin()) + " = call: ", call(),
                            "\n" + lines.margin(clause.origin()) + " = hint: the caller must establish it: the call comes from code `koru verify`"
                                    + " did not prove (`--no-verify`) or from a Java body (", named(BODY), ")\n"))
                    .endControlFlow();
        }
        return code.build();
    }

    /** A switch over the branch taken, checking its postcondition's clauses with its payload bound as the contract names it. */
    private CodeBlock postconditions(Event event) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", OUT);
        for (Branch branch : event.branches()) {
            ClassName record = names.branch(event.name(), branch.name());
            List<String> bound = switch (branch.payload()) {
                case Payload.None none -> List.of();
                case Payload.One one -> List.of(JavaNames.identifier(branch.name()));
                case Payload.Fields fields -> fields.fields().stream().map(field -> JavaNames.identifier(field.name())).toList();
            };
            if (branch.post().isEmpty()) {
                code.add("case $T ignored -> {\n}\n", record);
                continue;
            }
            code.beginControlFlow("case $T($L) ->", record, bound.stream().map(name -> "var " + name).collect(Collectors.joining(", ")));
            for (Expr clause : clauses(branch.post().get())) {
                code.beginControlFlow("if (!($L))", contracts.code(clause))
                        .addStatement("throw new $T($L)", violation, text("error[KORU203]: `", named(PROC), "` returned `" + branch.name()
                                        + "`, breaking its postcondition\n" + lines.excerpt(clause.origin(), "false") + lines.margin(clause.origin()) + " = call: ", call(),
                                "\n" + lines.margin(clause.origin()) + " = returned: ", returned(branch),
                                "\n" + lines.margin(clause.origin()) + " = hint: `koru verify` assumes a host proc's contract; fix the Java body of `",
                                named(PROC), "` (", named(BODY), ") or the contract\n"))
                        .endControlFlow();
            }
            code.endControlFlow();
        }
        return code.endControlFlow().build();
    }

    /** A contract's arithmetic is exact in {@code long}: beyond it, the clause cannot be decided, which is a violation too. */
    private CodeBlock guarded(CodeBlock checks) {
        return CodeBlock.builder().beginControlFlow("try").add(checks)
                .nextControlFlow("catch (ArithmeticException overflow)")
                .addStatement("throw new $T($L)", violation, text("error[KORU203]: cannot check the contract of `", named(PROC),
                        "`: a clause's arithmetic leaves 64 bits on the call ", call(), "\n"))
                .endControlFlow().build();
    }

    /** {@code clamped 11}, {@code insufficient { balance: 3, short: 2 }} or {@code eof}: the branch as Koru writes it. */
    private CodeBlock returned(Branch branch) {
        return switch (branch.payload()) {
            case Payload.None none -> text(branch.name());
            case Payload.One one -> text(branch.name() + " ", shown(one.type(), named(JavaNames.identifier(branch.name()))));
            case Payload.Fields fields -> text(branch.name() + " { ", fieldsShown(fields.fields(), field -> named(JavaNames.identifier(field.name()))), " }");
        };
    }

    /** {@code x: 1, lo: 0}: each field's name and value, {@code value} reading it; an empty string for no fields. */
    private static CodeBlock fieldsShown(List<Field> fields, java.util.function.Function<Field, CodeBlock> value) {
        if (fields.isEmpty()) {
            return CodeBlock.of("\"\"");
        }
        return CodeBlock.join(fields.stream().map(field -> text(field.name() + ": ", shown(field.type(), value.apply(field)))).toList(),
                " + \", \" + ");
    }

    /** A value as text: {@code u64} unsigned, text quoted, the rest as Java prints it. */
    private static CodeBlock shown(Ty type, CodeBlock value) {
        if (JavaTypes.unsigned64(type)) {
            return CodeBlock.of("Long.toUnsignedString($L)", value);
        }
        return type instanceof Ty.Text ? CodeBlock.of("\"\\\"\" + $L + \"\\\"\"", value) : CodeBlock.of("String.valueOf($L)", value);
    }

    /** The class of a violation, nested in the main class; no stack trace: its message is the diagnostic. */
    TypeSpec violationClass() {
        return TypeSpec.classBuilder(violation).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("A host proc broke its contract (KORU203): thrown under {@code koru build --checked}.\n")
                .superclass(RuntimeException.class)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(String.class, "diagnostic")
                        .addStatement("super(diagnostic, null, false, false)").build())
                .build();
    }

    /** {@code main}'s body inside {@code try}: a violation is its diagnostic on stderr and exit code 1. */
    MethodSpec.Builder reportingViolations(MethodSpec.Builder main, CodeBlock flows) {
        return main.beginControlFlow("try").addCode(flows)
                .nextControlFlow("catch ($T violation)", violation)
                .addStatement("System.err.print(violation.getMessage())")
                .addStatement("System.exit(1)")
                .endControlFlow();
    }

    /** The Java expression concatenating {@code parts}: a {@code String} as a literal, a {@link CodeBlock} as code. */
    private static CodeBlock text(Object... parts) {
        return CodeBlock.join(Stream.of(parts).map(part -> part instanceof CodeBlock code ? code : CodeBlock.of("$S", part)).toList(), " + ");
    }

    private static CodeBlock named(String local) {
        return CodeBlock.of("$L", local);
    }

    private static CodeBlock call() {
        return CodeBlock.of("shown$$($L)", TranslateExpressions.INPUT);
    }
}
