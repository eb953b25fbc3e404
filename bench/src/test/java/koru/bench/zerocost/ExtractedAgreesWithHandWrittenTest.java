package koru.bench.zerocost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import koru.app.Nbody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code `koru build` extracted from src/main/koru (compiled into this module during
 * generate-sources) computes what the hand-written baselines of the zero-cost benchmarks compute,
 * so the benchmarks compare the same work.
 */
class ExtractedAgreesWithHandWrittenTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 1000, 20_000})
    void theLedgersEndWithTheSameBalancesAndRefusals(int transfers) {
        LedgerOutcome extracted = ExtractedLedger.run(transfers);
        assertEquals(PersistentLedger.run(transfers), extracted);
        assertEquals(MutableLedger.run(transfers), extracted);
        assertEquals(extracted.total(), extracted.balances().stream().mapToLong(Long::longValue).sum(), "no coin is minted or burnt");
    }

    @Test
    void theScheduleTakesBothBranchesOfATransfer() {
        LedgerOutcome outcome = ExtractedLedger.run(1000);
        assertTrue(outcome.refused() > 0 && outcome.refused() < 1000, "refused " + outcome.refused() + " of 1000");
        assertNotEquals(Transfers.OPENING, outcome.balances());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 1000})
    void theNBodyStepsGiveTheSameBits(int steps) {
        List<Double> extracted = ThreeBodies.numbersOf(
                switch (Nbody.Advance.advance(ThreeBodies.forExtracted(), steps, ThreeBodies.DT)) {
                    case Nbody.Advance.Advanced(var bodies) -> bodies;
                });
        assertEquals(ThreeBodies.numbersOf(HandWrittenNBody.advance(ThreeBodies.forHandWritten(), steps, ThreeBodies.DT)), extracted);
    }

    @Test
    void theBodiesMove() {
        assertNotEquals(ThreeBodies.numbersOf(ThreeBodies.forHandWritten()),
                ThreeBodies.numbersOf(HandWrittenNBody.advance(ThreeBodies.forHandWritten(), 10, ThreeBodies.DT)));
    }

    @Test
    void theChainsClassifyEveryInputAlike() {
        LongStream.rangeClosed(0, 5000).forEach(x -> assertEquals(HandWrittenChain.classify(x), ExtractedChain.classify(x), "x = " + x));
        LongStream.of(999_999, 1_000_000).forEach(x -> assertEquals(HandWrittenChain.classify(x), ExtractedChain.classify(x), "x = " + x));
    }

    @Test
    void theChainTakesEveryBranch() {
        assertEquals(2 * (2 + 1), ExtractedChain.classify(4), "even, half below 1000");
        assertEquals(2000 / 3 + 7, ExtractedChain.classify(4000), "even, half at least 1000");
        assertEquals(51 - 0 + 7, ExtractedChain.classify(51), "odd, at most 100");
        assertEquals(301 - 100 + 7, ExtractedChain.classify(301), "odd, above 100");
    }
}
