package koru.elaborator.desugar;

import java.util.function.Function;
import koru.elaborator.ast.Expr;

/**
 * Rebuilds an expression with every name ({@link Expr.Ref}) replaced as {@code replacement} says;
 * the desugaring passes that rename a binding or qualify a type name differ only there.
 */
final class MapRefs {
    private MapRefs() {
    }

    static Expr in(Expr expr, Function<Expr.Ref, Expr> replacement) {
        return switch (expr) {
            case Expr.Ref ref -> replacement.apply(ref);
            case Expr.Member m -> new Expr.Member(in(m.target(), replacement), m.name(), m.nameSpan(), m.span());
            case Expr.Index i -> new Expr.Index(in(i.target(), replacement), in(i.index(), replacement), i.span());
            case Expr.Unary u -> new Expr.Unary(u.op(), in(u.operand(), replacement), u.span());
            case Expr.Binary b -> new Expr.Binary(b.op(), in(b.left(), replacement), in(b.right(), replacement), b.span());
            case Expr.Call c -> new Expr.Call(c.function(), c.nameSpan(),
                    c.arguments().stream().map(a -> in(a, replacement)).toList(), c.span());
            case Expr.RecordLit r -> new Expr.RecordLit(r.fields().stream()
                    .map(f -> new Expr.FieldInit(f.name(), f.nameSpan(), in(f.value(), replacement), f.span())).toList(), r.span());
            case Expr.ListLit l -> new Expr.ListLit(l.elements().stream().map(e -> in(e, replacement)).toList(), l.span());
            case Expr.Range r -> new Expr.Range(in(r.from(), replacement), in(r.to(), replacement), r.span());
            case Expr.IntLit literal -> literal;
            case Expr.BoolLit literal -> literal;
            case Expr.TextLit literal -> literal;
        };
    }
}
