package koru.proofs.report;

import java.util.List;

/** What one {@code koru verify} run established: each program named on the command line, in that order. */
public record ProofReport(Tool tool, List<ProgramReport> programs) {
    /**
     * The verifier that made the report ({@code koru}, {@code 0.1.0-SNAPSHOT}), the page of the language it
     * verifies, and the absolute URI of its documentation directory when it is known (then rules link to it).
     */
    public record Tool(String name, String version, String informationUri, java.util.Optional<String> docs) {
    }

    public ProofReport {
        programs = List.copyOf(programs);
    }

    public Counts counts() {
        return programs.stream().map(ProgramReport::counts).reduce(Counts.NONE, Counts::plus);
    }

    /** Every result of every program, program by program. */
    public List<Result> results() {
        return programs.stream().flatMap(p -> p.results().stream()).toList();
    }

    /** Programs not verified at all, whose problems reports show as errors. */
    public int problems() {
        return programs.stream().mapToInt(p -> p.problems().size()).sum();
    }
}
