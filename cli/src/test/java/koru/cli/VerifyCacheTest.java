package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.lower.LowerToCoreIr;
import koru.kernel.obligations.GenerateObligations;
import koru.kernel.obligations.Obligation;
import koru.proofs.cache.ProofCache;
import koru.proofs.cache.ProofKeys;
import koru.smt.z3.Z3Solver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code koru verify --cache DIR}: proofs reused on the next run, failures found again, the cache never trusted blindly. */
class VerifyCacheTest {
    /** Two proven obligations or more (the halving) and one failing (the doubling of a u8 can overflow). */
    private static final String PROGRAM = """
            ~event half { n: u64 } where n <= 100
            | halved u64 where halved <= in.n

            ~half = halved n / 2

            ~event twice { n: u8 }
            | doubled u8

            ~twice = doubled n * 2
            """;
    private static final Pattern CACHE = Pattern.compile("; cache: (\\d+) hits?, (\\d+) miss(?:es)?\n$");

    @TempDir
    Path dir;

    private Path file;
    private Path cache;

    @BeforeEach
    void write() throws IOException {
        file = Files.writeString(dir.resolve("app.kz"), PROGRAM);
        cache = dir.resolve("cache");
    }

    private KoruRun verify(String... options) {
        return KoruRun.verifyWith(file, options);
    }

    /** Hits and misses from the summary line. */
    private static List<Integer> hitsAndMisses(KoruRun run) {
        Matcher counts = CACHE.matcher(run.err());
        assertTrue(counts.find(), run.err());
        return List.of(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)));
    }

    /** Everything on stderr but the cache counts: the findings and the verdict. */
    private static String findings(KoruRun run) {
        return CACHE.matcher(run.err()).replaceAll("\n");
    }

    @Test
    void aSecondRunTakesEveryProofFromTheCacheAndFindsTheFailureAgain() {
        KoruRun cold = verify("--cache", cache.toString());
        KoruRun warm = verify("--cache", cache.toString());
        int solved = hitsAndMisses(cold).get(1);
        assertAll(
                () -> assertEquals(1, cold.exitCode(), cold.err()),
                () -> assertEquals(List.of("KORU104 at 9"), cold.errors()),
                () -> assertTrue(solved >= 3, cold.err()),
                () -> assertEquals(0, hitsAndMisses(cold).get(0), cold.err()),
                () -> assertEquals(1, warm.exitCode(), warm.err()),
                () -> assertEquals(List.of(solved - 1, 1), hitsAndMisses(warm), warm.err()),
                () -> assertEquals(findings(cold), findings(warm)),
                () -> assertTrue(warm.err().contains("= counterexample: n = 128 (replayed)"), warm.err()));
    }

    /**
     * The key case: under the key of the failing obligation, plant a "proven" entry copied from a proven
     * obligation, and one with that key written in (its checksum then wrong). The obligation still fails.
     */
    @Test
    void aForgedProofUnderAFailingObligationsKeyDoesNotHideTheFailure() throws IOException {
        verify("--cache", cache.toString());
        List<Path> entries = entriesOf(obligations());
        List<Path> missing = entries.stream().filter(entry -> !Files.exists(entry)).toList();
        Path proven = entries.stream().filter(Files::exists).findFirst().orElseThrow();
        assertEquals(1, missing.size(), "exactly the failing obligation has no entry");
        Path failing = missing.get(0);
        String provenHex = proven.getFileName().toString();
        String failingHex = failing.getFileName().toString();
        List<String> forgeries = List.of(Files.readString(proven), Files.readString(proven).replace(provenHex, failingHex));
        for (String forgery : forgeries) {
            Files.createDirectories(failing.getParent());
            Files.writeString(failing, forgery);
            KoruRun run = verify("--cache", cache.toString());
            assertAll(
                    () -> assertEquals(1, run.exitCode(), run.err()),
                    () -> assertEquals(List.of("KORU104 at 9"), run.errors()),
                    () -> assertEquals(1, hitsAndMisses(run).get(1), run.err()));
        }
    }

    @Test
    void noCacheNeitherReadsNorWritesIt() {
        KoruRun run = verify("--cache", cache.toString(), "--no-cache");
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertFalse(Files.exists(cache)),
                () -> assertFalse(run.err().contains("cache"), run.err()));
    }

    @Test
    void aCacheDirectoryThatCannotBeMadeIsOneWarningAndTheProgramIsStillVerified() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("not-a-directory"), "");
        KoruRun run = verify("--cache", inTheWay.resolve("cache").toString());
        List<String> warnings = run.err().lines().filter(line -> line.startsWith("warning: cannot use the proof cache")).toList();
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertEquals(List.of("KORU104 at 9"), run.errors()),
                () -> assertEquals(1, warnings.size(), run.err()),
                () -> assertEquals("warning: cannot use the proof cache " + inTheWay.resolve("cache") + " (Not a directory): verifying without it",
                        warnings.get(0)),
                () -> assertTrue(run.err().contains("1 failed, 0 unknown\n"), run.err()));
    }

    @Test
    void aFileNamedAsTheCacheIsInTheWay() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("proofs"), "");
        KoruRun run = verify("--cache", inTheWay.toString());
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.err()),
                () -> assertTrue(run.err().startsWith("warning: cannot use the proof cache " + inTheWay
                        + " (a file is in the way): verifying without it\n"), run.err()),
                () -> assertEquals("", Files.readString(inTheWay)));
    }

    @Test
    void theDefaultCacheIsDotKoruCacheUnderTheCurrentDirectory() {
        VerifyCommand command = new VerifyCommand();
        new CommandLine(command).parseArgs("app.kz");
        assertEquals(Path.of(".koru", "cache"), command.cacheOptions.directory);
        assertFalse(command.cacheOptions.disabled);
        new CommandLine(command).parseArgs("--no-cache", "app.kz");
        assertTrue(command.cacheOptions.disabled);
    }

    private List<Obligation> obligations() throws IOException {
        var elaboration = new Elaborator(new Options(Set.of(), Options.AutoDischarge.ON)).elaborate(file);
        return GenerateObligations.of(LowerToCoreIr.lower(elaboration).orElseThrow()).obligations();
    }

    /** Where each obligation's proof would be: the keys of the Z3 this JVM loaded, under the default limit. */
    private List<Path> entriesOf(List<Obligation> obligations) throws IOException {
        Z3Solver.open().close();
        ProofKeys keys = ProofKeys.forLoadedZ3(Z3Solver.DEFAULT_RESOURCE_LIMIT);
        ProofCache opened = ProofCache.open(cache);
        return obligations.stream()
                .map(o -> o.loops().map(keys::of).orElseGet(() -> keys.of(o.query())))
                .map(opened::entryOf)
                .toList();
    }
}
