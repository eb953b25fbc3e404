package koru.extract.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Expr.BinaryOp;
import koru.kernel.ir.Ty;

/**
 * Translates Core IR expressions to Java expressions. Overflow and division by zero were proven
 * absent by {@code koru verify}, so arithmetic is Java's own; under {@code --no-verify} it wraps at
 * the Java type's width (docs/extraction.md). {@code u64} is compared, divided and printed unsigned.
 *
 * <p>A contract (for {@code --checked}) is translated by {@link #forContracts}: its integers are
 * unbounded (LANGUAGE.md B2), so {@code +}, {@code -}, {@code *}, negation and {@code sum} are computed
 * in {@code long} with {@code Math.addExact} and friends, which throw rather than give a wrong verdict;
 * {@code in.f} reads the field of the call's {@code Input} record, {@value #INPUT}.
 */
final class TranslateExpressions {
    /** The local holding a call's {@code Input} record where a contract is checked: no Koru name has a {@code $}. */
    static final String INPUT = "in$";

    private final JavaNames names;
    private final JavaTypes types;
    private final boolean contract;
    /** Under {@code --checked}: integer arithmetic checked at its Koru kind. */
    private final Optional<CheckArithmetic> overflow;

    TranslateExpressions(JavaNames names, JavaTypes types) {
        this(names, types, false, Optional.empty());
    }

    private TranslateExpressions(JavaNames names, JavaTypes types, boolean contract, Optional<CheckArithmetic> overflow) {
        this.names = names;
        this.types = types;
        this.contract = contract;
        this.overflow = overflow;
    }

    static TranslateExpressions forContracts(JavaNames names, JavaTypes types) {
        return new TranslateExpressions(names, types, true, Optional.empty());
    }

    /** Code whose integer arithmetic {@code overflow} checks ({@code --checked}). */
    static TranslateExpressions checked(JavaNames names, JavaTypes types, CheckArithmetic overflow) {
        return new TranslateExpressions(names, types, false, Optional.of(overflow));
    }

    Optional<CheckArithmetic> overflowChecks() {
        return overflow;
    }

    boolean inContract() {
        return contract;
    }

    CodeBlock code(Expr expr) {
        return of(expr).code();
    }

    /** The arguments of a call or constructor, in order. */
    CodeBlock arguments(List<Expr> args) {
        return CodeBlock.join(args.stream().map(this::code).toList(), ", ");
    }

    JavaExpr of(Expr expr) {
        return switch (expr) {
            case Expr.IntLit literal -> integer(literal.value(), literal.type());
            case Expr.BoolLit literal -> JavaExpr.atom("$L", literal.value());
            case Expr.TextLit literal -> JavaExpr.atom("$S", literal.value());
            case Expr.EnumLit literal -> JavaExpr.atom("$T.$L", names.type(literal.enumeration()), JavaNames.identifier(literal.value()));
            case Expr.Var variable -> JavaExpr.atom("$L", JavaNames.identifier(variable.name()));
            case Expr.Input input -> {
                if (!contract) {
                    throw new IllegalArgumentException("`in." + input.field() + "` stands only in contracts, which are erased");
                }
                yield JavaExpr.atom("$L.$L()", INPUT, JavaNames.identifier(input.field()));
            }
            case Expr.FieldOf field -> JavaExpr.atom("$L.$L()", of(field.target()).within(JavaExpr.ATOM), JavaNames.identifier(field.field()));
            case Expr.Read read -> JavaExpr.atom("$L.getOrElse($L, $L)", of(read.map()).within(JavaExpr.ATOM),
                    boxedAs(read.key(), TranslateBuiltins.keyOf(read.map().type())), zero(read.type()));
            case Expr.Unary unary -> unary(unary);
            case Expr.Binary binary -> binary(binary);
            case Expr.Builtin builtin -> new TranslateBuiltins(this, types).of(builtin);
            case Expr.RecordLit record -> JavaExpr.atom("new $T($L)", names.type(record.record()), arguments(record.fields()));
            case Expr.PayloadLit payload -> JavaExpr.atom("new $T($L)", names.branch(payload.event(), payload.branch()),
                    arguments(payload.fields()));
            case Expr.ListLit list -> JavaExpr.atom("$T.<$T>of($L)", JavaTypes.LIST, types.of(((Ty.ListOf) list.type()).element()).box(),
                    boxedArguments(list.elements(), ((Ty.ListOf) list.type()).element()));
        };
    }

    /**
     * {@code expr} where a boxed value of {@code target} is expected (a collection's key or element):
     * Java boxes an {@code int} only to {@code Integer}, so a narrower integer is cast first.
     */
    CodeBlock boxedAs(Expr expr, Ty target) {
        TypeName wanted = types.of(target);
        if (expr.type() instanceof Ty.Int && wanted.isPrimitive() && !types.of(expr.type()).equals(wanted)) {
            return CodeBlock.of("($T) $L", wanted, of(expr).within(JavaExpr.UNARY));
        }
        return code(expr);
    }

    /** The elements of a collection literal, each boxed as {@code element}. */
    CodeBlock boxedArguments(List<Expr> elements, Ty element) {
        return CodeBlock.join(elements.stream().map(e -> boxedAs(e, element)).toList(), ", ");
    }

    private JavaExpr integer(BigInteger value, Ty type) {
        TypeName java = types.of(type);
        if (java.equals(TypeName.LONG)) {
            // A u64 above Long.MAX_VALUE is written by its bits, which is what the long holds.
            return value.bitLength() > 63 ? JavaExpr.atom("0x$LL", value.toString(16).toUpperCase(Locale.ROOT))
                    : new JavaExpr(CodeBlock.of("$LL", value), value.signum() < 0 ? JavaExpr.UNARY : JavaExpr.ATOM);
        }
        if (java.equals(TypeName.INT)) {
            return new JavaExpr(CodeBlock.of("$L", value), value.signum() < 0 ? JavaExpr.UNARY : JavaExpr.ATOM);
        }
        return new JavaExpr(CodeBlock.of("($T) $L", java, value), JavaExpr.UNARY);
    }

    /** What a map read gives for a missing key (LANGUAGE.md B3): the value type's zero. */
    private CodeBlock zero(Ty type) {
        return switch (type) {
            case Ty.Int integer -> integer(BigInteger.ZERO, type).code();
            case Ty.Bool bool -> CodeBlock.of("false");
            case Ty.Text text -> CodeBlock.of("\"\"");
            case Ty.Float real -> CodeBlock.of("0.0");
            default -> throw new IllegalArgumentException("a map of " + type + " has no zero value to read a missing key as");
        };
    }

    private JavaExpr unary(Expr.Unary unary) {
        CodeBlock operand = of(unary.operand()).within(JavaExpr.UNARY);
        if (overflow.isPresent() && unary.op() == Expr.UnaryOp.NEG && unary.type() instanceof Ty.Int) {
            return overflow.get().negation(unary, code(unary.operand()));
        }
        return switch (unary.op()) {
            case NOT -> new JavaExpr(CodeBlock.of("!$L", operand), JavaExpr.UNARY);
            case NEG -> contract ? JavaExpr.atom("Math.negateExact($L)", widened(unary.operand()))
                    : narrowed(new JavaExpr(CodeBlock.of("-$L", operand), JavaExpr.UNARY), unary.type());
        };
    }

    private JavaExpr binary(Expr.Binary binary) {
        Expr left = binary.left();
        Expr right = binary.right();
        boolean unsigned = JavaTypes.unsigned64(left.type()) || JavaTypes.unsigned64(right.type());
        if (overflow.isPresent() && CheckArithmetic.checks(binary)) {
            return overflow.get().binary(binary, code(left), code(right));
        }
        return switch (binary.op()) {
            case MUL -> contract ? exact("multiplyExact", left, right) : narrowed(infix("*", JavaExpr.MULTIPLICATIVE, left, right), binary.type());
            case ADD -> contract ? exact("addExact", left, right) : narrowed(infix("+", JavaExpr.ADDITIVE, left, right), binary.type());
            case SUB -> contract ? exact("subtractExact", left, right) : narrowed(infix("-", JavaExpr.ADDITIVE, left, right), binary.type());
            case DIV -> unsigned ? unsignedDivision(left, right) : narrowed(infix("/", JavaExpr.MULTIPLICATIVE, left, right), binary.type());
            case REM -> unsigned ? unsignedRemainder(left, right) : narrowed(infix("%", JavaExpr.MULTIPLICATIVE, left, right), binary.type());
            case LT, LE, GT, GE -> unsigned ? compareUnsigned(binary.op(), left, right) : infix(symbol(binary.op()), JavaExpr.RELATIONAL, left, right);
            case EQ, NE -> equality(binary.op() == BinaryOp.EQ, left, right);
            case AND -> infix("&&", JavaExpr.AND, left, right);
            case OR -> infix("||", JavaExpr.OR, left, right);
            case IMPLIES -> new JavaExpr(CodeBlock.of("!$L || $L", of(left).within(JavaExpr.UNARY), of(right).within(JavaExpr.OR + 1)), JavaExpr.OR);
            case CONCAT -> concatenation(left, right);
        };
    }

    /** {@code Math.addExact((long) a, b)}: a contract's arithmetic in {@code long}, throwing where it would leave it. */
    private JavaExpr exact(String method, Expr left, Expr right) {
        return JavaExpr.atom("Math.$L($L, $L)", method, widened(left), code(right));
    }

    /** An integer operand as a {@code long}, so that {@code Math}'s {@code long} overload is the one called. */
    private CodeBlock widened(Expr operand) {
        return types.of(operand.type()).equals(TypeName.LONG) ? code(operand) : CodeBlock.of("(long) $L", of(operand).within(JavaExpr.UNARY));
    }

    /** {@code left op right}, left-associative: an operand of the same precedence needs parentheses only on the right. */
    private JavaExpr infix(String op, int precedence, Expr left, Expr right) {
        return new JavaExpr(CodeBlock.of("$L $L $L", of(left).within(precedence), op, of(right).within(precedence + 1)), precedence);
    }

    /**
     * {@code u64} division: by a power-of-two literal 2^k, the logical shift {@code >>> k}, which is exact on the
     * unsigned reading of the bits and one instruction, where {@code Long.divideUnsigned} is a call.
     */
    private JavaExpr unsignedDivision(Expr left, Expr right) {
        return powerOfTwo(right)
                .map(k -> new JavaExpr(CodeBlock.of("$L >>> $L", of(left).within(JavaExpr.SHIFT), k), JavaExpr.SHIFT))
                .orElseGet(() -> call("Long.divideUnsigned", left, right));
    }

    /** {@code u64} remainder: by a power-of-two literal 2^k, the mask {@code & (2^k - 1)} keeps the k low bits. */
    private JavaExpr unsignedRemainder(Expr left, Expr right) {
        return powerOfTwo(right)
                .map(k -> new JavaExpr(CodeBlock.of("$L & $L", of(left).within(JavaExpr.BITWISE_AND),
                        integer(BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE), right.type()).within(JavaExpr.BITWISE_AND + 1)),
                        JavaExpr.BITWISE_AND))
                .orElseGet(() -> call("Long.remainderUnsigned", left, right));
    }

    /** k when {@code divisor} is the literal 2^k. */
    private static Optional<Integer> powerOfTwo(Expr divisor) {
        return divisor instanceof Expr.IntLit literal && literal.value().signum() > 0 && literal.value().bitCount() == 1
                ? Optional.of(literal.value().getLowestSetBit())
                : Optional.empty();
    }

    private JavaExpr call(String method, Expr left, Expr right) {
        return JavaExpr.atom("$L($L, $L)", method, code(left), code(right));
    }

    private JavaExpr compareUnsigned(BinaryOp op, Expr left, Expr right) {
        return new JavaExpr(CodeBlock.of("Long.compareUnsigned($L, $L) $L 0", code(left), code(right), symbol(op)), JavaExpr.RELATIONAL);
    }

    private static String symbol(BinaryOp op) {
        return switch (op) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    /** Numbers, booleans and enum constants by {@code ==}; text, records and collections by value. */
    private JavaExpr equality(boolean equal, Expr left, Expr right) {
        if (JavaTypes.primitive(left.type())) {
            return infix(equal ? "==" : "!=", JavaExpr.EQUALITY, left, right);
        }
        CodeBlock equals = CodeBlock.of("$L.equals($L)", of(left).within(JavaExpr.ATOM), code(right));
        return equal ? new JavaExpr(equals, JavaExpr.ATOM) : new JavaExpr(CodeBlock.of("!$L", equals), JavaExpr.UNARY);
    }

    /** {@code ++}: Java's string {@code +}, with every {@code u64} operand written unsigned. */
    private JavaExpr concatenation(Expr left, Expr right) {
        CodeBlock first = textOperand(left, JavaExpr.ADDITIVE);
        if (!(left.type() instanceof Ty.Text) && !(right.type() instanceof Ty.Text) && !JavaTypes.unsigned64(left.type())) {
            first = CodeBlock.of("String.valueOf($L)", code(left));
        }
        return new JavaExpr(CodeBlock.of("$L + $L", first, textOperand(right, JavaExpr.ADDITIVE + 1)), JavaExpr.ADDITIVE);
    }

    private CodeBlock textOperand(Expr operand, int needed) {
        return JavaTypes.unsigned64(operand.type()) ? CodeBlock.of("Long.toUnsignedString($L)", code(operand)) : of(operand).within(needed);
    }

    /** Java computes {@code byte} and {@code short} arithmetic in {@code int}: cast the result back. */
    JavaExpr narrowed(JavaExpr computed, Ty type) {
        return JavaTypes.narrowerThanInt(type)
                ? new JavaExpr(CodeBlock.of("($T) $L", types.of(type), computed.within(JavaExpr.ATOM)), JavaExpr.UNARY)
                : computed;
    }
}
