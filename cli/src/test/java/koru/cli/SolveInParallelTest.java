package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come back in the items' order whatever thread made them, and a worker's failure reaches the caller. */
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
}
