package koru.runtime.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailboxStateTest {
    @Test
    void fieldsRoundTripAndTheCountSurvivesPositionsWrapping() {
        long state = MailboxState.of(7, 3, true);
        assertEquals(7, MailboxState.tail(state));
        assertEquals(3, MailboxState.head(state));
        assertEquals(4, MailboxState.count(state));
        assertTrue(MailboxState.refusing(state));

        long wrapped = MailboxState.of(Integer.MAX_VALUE + 3, Integer.MAX_VALUE - 1, false); // tail wrapped to 2
        assertEquals(2, MailboxState.tail(wrapped));
        assertEquals(4, MailboxState.count(wrapped));
        assertFalse(MailboxState.refusing(wrapped));
    }
}
