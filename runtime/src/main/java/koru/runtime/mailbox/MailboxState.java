package koru.runtime.mailbox;

/**
 * The layout of a {@link Mailbox}'s state word: bit 0 the refusing bit, bits 1-31 the head, bits 32-62
 * the tail, both positions modulo 2^31 (a mailbox holds at most 2^29 messages, so their difference is
 * the exact count).
 */
final class MailboxState {
    private static final int POSITION_MASK = Integer.MAX_VALUE;

    private MailboxState() {}

    static long of(int tail, int head, boolean refusing) {
        return (long) (tail & POSITION_MASK) << 32 | (long) (head & POSITION_MASK) << 1 | (refusing ? 1 : 0);
    }

    static int tail(long state) {
        return (int) (state >>> 32);
    }

    static int head(long state) {
        return (int) (state >>> 1) & POSITION_MASK;
    }

    static int count(long state) {
        return (tail(state) - head(state)) & POSITION_MASK;
    }

    static boolean refusing(long state) {
        return (state & 1) != 0;
    }
}
