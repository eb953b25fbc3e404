package koru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation check of issue 6 (docs/testing.md, "Mutation check"): twenty mutants of the Java procs
 * of {@code ../shared/examples/variants.kz} (copied to {@code src/test/resources/variants/clamp.kz}), the
 * only shipped procs with a contract to break: {@code show}, {@code open}, {@code edit} and the rest
 * print, do I/O or promise nothing a mutant could contradict. Each mutant is one edit of one proc:
 * a flipped comparison, an off-by-one, or swapped arguments. {@code koru test} must fail on it and name
 * the mutated variant (in the cross-check's "wrong:" lines, or as the variant a ~test failed under); the two mutants that are equivalent to the original (they differ only where the
 * bound and the value are equal) must pass, so the count is honest: 18 of 20 caught.
 */
class MutationCheckTest {
    private static final Path CLAMP = Path.of("src", "test", "resources", "variants", "clamp.kz");

    /** One edit: {@code original} (which must occur exactly once in the file) becomes {@code mutated}. */
    private record Mutant(String variant, String kind, String original, String mutated, boolean equivalent) {
        @Override
        public String toString() {
            return variant + ": " + original + " -> " + mutated;
        }
    }

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("java", "flipped comparison", "if (x < lo)", "if (x > lo)", false),
            new Mutant("java", "flipped comparison", "if (x > hi)", "if (x < hi)", false),
            new Mutant("java", "off-by-one", "if (x < lo)", "if (x <= lo)", true),
            new Mutant("java", "off-by-one", "if (x > hi)", "if (x >= hi)", true),
            new Mutant("java", "off-by-one", "return clamped(lo);", "return clamped(lo + 1);", false),
            new Mutant("java", "off-by-one", "return clamped(lo);", "return clamped(lo - 1);", false),
            new Mutant("java", "off-by-one", "return clamped(hi);", "return clamped(hi - 1);", false),
            new Mutant("java", "off-by-one", "return clamped(hi);", "return clamped(hi + 1);", false),
            new Mutant("java", "off-by-one", "return clamped(x);", "return clamped(x + 1);", false),
            new Mutant("java", "off-by-one", "return clamped(x);", "return clamped(x - 1);", false),
            new Mutant("java", "swapped arguments", "return clamped(lo);", "return clamped(hi);", false),
            new Mutant("java", "swapped arguments", "if (x < lo)", "if (lo < x)", false),
            new Mutant("branchless", "swapped arguments", "Math.max(lo, Math.min(x, hi))", "Math.max(hi, Math.min(x, lo))", false),
            new Mutant("branchless", "swapped arguments", "Math.max(lo, Math.min(x, hi))", "Math.min(lo, Math.max(x, hi))", false),
            new Mutant("branchless", "swapped arguments", "Math.max(lo, Math.min(x, hi))", "Math.max(x, Math.min(lo, hi))", false),
            new Mutant("branchless", "flipped comparison", "Math.max(lo, Math.min(x, hi))", "Math.min(lo, Math.min(x, hi))", false),
            new Mutant("branchless", "flipped comparison", "Math.max(lo, Math.min(x, hi))", "Math.max(lo, Math.max(x, hi))", false),
            new Mutant("branchless", "off-by-one", "Math.max(lo, Math.min(x, hi))", "Math.max(lo + 1, Math.min(x, hi))", false),
            new Mutant("branchless", "off-by-one", "Math.max(lo, Math.min(x, hi))", "Math.max(lo, Math.min(x, hi - 1))", false),
            new Mutant("branchless", "off-by-one", "Math.max(lo, Math.min(x, hi))", "Math.max(lo, Math.min(x + 1, hi))", false));

    @Test
    void koruTestCatchesEveryMutantThatChangesWhatClampDoes(@TempDir Path directory) throws IOException {
        String source = Files.readString(CLAMP);
        assertEquals(20, MUTANTS.size());
        List<String> wrong = new ArrayList<>();
        int caught = 0;
        for (int index = 0; index < MUTANTS.size(); index++) {
            Mutant mutant = MUTANTS.get(index);
            Path file = directory.resolve("mutant" + index + ".kz");
            Files.writeString(file, mutate(source, mutant));
            KoruRun run = KoruRun.of("test", "--color", "never", "--seed", "20261121", "--tries", "500", file.toString());
            boolean failed = run.exitCode() == ExitCode.PROGRAM_WRONG;
            String name = "clamp|" + mutant.variant();
            boolean named = run.out().lines().map(String::strip).anyMatch(line -> line.startsWith(name + " breaks ")
                    || line.startsWith(name + " disagrees ") || line.contains("[" + name + "]: failed"));
            if (failed && named) {
                caught++;
            }
            if (mutant.equivalent() ? run.exitCode() != ExitCode.OK : !(failed && named)) {
                wrong.add(mutant + (mutant.equivalent() ? " (equivalent) was not passed" : " was not caught and named")
                        + ": exit " + run.exitCode() + "\n" + run.out() + run.err());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(caught >= 18, "caught " + caught + " of 20");
        assertEquals(18, caught);
    }

    private static String mutate(String source, Mutant mutant) {
        String marker = "~proc clamp|java" + (mutant.variant().equals("java") ? " {" : "(" + mutant.variant() + ") {");
        int proc = source.indexOf(marker);
        int end = source.indexOf("\n}", proc);
        String body = source.substring(proc, end);
        assertTrue(proc >= 0 && body.indexOf(mutant.original()) >= 0
                && body.indexOf(mutant.original()) == body.lastIndexOf(mutant.original()), "no single " + mutant.original() + " in " + marker);
        return source.substring(0, proc) + body.replace(mutant.original(), mutant.mutated()) + source.substring(end);
    }
}
