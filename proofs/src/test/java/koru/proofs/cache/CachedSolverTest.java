package koru.proofs.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import koru.proofs.cache.ProofKeys.ProofKey;
import koru.smt.logic.Outcome;
import koru.smt.logic.Solver;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache in front of the real Z3: proofs are reused, failures never are, and no planted entry makes a failure proven. */
class CachedSolverTest {
    @TempDir
    Path dir;

    private CachedSolver.Tally tally = new CachedSolver.Tally();

    @Test
    void aSecondRunAnswersProofsFromTheCacheAndSolvesFailuresAgain() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        try (Solver solver = CachedSolver.overZ3(cache, tally).get()) {
            assertInstanceOf(Outcome.Proven.class, solver.prove(Problems.holds()));
            assertInstanceOf(Outcome.Failed.class, solver.prove(Problems.fails()));
            assertInstanceOf(Outcome.Proven.class, solver.solve(Problems.counterNeverReaches(7)));
            assertInstanceOf(Outcome.Failed.class, solver.solve(Problems.counterNeverReaches(8)));
        }
        assertEquals(List.of(0, 4), List.of(tally.hits(), tally.misses()));
        assertEquals(2, entries().size(), "only the two proofs are recorded");

        tally = new CachedSolver.Tally();
        try (Solver solver = CachedSolver.overZ3(cache, tally).get()) {
            assertInstanceOf(Outcome.Proven.class, solver.prove(Problems.holds()));
            Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, solver.prove(Problems.fails()));
            assertEquals("10", failed.model().get("x").toString(), "a fresh counterexample");
            assertInstanceOf(Outcome.Proven.class, solver.solve(Problems.counterNeverReaches(7)));
            assertInstanceOf(Outcome.Failed.class, solver.solve(Problems.counterNeverReaches(8)));
        }
        assertEquals(List.of(2, 2), List.of(tally.hits(), tally.misses()));
    }

    @Test
    void anUnknownIsNotRecorded() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        try (CachedSolver solver = new CachedSolver(() -> Z3Solver.open(1), ProofKeys.forLoadedZ3(1), cache, tally)) {
            assertInstanceOf(Outcome.Unknown.class, solver.prove(Problems.holds()));
        }
        assertEquals(List.of(), entries());
    }

    /** A proof under one limit is not reused under another: each limit has its own keys. */
    @Test
    void aProofUnderOneLimitIsNotReusedUnderAnother() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        try (Solver solver = CachedSolver.overZ3(cache, tally).get()) {
            solver.prove(Problems.holds());
        }
        try (CachedSolver solver = new CachedSolver(() -> Z3Solver.open(1), ProofKeys.forLoadedZ3(1), cache, tally)) {
            assertInstanceOf(Outcome.Unknown.class, solver.prove(Problems.holds()));
        }
        assertEquals(List.of(0, 2), List.of(tally.hits(), tally.misses()));
    }

    /**
     * The "a cache must never turn a failure into proven": whatever damaged or misplaced "proven" entry
     * is planted under a failing problem's key, the problem is solved again and still fails.
     */
    @Test
    void noPlantedEntryMakesAFailingProblemProven() throws IOException {
        ProofCache cache = ProofCache.open(dir);
        ProofKeys keys = ProofKeys.forLoadedZ3(Z3Solver.DEFAULT_RESOURCE_LIMIT);
        ProofKey failing = keys.of(Problems.fails());
        ProofKey proven = keys.of(Problems.holds());
        String valid = new String(CacheEntry.proofOf(failing), StandardCharsets.UTF_8);
        List<Function<Path, byte[]>> forgeries = List.of(
                entryOfProven -> read(entryOfProven),
                entryOfProven -> flipped(CacheEntry.proofOf(failing), 40),
                entryOfProven -> flipped(CacheEntry.proofOf(failing), valid.length() - 3),
                entryOfProven -> valid.substring(0, valid.length() - 10).getBytes(StandardCharsets.UTF_8),
                entryOfProven -> "outcome proven\n".getBytes(StandardCharsets.UTF_8),
                entryOfProven -> new String(read(entryOfProven), StandardCharsets.UTF_8).replace(proven.hex(), failing.hex())
                        .getBytes(StandardCharsets.UTF_8));
        try (Solver solver = CachedSolver.overZ3(cache, tally).get()) {
            assertInstanceOf(Outcome.Proven.class, solver.prove(Problems.holds()));
            for (Function<Path, byte[]> forgery : forgeries) {
                Files.createDirectories(cache.entryOf(failing).getParent());
                Files.write(cache.entryOf(failing), forgery.apply(cache.entryOf(proven)));
                assertInstanceOf(Outcome.Failed.class, solver.prove(Problems.fails()));
            }
        }
        assertEquals(List.of(0, 1 + forgeries.size()), List.of(tally.hits(), tally.misses()));
        assertFalse(cache.holdsProof(failing));
        assertTrue(cache.holdsProof(proven));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x20;
        return copy;
    }
}
