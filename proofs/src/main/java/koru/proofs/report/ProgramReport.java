package koru.proofs.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One program of a run, named by its entry file: its modules (source files, entry first) with their
 * results and how they were solved, or the problems that kept it from being verified.
 */
public record ProgramReport(String entry, Outcome outcome, List<ModuleReport> modules, List<Problem> problems, Optional<Solving> solving) {
    /** The program's verdict; the exit code of {@code koru verify} follows it (docs/CLI.md). */
    public enum Outcome {
        /** Everything proven (exit 0). */
        VERIFIED,
        /** Something failed (exit 1). */
        FAILED,
        /** Nothing failed, but something is unknown or not verified (exit 3). */
        INCONCLUSIVE,
        /** The front end found errors: nothing was verified (exit 1). */
        REJECTED,
        /** Koru/J could not verify it: the kernel refused the lowered program, or Z3 is missing (exit 2). */
        NOT_RUN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Comparator<Result> READING_ORDER = Comparator
            .comparing((Result r) -> r.location().startLine())
            .thenComparingInt(r -> r.location().startColumn())
            .thenComparingInt(r -> r.location().endLine())
            .thenComparingInt(r -> r.location().endColumn())
            .thenComparing(Result::kind)
            .thenComparing(Result::message);

    public ProgramReport {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }

    /**
     * A verified program: each result goes to the module of its file (a file not among {@code moduleFiles}
     * gets a module of its own, after them), in reading order; a second result of one kind at one position
     * gets {@code #2} after its id, and so on, so that ids are unique and stay the same from run to run.
     */
    public static ProgramReport of(String entry, List<String> moduleFiles, List<Result> results, Solving solving) {
        Map<String, List<Result>> byFile = new LinkedHashMap<>();
        moduleFiles.forEach(file -> byFile.put(file, new ArrayList<>()));
        results.forEach(r -> byFile.computeIfAbsent(r.location().file(), f -> new ArrayList<>()).add(r));
        Map<String, Integer> seen = new HashMap<>();
        List<ModuleReport> modules = new ArrayList<>();
        byFile.forEach((file, inFile) -> modules.add(new ModuleReport(file, inFile.stream()
                .sorted(READING_ORDER)
                .map(r -> {
                    int occurrence = seen.merge(r.id(), 1, Integer::sum);
                    return occurrence == 1 ? r : r.withId(r.id() + "#" + occurrence);
                })
                .toList())));
        Counts counts = Counts.of(results);
        Outcome outcome = counts.failed() > 0 ? Outcome.FAILED
                : counts.unknown() + counts.notVerified() > 0 ? Outcome.INCONCLUSIVE
                : Outcome.VERIFIED;
        return new ProgramReport(entry, outcome, modules, List.of(), Optional.of(solving));
    }

    /** A program that was not verified, and why. */
    public static ProgramReport notVerified(String entry, Outcome outcome, List<Problem> problems) {
        if (outcome != Outcome.REJECTED && outcome != Outcome.NOT_RUN) {
            throw new IllegalArgumentException(outcome + " is the outcome of a verified program");
        }
        return new ProgramReport(entry, outcome, List.of(), problems, Optional.empty());
    }

    public Counts counts() {
        return Counts.of(results());
    }

    /** Every result of every module, module by module. */
    public List<Result> results() {
        return modules.stream().flatMap(m -> m.results().stream()).toList();
    }
}
