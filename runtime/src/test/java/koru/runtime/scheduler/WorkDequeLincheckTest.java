package koru.runtime.scheduler;

import java.util.ArrayDeque;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * The deque is linearizable against a plain bounded deque, with push and pop on one thread (the
 * owner: Lincheck's non-parallel group) and steals on the others. Capacity 2, so "full" is reached.
 */
public class WorkDequeLincheckTest {
    private static final int CAPACITY = 2;

    /** A fresh object per push: the deque's elements are distinct objects (see WorkDeque). */
    private record Item(int value) {}

    private final WorkDeque<Item> deque = new WorkDeque<>(CAPACITY);

    @Operation(nonParallelGroup = "owner")
    public boolean push(int value) {
        return deque.push(new Item(value)) != WorkDeque.Pushed.FULL;
    }

    @Operation(nonParallelGroup = "owner")
    public Integer pop() {
        Item item = deque.pop();
        return item == null ? null : item.value();
    }

    @Operation
    public Integer steal() {
        Item item = deque.steal();
        return item == null ? null : item.value();
    }

    @Test
    void isLinearizableUnderModelChecking() {
        new ModelCheckingOptions()
                .iterations(20)
                .invocationsPerIteration(1_000)
                .threads(3)
                .actorsPerThread(3)
                .sequentialSpecification(SequentialDeque.class)
                .check(getClass());
    }

    @Test
    void isLinearizableUnderStress() {
        new StressOptions()
                .iterations(15)
                .invocationsPerIteration(1_000)
                .threads(3)
                .actorsPerThread(3)
                .sequentialSpecification(SequentialDeque.class)
                .check(getClass());
    }

    /** The specification: a bounded deque, owner at the tail, thieves at the head. */
    public static class SequentialDeque {
        private final ArrayDeque<Integer> items = new ArrayDeque<>();

        public boolean push(int value) {
            if (items.size() == CAPACITY) {
                return false;
            }
            items.addLast(value);
            return true;
        }

        public Integer pop() {
            return items.pollLast();
        }

        public Integer steal() {
            return items.pollFirst();
        }
    }
}
