// Trusted: Proven is returned only when Z3 answers unsat for the assumptions and the negated goal (sat for Horn rules) within the resource limit.
package koru.smt.z3;

import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;
import java.util.Map;
import java.util.function.Supplier;
import koru.smt.logic.Horn;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Solver;
import koru.smt.report.MinimalCounterexample;
import koru.smt.report.ReadModel;
import koru.smt.report.Replay;
import koru.smt.report.SolverUnavailableException;

/**
 * The query language solved by Z3 under a deterministic resource limit ({@code rlimit}): Z3
 * counts its own steps, so the same query with the same limit ends the same way on any machine
 * and under any load, unlike a wall-clock timeout.
 *
 * <p>Thread safety: an instance owns one Z3 context, and a Z3 context must not be used by two
 * threads at once. Confine an instance to one thread and {@link #close} it there ({@code koru verify}
 * opens one per obligation: what a context solved before changes the work Z3 does on the next query).
 */
public final class Z3Solver implements Solver {
    /**
     * The default limit per check: about 130 times the most any shipped example needs (the
     * Horn problem of loops.kz, 15,078 units; plain queries at most 2,483; measured with
     * {@code (get-info :rlimit)}, see docs/verification-smt.md). A runaway query stops within
     * seconds instead of hanging a build.
     */
    public static final long DEFAULT_RESOURCE_LIMIT = 2_000_000;

    private final Context z3;
    private final Z3Sorts sorts;
    private final long resourceLimit;

    private Z3Solver(Context z3, long resourceLimit) {
        this.z3 = z3;
        this.sorts = new Z3Sorts(z3);
        this.resourceLimit = resourceLimit;
    }

    public static Z3Solver open() {
        return open(DEFAULT_RESOURCE_LIMIT);
    }

    /** A solver whose every check stops after {@code resourceLimit} Z3 resource units (and then says unknown). */
    public static Z3Solver open(long resourceLimit) {
        return open(resourceLimit, () -> new Context(Map.of("model", "true")));
    }

    /** As {@link #open(long)}, with the context made by {@code loader}: the first use of Z3 loads its native library. */
    static Z3Solver open(long resourceLimit, Supplier<Context> loader) {
        // Z3 takes the limit as an unsigned int, the Java API as an int; 0 would mean "no limit".
        if (resourceLimit <= 0 || resourceLimit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the resource limit must be between 1 and 2^31-1, got " + resourceLimit);
        }
        return new Z3Solver(SolverUnavailableException.whileLoading(loader), resourceLimit);
    }

    @Override
    public Outcome prove(Query query) {
        com.microsoft.z3.Solver solver = limited(z3.mkSolver());
        EncodeTerms encode = new EncodeTerms(z3, sorts);
        query.assumptions().forEach(a -> solver.add(encode.formula(a)));
        solver.add(z3.mkNot(encode.formula(query.goal())));
        return check(solver, Status.UNSATISFIABLE, () -> counterexample(solver, query, encode));
    }

    @Override
    public Outcome solve(Horn problem) {
        com.microsoft.z3.Solver solver = limited(z3.mkSolver("HORN"));
        EncodeTerms encode = new EncodeTerms(z3, sorts);
        problem.rules().forEach(rule -> solver.add(encode.rule(rule)));
        // Horn rules have a model exactly when no query rule's body is reachable.
        return check(solver, Status.SATISFIABLE, () -> new Outcome.Failed(Map.of(), new Replay.Unconfirmed("the Horn solver names no values")));
    }

    @Override
    public void close() {
        z3.close();
    }

    private com.microsoft.z3.Solver limited(com.microsoft.z3.Solver solver) {
        Params params = z3.mkParams();
        params.add("rlimit", (int) resourceLimit);
        solver.setParameters(params);
        return solver;
    }

    /** Proven exactly when Z3 answers {@code proven}; the opposite answer is {@code failed}; anything else is unknown. */
    private static Outcome check(com.microsoft.z3.Solver solver, Status proven, Supplier<Outcome> failed) {
        Status status;
        try {
            status = solver.check();
        } catch (Z3Exception e) {
            // Some Z3 engines report an exhausted limit (or a cancelled check) as an exception rather than as unknown.
            return new Outcome.Unknown("Z3 stopped: " + e.getMessage());
        }
        if (status == Status.UNKNOWN) {
            return new Outcome.Unknown(solver.getReasonUnknown());
        }
        return status == proven ? new Outcome.Proven() : failed.get();
    }

    /** Z3 said sat, so the goal fails; the model read back, made minimal and replayed (untrusted) only says how. */
    private Outcome counterexample(com.microsoft.z3.Solver solver, Query query, EncodeTerms encode) {
        try {
            return new MinimalCounterexample(z3, sorts::sort, () -> new EncodeTerms(z3, sorts)::term, resourceLimit)
                    .of(query, new ReadModel(z3, solver.getModel(), sorts::sort).values(query, encode::constant));
        } catch (ReadModel.UnreadableModelException e) {
            return new Outcome.Unknown("the counterexample cannot be made finite: " + e.getMessage());
        }
    }
}
