package koru.proofs.cache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
    private final Supplier<? extends Solver> z3;
    private final ProofKeys keys;
    private final ProofCache cache;
    private final Tally tally;
    /** The solver {@code z3} opened for the first miss; null while every problem was a hit (a hit needs no Z3 context). */
    private Solver opened;

    /** {@code keys} must name the Z3 and the resource limit the solvers of {@code z3} solve with. */
    public CachedSolver(Supplier<? extends Solver> z3, ProofKeys keys, ProofCache cache, Tally tally) {
        this.z3 = z3;
        this.keys = keys;
        this.cache = cache;
        this.tally = tally;
    }

    /** Cached solvers over Z3 under its default resource limit (see {@link #overZ3(ProofCache, Tally, long)}). */
    public static Supplier<Solver> overZ3(ProofCache cache, Tally tally) {
        return overZ3(cache, tally, Z3Solver.DEFAULT_RESOURCE_LIMIT);
    }

    /**
     * Cached solvers over Z3 under {@code resourceLimit} per check, keyed by that limit and the loaded Z3. Z3 is
     * loaded here, so this fails as {@code Z3Solver.open} does when it cannot be; each solver opens a Z3 context
     * only on its first miss.
     */
    public static Supplier<Solver> overZ3(ProofCache cache, Tally tally, long resourceLimit) {
        Z3Solver.open(resourceLimit).close();
        ProofKeys keys = ProofKeys.forLoadedZ3(resourceLimit);
        return () -> new CachedSolver(() -> Z3Solver.open(resourceLimit), keys, cache, tally);
    }

    @Override
    public Outcome prove(Query query) {
        ProofKey key = keys.of(query);
        return cache.holdsProof(key) ? hit() : recorded(key, z3().prove(query));
    }

    @Override
    public Outcome solve(Horn problem) {
        ProofKey key = keys.of(problem);
        return cache.holdsProof(key) ? hit() : recorded(key, z3().solve(problem));
    }

    @Override
    public void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private Solver z3() {
        if (opened == null) {
            opened = z3.get();
        }
        return opened;
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
