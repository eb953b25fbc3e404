package koru.elaborator.types;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import koru.elaborator.ast.Expr;

/**
 * The result of {@link TypeExpressions}: the type of every expression it typed, keyed by the
 * expression node itself, and the resolved declaration types it used.
 */
public final class Typing {
    private final Map<Expr, Type> types;
    private final TypeTable declarations;

    /** Takes over {@code types}: the pass that built it hands it over and never touches it again. */
    Typing(IdentityHashMap<Expr, Type> types, TypeTable declarations) {
        this.types = Collections.unmodifiableMap(types);
        this.declarations = declarations;
    }

    /** The type of {@code expr}; {@link Type.Unknown} if it was wrong or never typed. */
    public Type of(Expr expr) {
        return types.getOrDefault(expr, Type.UNKNOWN);
    }

    public TypeTable declarations() {
        return declarations;
    }
}
