package koru.proofs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramReportTest {
    private static final ProgramReport MAIN = SampleReport.report().programs().get(0);

    @Test
    void resultsGoToTheModuleOfTheirFileInReadingOrder() {
        assertEquals(List.of(SampleReport.ENTRY, "app/lib/bank.kz"), MAIN.modules().stream().map(ModuleReport::file).toList());
        assertEquals(List.of(3, 3, 9), MAIN.modules().get(0).results().stream().map(r -> r.location().startLine()).toList());
        assertEquals(List.of(4, 6, 8, 10), MAIN.modules().get(1).results().stream().map(r -> r.location().startLine()).toList());
    }

    @Test
    void idsAreKindAndPositionNumberedWhenRepeated() {
        assertEquals(List.of("post@app/main.kz:3:1", "post@app/main.kz:3:1#2", "overflow@app/main.kz:9:5"),
                MAIN.modules().get(0).results().stream().map(Result::id).toList());
    }

    @Test
    void countsAndOutcomeFollowTheStatuses() {
        assertEquals(new Counts(2, 2, 1, 1, 1), MAIN.counts());
        assertEquals(ProgramReport.Outcome.FAILED, MAIN.outcome());
        assertEquals(ProgramReport.Outcome.INCONCLUSIVE, programOf(Status.PROVEN, Status.UNKNOWN).outcome());
        assertEquals(ProgramReport.Outcome.INCONCLUSIVE, programOf(Status.NOT_VERIFIED).outcome());
        assertEquals(ProgramReport.Outcome.VERIFIED, programOf(Status.PROVEN, Status.ASSUMED).outcome());
        assertEquals(new Counts(2, 2, 1, 1, 1), SampleReport.report().counts());
    }

    @Test
    void aProgramWithResultsCannotBeCalledNotVerified() {
        assertThrows(IllegalArgumentException.class, () -> ProgramReport.notVerified("a.kz", ProgramReport.Outcome.VERIFIED, List.of()));
    }

    @Test
    void aLocationMustBeARange() {
        assertThrows(IllegalArgumentException.class, () -> new Location("a.kz", 3, 5, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new Location("a.kz", 0, 1, 1, 1));
    }

    private static ProgramReport programOf(Status... statuses) {
        return ProgramReport.of("a.kz", List.of("a.kz"), java.util.Arrays.stream(statuses)
                .map(s -> Result.of(Kind.PRE, Optional.empty(), s, "m", SampleReport.at("a.kz", 1, 1, 2), Optional.empty(), List.of()))
                .toList(), SampleReport.SOLVING);
    }
}
