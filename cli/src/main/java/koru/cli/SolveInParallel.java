package koru.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import koru.kernel.obligations.Obligation;
import koru.kernel.obligations.VerifyObligations;
import koru.kernel.obligations.VerifyObligations.Verdict;
import koru.smt.logic.Solver;

/**
 * Solves obligations (or does any other work item by item) on up to {@code jobs} threads. A Z3 context
 * must stay on one thread, so a worker opens each solver it uses and closes it itself. Verdicts come back
 * in the obligations' order whatever the scheduling, each obligation is solved on a context of its own,
 * and the solver's resource limit is deterministic, so a run's report never depends on the machine's load
 * or on how the obligations were shared out.
 */
final class SolveInParallel {
    /** The solver recurses over the depth of a query's terms on the worker's stack; reserving much costs nothing. */
    private static final long STACK_BYTES = 256L << 20;

    private SolveInParallel() {
    }

    /**
     * One verdict per obligation, with its time, in order; the first failure of a worker (e.g. Z3 missing) is rethrown here.
     * Each obligation gets a solver of its own (a new Z3 context, about half a millisecond): the work Z3 does
     * on a query depends on what its context solved before (measured: one query took 758 resource units on a
     * fresh context and 1,262 after a Horn problem), so a context shared by a worker's obligations would make
     * an outcome near the limit depend on which obligations that thread happened to take first.
     */
    static List<Solved> solve(List<Obligation> obligations, int jobs, Supplier<? extends Solver> solvers) {
        return map(obligations, jobs, obligation -> {
            try (Solver solver = solvers.get()) {
                // One obligation through the kernel's own loop: its outcome is exactly the solver's.
                long start = System.nanoTime();
                Verdict verdict = VerifyObligations.solve(List.of(obligation), solver).get(0);
                return new Solved(verdict, Duration.ofNanos(System.nanoTime() - start));
            }
        });
    }

    /**
     * The kernel's verdict on one obligation and the wall time of solving it (opening the solver is not
     * counted; a proof from the cache mostly takes a fraction of a millisecond). The time is kept beside the
     * verdict, not in it: the kernel's records are trusted, and how long a proof took is no part of it.
     */
    record Solved(Verdict verdict, Duration time) {
    }

    /**
     * {@code work} applied to each item, on up to {@code jobs} threads at once, the results in the items' order; the first
     * failure of a worker is rethrown here. {@code work} keeps nothing between items (a solver it opens, it closes).
     */
    static <T, R> List<R> map(List<T> items, int jobs, Function<? super T, ? extends R> work) {
        AtomicReferenceArray<R> results = new AtomicReferenceArray<>(items.size());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    results.set(i, work.apply(items.get(i)));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                next.set(items.size()); // the others stop after their current item
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < Math.min(jobs, items.size()); w++) {
            Thread thread = new Thread(null, worker, "koru-verify-" + w, STACK_BYTES);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            joinUninterruptibly(thread);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
        return IntStream.range(0, items.size()).mapToObj(results::get).toList();
    }

    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
