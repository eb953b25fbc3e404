package koru.runtime.mailbox;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Every concurrent history of senders and the one receiver is one that {@link SequentialMailbox} could
 * have produced: FIFO, nothing lost or duplicated, and the water marks obeyed at a single instant. The
 * marks are small (3 and 2) so that short scenarios cross both of them.
 */
@Param(name = "message", gen = IntGen.class, conf = "1:9")
public class MailboxLinearizabilityTest {
    static final int HIGH_WATER = 3;
    static final int LOW_WATER = 2;

    private final Mailbox<Integer> mailbox = new Mailbox<>(HIGH_WATER, LOW_WATER);

    @Operation
    public SendResult send(@Param(name = "message") int message) {
        return mailbox.send(message);
    }

    // One receiver at a time is the mailbox's contract, so Lincheck keeps every poll on one thread.
    @Operation(nonParallelGroup = "receiver")
    public Integer poll() {
        return mailbox.poll();
    }

    @Operation
    public int size() {
        return mailbox.size();
    }

    @Operation
    public boolean refusing() {
        return mailbox.refusing();
    }

    @Test
    void everyInterleavingOfThreeThreadsIsLinearizable() {
        new ModelCheckingOptions()
                .threads(3)
                .actorsPerThread(3)
                .actorsBefore(2)
                .iterations(25)
                .invocationsPerIteration(500)
                .sequentialSpecification(SequentialMailbox.class)
                .check(getClass());
    }

    @Test
    void stressedRunsOnRealThreadsAreLinearizable() {
        new StressOptions()
                .threads(3)
                .actorsPerThread(4)
                .iterations(25)
                .invocationsPerIteration(2_000)
                .sequentialSpecification(SequentialMailbox.class)
                .check(getClass());
    }
}
