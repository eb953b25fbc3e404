package koru.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import koru.elaborator.diag.Code;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --checked}: a host proc's contract, which {@code koru verify} assumes, asserted around its
 * body at run time, and integer arithmetic checked at its kind; a violation is KORU203 on stderr and
 * exit code 1, and a build without the option carries no checking code at all.
 */
class CheckedOptionTest {
    /** {@code clamp}'s contract with a Java body that does not keep it; the first call happens to be in range. */
    private static final String LYING = """
            ~pub event clamp { x: i64, lo: i64, hi: i64 } where lo <= hi
            | clamped i64 where in.lo <= clamped && clamped <= in.hi

            ~proc clamp|java {
                return clamped(x + 1);
            }

            ~event show { text: []const u8 }

            ~proc show|java {
                System.out.println(text);
            }

            ~clamp(x: 5, lo: 0, hi: 10)
            | clamped c |> show(text: "clamped " ++ c)

            ~clamp(x: 50, lo: 0, hi: 10)
            | clamped c |> show(text: "clamped " ++ c)
            """;

    @TempDir
    Path work;

    @Test
    void aLyingProcIsCaughtAtTheClauseItBreaks() throws IOException {
        Path program = write("lying.kz", LYING);
        KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", "--quiet", "--checked", program.toString());
        assertAll(
                () -> assertEquals("clamped 6\n", run.out()),
                () -> assertEquals("""
                        error[KORU203]: `clamp|java` returned `clamped`, breaking its postcondition
                         --> PATH:2:41
                          |
                        2 | | clamped i64 where in.lo <= clamped && clamped <= in.hi
                          |                                         ^^^^^^^^^^^^^^^^ false
                          = call: clamp(x: 50, lo: 0, hi: 10)
                          = returned: clamped 51
                          = hint: `koru verify` assumes a host proc's contract; fix the Java body of `clamp|java` (lying.kz:5) or the contract
                        """.replace("PATH", program.toString()), run.err()),
                () -> assertEquals(1, run.exitCode()));
    }

    @Test
    void withoutTheOptionTheSameProgramRunsUncheckedAndHasNoCheckingCode() throws IOException {
        Path program = write("lying.kz", LYING);
        KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", "--quiet", program.toString());
        assertEquals("clamped 6\nclamped 51\n", run.out(), run.err());
        assertEquals(0, run.exitCode());

        String unchecked = generated(program, "Lying.java");
        String checked = generated(program, "Lying.java", "--checked");
        for (String check : List.of("Checked$", "$unchecked", "requires$", "ensures$", "shown$", "KORU203", "catch")) {
            assertFalse(unchecked.contains(check), () -> check + " in the unchecked build:\n" + unchecked);
            assertTrue(checked.contains(check), () -> check + " missing from the checked build:\n" + checked);
        }
    }

    @Test
    void aCorrectProcRunsUnchangedUnderChecked() throws IOException {
        Path program = write("correct.kz", LYING.replace("return clamped(x + 1);", "return clamped(Math.max(lo, Math.min(x, hi)));"));
        KoruRun checked = KoruRun.of("run", "--no-cache", "--color", "never", "--quiet", "--checked", program.toString());
        KoruRun plain = KoruRun.of("run", "--no-cache", "--color", "never", "--quiet", program.toString());
        assertAll(
                () -> assertEquals("clamped 5\nclamped 10\n", checked.out(), checked.err()),
                () -> assertEquals(plain.out(), checked.out()),
                () -> assertEquals("", checked.err()),
                () -> assertEquals(0, checked.exitCode()));
    }

    @Test
    void anUnverifiedCallerBreakingThePreconditionIsCaught() throws IOException {
        Path program = write("pre.kz", LYING.replace("~clamp(x: 5, lo: 0, hi: 10)", "~clamp(x: 5, lo: 10, hi: 0)"));
        KoruRun run = run(program, "--checked");
        assertAll(
                () -> assertEquals("", run.out()),
                () -> assertEquals("""
                        error[KORU203]: `clamp|java` was called with inputs that break its precondition
                         --> PATH:1:53
                          |
                        1 | ~pub event clamp { x: i64, lo: i64, hi: i64 } where lo <= hi
                          |                                                     ^^^^^^^^ false
                          = call: clamp(x: 5, lo: 10, hi: 0)
                          = hint: the caller must establish it: the call comes from code `koru verify` did not prove (`--no-verify`) or from a Java body (pre.kz:5)
                        """.replace("PATH", program.toString()), run.err()),
                () -> assertEquals(1, run.exitCode()));
    }

    @Test
    void aStructPayloadIsBoundByItsFieldsAndShownAsKoruWritesIt() throws IOException {
        Path program = write("split.kz", """
                ~event split { n: i32, text: []const u8 }
                | halves { low: i32, high: i32 } where low <= high && low + high == in.n

                ~proc split|java {
                    return halves(n / 2, n / 2);
                }

                ~event show { text: []const u8 }

                ~proc show|java {
                    System.out.println(text);
                }

                ~split(n: 8, text: "even")
                | halves h |> show(text: "halves " ++ h.low ++ " " ++ h.high)

                ~split(n: 7, text: "odd")
                | halves h |> show(text: "halves " ++ h.low ++ " " ++ h.high)
                """);
        KoruRun run = run(program, "--checked");
        assertAll(
                () -> assertEquals("halves 4 4\n", run.out()),
                () -> assertTrue(run.err().startsWith("error[KORU203]: `split|java` returned `halves`, breaking its postcondition\n"), run.err()),
                () -> assertTrue(run.err().contains("  = call: split(n: 7, text: \"odd\")\n  = returned: halves { low: 3, high: 3 }\n"), run.err()),
                () -> assertTrue(run.err().contains("2 | | halves { low: i32, high: i32 } where low <= high && low + high == in.n\n"
                        + "  |" + " ".repeat(55) + "^".repeat(18) + " false\n"), run.err()),
                () -> assertEquals(1, run.exitCode()));
    }

    @Test
    void aClauseWhoseArithmeticLeavesSixtyFourBitsIsReportedNotDecided() throws IOException {
        Path program = write("big.kz", """
                ~event twice { x: i64 }
                | doubled i64 where doubled == in.x * 2

                ~proc twice|java {
                    return doubled(x * 2);
                }

                ~twice(x: 5000000000000000000)
                | doubled _ |> _
                """);
        KoruRun run = run(program, "--checked");
        assertAll(
                () -> assertEquals("error[KORU203]: cannot check the contract of `twice|java`: a clause's arithmetic leaves 64 bits"
                        + " on the call twice(x: 5000000000000000000)\n", run.err()),
                () -> assertEquals(1, run.exitCode()));
    }

    @Test
    void unsignedArithmeticInAContractIsRefusedAtBuildTime() throws IOException {
        Path program = write("unsigned.kz", """
                ~event take { have: u64, want: u64 } where want <= have
                | left u64 where left == in.have - in.want

                ~proc take|java {
                    return left(have - want);
                }

                ~take(have: 5, want: 3)
                | left _ |> _
                """);
        KoruRun run = run(program, "--checked");
        KoruRun unchecked = run(program);
        assertAll(
                () -> assertEquals(List.of("KORU203 at 2"), run.errors(), run.err()),
                () -> assertTrue(run.err().contains("`--checked` cannot check this clause at run time: its `u64` arithmetic (`-`) may leave 64 bits"),
                        run.err()),
                () -> assertEquals(1, run.exitCode()),
                () -> assertEquals(0, unchecked.exitCode(), unchecked.err()));
    }

    @Test
    void arithmeticLeavingItsKindIsCaughtUnderCheckedAndWrapsWithout() throws IOException {
        Path program = write("overflow.kz", """
                ~event show { text: []const u8 }

                ~proc show|java {
                    System.out.println(text);
                }

                ~event grow { x: u8 }
                | grown u8

                ~grow = grown x * 2

                ~event less { a: u64, b: u64 }
                | diff u64

                ~less = diff a - b

                ~grow(x: 100)
                | grown g |> show(text: "grown " ++ g)

                ~less(a: 3, b: 5)
                | diff d |> show(text: "diff " ++ d)

                ~grow(x: 200)
                | grown g |> show(text: "grown " ++ g)
                """);
        KoruRun checked = run(program, "--checked");
        KoruRun unchecked = run(program);
        assertAll(
                () -> assertEquals("grown 200\n", checked.out()),
                () -> assertEquals("""
                        error[KORU203]: integer overflow: `-` at `u64`
                          --> PATH:15:14
                           |
                        15 | ~less = diff a - b
                           |              ^^^^^ leaves `u64`
                           = hint: `koru verify` proves this cannot happen (KORU104, KORU105); this build was not verified
                        """.replace("PATH", program.toString()), checked.err()),
                () -> assertEquals(1, checked.exitCode()),
                () -> assertEquals("grown 200\ndiff 18446744073709551614\ngrown 400\n", unchecked.out(), unchecked.err()),
                () -> assertEquals(0, unchecked.exitCode()));
    }

    /** Verified programs never fail a check: each of {@code src/test/resources/run/} prints its expected output under {@code --checked}. */
    @TestFactory
    Stream<DynamicTest> theTestProgramsRunUnchangedUnderChecked() throws IOException {
        Path programs = Path.of("src", "test", "resources", "run");
        List<Path> files;
        try (Stream<Path> listed = Files.list(programs)) {
            files = listed.filter(file -> file.toString().endsWith(".kz")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(program -> dynamicTest(program.getFileName().toString(), () -> {
            KoruRun run = KoruRun.of("run", "--no-cache", "--color", "never", "--quiet", "--checked", program.toString());
            assertEquals(Files.readString(Path.of(program.toString().replaceFirst("\\.kz$", ".out"))), run.out(), run.err());
            assertEquals(0, run.exitCode(), run.err());
        }));
    }

    /** KORU203's explanation: its wrong program is caught by {@code koru run --checked}, its right one runs. */
    @Test
    void theExplanationsExamplesRunAsTheyClaim() throws IOException {
        Matcher examples = Pattern.compile("## (Wrong|Right)\\n\\n```koru\\n(.+?)\\n```", Pattern.DOTALL).matcher(Explanations.of(Code.KORU203));
        assertTrue(examples.find());
        Path wrong = write("wrong.kz", examples.group(2) + "\n");
        assertTrue(examples.find());
        Path right = write("right.kz", examples.group(2) + "\n");
        KoruRun caught = KoruRun.of("run", "--no-cache", "--color", "never", "--checked", wrong.toString());
        KoruRun fine = KoruRun.of("run", "--no-cache", "--color", "never", "--checked", right.toString());
        assertAll(
                () -> assertTrue(caught.err().contains("error[KORU203]: `half|java` returned `halved`, breaking its postcondition\n"), caught.err()),
                () -> assertTrue(caught.err().contains("  = call: half(x: 10)\n  = returned: halved 6\n"), caught.err()),
                () -> assertEquals(1, caught.exitCode()),
                () -> assertEquals(0, fine.exitCode(), fine.err()));
    }

    /** The generated Java of {@code file} after {@code koru build --no-verify OPTIONS}. */
    private String generated(Path program, String file, String... options) throws IOException {
        Path sources = work.resolve("java-" + options.length);
        List<String> command = List.of("build", "--no-verify", "--color", "never", "-o", work.resolve("out-" + options.length + ".jar").toString(),
                "--java-sources", sources.toString());
        KoruRun build = KoruRun.with(command, program, options);
        assertEquals(0, build.exitCode(), build.err());
        return Files.readString(sources.resolve("koru/app").resolve(file));
    }

    /** {@code koru run --no-cache --no-verify --quiet OPTIONS PROGRAM}: the caller or the numbers are what {@code verify} would refuse. */
    private static KoruRun run(Path program, String... options) {
        return KoruRun.with(List.of("run", "--no-cache", "--no-verify", "--quiet", "--color", "never"), program, options);
    }

    private Path write(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
