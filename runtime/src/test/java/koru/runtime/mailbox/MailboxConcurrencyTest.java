package koru.runtime.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The mailbox with real threads: wake-ups and backpressure. Failures seen off the test thread are collected and asserted here. */
class MailboxConcurrencyTest {
    private static final long HANG_GUARD_SECONDS = 60;

    /**
     * Each round, the receiver blocks in {@code receive} and a sender sends one message after a random
     * pause of 0-20 us, so sends land before, during and after the receiver's decision to park. A lost
     * wake-up would leave the receiver parked for good, and the hang guard would fail the test.
     */
    @Test
    void aReceiverParkedOrAboutToParkIsAlwaysWoken() throws InterruptedException {
        int rounds = 20_000;
        Mailbox<Integer> mailbox = new Mailbox<>(4, 2);
        Mailbox<Integer> acknowledgements = new Mailbox<>(4, 2);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread receiver = Thread.ofPlatform().start(() -> {
            try {
                for (int round = 0; round < rounds; round++) {
                    int got = mailbox.receive();
                    if (got != round) {
                        failures.add("round " + round + " received " + got);
                    }
                    acknowledgements.send(round);
                }
            } catch (InterruptedException e) {
                failures.add("receiver interrupted: a wake-up was lost");
            }
        });
        Thread sender = Thread.ofPlatform().start(() -> {
            try {
                for (int round = 0; round < rounds; round++) {
                    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(20_000));
                    if (mailbox.send(round) != SendResult.DELIVERED) {
                        failures.add("round " + round + " refused with one message in flight");
                    }
                    acknowledgements.receive();
                }
            } catch (InterruptedException e) {
                failures.add("sender interrupted: a wake-up was lost");
            }
        });
        sender.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        receiver.join(TimeUnit.SECONDS.toMillis(5));
        boolean hung = sender.isAlive() || receiver.isAlive();
        sender.interrupt();
        receiver.interrupt();
        assertFalse(hung, "a thread still waits: a wake-up was lost");
        assertEquals(List.of(), failures);
    }

    @Test
    void receiveGivesUpWhenInterruptedWhileParked() throws InterruptedException {
        Mailbox<Integer> mailbox = new Mailbox<>(2, 1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread receiver = Thread.ofPlatform().start(() -> {
            try {
                mailbox.receive();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        while (receiver.getState() != Thread.State.WAITING) {
            Thread.sleep(1); // parked, not just spinning
        }
        receiver.interrupt();
        receiver.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        assertFalse(receiver.isAlive());
        assertTrue(interrupted.get());
    }

    /**
     * Two senders offer ten times what the receiver drains (the receiver pauses after every message);
     * the mailbox must never hold more than its high-water mark, senders must see full, and every
     * delivered message must be received exactly once, in each sender's order.
     */
    @Test
    void aTenfoldOverloadStaysBoundedAndLosesNothingDelivered() throws InterruptedException {
        int highWater = 64;
        int perSender = 50_000; // what each sender tries to send; the receiver drains about a tenth in the same time
        Mailbox<Long> mailbox = new Mailbox<>(highWater, 16);
        AtomicInteger largestSize = new AtomicInteger();
        AtomicLong refusals = new AtomicLong();
        AtomicInteger sendersDone = new AtomicInteger();
        long[] deliveredBy = new long[2];
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            int sender = s;
            senders.add(Thread.ofPlatform().start(() -> {
                long delivered = 0;
                for (int attempt = 0; attempt < perSender; attempt++) {
                    if (mailbox.send((long) sender << 32 | delivered) == SendResult.DELIVERED) {
                        delivered++;
                    } else {
                        refusals.incrementAndGet();
                    }
                    largestSize.accumulateAndGet(mailbox.size(), Math::max);
                    Thread.onSpinWait();
                }
                deliveredBy[sender] = delivered;
                sendersDone.incrementAndGet();
            }));
        }
        long[] nextExpected = new long[2];
        List<String> failures = new ArrayList<>();
        long received = 0;
        while (sendersDone.get() < 2 || mailbox.size() > 0) {
            Long message = mailbox.poll();
            if (message == null) {
                Thread.onSpinWait();
                continue;
            }
            int sender = (int) (message >>> 32);
            long sequence = message & 0xFFFF_FFFFL;
            if (sequence != nextExpected[sender] && failures.size() < 10) {
                failures.add("sender " + sender + ": got " + sequence + ", expected " + nextExpected[sender]);
            }
            nextExpected[sender] = sequence + 1;
            received++;
            if (sendersDone.get() < 2) {
                LockSupport.parkNanos(2_000); // the slow receiver
            }
        }
        for (Thread sender : senders) {
            sender.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        }
        assertEquals(List.of(), failures);
        assertTrue(largestSize.get() <= highWater, "held " + largestSize.get() + " > high water " + highWater);
        assertTrue(refusals.get() > perSender, "senders offering 10x saw full only " + refusals.get() + " times");
        assertEquals(deliveredBy[0] + deliveredBy[1], received, "delivered messages received");
        assertEquals(deliveredBy[0], nextExpected[0]);
        assertEquals(deliveredBy[1], nextExpected[1]);
        assertNull(mailbox.poll());
    }

    /** Two senders, one receiver, a small mailbox that is full and empty often: every delivered message exactly once. */
    @Test
    @Timeout(HANG_GUARD_SECONDS) // a lost message leaves the receiver parked in receive forever
    void everyDeliveredMessageArrivesExactlyOnce() throws InterruptedException {
        int perSender = 500_000;
        Mailbox<Integer> mailbox = new Mailbox<>(8, 4);
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            int first = s * perSender;
            senders.add(Thread.ofPlatform().start(() -> {
                for (int v = first; v < first + perSender; v++) {
                    while (mailbox.send(v) != SendResult.DELIVERED) {
                        Thread.onSpinWait();
                    }
                }
            }));
        }
        BitSet seen = new BitSet(2 * perSender);
        int duplicates = 0;
        for (int taken = 0; taken < 2 * perSender; taken++) {
            int v = mailbox.receive();
            if (seen.get(v)) {
                duplicates++;
            }
            seen.set(v);
        }
        for (Thread sender : senders) {
            sender.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        }
        assertEquals(0, duplicates);
        assertEquals(2 * perSender, seen.cardinality());
        assertNull(mailbox.poll());
    }
}
