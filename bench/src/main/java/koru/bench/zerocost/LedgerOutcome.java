package koru.bench.zerocost;

import java.util.List;

/** What a run of the ledger leaves: each account's balance, the bank's total, and how many transfers were refused. */
record LedgerOutcome(List<Long> balances, long total, int refused) {
}
