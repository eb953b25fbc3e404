package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koru.smt.logic.Outcome;
import koru.smt.report.Replay;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;

/** The {@code counterexample:} note: values in source terms, and whether they were replayed. */
class CounterexampleTest {
    private static final Map<String, Value> SELF_TRANSFER = Map.of(
            "from", integer(1), "to", integer(1), "amount", integer(1),
            "book.balances", new Value.ArrayValue(Map.of(integer(1), integer(1)), integer(0)));

    private static Value integer(long value) {
        return new Value.IntValue(BigInteger.valueOf(value));
    }

    /** {@code koru verify} on a program of the soundness corpus's reject folder: what a user sees on stderr. */
    private static String verifyRejected(String program) throws URISyntaxException {
        Path path = Path.of(CounterexampleTest.class.getResource("/verify/reject/" + program).toURI());
        StringWriter err = new StringWriter();
        Koru.run(new String[] {"verify", "--color", "never", "--jobs", "1", path.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        return err.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void aReplayedCounterexampleSaysSo() {
        assertEquals(Optional.of("counterexample: amount = 1, book.balances = {1: 1, _: 0}, from = 1, to = 1 (replayed)"),
                Counterexample.note(new Outcome.Failed(SELF_TRANSFER, new Replay.Confirmed())));
    }

    @Test
    void anUnconfirmedOneSaysWhy() {
        assertEquals(Optional.of("counterexample: n = 0 (the solver's model, not confirmed by replaying it: a division by zero)"),
                Counterexample.note(new Outcome.Failed(Map.of("n", integer(0)), new Replay.Unconfirmed("a division by zero"))));
    }

    @Test
    void withoutValuesThereIsNoNote() {
        assertEquals(Optional.empty(), Counterexample.note(new Outcome.Failed(Map.of(), new Replay.Confirmed())));
    }

    @Test
    void payingOneselfOneCoinBreaksTheBanksInvariant() throws URISyntaxException {
        String err = verifyRejected("inv_self_transfer.kz");
        assertAll(
                () -> assertTrue(err.contains("""
                        = counterexample: bank.accounts = {0: 1, _: 0}, bank.total = 1, coins = 1, payee = 0, payer = 0 (replayed)
                        """), err),
                () -> assertTrue(err.contains("""
                        = counterexample: bank.accounts = {0: 9223372036854775808, _: 0}, bank.total = 9223372036854775808, \
                        coins = 9223372036854775808, payee = 0, payer = 0 (replayed)
                        """), err));
    }

    @Test
    void everyReplayedBankSumsToItsTotal() throws URISyntaxException {
        for (String program : new String[] {"inv_self_transfer.kz", "inv_forgotten_total.kz", "pre_self_transfer_call.kz"}) {
            String err = verifyRejected(program);
            Matcher bank = Pattern.compile("bank\\.accounts = \\{([^}]*)}, bank\\.total = (\\d+),.*\\(replayed\\)\n").matcher(err);
            assertTrue(bank.find(), err);
            BigInteger sum = Arrays.stream(bank.group(1).split(", "))
                    .filter(entry -> !entry.startsWith("_:"))
                    .map(entry -> new BigInteger(entry.substring(entry.indexOf(": ") + 2)))
                    .reduce(BigInteger.ZERO, BigInteger::add);
            assertEquals(new BigInteger(bank.group(2)), sum, program + ":\n" + err);
        }
    }

    @Test
    void forwardingTwoEqualAccountsToAPaymentMissesItsPrecondition() throws URISyntaxException {
        String err = verifyRejected("pre_self_transfer_call.kz");
        assertTrue(err.contains("= counterexample: bank.accounts = {_: 0}, bank.total = 0, from = 0, to = 0 (replayed)\n"), err);
    }

    @Test
    void aContractThatDividesByZeroHasNoConfirmedCounterexample() throws URISyntaxException {
        String err = verifyRejected("div_in_contract.kz");
        assertTrue(err.contains("(the solver's model, not confirmed by replaying it: a division by zero)\n"), err);
    }
}
