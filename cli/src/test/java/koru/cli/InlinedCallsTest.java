package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the extractor inlines and what it leaves a call (docs/extraction.md, "Inlined calls"): the
 * generated Java of the programs of {@code src/test/resources/run/inline-*.kz}, whose outputs
 * {@link RunCommandTest} checks, and of the zero-cost benchmark's chain.
 */
class InlinedCallsTest {
    private static final Path PROGRAMS = Path.of("src", "test", "resources", "run");

    @TempDir
    Path work;

    @Test
    void aChainOfSubflowsBecomesOneMethodWithoutBranchRecords() throws IOException {
        String classify = method(generated(Path.of("..", "bench", "src", "main", "koru", "chain.kz"), "Chain"), "static Classify classify(");
        assertAll(() -> assertFalse(classify.contains("Route.route("), classify),
                () -> assertFalse(classify.contains("Parity.parity("), classify),
                // The one record left is the branch `classify` itself returns, through its factory.
                () -> assertFalse(classify.contains("new "), classify),
                () -> assertTrue(classify.contains("parity$4: {"), classify));
    }

    @Test
    void recursiveSubflowsStayCallsWhileTheirNonRecursiveCallerIsInlined() throws IOException {
        String java = generated(PROGRAMS.resolve("inline-recursive.kz"), "InlineRecursive");
        String isEven = method(java, "static IsEven is_even(");
        String flow = method(java, "static void flow1(");
        assertAll(() -> assertTrue(isEven.contains("switch (IsOdd.is_odd(n - 1L))"), isEven),
                () -> assertTrue(flow.contains("parity$1: {"), flow),
                () -> assertTrue(flow.contains("switch (IsEven.is_even(n$1))"), flow));
    }

    @Test
    void aCallerOfASubflowThatMayEndTakesItsNullAsTheEndOfItsPath() throws IOException {
        String java = generated(PROGRAMS.resolve("inline-ends.kz"), "InlineEnds");
        String down = method(java, "static Down down(");
        assertAll(() -> assertTrue(down.contains("return null;"), down),
                () -> assertTrue(down.contains("case null ->"), down),
                // pick's `_` and probe's unhandled optional branch end the inlined call: a case for it.
                () -> assertTrue(method(java, "static void flow1(").contains("pick$1$branch = -1;"), java));
    }

    @Test
    void aChainOfDiamondsIsInlinedWithinTheBudgetAndCalledBeyondIt() throws IOException {
        String java = generated(PROGRAMS.resolve("inline-diamonds.kz"), "InlineDiamonds");
        String top = method(java, "static D11 d11(");
        // Inlining every call would copy d0 2^11 times into d11 alone; the budget keeps the class linear in the program.
        assertAll(() -> assertTrue(top.contains("d10$1: {"), top),
                () -> assertTrue(top.contains("switch (D"), "past the budget, a call stays a call:\n" + top),
                () -> assertTrue(java.lines().count() < 8_000, "the class has " + java.lines().count() + " lines"));
    }

    @Test
    void aCallWhoseHandlersSpawnStaysACallWhileACallInTheTaskIsInlinedIntoTheLambda() throws IOException {
        String flow = method(generated(PROGRAMS.resolve("inline-spawn-payload.kz"), "InlineSpawnPayload"), "static void flow1(");
        // The task reads `k`, a final `case` binding; inlined, it would be a local the callee assigns, which javac refuses.
        assertAll(() -> assertTrue(flow.contains("switch (Halve.halve(84L))"), flow),
                () -> assertTrue(flow.contains("case Halve.Kept(var k) ->"), flow),
                () -> assertTrue(flow.indexOf("halve$1: {") > flow.indexOf("var t = Tasks.spawn(() -> {"), flow));
    }

    @Test
    void aSubflowThatSpawnsIsInlinedItsHandleAndInputsNamedBySite() throws IOException {
        String flow = method(generated(PROGRAMS.resolve("inline-spawn-in-callee.kz"), "InlineSpawnInCallee"), "static void flow1(");
        assertAll(() -> assertFalse(flow.contains("Checked.checked("), flow),
                () -> assertTrue(flow.contains("var t$1 = Tasks.spawn(() -> {"), flow),
                () -> assertTrue(flow.contains("var t$2 = Tasks.spawn(() -> {"), flow),
                () -> assertTrue(flow.contains("StdIo.Print.print(label$2 + \": task sees \" + n$2);"), flow),
                () -> assertTrue(flow.contains("StdRt.Join.join(t$2);"), flow));
    }

    /** The Java of {@code className} that {@code koru build --java-sources} writes for {@code program}. */
    private String generated(Path program, String className) throws IOException {
        Path sources = work.resolve("gen");
        KoruRun build = KoruRun.of("build", "--no-cache", "-q", "--java-sources", sources.toString(), program.toString(), "-o",
                work.resolve("out.jar").toString());
        assertEquals(0, build.exitCode(), build.err());
        return Files.readString(sources.resolve("koru").resolve("app").resolve(className + ".java"));
    }

    /** The text of the method whose declaration starts with {@code header}, up to its closing brace. */
    private static String method(String java, String header) {
        int start = java.indexOf(header);
        assertTrue(start >= 0, "no `" + header + "` in\n" + java);
        int indent = start - java.lastIndexOf('\n', start) - 1;
        int end = java.indexOf("\n" + " ".repeat(indent) + "}\n", start);
        return java.substring(start, end);
    }
}
