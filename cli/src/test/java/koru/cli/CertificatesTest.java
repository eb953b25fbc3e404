package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's certificates: every obligation of every shipped program, written by {@code verify --emit-smt},
 * re-run with the {@code z3} binary (Debian's 4.8.12, not the 4.14.1 that Koru/J links), must end as Koru/J's
 * own solver ended: proven ↔ the header's proven answer, failed ↔ the other one. Required under CI (env CI
 * set); skipped elsewhere when no {@code z3} is on PATH.
 */
class CertificatesTest {
    private static final Pattern OUTCOME = Pattern.compile("^; Koru/J \\(.*\\): (proven|failed|unknown.*)$", Pattern.MULTILINE);
    private static final Pattern MEANING = Pattern.compile("^; meaning: (\\w+) = proven, (\\w+) = the obligation fails", Pattern.MULTILINE);
    private static final Pattern KIND = Pattern.compile("^; kind: (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void theZ3BinaryAgreesWithKoruJOnEveryCertificate() throws IOException, InterruptedException {
        Path z3 = z3();
        List<String> mismatches = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        List<Path> certificates = emitAll();
        for (Path certificate : certificates) {
            String text = Files.readString(certificate);
            String outcome = field(OUTCOME, text, 1, certificate);
            if (outcome.startsWith("unknown")) {
                continue;
            }
            String expected = outcome.equals("proven") ? field(MEANING, text, 1, certificate) : field(MEANING, text, 2, certificate);
            String answer = run(z3, certificate);
            if (!answer.equals(expected)) {
                mismatches.add(certificate + ": Koru/J " + outcome + ", so `" + expected + "` expected; z3 answered `" + answer + "`");
            }
            covered.add(field(KIND, text, 1, certificate) + " " + outcome + (text.contains("(set-logic HORN)") ? " (Horn)" : ""));
        }
        assertEquals(List.of(), mismatches);
        for (String kind : List.of("pre", "post", "inv", "overflow", "div", "cap", "exhaustive", "loop-invariant")) {
            assertTrue(covered.contains(kind + " proven") && covered.contains(kind + " failed"), kind + " needs a proven and a failed certificate: " + covered);
        }
        assertTrue(covered.stream().anyMatch(c -> c.endsWith("proven (Horn)")) && covered.stream().anyMatch(c -> c.endsWith("failed (Horn)")),
                "a proven and a failed Horn problem are needed: " + covered);
    }

    /** A certificate states the limit Z3 solved under, so that re-running it asks z3 the same question. */
    @Test
    void aCertificateCarriesTheRunsResourceLimit() throws IOException {
        KoruRun run = KoruRun.of("verify", "--color", "never", "--quiet", "--rlimit", "2000003", "--emit-smt", dir.toString(),
                "../examples/ledger.kz");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        try (Stream<Path> written = Files.walk(dir)) {
            List<Path> certificates = written.filter(p -> p.toString().endsWith(".smt2")).toList();
            assertEquals(10, certificates.size(), certificates.toString());
            for (Path certificate : certificates) {
                assertTrue(Files.readString(certificate).contains("\n(set-option :rlimit 2000003)\n"), certificate.toString());
            }
        }
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsOneLineAndExit2() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file");

        KoruRun run = KoruRun.of("verify", "--color", "never", "--emit-smt", file.toString(), "../examples/ledger.kz");

        assertEquals(ExitCode.USAGE_OR_IO_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: cannot write the certificates of ../examples/ledger.kz under " + file + ": "), run.err());
        assertEquals(1, run.err().lines().filter(line -> line.startsWith("error")).count(), run.err());
    }

    /** {@code verify --emit-smt} over examples/, the verifier's must-prove and must-reject programs and this test's own. */
    private List<Path> emitAll() throws IOException {
        List<String> args = new ArrayList<>(List.of("verify", "--color", "never", "--quiet", "--emit-smt", dir.toString()));
        for (Path folder : List.of(Path.of("..", "examples"), Path.of("src/test/resources/verify/prove"),
                Path.of("src/test/resources/verify/reject"), Path.of("src/test/resources/certificates"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".kz")).sorted().forEach(p -> args.add(p.toString()));
            }
        }
        KoruRun run = KoruRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.PROGRAM_WRONG, run.exitCode(), run.err());
        try (Stream<Path> written = Files.walk(dir)) {
            List<Path> certificates = written.filter(p -> p.toString().endsWith(".smt2")).sorted().toList();
            assertTrue(certificates.size() > 200, "only " + certificates.size() + " certificates");
            return certificates;
        }
    }

    /** {@code z3 -smt2 FILE}'s answer: its first line. */
    private static String run(Path z3, Path certificate) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(z3.toString(), "-smt2", certificate.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "no answer within 60 s";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return output.lines().findFirst().orElse("").strip();
    }

    private static String field(Pattern pattern, String text, int group, Path certificate) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), certificate + " lacks " + pattern);
        return matcher.group(group);
    }

    /** The z3 on PATH; under CI (env CI set) its absence fails the test, elsewhere it skips it. */
    private static Path z3() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "z3");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if (System.getenv("CI") != null) {
            fail("CI must have the z3 binary (.ci/run installs it)");
        }
        assumeTrue(false, "no z3 binary on PATH, so the certificates are not re-run (apt-get install z3)");
        throw new AssertionError("unreachable");
    }
}
