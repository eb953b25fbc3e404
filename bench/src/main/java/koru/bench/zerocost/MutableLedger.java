package koru.bench.zerocost;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * The ledger as most Java programmers write it: one mutable {@code HashMap} of balances updated in
 * place. It does not keep the bank before a transfer, which Koru's value semantics do: the
 * difference between this and {@link PersistentLedger} is the price of immutability, not of extraction.
 */
final class MutableLedger {
    private final Map<Long, Long> balances = new HashMap<>();
    private long total;

    private MutableLedger() {
        for (int account = 0; account < Transfers.ACCOUNTS; account++) {
            balances.put((long) account, Transfers.OPENING.get(account));
            total += Transfers.OPENING.get(account);
        }
    }

    /** Moves the coins, or returns false and changes nothing when the payer is short. */
    private boolean transfer(long payer, long payee, long coins) {
        long available = balances.getOrDefault(payer, 0L);
        if (available < coins) {
            return false;
        }
        balances.put(payer, available - coins);
        balances.merge(payee, coins, Long::sum);
        return true;
    }

    static LedgerOutcome run(int transfers) {
        MutableLedger ledger = new MutableLedger();
        int refused = 0;
        for (int i = 0; i < transfers; i++) {
            if (!ledger.transfer(Transfers.payer(i), Transfers.payee(i), Transfers.coins(i))) {
                refused++;
            }
        }
        return new LedgerOutcome(LongStream.range(0, Transfers.ACCOUNTS).mapToObj(account -> ledger.balances.getOrDefault(account, 0L)).toList(),
                ledger.total, refused);
    }
}
