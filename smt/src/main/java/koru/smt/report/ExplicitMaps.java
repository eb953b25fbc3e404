package koru.smt.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koru.smt.logic.Op;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Not trusted: a failed query with each of its map constants (Koru maps and sets) replaced by an
 * explicit finite map of {@code n} entries, fresh key and value constants with pairwise distinct
 * keys, over the zero of the value type. Its {@code sum}s are then spelt out as arithmetic (the sum
 * of a {@code put} is the sum before it, less the value replaced, plus the value stored), so the
 * query has no uninterpreted function left and every model of it is made of Koru values. A query
 * that sums a map this cannot spell out (a constant map of a non-zero value) has no explicit form.
 */
final class ExplicitMaps {
    /** One entry of an explicit map: its key and value constants. */
    record Entry(Term.Var key, Term.Var value) {
    }

    private final Query query;
    private final Map<Term.Var, List<Entry>> entries;

    private ExplicitMaps(Query query, Map<Term.Var, List<Entry>> entries) {
        this.query = query;
        this.entries = entries;
    }

    /** {@code query} with every map constant made an explicit map of {@code n} entries, if its sums can be spelt out. */
    static Optional<ExplicitMaps> of(Query query, int n) {
        List<Term.Var> constants = FreeConstants.of(query);
        Set<String> names = new HashSet<>(constants.stream().map(Term.Var::name).toList());
        Map<Term.Var, List<Entry>> entries = new LinkedHashMap<>();
        Map<Term.Var, Term> explicit = new LinkedHashMap<>();
        List<Term> distinctKeys = new ArrayList<>();
        for (Term.Var constant : constants) {
            Optional<Term> zero = zeroOf(constant.sort());
            if (zero.isEmpty()) {
                continue;
            }
            Sort.Array sort = (Sort.Array) constant.sort();
            List<Entry> mapEntries = new ArrayList<>();
            Term map = new Term.ConstArray(sort.key(), zero.get());
            for (int i = 0; i < n; i++) {
                Entry entry = new Entry(fresh(constant.name() + "[key " + i + "]", sort.key(), names),
                        fresh(constant.name() + "[value " + i + "]", sort.value(), names));
                for (Entry earlier : mapEntries) {
                    distinctKeys.add(Term.App.of(Op.DISTINCT, earlier.key(), entry.key()));
                }
                mapEntries.add(entry);
                map = Term.App.of(Op.STORE, map, entry.key(), entry.value());
            }
            entries.put(constant, List.copyOf(mapEntries));
            explicit.put(constant, map);
        }
        Rewrite rewrite = new Rewrite(explicit);
        try {
            List<Term> assumptions = new ArrayList<>(distinctKeys);
            query.assumptions().forEach(a -> assumptions.add(rewrite.term(a)));
            return Optional.of(new ExplicitMaps(new Query(query.name() + " with explicit maps", assumptions, rewrite.term(query.goal())), entries));
        } catch (NoExplicitForm e) {
            return Optional.empty();
        }
    }

    /** The zero every other key of a Koru map of this sort reads: 0, {@code false} or {@code ""}; none for a non-map. */
    static Optional<Term> zeroOf(Sort sort) {
        if (!(sort instanceof Sort.Array array)) {
            return Optional.empty();
        }
        return switch (array.value()) {
            case Sort.Int i -> Optional.of(Term.integer(0));
            case Sort.Bool b -> Optional.of(Term.bool(false));
            case Sort.Text t -> Optional.of(new Term.TextLit(""));
            default -> Optional.empty();
        };
    }

    /** The query over the explicit maps' entries instead of the map constants. */
    Query query() {
        return query;
    }

    boolean hasMaps() {
        return !entries.isEmpty();
    }

    /**
     * The original query's constants' values given the explicit query's: a map constant is the map
     * of its entries; any other constant keeps its value.
     */
    Map<String, Value> original(List<Term.Var> constants, Map<String, Value> solved) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Term.Var constant : constants) {
            List<Entry> mapEntries = entries.get(constant);
            if (mapEntries == null) {
                values.put(constant.name(), solved.get(constant.name()));
                continue;
            }
            Map<Value, Value> map = new LinkedHashMap<>();
            mapEntries.forEach(e -> map.put(solved.get(e.key().name()), solved.get(e.value().name())));
            values.put(constant.name(), Value.ArrayValue.canonical(map, Evaluate.closed(zeroOf(constant.sort()).orElseThrow())));
        }
        return values;
    }

    /** A constant named {@code name}, primed until no constant of the query has its name. */
    private static Term.Var fresh(String name, Sort sort, Set<String> names) {
        String unused = name;
        while (!names.add(unused)) {
            unused += "'";
        }
        return new Term.Var(unused, sort);
    }

    /** Replaces the map constants by their explicit maps and spells out every sum. */
    private record Rewrite(Map<Term.Var, Term> explicit) {
        Term term(Term term) {
            return switch (term) {
                case Term.Var v -> explicit.getOrDefault(v, v);
                case Term.ConstArray c -> new Term.ConstArray(c.key(), term(c.value()));
                case Term.App app when app.op() == Op.SUM -> sum(term(app.args().get(0)));
                case Term.App app -> Term.App.of(app.op(), app.args().stream().map(this::term).toArray(Term[]::new));
                case Term.PredicateApp p -> throw new NoExplicitForm();
                case Term.IntLit i -> i;
                case Term.BoolLit b -> b;
                case Term.TextLit t -> t;
                case Term.EnumLit e -> e;
            };
        }

        /** The sum of an explicit map term as arithmetic over its entries: true of every finite map. */
        private static Term sum(Term map) {
            return switch (map) {
                case Term.ConstArray c when c.value() instanceof Term.IntLit zero && zero.value().signum() == 0 -> Term.integer(0);
                case Term.App app when app.op() == Op.STORE -> {
                    Term before = app.args().get(0);
                    Term replaced = Term.App.of(Op.SELECT, before, app.args().get(1));
                    yield Term.App.of(Op.ADD, Term.App.of(Op.SUB, sum(before), replaced), app.args().get(2));
                }
                case Term.App app when app.op() == Op.ITE -> Term.App.of(Op.ITE, app.args().get(0), sum(app.args().get(1)), sum(app.args().get(2)));
                default -> throw new NoExplicitForm();
            };
        }
    }

    /** The query sums a map this cannot spell out, or holds an unknown loop invariant. */
    private static final class NoExplicitForm extends RuntimeException {
        NoExplicitForm() {
            super(null, null, false, false);
        }
    }
}
