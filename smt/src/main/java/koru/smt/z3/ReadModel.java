package koru.smt.z3;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.FuncInterp;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;
import koru.smt.logic.Value;

/**
 * Reads a Z3 model back into the query language's values. Arrays come back as finite maps (the
 * entries that differ from the default, and the default); a value Z3 states in a form that is
 * not finite (a lambda, a function without interpretation) is refused with
 * {@link UnreadableModelException}, so the caller reports unknown instead of a vague model.
 */
final class ReadModel {
    private final Model model;
    private final EncodeTerms encode;

    ReadModel(Model model, EncodeTerms encode) {
        this.model = model;
        this.encode = encode;
    }

    /** Every listed constant's value, in the listed order. */
    Map<String, Value> values(List<Term.Var> constants) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Term.Var constant : constants) {
            values.put(constant.name(), value(model.eval(encode.constant(constant), true), constant.sort()));
        }
        return values;
    }

    private Value value(Expr<?> expr, Sort sort) {
        return switch (sort) {
            case Sort.Int i -> {
                if (!(expr instanceof IntNum number)) {
                    throw new UnreadableModelException("an integer value is not a numeral: " + expr);
                }
                yield new Value.IntValue(number.getBigInteger());
            }
            case Sort.Bool b -> {
                if (!expr.isTrue() && !expr.isFalse()) {
                    throw new UnreadableModelException("a boolean value is neither true nor false: " + expr);
                }
                yield new Value.BoolValue(expr.isTrue());
            }
            case Sort.Text t -> {
                if (!expr.isString()) {
                    throw new UnreadableModelException("a text value is not a string literal: " + expr);
                }
                yield new Value.TextValue(TextLiterals.unescape(expr.getString()));
            }
            case Sort.Enum e -> {
                int index = Arrays.asList(encode.enumSort(e).getConsts()).indexOf(expr);
                if (index < 0) {
                    throw new UnreadableModelException("not a value of " + e.name() + ": " + expr);
                }
                yield new Value.EnumValue(e.name(), e.values().get(index));
            }
            case Sort.Opaque o -> {
                // Elements of an uninterpreted sort are numbered by their place in the model's universe.
                int index = Arrays.asList(model.getSortUniverse(encode.opaqueSort(o))).indexOf(expr);
                if (index < 0) {
                    throw new UnreadableModelException("not an element of the universe of " + o.name() + ": " + expr);
                }
                yield new Value.OpaqueValue(o.name(), index);
            }
            case Sort.Array a -> array(expr, a);
        };
    }

    private Value.ArrayValue array(Expr<?> expr, Sort.Array sort) {
        if (expr.isConstantArray()) {
            return new Value.ArrayValue(Map.of(), value(expr.getArgs()[0], sort.value()));
        }
        if (expr.isStore()) {
            Expr<?>[] args = expr.getArgs();
            Value.ArrayValue inner = array(args[0], sort);
            Map<Value, Value> entries = new HashMap<>(inner.entries());
            entries.put(value(args[1], sort.key()), value(args[2], sort.value()));
            return canonical(entries, inner.otherwise());
        }
        if (expr.isAsArray()) {
            FuncDecl<?> function = expr.getFuncDecl().getParameters()[0].getFuncDecl();
            FuncInterp<?> interpretation = model.getFuncInterp(function);
            if (interpretation == null) {
                throw new UnreadableModelException("an array has no interpretation: " + expr);
            }
            Map<Value, Value> entries = new HashMap<>();
            for (FuncInterp.Entry<?> entry : interpretation.getEntries()) {
                entries.putIfAbsent(value(entry.getArgs()[0], sort.key()), value(entry.getValue(), sort.value()));
            }
            return canonical(entries, value(interpretation.getElse(), sort.value()));
        }
        throw new UnreadableModelException("an array value is not finite: " + expr);
    }

    // Entries equal to the default say nothing; dropping them makes equal maps equal values.
    private static Value.ArrayValue canonical(Map<Value, Value> entries, Value otherwise) {
        entries.values().removeIf(otherwise::equals);
        return new Value.ArrayValue(entries, otherwise);
    }

    /** Z3 answered sat, but the model cannot be stated in finite values. */
    static final class UnreadableModelException extends RuntimeException {
        UnreadableModelException(String message) {
            super(message);
        }
    }
}
