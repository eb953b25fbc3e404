package koru.smt.stability;

import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import koru.smt.logic.Horn;
import koru.smt.logic.Query;
import koru.smt.report.SolverUnavailableException;
import koru.smt.z3.EncodeTerms;
import koru.smt.z3.Z3Sorts;

/**
 * Not trusted: solves a query or a Horn problem as {@code Z3Solver} does (same encoding, same resource
 * limit per check) but under a chosen random seed, and counts the resource units the check used. Its
 * answers only feed the stability report; the normal run alone decides what is proven.
 *
 * <p>Each check gets a Z3 context of its own, made and closed in the call (so any thread may call it): on a
 * context that has solved other problems, the same problem under the same seed can take other units
 * (758 on a fresh context, 1,262 after a Horn problem, in {@code SeededSolverTest}), and a report must not
 * depend on which obligations a worker happened to solve before.
 *
 * <p>A seed does two things. It is Z3's solver parameter {@code random_seed} (the SMT core's
 * {@code smt.random_seed}) and, for Horn problems, also {@code spacer.random_seed}; Z3 4.14 accepts no other
 * seed as a solver parameter ({@code sat.random_seed} is global to the process, so it could not differ
 * between threads, and the SAT core does not decide the theories our queries use). And, as Boogie's seed
 * does for Dafny, it shuffles the order of a query's assumptions and a Horn problem's rules: on a fresh
 * context the SMT core's seed alone left every plain query we tried at the same units, while the order
 * of the facts changes them (the ledger transfer of {@code SeededSolverTest}: 1,650 to 1,677).
 */
public final class SeededSolver {
    private final long resourceLimit;

    /** A solver whose every check stops after {@code resourceLimit} units, as the normal run's. */
    public SeededSolver(long resourceLimit) {
        if (resourceLimit <= 0 || resourceLimit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the resource limit must be between 1 and 2^31-1, got " + resourceLimit);
        }
        this.resourceLimit = resourceLimit;
    }

    /** Throws {@link SolverUnavailableException} when Z3's native library cannot be loaded. */
    public Run prove(Query query, long seed) {
        try (Context z3 = open()) {
            Solver solver = seeded(z3, z3.mkSolver(), seed, false);
            EncodeTerms encode = new EncodeTerms(z3, new Z3Sorts(z3));
            inSeedOrder(query.assumptions(), seed).forEach(a -> solver.add(encode.formula(a)));
            solver.add(z3.mkNot(encode.formula(query.goal())));
            return check(solver, seed, Status.UNSATISFIABLE);
        }
    }

    /** Throws {@link SolverUnavailableException} when Z3's native library cannot be loaded. */
    public Run solve(Horn problem, long seed) {
        try (Context z3 = open()) {
            Solver solver = seeded(z3, z3.mkSolver("HORN"), seed, true);
            EncodeTerms encode = new EncodeTerms(z3, new Z3Sorts(z3));
            inSeedOrder(problem.rules(), seed).forEach(rule -> solver.add(encode.rule(rule)));
            return check(solver, seed, Status.SATISFIABLE);
        }
    }

    /**
     * The facts in the order seed {@code seed} gives them: as they are for the reference seed (the normal
     * run's order), else shuffled by {@link Random} from the seed, whose sequence Java specifies, so the
     * order is the same on every machine. A conjunction's order changes nothing it means.
     */
    static <T> List<T> inSeedOrder(List<T> facts, long seed) {
        List<T> ordered = new ArrayList<>(facts);
        if (seed != Seeds.REFERENCE) {
            Collections.shuffle(ordered, new Random(seed));
        }
        return ordered;
    }

    private static Context open() {
        return SolverUnavailableException.whileLoading(() -> new Context(Map.of("model", "false")));
    }

    private Solver seeded(Context z3, Solver solver, long seed, boolean horn) {
        Params params = z3.mkParams();
        params.add("rlimit", (int) resourceLimit);
        // Z3 reads the seed as an unsigned int.
        params.add("random_seed", (int) seed);
        if (horn) {
            params.add("spacer.random_seed", (int) seed);
        }
        solver.setParameters(params);
        return solver;
    }

    /**
     * Z3's {@code rlimit count} is the context's running total (whatever solver reports it), so a
     * check's own units are the total after it less the total before it (encoding counts a unit or so).
     */
    private static Run check(Solver solver, long seed, Status proven) {
        long before = unitsSoFar(solver);
        Run.Result result;
        try {
            Status status = solver.check();
            result = status == proven ? Run.Result.PROVEN : status == Status.UNKNOWN ? Run.Result.UNKNOWN : Run.Result.FAILED;
        } catch (Z3Exception e) {
            result = Run.Result.UNKNOWN; // some engines report an exhausted limit as an exception, as in Z3Solver
        }
        return new Run(seed, result, unitsSoFar(solver) - before);
    }

    private static long unitsSoFar(Solver solver) {
        return Arrays.stream(solver.getStatistics().getEntries())
                .filter(entry -> entry.Key.equals("rlimit count"))
                .mapToLong(entry -> Long.parseLong(entry.getValueString()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Z3 reported no `rlimit count` statistic"));
    }
}
