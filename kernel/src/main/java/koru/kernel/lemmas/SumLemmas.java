package koru.kernel.lemmas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Guarantees: every formula it adds is true of Koru's finite maps, so adding them to a query never
 * makes a false goal provable; they are the quantifier-free instances of the {@code sum} lemmas
 * (LANGUAGE.md Part D) for exactly the map terms the query contains.
 *
 * <p>Why instances and not axioms: measured here, a quantified update axiom turned a real ledger
 * bug into "unknown", and spelling the sum out over N accounts took 15 s at N = 64. For each term
 * the query mentions, the instances below are enough for the ledger's proofs (0.01 s per query).
 *
 * <ul>
 *   <li>update: {@code sum(store(m, k, v)) = sum(m) - m[k] + v} for every store into an integer
 *       map (Koru's {@code put}, and {@code remove}, which stores 0);
 *   <li>empty: {@code sum(map()) = 0} for every all-zero constant map;
 *   <li>for a map whose values are non-negative (an unsigned value type, known to the caller):
 *       {@code sum(m) >= 0}, {@code m[a] <= sum(m)} for every read key {@code a}, and
 *       {@code a != b ==> m[a] + m[b] <= sum(m)} for every pair of read keys of the same map term.
 * </ul>
 * Sound only for finite-support maps, which are the only maps Koru has: every map value is built
 * from {@code map()} by finitely many {@code put}s, or is an input that was built so.
 */
public final class SumLemmas {
    private final Predicate<Term> valuesNonNegative;
    /** The update and empty instances, in the order the query's terms are met. */
    private final Set<Term> updates = new LinkedHashSet<>();
    private final Set<Term> empties = new LinkedHashSet<>();
    private final Map<Term, Set<Term>> readKeysByMap = new LinkedHashMap<>();

    private SumLemmas(Predicate<Term> valuesNonNegative) {
        this.valuesNonNegative = valuesNonNegative;
    }

    /**
     * {@code query} with the lemma instances for its map terms added to its assumptions.
     * {@code valuesNonNegative} says which integer-map terms hold only non-negative values (those of
     * an unsigned Koru value type); the sign lemmas are instantiated for those alone.
     */
    public static Query addTo(Query query, Predicate<Term> valuesNonNegative) {
        List<Term> assumptions = new ArrayList<>(query.assumptions());
        assumptions.addAll(instancesFor(query, valuesNonNegative));
        return new Query(query.name(), assumptions, query.goal());
    }

    /** The lemma instances {@link #addTo} adds, in a deterministic order. */
    public static List<Term> instancesFor(Query query, Predicate<Term> valuesNonNegative) {
        SumLemmas lemmas = new SumLemmas(valuesNonNegative);
        query.assumptions().forEach(lemmas::collect);
        lemmas.collect(query.goal());
        return lemmas.instances();
    }

    private void collect(Term term) {
        switch (term) {
            case Term.App app -> {
                if (app.op() == Op.STORE && isIntegerMap(app)) {
                    Term map = app.args().get(0);
                    Term key = app.args().get(1);
                    updates.add(app(Op.EQ, sum(app), app(Op.ADD, app(Op.SUB, sum(map), select(map, key)), app.args().get(2))));
                }
                if (app.op() == Op.SELECT && isIntegerMap(app.args().get(0))) {
                    readKeysByMap.computeIfAbsent(app.args().get(0), m -> new LinkedHashSet<>()).add(app.args().get(1));
                }
                if (app.op() == Op.SUM) {
                    readKeysByMap.computeIfAbsent(app.args().get(0), m -> new LinkedHashSet<>());
                }
                app.args().forEach(this::collect);
            }
            case Term.ConstArray constant -> {
                if (isIntegerMap(constant) && constant.value().equals(Term.integer(0))) {
                    empties.add(app(Op.EQ, sum(constant), Term.integer(0)));
                }
                collect(constant.value());
            }
            case Term.PredicateApp predicate -> predicate.args().forEach(this::collect);
            // Variables and literals: no map term inside.
            default -> { }
        }
    }

    private List<Term> instances() {
        List<Term> instances = new ArrayList<>(updates);
        instances.addAll(empties);
        readKeysByMap.forEach((map, keys) -> {
            if (valuesNonNegative.test(map)) {
                instances.addAll(signLemmas(map, List.copyOf(keys)));
            }
        });
        return instances;
    }

    private static List<Term> signLemmas(Term map, List<Term> keys) {
        List<Term> instances = new ArrayList<>();
        instances.add(app(Op.GE, sum(map), Term.integer(0)));
        for (Term key : keys) {
            instances.add(app(Op.LE, select(map, key), sum(map)));
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Term a = keys.get(i);
                Term b = keys.get(j);
                Term both = app(Op.ADD, select(map, a), select(map, b));
                instances.add(app(Op.IMPLIES, app(Op.DISTINCT, a, b), app(Op.LE, both, sum(map))));
            }
        }
        return instances;
    }

    private static boolean isIntegerMap(Term term) {
        return term.sort() instanceof Sort.Array array && array.value().equals(Sort.INT);
    }

    private static Term sum(Term map) {
        return app(Op.SUM, map);
    }

    private static Term select(Term map, Term key) {
        return app(Op.SELECT, map, key);
    }

    private static Term app(Op op, Term... args) {
        return Term.App.of(op, args);
    }
}
