package koru.runtime.rt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The channel on one thread (order, backpressure, close), then with real threads; failures off the test thread are collected and asserted here. */
class ChannelTest {
    private static final long HANG_GUARD_SECONDS = 120;

    @Test
    void valuesComeOutInTheOrderTheyWereSent() {
        Channel channel = new Channel(8);
        for (long value = -3; value <= 3; value++) {
            assertEquals(SendOutcome.SENT, channel.send(value));
        }
        for (long value = -3; value <= 3; value++) {
            assertEquals(OptionalLong.of(value), channel.receive());
        }
    }

    @Test
    void aFullChannelRefusesUntilDrainedBelowHalfItsCapacity() {
        Channel channel = new Channel(4);
        for (int i = 0; i < 4; i++) {
            assertEquals(SendOutcome.SENT, channel.send(i));
        }
        assertEquals(SendOutcome.FULL, channel.send(4), "at capacity");
        channel.receive();
        channel.receive();
        assertEquals(SendOutcome.FULL, channel.send(4), "two held: not yet below the low-water mark of 2");
        channel.receive();
        assertEquals(SendOutcome.SENT, channel.send(4), "one held: below the low-water mark");
        assertAll(() -> assertEquals(OptionalLong.of(3), channel.receive()), () -> assertEquals(OptionalLong.of(4), channel.receive()));
    }

    @Test
    void afterTheCloseSendsAreRefusedAndReceiversDrainThenSeeTheClose() {
        Channel channel = new Channel(4);
        channel.send(1);
        channel.send(2);
        channel.close();
        channel.close();
        assertAll(
                () -> assertEquals(SendOutcome.CLOSED, channel.send(3)),
                () -> assertEquals(OptionalLong.of(1), channel.receive()),
                () -> assertEquals(OptionalLong.of(2), channel.receive()),
                () -> assertEquals(OptionalLong.empty(), channel.receive()),
                () -> assertEquals(OptionalLong.empty(), channel.receive(), "closed stays closed"));
    }

    @Test
    void capacityIsOneToTwoToTheTwentyNinth() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new Channel(0)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Channel(Channel.MAX_CAPACITY + 1)),
                () -> assertEquals(1, new Channel(1).capacity()));
    }

    @Test
    void aWaitWithADeadlineTimesOutOnAnEmptyOpenChannel() {
        Channel channel = new Channel(2);
        assertEquals(Awaited.TIMED_OUT, channel.await(true, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20)));
        channel.send(7);
        assertEquals(new Awaited.Value(7), channel.await(true, System.nanoTime()), "a value already there is taken even at the deadline");
    }

    /** The receiver is parked (or about to park) in {@code receive} when the close comes: it must wake and answer closed. */
    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void aCloseWakesAWaitingReceiver() throws InterruptedException {
        for (int round = 0; round < 2_000; round++) {
            Channel channel = new Channel(2);
            AtomicReference<OptionalLong> received = new AtomicReference<>();
            Thread receiver = Thread.ofPlatform().start(() -> received.set(channel.receive()));
            if (round % 2 == 0) {
                Thread.sleep(0, 50_000);
            }
            channel.close();
            receiver.join();
            assertEquals(OptionalLong.empty(), received.get(), "round " + round);
        }
    }

    /**
     * Each round one send races the close while a receiver drains: the receiver must get the value
     * exactly when the send answered SENT. A receiver that took "closed" for "closed and drained"
     * while the send was between its check and the mailbox would lose it.
     */
    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void aSendRacingTheCloseIsReceivedExactlyWhenItAnsweredSent() throws InterruptedException {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (int round = 0; round < 20_000; round++) {
            Channel channel = new Channel(4);
            AtomicReference<SendOutcome> outcome = new AtomicReference<>();
            long value = round;
            CyclicBarrier start = new CyclicBarrier(2);
            Thread sender = Thread.ofPlatform().start(() -> {
                awaitBarrier(start, failures);
                outcome.set(channel.send(value));
            });
            awaitBarrier(start, failures);
            channel.close();
            int received = 0;
            while (channel.receive().isPresent()) {
                received++;
            }
            sender.join();
            int expected = outcome.get() == SendOutcome.SENT ? 1 : 0;
            if (received != expected) {
                failures.add("round " + round + ": send answered " + outcome.get() + ", received " + received);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void awaitBarrier(CyclicBarrier barrier, List<String> failures) {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            failures.add("the start barrier broke: " + e);
        }
    }

    /**
     * Three senders race one closer; two receivers take turns. Every value a send answered SENT for is
     * received exactly once, none that was refused is, and both receivers end with closed: a send in
     * flight at the close is neither lost nor left behind the close.
     */
    @Test
    @Timeout(value = HANG_GUARD_SECONDS, unit = TimeUnit.SECONDS)
    void everySentValueIsReceivedOnceEvenWhenTheCloseRacesTheSenders() throws InterruptedException {
        int senders = 3;
        int perSender = 200_000;
        Channel channel = new Channel(64);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        BitSet[] sent = new BitSet[senders];
        BitSet[] received = {new BitSet(senders * perSender), new BitSet(senders * perSender)};
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            sent[s] = new BitSet(senders * perSender);
            threads.add(Thread.ofPlatform().start(() -> {
                await(start, failures);
                for (int i = 0; i < perSender; i++) {
                    int value = sender * perSender + i;
                    SendOutcome outcome;
                    while ((outcome = channel.send(value)) == SendOutcome.FULL) {
                        Thread.onSpinWait();
                    }
                    if (outcome == SendOutcome.CLOSED) {
                        return;
                    }
                    sent[sender].set(value);
                }
            }));
        }
        for (BitSet mine : received) {
            threads.add(Thread.ofPlatform().start(() -> {
                await(start, failures);
                for (OptionalLong value = channel.receive(); value.isPresent(); value = channel.receive()) {
                    int at = (int) value.getAsLong();
                    if (mine.get(at)) {
                        failures.add("received " + at + " twice");
                    }
                    mine.set(at);
                }
            }));
        }
        start.countDown();
        Thread.sleep(30);
        channel.close();
        for (Thread thread : threads) {
            thread.join();
        }
        BitSet allSent = new BitSet();
        for (BitSet bits : sent) {
            allSent.or(bits);
        }
        BitSet both = (BitSet) received[0].clone();
        both.and(received[1]);
        BitSet allReceived = (BitSet) received[0].clone();
        allReceived.or(received[1]);
        assertAll(
                () -> assertEquals(List.of(), failures),
                () -> assertTrue(both.isEmpty(), () -> "received by both receivers: " + both.cardinality()),
                () -> assertEquals(allSent, allReceived, () -> "sent " + allSent.cardinality() + ", received " + allReceived.cardinality()));
    }

    private static void await(CountDownLatch start, List<String> failures) {
        try {
            start.await();
        } catch (InterruptedException e) {
            failures.add("interrupted before the start");
        }
    }
}
