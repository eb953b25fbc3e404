package koru.smt.report;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.EnumSort;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.FuncInterp;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Not trusted: reads the model of a failed goal back into the query language's values, for the
 * counterexample; whatever it reads, the goal has already failed (Z3 said sat). Arrays come back as finite maps (the
 * entries that differ from the default, and the default); a value Z3 states in a form that is
 * not finite (a lambda, a function without interpretation) is refused with
 * {@link UnreadableModelException}, so the caller reports unknown instead of a vague model.
 */
public final class ReadModel {
    private final Context z3;
    private final Model model;
    private final Function<Sort, com.microsoft.z3.Sort> sorts;

    /** A reader of {@code model}, with {@code sorts} giving the Z3 sort the query's sorts were encoded as. */
    public ReadModel(Context z3, Model model, Function<Sort, com.microsoft.z3.Sort> sorts) {
        this.z3 = z3;
        this.model = model;
        this.sorts = sorts;
    }

    /** The value of each free constant of {@code query}, in order of first occurrence; {@code encode} gives its Z3 constant. */
    public Map<String, Value> values(Query query, Function<Term.Var, Expr<?>> encode) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Term.Var constant : FreeConstants.of(query)) {
            values.put(constant.name(), value(model.eval(encode.apply(constant), true), constant.sort()));
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
                yield new Value.TextValue(unescape(expr.getString()));
            }
            case Sort.Enum e -> {
                int index = Arrays.asList(((EnumSort<?>) sorts.apply(e)).getConsts()).indexOf(expr);
                if (index < 0) {
                    throw new UnreadableModelException("not a value of " + e.name() + ": " + expr);
                }
                yield new Value.EnumValue(e.name(), e.values().get(index));
            }
            case Sort.Opaque o -> {
                // Elements of an uninterpreted sort are numbered by their place in the model's universe.
                int index = Arrays.asList(model.getSortUniverse(sorts.apply(o))).indexOf(expr);
                if (index < 0) {
                    throw new UnreadableModelException("not an element of the universe of " + o.name() + ": " + expr);
                }
                yield new Value.OpaqueValue(o.name(), index);
            }
            case Sort.Array a -> array(expr, a);
        };
    }

    /**
     * An array value is a tree of constant arrays, stores, function graphs ({@code as-array}) and
     * pointwise maps ({@code (_ map and)} for an intersection). Off the keys the tree mentions, it
     * reads its structural default; at those keys, the model's own evaluation of a select.
     */
    private Value.ArrayValue array(Expr<?> expr, Sort.Array sort) {
        Set<Expr<?>> keys = new LinkedHashSet<>();
        collectKeys(expr, keys);
        Map<Value, Value> entries = new HashMap<>();
        for (Expr<?> key : keys) {
            entries.put(value(key, sort.key()), value(model.eval(select(expr, key), true), sort.value()));
        }
        return Value.ArrayValue.canonical(entries, value(model.eval(otherwise(expr), true), sort.value()));
    }

    private void collectKeys(Expr<?> expr, Set<Expr<?>> keys) {
        if (expr.isConstantArray()) {
            return;
        }
        if (expr.isStore()) {
            collectKeys(expr.getArgs()[0], keys);
            keys.add(expr.getArgs()[1]);
        } else if (expr.isArrayMap()) {
            for (Expr<?> operand : expr.getArgs()) {
                collectKeys(operand, keys);
            }
        } else if (expr.isAsArray()) {
            for (FuncInterp.Entry<?> entry : graph(expr).getEntries()) {
                keys.add(entry.getArgs()[0]);
            }
        } else {
            throw new UnreadableModelException("an array value is not finite: " + expr);
        }
    }

    private Expr<?> otherwise(Expr<?> expr) {
        if (expr.isConstantArray()) {
            return expr.getArgs()[0];
        }
        if (expr.isStore()) {
            return otherwise(expr.getArgs()[0]);
        }
        if (expr.isArrayMap()) {
            FuncDecl<?> pointwise = expr.getFuncDecl().getParameters()[0].getFuncDecl();
            return pointwise.apply(Arrays.stream(expr.getArgs()).map(this::otherwise).toArray(Expr<?>[]::new));
        }
        return graph(expr).getElse();
    }

    private FuncInterp<?> graph(Expr<?> asArray) {
        FuncInterp<?> graph = model.getFuncInterp(asArray.getFuncDecl().getParameters()[0].getFuncDecl());
        if (graph == null) {
            throw new UnreadableModelException("an array has no interpretation: " + asArray);
        }
        return graph;
    }

    @SuppressWarnings("unchecked")
    private Expr<?> select(Expr<?> array, Expr<?> key) {
        return z3.mkSelect((ArrayExpr<com.microsoft.z3.Sort, com.microsoft.z3.Sort>) array, (Expr<com.microsoft.z3.Sort>) key);
    }

    /**
     * The characters of a Z3 string value as {@code Expr.getString} prints them: a backslash,
     * {@code u} and hex digits in braces stand for one code point (the encoder's escape, undone).
     */
    private static String unescape(String z3Text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < z3Text.length()) {
            if (z3Text.startsWith("\\u{", i)) {
                int close = z3Text.indexOf('}', i);
                out.appendCodePoint(Integer.parseInt(z3Text.substring(i + 3, close), 16));
                i = close + 1;
            } else {
                out.append(z3Text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Z3 answered sat, but the model cannot be stated in finite values. */
    public static final class UnreadableModelException extends RuntimeException {
        UnreadableModelException(String message) {
            super(message);
        }
    }
}
