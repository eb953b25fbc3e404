package koru.kernel.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import koru.kernel.ir.Program;
import koru.smt.logic.Outcome;
import koru.smt.report.Value;
import koru.smt.z3.Z3Solver;

/** Every obligation of a program, solved by Z3, found again by kind and by the line (see {@link Ir#at}) it points at. */
record Verdicts(List<VerifyObligations.Verdict> all) {
    static Verdicts of(Program program) {
        GenerateObligations.Result result = GenerateObligations.of(program);
        assertEquals(List.of(), result.skipped());
        try (Z3Solver solver = Z3Solver.open()) {
            return new Verdicts(VerifyObligations.solve(result.obligations(), solver));
        }
    }

    Outcome at(Obligation.Kind kind, int line) {
        List<Outcome> matching = all.stream()
                .filter(v -> v.obligation().kind() == kind && v.obligation().origin().file().equals("line" + line + ".kz"))
                .map(VerifyObligations.Verdict::outcome).toList();
        assertEquals(1, matching.size(), () -> "one " + kind + " obligation at line " + line + " in " + describe());
        return matching.get(0);
    }

    void proven(Obligation.Kind kind, int line) {
        assertInstanceOf(Outcome.Proven.class, at(kind, line), () -> kind + " at line " + line + " in " + describe());
    }

    Map<String, Value> failed(Obligation.Kind kind, int line) {
        return assertInstanceOf(Outcome.Failed.class, at(kind, line), () -> kind + " at line " + line + " in " + describe()).model();
    }

    long count(Obligation.Kind kind) {
        return all.stream().filter(v -> v.obligation().kind() == kind).count();
    }

    private String describe() {
        return all.stream().map(v -> v.obligation().kind() + " " + v.obligation().origin().file() + " "
                + v.obligation().description() + " -> " + v.outcome().getClass().getSimpleName()).toList().toString();
    }
}
