package koru.smt.report;

import static koru.smt.report.Transfer.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import koru.smt.logic.Query;
import org.junit.jupiter.api.Test;

/**
 * Replaying a transfer to oneself on concrete values: confirmed only when the path's facts hold and
 * the invariant breaks on them, with every map a finite Koru map.
 */
class ReplayQueryTest {
    private static final Query SELF_TRANSFER = Transfer.toOneself(Transfer.UPDATES);

    private static Map<String, Value> values(Value balances, long supply, long from, long to, long amount) {
        return Map.of("balances", balances, "supply", integer(supply), "from", integer(from), "to", integer(to), "amount", integer(amount));
    }

    private static Value balances(Map<Value, Value> entries, long otherwise) {
        return new Value.ArrayValue(entries, integer(otherwise));
    }

    @Test
    void payingOneselfCreatesMoney() {
        assertEquals(new Replay.Confirmed(), ReplayQuery.on(SELF_TRANSFER, values(balances(Map.of(integer(1), integer(1)), 0), 1, 1, 1, 1)));
    }

    @Test
    void aTransferBetweenTwoAccountsIsNoCounterexample() {
        assertEquals(new Replay.Unconfirmed("the goal holds on these values"),
                ReplayQuery.on(SELF_TRANSFER, values(balances(Map.of(integer(1), integer(1)), 0), 1, 1, 2, 1)));
    }

    @Test
    void valuesThatBreakAFactOfThePathAreNoCounterexample() {
        assertEquals(new Replay.Unconfirmed("assumption 7 of 10 is false on these values"),
                ReplayQuery.on(SELF_TRANSFER, values(balances(Map.of(integer(1), integer(1)), 0), 5, 1, 1, 1)));
    }

    @Test
    void aModelWhoseMapReadsThreeEverywhereIsNoKoruMap() {
        // What Z3 may answer for an uninterpreted sum: "sums" to the supply, yet not a finite map.
        assertEquals(new Replay.Unconfirmed("balances is not a finite map: its missing keys read 3"),
                ReplayQuery.on(SELF_TRANSFER, values(balances(Map.of(integer(0), integer(9)), 3), 9, 0, 0, 1)));
    }
}
