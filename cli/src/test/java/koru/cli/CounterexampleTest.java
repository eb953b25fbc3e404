package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koru.smt.report.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        return KoruRun.verify(Path.of(CounterexampleTest.class.getResource("/verify/reject/" + program).toURI())).err();
    }

    @Test
    void aReplayedCounterexampleSaysSo() {
        assertEquals(Optional.of("amount = 1, book.balances = {1: 1, _: 0}, from = 1, to = 1 (replayed)"),
                Counterexample.values(SELF_TRANSFER));
    }

    @Test
    void withoutValuesThereIsNoNote() {
        assertEquals(Optional.empty(), Counterexample.values(Map.of()));
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
                        coins = 9223372036854775808, payee = 0, payer = 0 (replayed); the exact result is 18446744073709551616
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

    /**
     * At {@code count == 0} the `where` divides by zero, which Z3 leaves unspecified: its model for the
     * constructor `mean 0` does not replay, so that obligation is unknown (LANGUAGE.md Part D), never failed;
     * the division itself is a real failure.
     */
    @Test
    void aCounterexampleThatDoesNotReplayMakesTheObligationUnknown(@TempDir Path dir) throws IOException {
        Path program = dir.resolve("average.kz");
        Files.writeString(program, """
                ~event average { total: u64, count: u64 }
                | mean u64 where mean == in.total / in.count

                ~average = if(count == 0)
                | then |> mean 0
                | else |> mean total / count
                """);
        KoruRun run = KoruRun.verify(program);
        String shown = run.err();
        assertAll(
                () -> assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), shown),
                () -> assertTrue(shown.contains("error[KORU105]"), shown),
                () -> assertTrue(shown.contains("warning[KORU110]: not proven, and not refuted: the solver's counterexample could not be"
                        + " confirmed on concrete values"), shown),
                () -> assertTrue(!shown.contains("error[KORU102]"), shown));
    }
}
