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
    private final Map<Sort.Array, FuncDecl<IntSort>> sums = new HashMap<>();

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
                String symbol = claim(e.name(), e);
                return z3.mkEnumSort(symbol, e.values().stream().map(v -> Symbols.enumValue(symbol, v)).toArray(String[]::new));
            });
            case Sort.Opaque o -> declared.computeIfAbsent(o, k -> z3.mkUninterpretedSort(claim(o.name(), o)));
        };
    }

    /**
     * One uninterpreted function per map sort, without axioms: the kernel states what it knows as lemma
     * instances. It is named after the Z3 sort as Z3 prints it, so the name never depends on solving history.
     */
    FuncDecl<IntSort> sum(Sort.Array mapSort) {
        return sums.computeIfAbsent(mapSort, s -> {
            com.microsoft.z3.Sort map = sort(s);
            return z3.mkFuncDecl(Symbols.sum(map.toString()), map, z3.getIntSort());
        });
    }

    /** The symbol of a newly declared sort, whose name no other sort of this context may have. */
    private String claim(String name, Sort sort) {
        Sort known = namedSorts.putIfAbsent(name, sort);
        if (known != null && !known.equals(sort)) {
            throw new IllegalArgumentException("the sort name " + name + " is used for " + known + " and " + sort);
        }
        return Symbols.of(name);
    }
}
