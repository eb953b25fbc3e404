package koru.runtime.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailboxTest {
    @Test
    void refusesFromTheHighWaterMarkUntilDrainedBelowTheLowOne() {
        Mailbox<Integer> mailbox = new Mailbox<>(4, 2);
        for (int i = 0; i < 4; i++) {
            assertEquals(SendResult.DELIVERED, mailbox.send(i), "send " + i);
        }
        assertTrue(mailbox.refusing());
        assertEquals(SendResult.FULL, mailbox.send(99));
        assertEquals(0, mailbox.poll());
        assertEquals(1, mailbox.poll());
        assertEquals(2, mailbox.size());
        assertEquals(SendResult.FULL, mailbox.send(99), "two left is not below the low-water mark of 2");
        assertEquals(2, mailbox.poll());
        assertFalse(mailbox.refusing());
        assertEquals(SendResult.DELIVERED, mailbox.send(4));
        assertEquals(3, mailbox.poll());
        assertEquals(4, mailbox.poll());
        assertNull(mailbox.poll(), "the refused 99 was never taken");
    }

    @Test
    void keepsOrderAcrossManyLapsOfItsSlots() {
        Mailbox<Integer> mailbox = new Mailbox<>(3, 3); // 4 slots; three messages per lap move the positions round them
        for (int lap = 0; lap < 1000; lap++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(SendResult.DELIVERED, mailbox.send(3 * lap + i));
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(3 * lap + i, mailbox.poll());
            }
        }
        assertNull(mailbox.poll());
    }

    @Test
    void waterMarksOutsideOneToHighAndNullMessagesAreRefused() {
        for (int[] marks : new int[][] {{4, 0}, {4, 5}, {0, 0}, {(1 << 29) + 1, 1}}) {
            assertThrows(IllegalArgumentException.class, () -> new Mailbox<>(marks[0], marks[1]),
                    "high " + marks[0] + ", low " + marks[1]);
        }
        Mailbox<String> mailbox = new Mailbox<>(1, 1);
        assertThrows(NullPointerException.class, () -> mailbox.send(null));
        assertEquals(SendResult.DELIVERED, mailbox.send("only"));
        assertEquals(SendResult.FULL, mailbox.send("second"), "a high-water mark of 1 holds one message");
    }
}
