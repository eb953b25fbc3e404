package koru.bench.zerocost;

import java.util.List;

/**
 * The one schedule of transfers every ledger of the benchmark runs: transfer {@code i} moves
 * {@code coins(i)} from account {@code i % 4} to the next one. The amounts vary (1 to 50) and
 * the opening balances are uneven, so some transfers are refused and both branches are taken.
 */
final class Transfers {
    static final int ACCOUNTS = 4;
    static final List<Long> OPENING = List.of(10L, 1_000L, 5L, 500L);

    private Transfers() {
    }

    static long payer(int i) {
        return i % ACCOUNTS;
    }

    static long payee(int i) {
        return (i + 1) % ACCOUNTS;
    }

    static long coins(int i) {
        return i * 7L % 50 + 1;
    }
}
