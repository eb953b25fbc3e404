package koru.elaborator.lower;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Item;
import koru.elaborator.resolve.TypeSymbol;
import koru.elaborator.types.Type;
import koru.elaborator.types.Typing;
import koru.kernel.ir.Expr;
import koru.kernel.ir.Origin;
import koru.kernel.ir.Ty;

/**
 * Lowers the expressions of B3 to typed Core IR expressions, each with the type the typing pass
 * gave it (so an integer literal has its contextual type). {@code names} are the names in scope
 * with their Core IR types: a struct payload binding is {@link Ty.Payload}, which the typing pass
 * cannot tell, so names are looked up there first.
 */
final class LowerExpressions {
    private final Typing typing;

    LowerExpressions(Typing typing) {
        this.typing = typing;
    }

    Ty typeOf(koru.elaborator.ast.Expr expr) {
        return CoreTypes.of(typing.of(expr));
    }

    Expr lower(koru.elaborator.ast.Expr expr, Map<String, Ty> names) {
        Origin at = CoreTypes.origin(expr.span());
        return switch (expr) {
            case koru.elaborator.ast.Expr.IntLit literal -> new Expr.IntLit(literal.value(), typeOf(literal), at);
            case koru.elaborator.ast.Expr.BoolLit literal -> new Expr.BoolLit(literal.value(), at);
            case koru.elaborator.ast.Expr.TextLit literal -> new Expr.TextLit(literal.value(), at);
            case koru.elaborator.ast.Expr.Ref ref -> new Expr.Var(ref.name(),
                    Optional.ofNullable(names.get(ref.name())).orElseGet(() -> typeOf(ref)), at);
            case koru.elaborator.ast.Expr.Member member -> member(member, names, at);
            case koru.elaborator.ast.Expr.Index index -> new Expr.Read(lower(index.target(), names), lower(index.index(), names),
                    typeOf(index), at);
            // `-32768` is one literal of an i16, as in Java, not the negation of an out-of-range 32768.
            case koru.elaborator.ast.Expr.Unary unary when unary.op() == koru.elaborator.ast.Expr.UnaryOp.NEG
                    && unary.operand() instanceof koru.elaborator.ast.Expr.IntLit literal ->
                    new Expr.IntLit(literal.value().negate(), typeOf(unary), at);
            case koru.elaborator.ast.Expr.Unary unary -> new Expr.Unary(Expr.UnaryOp.valueOf(unary.op().name()),
                    lower(unary.operand(), names), typeOf(unary), at);
            case koru.elaborator.ast.Expr.Binary binary -> new Expr.Binary(Expr.BinaryOp.valueOf(binary.op().name()),
                    lower(binary.left(), names), lower(binary.right(), names), typeOf(binary), at);
            case koru.elaborator.ast.Expr.Call call -> new Expr.Builtin(function(call.function()),
                    call.arguments().stream().map(a -> lower(a, names)).toList(), typeOf(call), at);
            case koru.elaborator.ast.Expr.RecordLit record -> recordOf(record, names, at);
            case koru.elaborator.ast.Expr.ListLit list -> new Expr.ListLit(
                    list.elements().stream().map(e -> lower(e, names)).toList(), typeOf(list), at);
            case koru.elaborator.ast.Expr.Range range -> throw new IllegalStateException("a range outside `for` at " + range.span());
        };
    }

    /** {@code in.f} is the event's input, {@code E.v} an enumeration's value, anything else a field read. */
    private Expr member(koru.elaborator.ast.Expr.Member member, Map<String, Ty> names, Origin at) {
        if (member.target() instanceof koru.elaborator.ast.Expr.Ref ref && (ref.module().isPresent() || !names.containsKey(ref.name()))) {
            if (ref.module().isEmpty() && ref.name().equals("in")) {
                return new Expr.Input(member.name(), typeOf(member), at);
            }
            if (typing.of(ref) instanceof Type.Enum enumeration) {
                return new Expr.EnumLit(enumeration.symbol().name().toString(), member.name(), at);
            }
        }
        return new Expr.FieldOf(lower(member.target(), names), member.name(), typeOf(member), at);
    }

    private Expr recordOf(koru.elaborator.ast.Expr.RecordLit record, Map<String, Ty> names, Origin at) {
        if (!(typing.of(record) instanceof Type.Record type)) {
            throw new IllegalStateException("a record literal of no record type at " + record.span());
        }
        return new Expr.RecordLit(type.symbol().name().toString(), inDeclarationOrder(record, fieldsOf(type.symbol()), names), at);
    }

    /** The literal's field values in the order {@code declared} names the fields. */
    List<Expr> inDeclarationOrder(koru.elaborator.ast.Expr.RecordLit record, List<String> declared, Map<String, Ty> names) {
        return declared.stream().map(field -> record.fields().stream().filter(init -> init.name().equals(field)).findFirst()
                        .map(init -> lower(init.value(), names))
                        .orElseThrow(() -> new IllegalStateException("record literal without field `" + field + "` at " + record.span())))
                .toList();
    }

    private static List<String> fieldsOf(TypeSymbol symbol) {
        return symbol.decl().body() instanceof Item.TypeBody.Record record
                ? record.fields().stream().map(koru.elaborator.ast.Field::name).toList()
                : List.of();
    }

    private static Expr.Function function(String name) {
        return switch (name) {
            case "len" -> Expr.Function.LEN;
            case "min" -> Expr.Function.MIN;
            case "max" -> Expr.Function.MAX;
            case "map" -> Expr.Function.EMPTY_MAP;
            case "put" -> Expr.Function.PUT;
            case "remove" -> Expr.Function.REMOVE;
            case "sum" -> Expr.Function.SUM;
            case "set" -> Expr.Function.SET;
            case "has" -> Expr.Function.HAS;
            case "add" -> Expr.Function.ADD;
            case "union" -> Expr.Function.UNION;
            case "inter" -> Expr.Function.INTER;
            case "subset" -> Expr.Function.SUBSET;
            default -> throw new IllegalStateException("no built-in `" + name + "`");
        };
    }
}
