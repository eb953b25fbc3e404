package koru.proofs.cache;

import java.util.concurrent.atomic.AtomicInteger;
import koru.proofs.cache.ProofKeys.ProofKey;
import koru.smt.logic.Horn;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Solver;
import koru.smt.z3.Z3Solver;

/**
 * Not trusted: a solver that answers {@link Outcome.Proven} from the proof cache when Z3 has proven the
 * very same problem before, and otherwise asks {@code z3}, recording what it proves. A failure or an
 * unknown is never recorded, so it is solved again on every run (with a fresh counterexample), and
 * nothing in the cache can turn a failure into a proof: the only answer the cache gives is one Z3
 * gave for the same key (docs/proof-cache.md).
 */
public final class CachedSolver implements Solver {
    private final Solver z3;
    private final ProofKeys keys;
    private final ProofCache cache;
    private final Tally tally;

    /** {@code keys} must name the Z3 and the resource limit {@code z3} solves with. */
    public CachedSolver(Solver z3, ProofKeys keys, ProofCache cache, Tally tally) {
        this.z3 = z3;
        this.keys = keys;
        this.cache = cache;
        this.tally = tally;
    }

    /** Z3 under its default resource limit, behind {@code cache}; opening it loads Z3, which may fail as {@code Z3Solver.open} does. */
    public static CachedSolver overZ3(ProofCache cache, Tally tally) {
        return overZ3(cache, tally, Z3Solver.DEFAULT_RESOURCE_LIMIT);
    }

    /** Z3 under {@code resourceLimit} per check, behind {@code cache}, under keys that name that limit. */
    public static CachedSolver overZ3(ProofCache cache, Tally tally, long resourceLimit) {
        Z3Solver z3 = Z3Solver.open(resourceLimit);
        return new CachedSolver(z3, ProofKeys.forLoadedZ3(resourceLimit), cache, tally);
    }

    @Override
    public Outcome prove(Query query) {
        ProofKey key = keys.of(query);
        return cache.holdsProof(key) ? hit() : recorded(key, z3.prove(query));
    }

    @Override
    public Outcome solve(Horn problem) {
        ProofKey key = keys.of(problem);
        return cache.holdsProof(key) ? hit() : recorded(key, z3.solve(problem));
    }

    @Override
    public void close() {
        z3.close();
    }

    private Outcome hit() {
        tally.hits.incrementAndGet();
        return new Outcome.Proven();
    }

    /** Z3's own answer, recorded only if it is a proof. */
    private Outcome recorded(ProofKey key, Outcome solved) {
        tally.misses.incrementAndGet();
        if (solved instanceof Outcome.Proven) {
            cache.recordProof(key);
        }
        return solved;
    }

    /** Hits and misses of every solver of one run; its workers count into it at once. */
    public static final class Tally {
        private final AtomicInteger hits = new AtomicInteger();
        private final AtomicInteger misses = new AtomicInteger();

        public int hits() {
            return hits.get();
        }

        public int misses() {
            return misses.get();
        }
    }
}
