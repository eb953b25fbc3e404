package koru.runtime.rt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code quorum}: k replies, slow ones, missing ones, a close, and the time limit. */
class QuorumTest {
    private static final long HANG_GUARD_SECONDS = 120;
    /** Longer than the slow repliers ever take here, so a quorum they can meet is met even on a loaded machine. */
    private static final long GENEROUS_MS = 60_000;

    @Test
    void theFirstKRepliesInTheOrderTakenAreTheQuorumAndTheRestStayInTheChannel() {
        Channel replies = new Channel(8);
        for (long reply = 10; reply <= 14; reply++) {
            replies.send(reply);
        }
        assertAll(
                () -> assertEquals(new Quorum.Outcome.Reached(List.of(10L, 11L, 12L)), Quorum.collect(replies, 3, GENEROUS_MS)),
                () -> assertEquals(OptionalLong.of(13), replies.receive()));
    }

    /** Three repliers out of five answer, slowly and from other threads; two never do. A quorum of three is met. */
    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void slowRepliesFromOtherThreadsMeetAQuorumThatMissingOnesCannotStop() throws InterruptedException {
        Channel replies = new Channel(8);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> repliers = new ArrayList<>();
        for (long replier = 1; replier <= 3; replier++) {
            long id = replier;
            repliers.add(Thread.ofPlatform().start(() -> {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10 * id));
                if (replies.send(id) != SendOutcome.SENT) {
                    failures.add("replier " + id + " refused");
                }
            }));
        }
        Quorum.Outcome outcome = Quorum.collect(replies, 3, GENEROUS_MS);
        for (Thread replier : repliers) {
            replier.join();
        }
        assertAll(
                () -> assertEquals(List.of(), failures),
                () -> assertEquals(Quorum.Outcome.Reached.class, outcome.getClass(), outcome::toString),
                () -> assertEquals(List.of(1L, 2L, 3L),
                        ((Quorum.Outcome.Reached) outcome).replies().stream().sorted().toList()));
    }

    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void whenTheTimeLimitPassesTheAnswerIsHowManyCame() {
        Channel replies = new Channel(8);
        replies.send(1);
        replies.send(2);
        assertEquals(new Quorum.Outcome.Short(2), Quorum.collect(replies, 3, 30));
    }

    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void aChannelClosedBeforeKRepliesEndsTheWaitWithoutTheTimeLimit() {
        Channel replies = new Channel(8);
        replies.send(1);
        replies.close();
        assertEquals(new Quorum.Outcome.Short(1), Quorum.collect(replies, 2, Long.MAX_VALUE));
    }

    /** A limit above 2^63 ms (Koru's u64 read as unsigned, negative in Java) is no limit, not an expired one. */
    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void anUnsignedHugeLimitIsNoLimit() {
        Channel replies = new Channel(2);
        Thread.ofPlatform().start(() -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            replies.send(9);
        });
        assertEquals(new Quorum.Outcome.Reached(List.of(9L)), Quorum.collect(replies, 1, -1L));
    }

    @Test
    void aQuorumNeedsAtLeastOneReply() {
        assertThrows(IllegalArgumentException.class, () -> Quorum.collect(new Channel(1), 0, 10));
    }
}
