package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code koru verify} in-process on small programs and checks what a user sees: findings, summary, exit code. */
class VerifyCommandTest {
    private static final String BANK = """
            ~type Bank { accounts: Map<u64, u64>, total: u64 } where sum(accounts) == total

            ~pub event pay { bank: Bank, payer: u64, payee: u64, coins: u64 } where payer != payee
            | paid Bank where paid.total == in.bank.total
            | short u64 where short < in.coins

            """;

    @TempDir
    Path dir;

    private KoruRun verify(String source, String... options) throws IOException {
        Path file = dir.resolve("app.kz");
        Files.writeString(file, source);
        String[] args = new String[options.length + 1];
        args[0] = "--no-cache";
        System.arraycopy(options, 0, args, 1, options.length);
        return KoruRun.verifyWith(file, args);
    }

    @Test
    void aTransferThatConservesTheTotalIsProven() throws IOException {
        KoruRun run = verify(BANK + """
                ~pay = if(bank.accounts[payer] >= coins)
                | then |> paid { accounts: put(put(bank.accounts, payer, bank.accounts[payer] - coins), payee, bank.accounts[payee] + coins), total: bank.total }
                | else |> short bank.accounts[payer]
                """);
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.err()),
                () -> assertTrue(run.err().matches("verified .*app\\.kz: \\d+ proven, 0 failed, 0 unknown\n"), run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    void forgettingTheCreditIsAnInvariantFailureWithACounterexample() throws IOException {
        KoruRun run = verify(BANK + """
                ~pay = if(bank.accounts[payer] >= coins)
                | then |> paid { accounts: put(bank.accounts, payer, bank.accounts[payer] - coins), total: bank.total }
                | else |> short bank.accounts[payer]
                """);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("error[KORU103]: data invariant not proven: the Bank built here satisfies `sum(accounts) == total`\n"), run.err()),
                () -> assertTrue(run.err().contains("= counterexample: bank.accounts = {"), run.err()),
                () -> assertTrue(run.err().contains("this record can break its type's invariant"), run.err()),
                () -> assertTrue(run.err().contains(", 1 failed, 0 unknown\n"), run.err()));
    }

    @Test
    void doublingAByteOverflowsFrom128() throws IOException {
        KoruRun run = verify("""
                ~event double { n: u8 }
                | doubled u8

                ~double = doubled n * 2
                """);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertTrue(run.err().startsWith("""
                        error[KORU104]: integer overflow possible: `n * 2` stays within u8
                         --> %s:4:19
                          |
                        4 | ~double = doubled n * 2
                          |                   ^^^^^ this can overflow
                          = counterexample: n = 128 (replayed); the exact result is 256
                          = hint: bound the input with a `where` on the event, or use a wider type
                        """.formatted(dir.resolve("app.kz"))), run.err()));
    }

    @Test
    void everyFailedObligationIsReportedNotOnlyTheFirst() throws IOException {
        KoruRun run = verify("""
                ~event scale { a: u8, b: u8 }
                | scaled { doubled: u8, share: u8 }

                ~scale = scaled { doubled: a * 2, share: 100 / b }
                """);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("error[KORU104]"), run.err()),
                () -> assertTrue(run.err().contains("error[KORU105]"), run.err()),
                () -> assertTrue(run.err().contains(", 2 failed, "), run.err()));
    }

    @Test
    void aBodyWithTheLengthOfAListIsNotVerifiedAndNeverCountsAsSuccess() throws IOException {
        KoruRun run = verify("""
                ~event greet { names: [][]const u8 }
                | greeted u64

                ~greet = greeted len(names)
                """);
        assertAll(
                () -> assertEquals(3, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("warning[KORU110]: not verified yet: this body uses len of a list"), run.err()),
                () -> assertTrue(run.err().contains(", 0 failed, 0 unknown, 1 not verified yet"), run.err()));
    }

    @Test
    void aForLoopIsVerifiedForAnyOneElement() throws IOException {
        KoruRun run = verify("""
                ~event show { text: []const u8 }

                ~event greet { names: [][]const u8 }
                | greeted u32

                ~greet = for(names)
                | each name |> show(text: name)
                | done |> greeted 0
                """);
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.err()),
                () -> assertFalse(run.err().contains("warning["), run.err()),
                () -> assertTrue(run.err().contains(": 0 proven, 0 failed, 0 unknown"), run.err()));
    }

    private static final String COUNT_TO = """
            ~event step { i: u32, n: u32 } where i <= n
            | more { i: u32, n: u32 } where i == in.i + 1 && n == in.n && i <= n
            | done u32 where done == in.n

            ~step = if(i < n)
            | then |> more { i: i + 1, n: n }
            | else |> done i

            ~pub event count { limit: u32 }
            | counted u32 where counted == in.limit
            """;

    @Test
    void aLabelLoopIsProvenWithAnInferredInvariant() throws IOException {
        KoruRun run = verify(COUNT_TO + """
                ~count = #loop step(i: 0, n: limit)
                | more m |> @loop(i: m.i, n: m.n)
                | done d |> counted d
                """);
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains(", 0 failed, 0 unknown"), run.err()));
    }

    @Test
    void aUsersLoopInvariantThatAJumpBreaksIsKoru111() throws IOException {
        KoruRun run = verify(COUNT_TO + """
                ~count = #loop[where i <= n && n == limit && i < 10] step(i: 0, n: limit)
                | more m |> @loop(i: m.i, n: m.n)
                | done d |> counted d
                """);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("error[KORU111]: loop invariant not inductive: the invariant of #loop"), run.err()),
                () -> assertTrue(run.err().contains("@loop(i: m.i, n: m.n)\n   |             ^^^^^^^^^^^^^^^^^^^^^ the invariant can fail here"), run.err()),
                () -> assertTrue(run.err().contains(", 1 failed, 0 unknown"), run.err()));
    }

    @Test
    void aFrontEndErrorStopsBeforeVerification() throws IOException {
        KoruRun run = verify("""
                ~event double { n: u8 }
                | doubled u8

                ~double = doubled n * 2

                ~double(n: 1)
                """);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("error[KORU022]"), run.err()),
                () -> assertFalse(run.err().contains("KORU104"), run.err()),
                () -> assertTrue(run.err().endsWith("error: could not verify " + dir.resolve("app.kz") + ": 1 error\n"), run.err()));
    }

    @Test
    void jsonListsTheFindingsAndQuietDropsTheSummary() throws IOException {
        KoruRun run = verify("""
                ~event double { n: u8 }
                | doubled u8

                ~double = doubled n * 2
                """, "--format", "json", "-q", "--jobs", "1");
        assertAll(
                () -> assertEquals(1, run.exitCode()),
                () -> assertEquals("", run.err()),
                () -> assertTrue(run.out().contains("\"code\" : \"KORU104\""), run.out()),
                () -> assertTrue(run.out().contains("\"counterexample: n = "), run.out()));
    }

    @Test
    void jobsMustBePositive() throws IOException {
        KoruRun run = verify("~event e {}\n", "--jobs", "0");
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertTrue(run.err().startsWith("--jobs must be at least 1, got 0\n"), run.err()));
    }

    /** Spacer refuses the uninterpreted `sum`: an obligation of a loop that sums a map is unknown, said in source terms, never failed. */
    @Test
    void aLoopThatSumsAMapIsUnknownNotFailed() throws IOException {
        KoruRun run = verify("""
                ~event step { n: u64 }
                | more u64
                | done

                ~event count { m: Map<u64, u64> }
                | counted u64

                ~count = #loop step(n: 0)
                | more k |> @loop(n: k + sum(m))
                | done |> counted 0
                """);
        assertAll(
                () -> assertEquals(ExitCode.INCONCLUSIVE, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("the Horn solver does not reason about `sum` inside a loop"), run.err()),
                () -> assertFalse(run.err().contains("error["), run.err()));
    }

    @Test
    void theShippedLedgerExampleIsProven() {
        KoruRun run = KoruRun.verify(Path.of("..", "examples", "ledger.kz"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(" proven, 0 failed, 0 unknown"), run.err());
    }
}
