package koru.bench.zerocost;

import java.util.stream.LongStream;
import koru.app.Ledger.Bank;
import koru.app.Ledger.OpenBank;
import koru.app.Ledger.Transfer;

/**
 * The extracted ledger ({@code src/main/koru/ledger.kz}), driven from Java: each transfer calls the
 * generated {@code Transfer.transfer} and switches over its branches, as a Koru caller's handlers
 * would. The loop is Java because the schedule of payers and amounts is the benchmark's, not the
 * program's; a Koru label loop would add a verified loop invariant and nothing to the comparison.
 */
final class ExtractedLedger {
    private ExtractedLedger() {
    }

    static LedgerOutcome run(int transfers) {
        var opening = Transfers.OPENING;
        Bank bank = switch (OpenBank.open_bank(opening.get(0), opening.get(1), opening.get(2), opening.get(3))) {
            case OpenBank.Opened(var opened) -> opened;
        };
        int refused = 0;
        for (int i = 0; i < transfers; i++) {
            switch (Transfer.transfer(bank, Transfers.payer(i), Transfers.payee(i), Transfers.coins(i))) {
                case Transfer.Moved(var after) -> bank = after;
                case Transfer.Refused refusal -> refused++;
            }
        }
        Bank last = bank;
        return new LedgerOutcome(LongStream.range(0, Transfers.ACCOUNTS).mapToObj(account -> last.accounts().getOrElse(account, 0L)).toList(),
                last.total(), refused);
    }
}
