package koru.runtime.ring;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * The ring against {@link SequentialQueue}. With one producer and one consumer (Lincheck keeps every
 * offer on one thread and every poll on another) every history is linearizable. With several of each it
 * is not, by design: the relaxed poll answers empty while an earlier position is claimed but not yet
 * published, even if a later one is; the test pins that documented relaxation down, so a change that
 * removes it (or a checker that stops finding it) is noticed.
 */
@Param(name = "element", gen = IntGen.class, conf = "1:9")
public class MpmcRingLinearizabilityTest {
    static final int CAPACITY = 2;

    private final MpmcRing<Integer> ring = new MpmcRing<>(CAPACITY);

    /** One producer and one consumer: the two groups below each stay on one thread. */
    @Param(name = "element", gen = IntGen.class, conf = "1:9")
    public static class OneProducerOneConsumer {
        private final MpmcRing<Integer> ring = new MpmcRing<>(CAPACITY);

        @Operation(nonParallelGroup = "producer")
        public boolean offer(@Param(name = "element") int element) {
            return ring.offer(element);
        }

        @Operation(nonParallelGroup = "consumer")
        public Integer poll() {
            return ring.poll();
        }
    }

    @Operation
    public boolean offer(@Param(name = "element") int element) {
        return ring.offer(element);
    }

    @Operation
    public Integer poll() {
        return ring.poll();
    }

    @Test
    void oneProducerOneConsumerIsLinearizableInEveryInterleaving() {
        new ModelCheckingOptions()
                .threads(2)
                .actorsPerThread(4)
                .actorsBefore(1)
                .iterations(25)
                .invocationsPerIteration(500)
                .sequentialSpecification(SequentialQueue.class)
                .check(OneProducerOneConsumer.class);
    }

    @Test
    void oneProducerOneConsumerIsLinearizableOnRealThreads() {
        new StressOptions()
                .threads(2)
                .actorsPerThread(5)
                .iterations(10)
                .invocationsPerIteration(1_000)
                .sequentialSpecification(SequentialQueue.class)
                .check(OneProducerOneConsumer.class);
    }

    @Test
    void theRelaxedPollIsNotLinearizableWithSeveralProducers() {
        AssertionError found = assertThrows(AssertionError.class, () -> new ModelCheckingOptions()
                .threads(3)
                .actorsPerThread(2)
                .iterations(100)
                .invocationsPerIteration(1_000)
                .sequentialSpecification(SequentialQueue.class)
                .check(getClass()));
        if (!found.getMessage().contains("Invalid execution results")) {
            throw found; // another failure than a non-linearizable history
        }
    }
}
