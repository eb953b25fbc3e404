package koru.smt.report;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.Optimize;
import com.microsoft.z3.Params;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import koru.smt.logic.Op;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Sort;
import koru.smt.logic.Term;

/**
 * Not trusted: turns the model of a failed goal into the counterexample shown, small, concrete and
 * replayed (LANGUAGE.md B5). Z3's first model of a query with {@code sum} is often no run at all: the
 * sum is uninterpreted, so a map may read 3 at every key yet "sum" to anything. So the query is solved
 * again over explicit maps of 0, 1, 2, then 3 entries ({@link ExplicitMaps}), the fewest first, by
 * Z3's optimiser minimising how large the integers are; the first solution that replays in Java
 * ({@link ReplayQuery}) is the counterexample; a solution that divides by zero (which has no Koru
 * value, so never replays) is avoided when the failure allows. Failing that, Z3's first model is shown as it is,
 * with the reason it could not be confirmed. It runs only after Z3 answered sat, on the context
 * that answered (so on the same thread), under the same deterministic resource limit per check.
 */
public final class MinimalCounterexample {
    /** The most entries an explicit map gets: a failure that needs more is shown as Z3's first model. */
    static final int MOST_ENTRIES = 3;

    private final Context z3;
    private final Function<Sort, com.microsoft.z3.Sort> sorts;
    private final Supplier<Function<Term, Expr<?>>> encoders;
    private final long resourceLimit;

    /**
     * A finder on {@code z3}, with {@code sorts} the Z3 sorts the query language's sorts are encoded as,
     * {@code encoders} giving a fresh encoder of one query's terms, and each optimisation stopped after
     * {@code resourceLimit} Z3 resource units.
     */
    public MinimalCounterexample(Context z3, Function<Sort, com.microsoft.z3.Sort> sorts,
            Supplier<Function<Term, Expr<?>>> encoders, long resourceLimit) {
        this.z3 = z3;
        this.sorts = sorts;
        this.encoders = encoders;
        this.resourceLimit = resourceLimit;
    }

    /** The failure of {@code query}, whose first model gave its free constants the values {@code model}. */
    public Outcome.Failed of(Query query, Map<String, Value> model) {
        for (int n = 0; n <= MOST_ENTRIES; n++) {
            Optional<ExplicitMaps> explicit = ExplicitMaps.of(query, n);
            if (explicit.isEmpty()) {
                break;
            }
            // A division by zero has no Koru value, so a model that needs one cannot replay: avoid it when possible.
            Optional<Map<String, Value>> solved = minimal(explicit.get().query(), true).or(() -> minimal(explicit.get().query(), false));
            if (solved.isPresent()) {
                Map<String, Value> values = explicit.get().original(FreeConstants.of(query), solved.get());
                if (ReplayQuery.on(query, values) instanceof Replay.Confirmed confirmed) {
                    return new Outcome.Failed(values, confirmed);
                }
            }
            if (!explicit.get().hasMaps()) {
                break; // without maps the number of entries changes nothing
            }
        }
        return new Outcome.Failed(model, ReplayQuery.on(query, model));
    }

    /** A model of the query's failure whose integers are as small as the optimiser finds within the limit. */
    private Optional<Map<String, Value>> minimal(Query query, boolean definedDivisions) {
        Function<Term, Expr<?>> encode = encoders.get();
        Optimize optimize = z3.mkOptimize();
        Params params = z3.mkParams();
        params.add("rlimit", (int) resourceLimit);
        optimize.setParameters(params);
        query.assumptions().forEach(a -> optimize.Add((BoolExpr) encode.apply(a)));
        optimize.Add(z3.mkNot((BoolExpr) encode.apply(query.goal())));
        if (definedDivisions) {
            divisors(query.goal()).forEach(d -> optimize.Add(z3.mkNot(z3.mkEq(encode.apply(d), z3.mkInt(0)))));
            query.assumptions().forEach(a -> divisors(a).forEach(d -> optimize.Add(z3.mkNot(z3.mkEq(encode.apply(d), z3.mkInt(0))))));
        }
        ArithExpr<IntSort> size = z3.mkInt(0);
        for (Term.Var constant : FreeConstants.of(query)) {
            if (constant.sort().equals(Sort.INT)) {
                size = z3.mkAdd(size, size((IntExpr) encode.apply(constant)));
            }
        }
        optimize.MkMinimize(size);
        try {
            if (optimize.Check() != Status.SATISFIABLE) {
                return Optional.empty();
            }
            return Optional.of(new ReadModel(z3, optimize.getModel(), sorts).values(query, encode::apply));
        } catch (Z3Exception | ReadModel.UnreadableModelException e) {
            return Optional.empty(); // a limit reached, or a model that is not finite: Z3's first model stays
        }
    }

    /** The divisors of every {@code /} and {@code %} in {@code term}. */
    private static List<Term> divisors(Term term) {
        return Subterms.of(term)
                .filter(t -> t instanceof Term.App app && (app.op() == Op.DIV || app.op() == Op.REM))
                .map(t -> ((Term.App) t).args().get(1))
                .toList();
    }

    /**
     * How large an integer is for the optimiser: 0, 1, -1, 2, -2, … cost 0, 2, 3, 4, 5, …, so that
     * magnitudes are minimised and, between two of the same magnitude, the non-negative one is shown.
     */
    private ArithExpr<IntSort> size(IntExpr value) {
        ArithExpr<IntSort> twice = z3.mkMul(z3.mkInt(2), value);
        return (ArithExpr<IntSort>) z3.mkITE(z3.mkGe(value, z3.mkInt(0)), twice, z3.mkSub(z3.mkInt(1), twice));
    }
}
