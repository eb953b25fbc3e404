package koru.runtime.mailbox;

import java.util.ArrayDeque;

/**
 * The mailbox's meaning, one operation at a time: a FIFO queue that starts refusing when it holds
 * {@link MailboxLinearizabilityTest#HIGH_WATER} messages and stops when it holds fewer than
 * {@link MailboxLinearizabilityTest#LOW_WATER}. Lincheck checks every concurrent history against it.
 */
public final class SequentialMailbox {
    private final ArrayDeque<Integer> messages = new ArrayDeque<>();
    private boolean refusing;

    public SendResult send(int message) {
        if (refusing) {
            return SendResult.FULL;
        }
        messages.addLast(message);
        refusing = messages.size() >= MailboxLinearizabilityTest.HIGH_WATER;
        return SendResult.DELIVERED;
    }

    public Integer poll() {
        Integer message = messages.pollFirst();
        if (message != null && messages.size() < MailboxLinearizabilityTest.LOW_WATER) {
            refusing = false;
        }
        return message;
    }

    public int size() {
        return messages.size();
    }

    public boolean refusing() {
        return refusing;
    }
}
