package koru.elaborator.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taps (LANGUAGE.md A9): which transitions get a tap's step, where, and in what order. */
class ApplyTapsTest {
    private static final String EVENTS = """
            ~event work { n: u32 }
            | done u32
            | failed []const u8

            ~event audit { text: []const u8 }
            ~event show { text: []const u8 }
            """;

    @TempDir
    Path project;

    private static Elaboration elaborate(String program) {
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborateText("app.kz", program);
        assertEquals(List.of(), elaboration.diagnostics().stream().filter(Diagnostic::isError).toList());
        return elaboration;
    }

    private static String bodies(String program) {
        return FlowText.entryBodies(elaborate(program));
    }

    @Test
    void tapsRunInDeclarationOrderBeforeTheContinuationWithTheFlowsBinding() {
        assertEquals("~work(n: 1) [| done _r |> audit(text: \"first \" ++ _r) |> audit(text: \"second\") |> show(text: \"ok\")]"
                + " [| failed _ |> _]", bodies(EVENTS + """
                ~tap(work -> *)
                | done d |> audit(text: "first " ++ d)

                ~tap(work)
                | done _ |> audit(text: "second")

                ~work(n: 1)
                | done _r |> show(text: "ok")
                | failed _ |> _
                """));
    }

    @Test
    void aDiscardedFlowBindingGetsAFreshNameForTheTap() {
        assertEquals("~work(n: 1) [| done _tap_1 |> audit(text: \"got \" ++ _tap_1) |> _] [| failed _ |> _]", bodies(EVENTS + """
                ~tap(work)
                | done d |> audit(text: "got " ++ d)

                ~work(n: 1)
                | done _ |> _
                | failed _ |> _
                """));
    }

    @Test
    void theDestinationSelectsTheContinuation() {
        assertEquals("~work(n: 1) [| done _r |> show(text: \"a\")] [| failed _m |> audit(text: _m) |> _]", bodies(EVENTS + """
                ~tap(work -> _)
                | failed e |> audit(text: e)
                | done _ |> audit(text: "never: this continuation goes to show")

                ~work(n: 1)
                | done _r |> show(text: "a")
                | failed _m |> _
                """));
    }

    @Test
    void aWhenFilterBecomesAnIf() {
        assertEquals("~work(n: 1) [| done _r |> if(cond: _r > 10) [| then |> audit(text: \"big\") |> show(text: \"x\")]"
                + " [| else |> show(text: \"x\")]] [| failed _ |> _]", bodies(EVENTS + """
                ~tap(work)
                | done d when d > 10 |> audit(text: "big")

                ~work(n: 1)
                | done _r |> show(text: "x")
                | failed _ |> _
                """));
    }

    @Test
    void globsMatchEveryEventTheyDescribe() {
        assertEquals("~file.open(p: \"a\") |> audit(text: \"file\") |> file.close(p: \"a\") |> audit(text: \"file\") |> show(text: \"x\")",
                bodies("""
                        ~event file.open { p: []const u8 }
                        ~event file.close { p: []const u8 }
                        ~event audit { text: []const u8 }
                        ~event show { text: []const u8 }

                        ~tap(file.* -> *)
                        |? |> audit(text: "file")

                        ~file.open(p: "a") |> file.close(p: "a") |> show(text: "x")
                        """));
    }

    @Test
    void opaqueEventsAreNeverTapped() {
        assertEquals("~secret(n: 1) |> show(text: \"x\") |> audit(text: \"seen\")", bodies("""
                ~[opaque] event secret { n: u32 }
                ~event audit { text: []const u8 }
                ~event show { text: []const u8 }

                ~tap(* -> *)
                |? |> audit(text: "seen")

                ~secret(n: 1) |> show(text: "x")
                """));
    }

    @Test
    void insertedCallsAreNotTappedAgain() {
        assertEquals("~show(text: \"x\") |> audit(text: \"seen\")", bodies("""
                ~event audit { text: []const u8 }
                ~event show { text: []const u8 }

                ~tap(* -> *)
                |? |> audit(text: "seen")

                ~show(text: "x")
                """));
    }

    @Test
    void tapsApplyInsideSubflowsButNotInsideTheSourcesOwnImplementation() {
        assertEquals("""
                ~work = done n
                ~twice = work(n: n) [| done d |> audit(text: "w") |> done d * 2] [| failed e |> failed e]""", bodies("""
                ~event work { n: u32 }
                | done u32
                | failed []const u8
                ~event twice { n: u32 }
                | done u32
                | failed []const u8
                ~event audit { text: []const u8 }

                ~tap(work)
                | done _ |> audit(text: "w")
                ~tap(twice)
                | done _ |> audit(text: "never: twice is only implemented here")

                ~work = done n
                ~twice = work(n: n)
                | done d |> done d * 2
                | failed e |> failed e
                """));
    }

    @Test
    void aTapThatMatchesNothingGeneratesNothing() {
        assertEquals("~show(text: \"x\")", bodies("""
                ~event work { n: u32 }
                | done u32
                | failed []const u8
                ~event show { text: []const u8 }

                ~tap(work)
                | done d |> show(text: "w")

                ~show(text: "x")
                """));
    }

    @Test
    void aMetatypeHandlerCallsTheStandardRecorderAndBindsItsRecord() {
        Elaboration elaboration = elaborate(EVENTS + """
                ~tap(* -> *)
                | Profile p |> audit(text: p.source)

                ~work(n: 1)
                | done _ |> _
                | failed _ |> _
                """);
        assertEquals("~work(n: 1) [| done _ |> std.taps:profile(source: \"app:work\", branch: \"done\", destination: \"_\")"
                + " [| observed _tap_1 |> audit(text: _tap_1.source) |> _]]"
                + " [| failed _ |> std.taps:profile(source: \"app:work\", branch: \"failed\", destination: \"_\")"
                + " [| observed _tap_2 |> audit(text: _tap_2.source) |> _]]", FlowText.entryBodies(elaboration));
        assertTrue(elaboration.elaborated().orElseThrow().module("std.taps").isPresent());
    }

    @Test
    void tapsApplyOnEveryIterationOfALoopBody() {
        assertEquals("~#loop work(n: 0) [| done d |> audit(text: \"again\") |> @loop(n: d + 1)] [| failed _ |> _]", bodies(EVENTS + """
                ~tap(work -> work)
                | done _ |> audit(text: "again")

                ~#loop work(n: 0)
                | done d |> @loop(n: d + 1)
                | failed _ |> _
                """));
    }

    @Test
    void aStepInsertedIntoAnotherModuleMeansWhatItMeansInTheTapsModule() throws IOException {
        // `main` has an `audit` of its own: written unqualified in `audit.kz`, `audit` and `Level`
        // are that module's, whichever module's flow the step is inserted into; `if` stays the keyword.
        Files.writeString(project.resolve("koru.json"), "{ \"paths\": { \"app\": \".\" } }\n");
        Files.writeString(project.resolve("audit.kz"), """
                ~import "$app/main"

                ~type Level = low | high
                ~event audit { text: []const u8, level: Level }

                ~tap(main:work -> *)
                | done d when d > 1 |> audit(text: "done " ++ d, level: Level.high)
                | failed _ |> if(cond: true)
                  | then |> audit(text: "failed", level: Level.low)
                  | else |> _
                """);
        Files.writeString(project.resolve("main.kz"), """
                ~import "$app/audit"

                ~pub event work { n: u32 }
                | done u32
                | failed []const u8
                ~event audit { text: []const u8 }

                ~work(n: 1)
                | done _d |> audit(text: "main's own")
                | failed _ |> _
                """);
        Elaboration elaboration = new Elaborator(Options.defaults()).elaborate(project.resolve("main.kz"));
        assertEquals(List.of(), elaboration.diagnostics().stream().filter(Diagnostic::isError).toList());
        assertEquals("~work(n: 1) [| done _d |> if(cond: _d > 1)"
                + " [| then |> app.audit:audit(text: \"done \" ++ _d, level: app.audit:Level.high) |> audit(text: \"main's own\")]"
                + " [| else |> audit(text: \"main's own\")]]"
                + " [| failed _ |> std.control:if(cond: true) [| then |> app.audit:audit(text: \"failed\", level: app.audit:Level.low)"
                + " |> _] [| else |> _]]", FlowText.entryBodies(elaboration));
    }

    @Test
    void theBindingsOfATapStepDoNotHideTheFlowsBindings() {
        // Unrenamed, the tap's `r` would hide the flow's `r` in the continuation grafted under it.
        assertEquals("~work(n: 1) [| done r |> work(n: 2) [| done _d |> work(n: 3) [| done _tap_1 |> audit(text: \"tap \" ++ _tap_1)"
                + " |> show(text: \"flow \" ++ r)] [| failed _ |> show(text: \"flow \" ++ r)]] [| failed _ |> _]] [| failed _ |> _]",
                bodies(EVENTS + """
                        ~tap(work -> show)
                        | done _ |> work(n: 3)
                          | done r |> audit(text: "tap " ++ r)
                          | failed _ |> _

                        ~work(n: 1)
                        | done r |> work(n: 2)
                          | done _d |> show(text: "flow " ++ r)
                          | failed _ |> _
                        | failed _ |> _
                        """));
    }
}
