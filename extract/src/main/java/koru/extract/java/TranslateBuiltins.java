package koru.extract.java;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Ty;

/** B3's built-in functions as calls on Vavr's persistent collections and {@code String}. */
final class TranslateBuiltins {
    private final TranslateExpressions expressions;
    private final JavaTypes types;

    TranslateBuiltins(TranslateExpressions expressions, JavaTypes types) {
        this.expressions = expressions;
        this.types = types;
    }

    JavaExpr of(Expr.Builtin builtin) {
        List<Expr> args = builtin.args();
        return switch (builtin.function()) {
            // Chained calls such as put(put(map(), 1, a), 2, b) have no target type to infer from: name it.
            case EMPTY_MAP -> {
                Ty.MapOf map = (Ty.MapOf) builtin.type();
                yield JavaExpr.atom("$T.<$T, $T>empty()", JavaTypes.HASH_MAP, types.of(map.key()).box(), types.of(map.value()).box());
            }
            case PUT -> {
                Ty.MapOf map = (Ty.MapOf) args.get(0).type();
                yield JavaExpr.atom("$L.put($L, $L)", receiver(args.get(0)),
                        expressions.boxedAs(args.get(1), map.key()), expressions.boxedAs(args.get(2), map.value()));
            }
            case REMOVE -> JavaExpr.atom("$L.remove($L)", receiver(args.get(0)), expressions.boxedAs(args.get(1), keyOf(args.get(0).type())));
            case SET -> {
                Ty element = ((Ty.SetOf) builtin.type()).element();
                yield JavaExpr.atom("$T.<$T>of($L)", JavaTypes.HASH_SET, types.of(element).box(), expressions.boxedArguments(args, element));
            }
            case HAS -> JavaExpr.atom("$L.$L($L)", receiver(args.get(0)), args.get(0).type() instanceof Ty.MapOf ? "containsKey" : "contains",
                    expressions.boxedAs(args.get(1), keyOf(args.get(0).type())));
            case ADD -> JavaExpr.atom("$L.add($L)", receiver(args.get(0)), expressions.boxedAs(args.get(1), keyOf(args.get(0).type())));
            case UNION -> JavaExpr.atom("$L.union($L)", receiver(args.get(0)), expressions.code(args.get(1)));
            case INTER -> JavaExpr.atom("$L.intersect($L)", receiver(args.get(0)), expressions.code(args.get(1)));
            case SUBSET -> JavaExpr.atom("$L.containsAll($L)", receiver(args.get(1)), expressions.code(args.get(0)));
            // Text: characters (code points), as the verifier's str.len counts them; String.length() counts UTF-16 units.
            case LEN -> args.get(0).type() instanceof Ty.Text
                    ? JavaExpr.atom("((int) $L.codePoints().count())", receiver(args.get(0)))
                    : JavaExpr.atom("$L.size()", receiver(args.get(0)));
            case MIN, MAX -> extremum(builtin);
            case SUM -> expressions.overflowChecks().isPresent()
                    ? expressions.overflowChecks().get().sum(builtin, receiver(args.get(0)))
                    : expressions.inContract()
                    ? JavaExpr.atom("$L.values().foldLeft(0L, (total, value) -> Math.addExact(total, value.longValue()))", receiver(args.get(0)))
                    : JavaExpr.atom("$L.values().sum().$L()", receiver(args.get(0)),
                            types.of(builtin.type()).equals(com.palantir.javapoet.TypeName.LONG) ? "longValue" : "intValue");
        };
    }

    private CodeBlock receiver(Expr target) {
        return expressions.of(target).within(JavaExpr.ATOM);
    }

    /** The key of a map, the element of a set or a list: what {@code has} and {@code add} take. */
    static Ty keyOf(Ty collection) {
        return switch (collection) {
            case Ty.MapOf map -> map.key();
            case Ty.SetOf set -> set.element();
            case Ty.ListOf list -> list.element();
            default -> throw new IllegalArgumentException(collection + " is not a collection");
        };
    }

    /** {@code min} and {@code max}; {@code u64} by unsigned comparison, which {@code Math} does not offer. */
    private JavaExpr extremum(Expr.Builtin builtin) {
        Expr left = builtin.args().get(0);
        Expr right = builtin.args().get(1);
        boolean min = builtin.function() == Expr.Function.MIN;
        if (JavaTypes.unsigned64(builtin.type())) {
            return new JavaExpr(CodeBlock.of("Long.compareUnsigned($L, $L) $L 0 ? $L : $L", expressions.code(left), expressions.code(right),
                    min ? "<=" : ">=", expressions.of(left).within(JavaExpr.CONDITIONAL + 1), expressions.of(right).within(JavaExpr.CONDITIONAL)),
                    JavaExpr.CONDITIONAL);
        }
        return expressions.narrowed(JavaExpr.atom("Math.$L($L, $L)", min ? "min" : "max", expressions.code(left), expressions.code(right)),
                builtin.type());
    }
}
