package koru.elaborator.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** Auto-discharge (LANGUAGE.md A7): where the one disposer of a live obligation is inserted, and where nothing is. */
class InsertAutoDischargeTest {
    private static final String FILES = """
            ~pub event open { path: []const u8 }
            | opened *Handle[opened!]
            | failed []const u8

            ~[!]pub event close { file: *Handle[!opened] }

            ~event show { text: []const u8 }
            """;

    private static Elaboration elaborate(Options.AutoDischarge mode, String program) {
        return new Elaborator(new Options(Set.of(), mode)).elaborateText("app.kz", program);
    }

    private static String bodies(String program) {
        Elaboration elaboration = elaborate(Options.AutoDischarge.ON, program);
        assertEquals(List.of(), elaboration.diagnostics().stream().filter(Diagnostic::isError).toList());
        return FlowText.entryBodies(elaboration);
    }

    @Test
    void disposerIsInsertedBeforeTheEnd() {
        assertEquals("~open(path: \"a\") [| opened f |> close(file: f) |> _] [| failed _ |> _]", bodies(FILES + """
                ~open(path: "a")
                | opened f |> _
                | failed _ |> _
                """));
    }

    @Test
    void disposerIsInsertedAtTheEndOfAChain() {
        assertEquals("~open(path: \"a\") [| opened f |> show(text: \"x\") |> close(file: f)] [| failed _ |> _]", bodies(FILES + """
                ~open(path: "a")
                | opened f |> show(text: "x")
                | failed _ |> _
                """));
    }

    @Test
    void aDiscardedBindingGetsANameSoItCanBeDischarged() {
        assertEquals("~open(path: \"a\") [| opened _auto_1 |> close(file: _auto_1) |> _] [| failed _ |> _]", bodies(FILES + """
                ~open(path: "a")
                | opened _ |> _
                | failed _ |> _
                """));
    }

    @Test
    void disposerIsInsertedBeforeABranchConstructor() {
        assertEquals("~check = open(path: p) [| opened f |> close(file: f) |> ok] [| failed _ |> missing]", bodies(FILES + """
                ~event check { p: []const u8 }
                | ok
                | missing

                ~check = open(path: p)
                | opened f |> ok
                | failed _ |> missing
                """));
    }

    @Test
    void anObligationReturnedThroughAnIssuingBranchEscapes() {
        assertEquals("~reopen = open(path: p) [| opened f |> ready f] [| failed _ |> gone]", bodies(FILES + """
                ~event reopen { p: []const u8 }
                | ready *Handle[opened!]
                | gone

                ~reopen = open(path: p)
                | opened f |> ready f
                | failed _ |> gone
                """));
    }

    @Test
    void anObligationCreatedInALoopIsSettledInEachIteration() {
        assertEquals("~for(0..3) [| each _ |> open(path: \"a\") [| opened f |> close(file: f) |> _] [| failed _ |> _]]",
                bodies(FILES + """
                        ~for(0..3)
                        | each _ |> open(path: "a")
                            | opened f |> _
                            | failed _ |> _
                        """));
    }

    @Test
    void anOuterObligationIsSuspendedInTheLoopAndSettledAtItsExit() {
        assertEquals("~open(path: \"a\") [| opened f |> for(0..3) [| each _ |> show(text: \"x\")] [| done |> close(file: f) |> _]]"
                        + " [| failed _ |> _]",
                bodies(FILES + """
                        ~open(path: "a")
                        | opened f |> for(0..3)
                            | each _ |> show(text: "x")
                        | failed _ |> _
                        """));
    }

    @Test
    void aLabelLoopPassesItsOuterObligationAndClosesItOnTheExit() {
        String program = FILES + """
                ~pub event read { file: *Handle[opened] }
                | line []const u8
                | eof

                ~open(path: "a")
                | opened f |> #next read(file: f)
                    | line l |> show(text: l) |> @next(file: f)
                    | eof |> _
                | failed _ |> _
                """;
        assertEquals("~open(path: \"a\") [| opened f |> #next read(file: f) [| line l |> show(text: l) |> @next(file: f)]"
                + " [| eof |> close(file: f) |> _]] [| failed _ |> _]", bodies(program));
    }

    @Test
    void twoDisposersAndNoDefaultInsertNothingAndRecordTheCandidates() {
        Elaboration elaboration = elaborate(Options.AutoDischarge.ON, """
                ~pub event open { path: []const u8 }
                | opened *Handle[opened!]

                ~pub event close { file: *Handle[!opened] }
                ~pub event abandon { file: *Handle[!opened] }

                ~open(path: "a")
                | opened f |> _
                """);
        assertEquals("~open(path: \"a\") [| opened f |> _]", FlowText.entryBodies(elaboration));
        assertEquals(1, elaboration.leaks().size());
        assertEquals(List.of("abandon", "close"), elaboration.leaks().get(0).candidates());
        assertEquals("f", elaboration.leaks().get(0).binding());
    }

    @Test
    void ofTwoDisposersTheOneMarkedDefaultIsInserted() {
        assertEquals("~open(path: \"a\") [| opened f |> abandon(file: f) |> _]", bodies("""
                ~pub event open { path: []const u8 }
                | opened *Handle[opened!]

                ~pub event close { file: *Handle[!opened] }
                ~[!]pub event abandon { file: *Handle[!opened] }

                ~open(path: "a")
                | opened f |> _
                """));
    }

    @Test
    void aOneBranchDisposerIsInsertedWithItsBranchHandled() {
        assertEquals("~open(path: \"a\") [| opened f |> close(file: f) [| closed _ |> _]]", bodies("""
                ~pub event open { path: []const u8 }
                | opened *Handle[opened!]

                ~pub event close { file: *Handle[!opened] }
                | closed u64

                ~open(path: "a")
                | opened f |> _
                """));
    }

    @Test
    void warnModeInsertsAndSaysSo() {
        Elaboration elaboration = elaborate(Options.AutoDischarge.WARN, FILES + """
                ~open(path: "a")
                | opened f |> _
                | failed _ |> _
                """);
        assertEquals("~open(path: \"a\") [| opened f |> close(file: f) |> _] [| failed _ |> _]", FlowText.entryBodies(elaboration));
        List<Diagnostic> warnings = elaboration.diagnostics().stream().filter(d -> !d.isError()).toList();
        assertEquals(1, warnings.size());
        assertEquals("KORU107", warnings.get(0).code().id());
        assertEquals("auto-discharge inserted `close(file: f)`", warnings.get(0).message());
        assertEquals(9, warnings.get(0).span().line());
    }

    @Test
    void offModeInsertsNothingAndRecordsTheLeak() {
        Elaboration elaboration = elaborate(Options.AutoDischarge.OFF, FILES + """
                ~open(path: "a")
                | opened f |> _
                | failed _ |> _
                """);
        assertEquals("~open(path: \"a\") [| opened f |> _] [| failed _ |> _]", FlowText.entryBodies(elaboration));
        assertEquals(List.of("close"), elaboration.leaks().get(0).candidates());
    }

    @Test
    void anExplicitDischargeLeavesNothingToInsert() {
        assertEquals("~open(path: \"a\") [| opened f |> close(file: f)] [| failed _ |> _]", bodies(FILES + """
                ~open(path: "a")
                | opened f |> close(file: f)
                | failed _ |> _
                """));
    }
}
