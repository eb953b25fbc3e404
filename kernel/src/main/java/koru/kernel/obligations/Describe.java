package koru.kernel.obligations;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import koru.kernel.ir.Expr;

/** IR expressions written back in Koru syntax, for obligation descriptions (not trusted: text only). */
final class Describe {
    private Describe() {
    }

    static String of(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> i.value().toString();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.TextLit t -> '"' + t.value() + '"';
            case Expr.EnumLit e -> simple(e.enumeration()) + "." + e.value();
            case Expr.Var v -> v.name();
            case Expr.Input i -> "in." + i.field();
            case Expr.FieldOf f -> nested(f.target()) + "." + f.field();
            case Expr.Read r -> nested(r.map()) + "[" + of(r.key()) + "]";
            case Expr.Unary u -> (u.op() == Expr.UnaryOp.NEG ? "-" : "!") + nested(u.operand());
            case Expr.Binary b -> nested(b.left()) + " " + symbol(b.op()) + " " + nested(b.right());
            case Expr.Builtin b -> (b.function() == Expr.Function.EMPTY_MAP ? "map" : b.function().name().toLowerCase(Locale.ROOT))
                    + "(" + all(b.args()) + ")";
            case Expr.RecordLit r -> "{ " + all(r.fields()) + " }";
            case Expr.PayloadLit p -> p.branch() + " { " + all(p.fields()) + " }";
            case Expr.ListLit l -> "[" + all(l.elements()) + "]";
        };
    }

    /** A canonical name without its module, as the user writes it inside the module. */
    static String simple(String canonical) {
        return canonical.substring(canonical.indexOf(':') + 1);
    }

    private static String nested(Expr expr) {
        return expr instanceof Expr.Binary ? "(" + of(expr) + ")" : of(expr);
    }

    private static String all(List<Expr> exprs) {
        return exprs.stream().map(Describe::of).collect(Collectors.joining(", "));
    }

    private static String symbol(Expr.BinaryOp op) {
        return switch (op) {
            case MUL -> "*";
            case DIV -> "/";
            case REM -> "%";
            case ADD -> "+";
            case SUB -> "-";
            case CONCAT -> "++";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case EQ -> "==";
            case NE -> "!=";
            case AND -> "&&";
            case OR -> "||";
            case IMPLIES -> "==>";
        };
    }
}
