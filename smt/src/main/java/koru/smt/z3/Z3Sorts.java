// Trusted: each sort of koru.smt.logic has exactly one Z3 sort per context, and each map sort exactly one uninterpreted sum.
package koru.smt.z3;

import com.microsoft.z3.Context;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntSort;
import java.util.HashMap;
import java.util.Map;
import koru.smt.logic.Sort;

/**
 * The Z3 sorts of one context. Enumerations and host types are declared once and reused: Z3
 * would make a second, different sort for a second declaration, and values of the two would
 * never be equal. Sort names are claimed for the context's lifetime, so an enumeration and a
 * host type (or two enumerations) of one name are refused; the kernel qualifies names by module.
 */
public final class Z3Sorts {
    private final Context z3;
    private final Map<String, Sort> namedSorts = new HashMap<>();
    private final Map<Sort, com.microsoft.z3.Sort> declared = new HashMap<>();

    public Z3Sorts(Context z3) {
        this.z3 = z3;
    }

    com.microsoft.z3.Sort sort(Sort sort) {
        return switch (sort) {
            case Sort.Int i -> z3.getIntSort();
            case Sort.Bool b -> z3.getBoolSort();
            case Sort.Text t -> z3.getStringSort();
            case Sort.Array a -> z3.mkArraySort(sort(a.key()), sort(a.value()));
            case Sort.Enum e -> declared.computeIfAbsent(e, k -> {
                String symbol = Symbols.claim(namedSorts, e.name(), e);
                return z3.mkEnumSort(symbol, e.values().stream().map(v -> Symbols.enumValue(symbol, v)).toArray(String[]::new));
            });
            case Sort.Opaque o -> declared.computeIfAbsent(o, k -> z3.mkUninterpretedSort(Symbols.claim(namedSorts, o.name(), o)));
        };
    }

    /**
     * One uninterpreted function per map sort, without axioms: the kernel states what it knows as lemma
     * instances. It is named after the Z3 sort as Z3 prints it, so the name never depends on solving history,
     * and Z3 knows a function by its name and signature, so each map sort gives the same function every time.
     */
    FuncDecl<IntSort> sum(Sort.Array mapSort) {
        com.microsoft.z3.Sort map = sort(mapSort);
        return z3.mkFuncDecl(Symbols.sum(map.toString()), map, z3.getIntSort());
    }
}
