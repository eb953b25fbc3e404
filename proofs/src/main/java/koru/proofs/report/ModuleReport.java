package koru.proofs.report;

import java.util.List;

/** The results located in one source file of a program, in reading order. */
public record ModuleReport(String file, List<Result> results) {
    public ModuleReport {
        results = List.copyOf(results);
    }

    public Counts counts() {
        return Counts.of(results);
    }
}
