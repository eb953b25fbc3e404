package koru.extract.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import koru.extract.SourceLines;
import koru.kernel.ir.Expr;
import koru.kernel.ir.IntKind;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Ty;

/**
 * {@code --checked}'s integer arithmetic: each {@code +}, {@code -}, {@code *}, {@code /},
 * {@code %}, negation and {@code sum} of flows and subflows checked at its Koru kind (LANGUAGE.md
 * B1: "overflow is checked at the type of each operation"), which is what {@code koru verify} proves
 * and an unverified build otherwise leaves to Java's wrapping. The operation is computed exactly in
 * {@code long} by {@code Checked$.Arithmetic} ({@code Math.addExact} and friends, unsigned helpers for
 * {@code u64}), then kept within the kind's range; a result outside it, or a division by zero, throws
 * {@code ContractViolation$} with a KORU203 diagnostic at the operation, rendered at build time.
 */
final class CheckArithmetic {
    private static final String HELPER = "Arithmetic";
    private static final String SITE = "site";

    private final ClassName helper;
    private final SourceLines lines;

    CheckArithmetic(ClassName support, SourceLines lines) {
        this.helper = support.nestedClass(HELPER);
        this.lines = lines;
    }

    /** {@code left op right} at {@code binary}'s kind, its operands already translated. */
    JavaExpr binary(Expr.Binary binary, CodeBlock left, CodeBlock right) {
        IntKind kind = ((Ty.Int) binary.type()).kind();
        boolean unsigned = kind == IntKind.U64;
        String method = switch (binary.op()) {
            case ADD -> unsigned ? "addUnsigned" : "add";
            case SUB -> unsigned ? "subtractUnsigned" : "subtract";
            case MUL -> unsigned ? "multiplyUnsigned" : "multiply";
            case DIV -> unsigned ? "divideUnsigned" : "divide";
            case REM -> unsigned ? "remainderUnsigned" : "remainder";
            default -> throw new IllegalArgumentException(binary.op() + " is not arithmetic");
        };
        String site = site(binary, binary.op() == Expr.BinaryOp.DIV || binary.op() == Expr.BinaryOp.REM
                ? "division by zero or overflow: `" + symbol(binary.op()) + "`" : "integer overflow: `" + symbol(binary.op()) + "`");
        return withinKind(kind, CodeBlock.of("$T.$L($L, $L, $S)", helper, method, left, right, site), site);
    }

    /** {@code -operand} at {@code negation}'s kind. */
    JavaExpr negation(Expr.Unary negation, CodeBlock operand) {
        IntKind kind = ((Ty.Int) negation.type()).kind();
        String site = site(negation, "integer overflow: `-`");
        return withinKind(kind, CodeBlock.of("$T.subtract$L(0L, $L, $S)", helper, kind == IntKind.U64 ? "Unsigned" : "", operand, site), site);
    }

    /** {@code sum(map)} of {@code sum}'s kind, the map's values added one by one. */
    JavaExpr sum(Expr.Builtin sum, CodeBlock map) {
        IntKind kind = ((Ty.Int) sum.type()).kind();
        String site = site(sum, "integer overflow: `sum`");
        return withinKind(kind, CodeBlock.of("$L.values().foldLeft(0L, (total, value) -> $T.add$L(total, value.longValue(), $S))", map, helper,
                kind == IntKind.U64 ? "Unsigned" : "", site), site);
    }

    static boolean checks(Expr.Binary binary) {
        return binary.type() instanceof Ty.Int && switch (binary.op()) {
            case ADD, SUB, MUL, DIV, REM -> true;
            default -> false;
        };
    }

    /** An exact {@code long} result kept within {@code kind}'s range and cast to its Java type; {@code i64} and {@code u64} need neither. */
    private JavaExpr withinKind(IntKind kind, CodeBlock exact, String site) {
        if (kind == IntKind.I64 || kind == IntKind.U64) {
            return new JavaExpr(exact, JavaExpr.ATOM);
        }
        CodeBlock within = CodeBlock.of("$T.within($L, $LL, $LL, $S)", helper, exact, kind.min(), kind.max(), site);
        TypeName java = JavaTypes.of(kind);
        return java.equals(TypeName.LONG) ? new JavaExpr(within, JavaExpr.ATOM) : new JavaExpr(CodeBlock.of("($T) $L", java, within), JavaExpr.UNARY);
    }

    /** The whole KORU203 diagnostic of an overflow at {@code operation}: what the helper throws. */
    private String site(Expr operation, String what) {
        Origin at = operation.origin();
        String kind = ((Ty.Int) operation.type()).kind().name().toLowerCase(java.util.Locale.ROOT);
        return "error[KORU203]: " + what + " at `" + kind + "`\n"
                + lines.excerpt(at, "leaves `" + kind + "`") + lines.margin(at)
                + " = hint: `koru verify` proves this cannot happen (KORU104, KORU105); this build was not verified\n";
    }

    /** The operator of an arithmetic {@code op}, as the source writes it. */
    static String symbol(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case DIV -> "/";
            default -> "%";
        };
    }

    /** The helper class: exact {@code long} operations that throw the diagnostic of their site instead of wrapping. */
    static TypeSpec helperClass(ClassName support, ClassName violation) {
        TypeSpec.Builder type = TypeSpec.classBuilder(support.nestedClass(HELPER)).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Koru's integer arithmetic checked at its kind, for {@code koru build --checked}.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (String exact : List.of("add", "subtract", "multiply", "divide")) {
            type.addMethod(caught(exact, CodeBlock.of("Math.$LExact(a, b)", exact), violation));
        }
        type.addMethod(caught("remainder", CodeBlock.of("a % b"), violation));
        type.addMethod(caught("divideUnsigned", CodeBlock.of("Long.divideUnsigned(a, b)"), violation));
        type.addMethod(caught("remainderUnsigned", CodeBlock.of("Long.remainderUnsigned(a, b)"), violation));
        type.addMethod(unsigned("addUnsigned", "Long.compareUnsigned(a + b, a) < 0", "a + b", violation));
        type.addMethod(unsigned("subtractUnsigned", "Long.compareUnsigned(a, b) < 0", "a - b", violation));
        type.addMethod(unsigned("multiplyUnsigned", "Math.unsignedMultiplyHigh(a, b) != 0", "a * b", violation));
        type.addMethod(MethodSpec.methodBuilder("within").addModifiers(Modifier.STATIC).returns(long.class)
                .addParameter(long.class, "value").addParameter(long.class, "min").addParameter(long.class, "max").addParameter(String.class, SITE)
                .beginControlFlow("if (value < min || value > max)")
                .addStatement("throw new $T($L)", violation, SITE)
                .endControlFlow()
                .addStatement("return value").build());
        return type.build();
    }

    /** {@code static long name(long a, long b, String site)}: {@code result}, its {@link ArithmeticException} the site's violation. */
    private static MethodSpec caught(String name, CodeBlock result, ClassName violation) {
        return operation(name).beginControlFlow("try")
                .addStatement("return $L", result)
                .nextControlFlow("catch (ArithmeticException overflow)")
                .addStatement("throw new $T($L)", violation, SITE)
                .endControlFlow().build();
    }

    /** {@code u64} arithmetic: the result's bits, unless {@code overflows} (the carry or borrow the bits lose). */
    private static MethodSpec unsigned(String name, String overflows, String result, ClassName violation) {
        return operation(name).beginControlFlow("if ($L)", overflows)
                .addStatement("throw new $T($L)", violation, SITE)
                .endControlFlow()
                .addStatement("return $L", result).build();
    }

    private static MethodSpec.Builder operation(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(long.class)
                .addParameter(long.class, "a").addParameter(long.class, "b").addParameter(String.class, SITE);
    }
}
