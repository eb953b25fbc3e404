// Trusted: each sort of koru.smt.logic has exactly one Z3 sort per context, and each map sort exactly one uninterpreted sum.
package koru.smt.z3;

import com.microsoft.z3.Context;
import com.microsoft.z3.EnumSort;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.UninterpretedSort;
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
    private final Map<Sort.Enum, EnumSort<?>> enums = new HashMap<>();
    private final Map<Sort.Opaque, UninterpretedSort> opaques = new HashMap<>();
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
            case Sort.Enum e -> enumSort(e);
            case Sort.Opaque o -> opaques.computeIfAbsent(o, k -> {
                claimSortName(k.name(), k);
                return z3.mkUninterpretedSort(Symbols.of(k.name()));
            });
        };
    }

    EnumSort<?> enumSort(Sort.Enum e) {
        return enums.computeIfAbsent(e, k -> {
            claimSortName(k.name(), k);
            String symbol = Symbols.of(k.name());
            String[] constructors = k.values().stream().map(v -> Symbols.enumValue(symbol, v)).toArray(String[]::new);
            return z3.mkEnumSort(symbol, constructors);
        });
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

    private void claimSortName(String name, Sort sort) {
        Sort known = namedSorts.putIfAbsent(name, sort);
        if (known != null && !known.equals(sort)) {
            throw new IllegalArgumentException("the sort name " + name + " is used for " + known + " and " + sort);
        }
    }
}
