package koru.elaborator.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.kernel.ir.Program;
import koru.kernel.obligations.GenerateObligations;
import koru.kernel.obligations.VerifyObligations;
import koru.kernel.recheck.RecheckIr;
import koru.smt.logic.Outcome;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.Test;

/**
 * The whole verification pipeline from source text, as `koru verify` will run it: elaborate,
 * lower to Core IR, let the kernel re-check it, generate its obligations and solve them with Z3.
 * Programs here are the language's contracts at work; each test says what must be proven or not.
 */
class SourceToProofTest {
    private static final String LEDGER = """
            ~type Ledger { balances: Map<u64, u64>, supply: u64 } where sum(balances) == supply

            ~pub event transfer { book: Ledger, from: u64, to: u64, amount: u64 } where from != to
            | done Ledger where done.supply == in.book.supply
            | insufficient u64 where insufficient < in.amount
            """;

    /** Outcome kinds by obligation kind, e.g. {@code {INV=[Proven], POST=[Proven, Proven]}}. */
    private static Map<String, List<String>> verify(String source) {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText("app.kz", source);
        assertFalse(elaboration.hasErrors(), () -> "front-end errors: " + elaboration.diagnostics());
        Program program = LowerToCoreIr.lower(elaboration).orElseThrow();
        assertEquals(List.of(), RecheckIr.check(program));
        GenerateObligations.Result generated = GenerateObligations.of(program);
        assertEquals(List.of(), generated.skipped());
        Map<String, List<String>> outcomes = new TreeMap<>();
        try (Z3Solver solver = Z3Solver.open()) {
            for (VerifyObligations.Verdict verdict : VerifyObligations.solve(generated.obligations(), solver)) {
                outcomes.computeIfAbsent(verdict.obligation().kind().name(), k -> new java.util.ArrayList<>())
                        .add(verdict.outcome().getClass().getSimpleName());
            }
        }
        return outcomes;
    }

    private static boolean allProven(Map<String, List<String>> outcomes) {
        return outcomes.values().stream().flatMap(List::stream).allMatch("Proven"::equals);
    }

    @Test
    void theLedgerTransferConservesTheSupply() {
        Map<String, List<String>> outcomes = verify(LEDGER + """
                ~transfer = if(book.balances[from] >= amount)
                | then |> done { balances: put(put(book.balances, from, book.balances[from] - amount), to, book.balances[to] + amount), supply: book.supply }
                | else |> insufficient book.balances[from]
                """);
        assertTrue(allProven(outcomes), outcomes.toString());
        assertTrue(outcomes.containsKey("INV") && outcomes.containsKey("POST") && outcomes.containsKey("OVERFLOW"), outcomes.toString());
    }

    @Test
    void forgettingTheCreditBreaksTheLedgerInvariant() {
        Map<String, List<String>> outcomes = verify(LEDGER + """
                ~transfer = if(book.balances[from] >= amount)
                | then |> done { balances: put(book.balances, from, book.balances[from] - amount), supply: book.supply }
                | else |> insufficient book.balances[from]
                """);
        assertEquals(List.of("Failed"), outcomes.get("INV"));
    }

    @Test
    void doublingAByteOverflows() {
        Map<String, List<String>> outcomes = verify("""
                ~event double { n: u8 }
                | doubled u8

                ~double = doubled n * 2
                """);
        assertEquals(List.of("Failed"), outcomes.get("OVERFLOW"));
    }

    @Test
    void aBoundedByteDoublesSafely() {
        Map<String, List<String>> outcomes = verify("""
                ~event double { n: u8 } where n < 128
                | doubled u8 where doubled == 2 * in.n

                ~double = doubled n * 2
                """);
        assertTrue(allProven(outcomes), outcomes.toString());
    }

    @Test
    void aCapabilityWithoutTheWriteRightCannotEdit() {
        Map<String, List<String>> outcomes = verify("""
                ~type Right = read | write | admin

                ~[capability] type DocCap { doc: u64, rights: Set<Right> }

                ~pub event edit { cap: DocCap, text: []const u8 } where has(cap.rights, Right.write)

                ~edit(cap: { doc: 7, rights: set(Right.read) }, text: "hello")
                """);
        assertEquals(List.of("Failed"), outcomes.get("PRE"));
        assertEquals(List.of("Failed"), outcomes.get("CAP"), "and a flow cannot make the capability up");
    }

    /** examples/loops.kz's events: {@code step} keeps {@code n} and counts {@code i} up to it, {@code acc} following. */
    private static final String STEP = """
            ~event step { i: u32, n: u32, acc: u64 } where i <= n && n <= 1000000 && acc == 3 * i
            | more { i: u32, n: u32, acc: u64 } where i == in.i + 1 && n == in.n && acc == 3 * i && i <= n
            | finished u64 where finished == 3 * in.n

            ~step = if(i < n)
            | then |> more { i: i + 1, n: n, acc: acc + 3 }
            | else |> finished acc
            """;

    private static final String TRIPLE = """
            ~pub event triple { n: u32 } where n <= 1000000
            | total u64 where total == 3 * in.n

            ~triple = #loop step(i: 0, n: n, acc: 0)
            | more m |> @loop(i: m.i, n: m.n, acc: m.acc)
            | finished f |> total f
            """;

    @Test
    void theLoopInvariantOfTripleIsInferred() {
        Map<String, List<String>> outcomes = verify(STEP + TRIPLE);
        assertTrue(allProven(outcomes), outcomes.toString());
        assertEquals(3, outcomes.get("POST").size(), "step's two branches and triple's total: " + outcomes);
    }

    @Test
    void withoutMoreKeepingNTheTotalIsNotProven() {
        Map<String, List<String>> outcomes = verify(STEP.replace(" && n == in.n", "") + TRIPLE);
        assertTrue(outcomes.get("POST").contains("Failed"), outcomes.toString());
    }

    @Test
    void withoutMoreKeepingIBelowNTheNextStepIsNotProven() {
        Map<String, List<String>> outcomes = verify(STEP.replace(" && i <= n\n", "\n") + TRIPLE);
        assertEquals(List.of("Failed"), outcomes.get("PRE"), outcomes.toString());
    }

    /** {@code sum3} names its bound {@code limit}, so that a user's invariant can relate the loop's {@code n} to it. */
    private static Map<String, List<String>> sum3(String invariant) {
        return verify(STEP + """
                ~pub event sum3 { limit: u32 } where limit <= 1000000
                | total u64 where total == 3 * in.limit

                ~sum3 = #loop[where INVARIANT] step(i: 0, n: limit, acc: 0)
                | more m |> @loop(i: m.i, n: m.n, acc: m.acc)
                | finished f |> total f
                """.replace("INVARIANT", invariant));
    }

    @Test
    void aUsersInvariantThatHoldsIsProven() {
        Map<String, List<String>> outcomes = sum3("i <= n && n == limit && acc == 3 * i");
        assertTrue(allProven(outcomes), outcomes.toString());
        assertEquals(List.of("Proven", "Proven"), outcomes.get("LOOP_INVARIANT"), "on entry, at the jump");
    }

    @Test
    void aUsersInvariantThatTheJumpBreaksIsNotInductive() {
        Map<String, List<String>> outcomes = sum3("i <= n && n == limit && acc == 3 * i && i < 5");
        assertEquals(List.of("Proven", "Failed"), outcomes.get("LOOP_INVARIANT"), "on entry, at the jump");
    }

    @Test
    void aUsersInvariantThatFailsOnEntryIsNotProven() {
        Map<String, List<String>> outcomes = sum3("i <= n && n == limit && acc == 3 * i && i >= 1");
        assertEquals(List.of("Failed", "Proven"), outcomes.get("LOOP_INVARIANT"), "on entry, at the jump");
    }

    @Test
    void aUsersInvariantIsAllThatIsKnownInTheLoop() {
        Map<String, List<String>> outcomes = sum3("i <= n && n <= 1000000 && acc == 3 * i");
        assertTrue(outcomes.get("LOOP_INVARIANT").stream().allMatch("Proven"::equals), outcomes.toString());
        assertTrue(outcomes.get("POST").contains("Failed"), "the total needs n == limit: " + outcomes);
    }
}
