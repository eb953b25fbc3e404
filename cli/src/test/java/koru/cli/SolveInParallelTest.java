package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import koru.kernel.ir.Origin;
import koru.kernel.obligations.Obligation;
import koru.smt.logic.Horn;
import koru.smt.logic.Outcome;
import koru.smt.logic.Query;
import koru.smt.logic.Solver;
import koru.smt.logic.Term;
import org.junit.jupiter.api.Test;

/**
 * Results come back in the items' order whatever thread made them, a worker's failure reaches the caller, and
 * each obligation is solved by a solver of its own, opened and closed for it alone: what Z3 does on a query
 * depends on what its context solved before (docs/verification-smt.md), so a solver shared by a worker's
 * obligations would make an outcome near the limit depend on how the threads shared them out.
 */
class SolveInParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsAreInTheItemsOrderOnOneThreadAndOnMany() {
        List<Integer> squares = ITEMS.stream().map(i -> i * i).toList();
        List<Integer> onFour = SolveInParallel.map(ITEMS, 4, i -> {
            Thread.yield(); // let the other workers take items in between
            return i * i;
        });
        assertEquals(squares, onFour);
        assertEquals(squares, SolveInParallel.map(ITEMS, 1, i -> i * i));
    }

    @Test
    void theFirstFailureOfAWorkerIsRethrownToTheCaller() {
        IllegalArgumentException thrown = new IllegalArgumentException("item 17 is bad");
        IllegalArgumentException caught = assertThrows(IllegalArgumentException.class, () -> SolveInParallel.map(ITEMS, 3, i -> {
            if (i == 17) {
                throw thrown;
            }
            return i;
        }));
        assertSame(thrown, caught);
    }

    @Test
    void noItemsStartNoWorker() {
        assertEquals(List.of(), SolveInParallel.map(List.<Integer>of(), 4, i -> {
            throw new AssertionError("no item to work on");
        }));
    }

    /** A solver that proves everything and records which obligations it saw and whether it was closed. */
    private static final class Recording implements Solver {
        final List<String> seen = new ArrayList<>();
        boolean closed;

        @Override
        public Outcome prove(Query query) {
            seen.add(query.name());
            return new Outcome.Proven();
        }

        @Override
        public Outcome solve(Horn problem) {
            seen.add(problem.name());
            return new Outcome.Proven();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void everyObligationGetsASolverOfItsOwnClosedAfterIt() {
        List<Obligation> obligations = IntStream.range(0, 50).mapToObj(i -> new Obligation(Obligation.Kind.PRE,
                new Origin("p.kz", i, i + 1), "o" + i, new Query("q" + i, List.of(), Term.bool(true)), Optional.empty(), List.of()))
                .toList();
        Set<Recording> opened = ConcurrentHashMap.newKeySet();
        AtomicInteger opens = new AtomicInteger();
        List<SolveInParallel.Solved> solved = SolveInParallel.solve(obligations, 3, () -> {
            Recording solver = new Recording();
            opened.add(solver);
            opens.incrementAndGet();
            return solver;
        });
        assertEquals(50, solved.size());
        solved.forEach(s -> assertInstanceOf(Outcome.Proven.class, s.verdict().outcome()));
        assertEquals(IntStream.range(0, 50).mapToObj(i -> "o" + i).toList(), solved.stream().map(s -> s.verdict().obligation().description()).toList());
        assertEquals(50, opens.get(), "one solver per obligation");
        opened.forEach(solver -> {
            assertEquals(1, solver.seen.size(), "a solver saw " + solver.seen);
            assertEquals(true, solver.closed, "a solver was left open");
        });
    }
}
