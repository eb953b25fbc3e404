package koru.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import koru.kernel.obligations.Obligation;
import koru.kernel.obligations.VerifyObligations;
import koru.kernel.obligations.VerifyObligations.Verdict;
import koru.smt.logic.Solver;

/**
 * Solves obligations on up to {@code jobs} threads. A Z3 context must stay on one thread, so each
 * worker opens its own solver, takes the next unsolved obligation until none is left, and closes
 * its solver itself. Verdicts come back in the obligations' order whatever the scheduling, and the
 * solver's resource limit is deterministic, so a run's report never depends on the machine's load.
 */
final class SolveInParallel {
    /** The solver recurses over the depth of a query's terms on the worker's stack; reserving much costs nothing. */
    private static final long STACK_BYTES = 256L << 20;

    private SolveInParallel() {
    }

    /** One verdict per obligation, in order; the first failure of a worker (e.g. Z3 missing) is rethrown here. */
    static List<Verdict> solve(List<Obligation> obligations, int jobs, Supplier<? extends Solver> solvers) {
        Verdict[] verdicts = new Verdict[obligations.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try (Solver solver = solvers.get()) {
                for (int i = next.getAndIncrement(); i < verdicts.length; i = next.getAndIncrement()) {
                    // One obligation at a time through the kernel's own loop: its outcome is exactly the solver's.
                    verdicts[i] = VerifyObligations.solve(List.of(obligations.get(i)), solver).get(0);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                next.set(verdicts.length); // the others stop after their current obligation
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(jobs, verdicts.length); w++) {
            Thread worker = new Thread(null, work, "koru-verify-" + w, STACK_BYTES);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            joinUninterruptibly(worker);
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
        return Arrays.asList(verdicts);
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
