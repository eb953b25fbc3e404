package koru.bench.zerocost;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.stream.LongStream;

/**
 * The ledger as a Java programmer writes it when a bank is an immutable value, as Koru's is: a
 * record over Vavr's persistent map, a transfer returning the new bank, or the same bank when the
 * payer is short.
 */
final class PersistentLedger {
    private PersistentLedger() {
    }

    record Bank(Map<Long, Long> balances, long total) {
        Bank transfer(long payer, long payee, long coins) {
            long available = balances.getOrElse(payer, 0L);
            if (available < coins) {
                return this;
            }
            return new Bank(balances.put(payer, available - coins).put(payee, balances.getOrElse(payee, 0L) + coins), total);
        }
    }

    static LedgerOutcome run(int transfers) {
        Map<Long, Long> balances = HashMap.empty();
        long total = 0;
        for (int account = 0; account < Transfers.ACCOUNTS; account++) {
            balances = balances.put((long) account, Transfers.OPENING.get(account));
            total += Transfers.OPENING.get(account);
        }
        Bank bank = new Bank(balances, total);
        int refused = 0;
        for (int i = 0; i < transfers; i++) {
            Bank after = bank.transfer(Transfers.payer(i), Transfers.payee(i), Transfers.coins(i));
            if (after == bank) {
                refused++;
            }
            bank = after;
        }
        Bank last = bank;
        return new LedgerOutcome(LongStream.range(0, Transfers.ACCOUNTS).mapToObj(account -> last.balances().getOrElse(account, 0L)).toList(),
                last.total(), refused);
    }
}
